/**
 * Rules that need only one instruction (and, for RUN, its shell commands): syntax a build stops on, image tags,
 * WORKDIR, ADD, the exec form, EXPOSE, secrets in ARG/ENV, and the package managers' good habits.
 */
import type { Arg, Env, From, Instruction, PropertyInstruction } from 'dockerfile-ast';
import { DOCKERFILE_INSTRUCTIONS } from '../../../lib/dockerfile-instructions';
import type { Finding } from '../finding';
import { lessons } from '../lessons';
import { argumentsSpan, execForm, shellCommands, type LintContext } from './lint-context';
import { commandStart, type ShellCommand, type ShellWord } from './shell-words';

const keywords = new Set<string>(DOCKERFILE_INSTRUCTIONS);

export function checkInstruction(context: LintContext, instruction: Instruction): Finding[] {
  const keyword = instruction.getKeyword();
  const name = instruction.getInstruction();
  const nameRange = instruction.getInstructionRange();
  if (!keywords.has(keyword)) {
    return [
      context.finding(
        'UnknownInstruction',
        'error',
        nameRange,
        `«\u00a0${name}\u00a0» n’est pas une instruction du Dockerfile\u00a0: le build s’arrêtera sur cette ligne. Vérifiez l’orthographe (FROM, RUN, COPY…).`,
        lessons.instructions,
      ),
    ];
  }
  if (
    instruction.getArguments().length === 0 &&
    !(keyword === 'HEALTHCHECK' && /--/.test(instruction.getRawArgumentsContent() ?? ''))
  ) {
    return [
      context.finding(
        'MissingArguments',
        'error',
        nameRange,
        `${keyword} attend au moins un argument\u00a0: sans lui, le build s’arrête sur cette ligne.`,
        lessons.instructions,
      ),
    ];
  }
  switch (keyword) {
    case 'FROM':
      return checkFrom(context, instruction as From);
    case 'WORKDIR':
      return checkWorkdir(context, instruction);
    case 'ADD':
      return [...checkAdd(context, instruction), ...checkCopyDestination(context, instruction)];
    case 'COPY':
      return checkCopyDestination(context, instruction);
    case 'CMD':
    case 'ENTRYPOINT':
      return checkExecForm(context, instruction);
    case 'MAINTAINER':
      return [
        context.finding(
          'DL4000',
          'error',
          nameRange,
          'MAINTAINER est obsolète\u00a0: indiquez l’auteur avec un LABEL, par exemple `LABEL org.opencontainers.image.authors="…"`, que les outils et les registres savent lire.',
          lessons.label,
        ),
      ];
    case 'EXPOSE':
      return checkExpose(context, instruction);
    case 'ENV':
    case 'ARG':
      return checkProperties(context, instruction as Env | Arg);
    case 'RUN':
      return checkRun(context, instruction);
    default:
      return [];
  }
}

function checkFrom(context: LintContext, from: From): Finding[] {
  const findings: Finding[] = [];
  const image = from.getImageName();
  const imageRange = from.getImageNameRange();
  const stageNames = context.stages
    .filter((stage) => stage.from !== from && stage.from.getRange().start.line < from.getRange().start.line)
    .map((stage) => stage.name);
  const isStage = image !== null && stageNames.includes(image.toLowerCase());
  const raw = from.getArguments()[0]?.getValue() ?? '';
  if (image && imageRange && image !== 'scratch' && !isStage && !raw.includes('$')) {
    const tag = from.getImageTag();
    const tagRange = from.getImageTagRange();
    if (!tag && !from.getImageDigest()) {
      findings.push(
        context.finding(
          'DL3006',
          'warning',
          imageRange,
          `L’image «\u00a0${image}\u00a0» n’a pas de tag\u00a0: Docker prendra «\u00a0latest\u00a0», qui change sans prévenir. Indiquez une version, par exemple «\u00a0${image}:1.2\u00a0».`,
          lessons.from,
        ),
      );
    } else if (tag === 'latest' && tagRange && !from.getImageDigest()) {
      findings.push(
        context.finding(
          'DL3007',
          'warning',
          tagRange,
          'Le tag «\u00a0latest\u00a0» désigne la dernière version publiée, pas une version précise\u00a0: la même recette produira une autre image le mois prochain. Indiquez une version.',
          lessons.tags,
        ),
      );
    }
  }
  const args = from.getArguments();
  const asWord = args.find((argument, index) => index > 0 && argument.getValue().toLowerCase() === 'as');
  if (asWord) {
    const written = asWord.getValue();
    const fromWritten = from.getInstruction();
    const fromUpper = fromWritten === fromWritten.toUpperCase();
    if (
      (fromUpper && written !== 'AS') ||
      (!fromUpper && fromWritten === fromWritten.toLowerCase() && written !== 'as')
    ) {
      findings.push(
        context.finding(
          'FromAsCasing',
          'warning',
          asWord.getRange(),
          `Écrivez «\u00a0${fromUpper ? 'AS' : 'as'}\u00a0» dans la même casse que «\u00a0${fromWritten}\u00a0»\u00a0: un Dockerfile cohérent se relit plus vite.`,
          lessons.multiStage,
        ),
      );
    }
  }
  const stage = from.getBuildStage();
  const stageRange = from.getBuildStageRange();
  if (stage && stageRange) {
    if (['scratch', 'context'].includes(stage.toLowerCase())) {
      findings.push(
        context.finding(
          'ReservedStageName',
          'error',
          stageRange,
          `«\u00a0${stage}\u00a0» est un nom réservé par Docker\u00a0: choisissez un autre nom d’étape, par exemple «\u00a0build\u00a0».`,
          lessons.multiStage,
        ),
      );
    } else if (stage !== stage.toLowerCase()) {
      findings.push(
        context.finding(
          'StageNameCasing',
          'warning',
          stageRange,
          `Écrivez le nom d’étape en minuscules («\u00a0${stage.toLowerCase()}\u00a0»)\u00a0: Docker ne distingue pas les majuscules dans «\u00a0COPY --from\u00a0» et «\u00a0--target\u00a0».`,
          lessons.multiStage,
        ),
      );
    }
  }
  return findings;
}

function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || path.startsWith('$') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\');
}

function checkWorkdir(context: LintContext, instruction: Instruction): Finding[] {
  const argument = instruction.getArguments()[0];
  if (!argument || isAbsolutePath(argument.getValue().replace(/^["']/, ''))) return [];
  return [
    context.finding(
      'DL3000',
      'error',
      argument.getRange(),
      `«\u00a0${argument.getValue()}\u00a0» est un chemin relatif\u00a0: il s’ajoute au WORKDIR précédent, qui dépend de l’image de base. Donnez un chemin absolu, comme «\u00a0/app\u00a0».`,
      lessons.workdir,
    ),
  ];
}

const archive = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst|gz|bz2|xz)$/i;

function copyArguments(instruction: Instruction) {
  return instruction.getArguments();
}

function checkAdd(context: LintContext, instruction: Instruction): Finding[] {
  const args = copyArguments(instruction);
  const sources = args.slice(0, -1);
  if (sources.length === 0) return [];
  const needsAdd = sources.some(
    (source) => /^(https?|git):\/\/|^git@|\.git(#|$)/.test(source.getValue()) || archive.test(source.getValue()),
  );
  if (needsAdd) return [];
  return [
    context.finding(
      'DL3020',
      'error',
      instruction.getInstructionRange(),
      'Utilisez COPY plutôt qu’ADD pour copier des fichiers et des dossiers\u00a0: ADD télécharge des URL et déballe les archives sans le dire, COPY fait seulement ce qu’on lit.',
      lessons.copyAdd,
    ),
  ];
}

function checkCopyDestination(context: LintContext, instruction: Instruction): Finding[] {
  if (execForm(context, instruction)) return [];
  const args = copyArguments(instruction);
  if (args.length < 3 || args[0]!.getValue().startsWith('<<')) return [];
  const destination = args.at(-1)!;
  const value = destination.getValue();
  if (value.endsWith('/') || value.endsWith('\\') || value.includes('$')) return [];
  return [
    context.finding(
      'DL3021',
      'error',
      destination.getRange(),
      `${instruction.getKeyword()} copie ici plusieurs sources\u00a0: la destination doit être un dossier et se terminer par «\u00a0/\u00a0» («\u00a0${value}/\u00a0»), sinon le build échoue.`,
      lessons.copyAdd,
    ),
  ];
}

function checkExecForm(context: LintContext, instruction: Instruction): Finding[] {
  if (execForm(context, instruction)) return [];
  const span = argumentsSpan(context, instruction);
  if (!span) return [];
  const keyword = instruction.getKeyword();
  // A single plain command is rewritten for the learner; anything with operators or variables needs a shell anyway.
  const commands = shellCommands(context, instruction);
  const only = commands.length === 1 ? commands[0] : undefined;
  const plain = only && only.next === null && only.words.every((word) => !/[$*?]/.test(word.value));
  const example = plain
    ? `${keyword} ${JSON.stringify(only.words.map((word) => word.value)).replace(/","/g, '", "')}`
    : `${keyword} ["node", "server.js"]`;
  return [
    context.findingAt(
      'DL3025',
      'warning',
      span.start,
      span.end,
      `Écrivez ${keyword} sous sa forme exec, avec des crochets (\`${example}\`)\u00a0: sous la forme shell, le processus principal est \`/bin/sh\`, et votre programme ne reçoit pas le signal d’arrêt de \`docker stop\`.`,
      lessons.runtime,
    ),
  ];
}

function checkExpose(context: LintContext, instruction: Instruction): Finding[] {
  const findings: Finding[] = [];
  for (const argument of instruction.getArguments()) {
    const value = argument.getValue();
    if (value.includes('$')) continue;
    if (value.includes(':')) {
      findings.push(
        context.finding(
          'ExposeInvalidFormat',
          'warning',
          argument.getRange(),
          `EXPOSE ne publie rien et ne prend ni adresse IP ni port de l’hôte («\u00a0${value}\u00a0»)\u00a0: indiquez seulement le port du conteneur, et publiez-le au lancement avec \`docker run -p\`.`,
          lessons.expose,
        ),
      );
      continue;
    }
    const match = /^(\d+)(?:-(\d+))?(?:\/(\w+))?$/.exec(value);
    const outOfRange = match && [match[1], match[2]].some((port) => port !== undefined && Number(port) > 65535);
    const badProtocol = match?.[3] !== undefined && !['tcp', 'udp', 'sctp'].includes(match[3].toLowerCase());
    if (!match || outOfRange || badProtocol) {
      findings.push(
        context.finding(
          'DL3011',
          'error',
          argument.getRange(),
          `«\u00a0${value}\u00a0» n’est pas un port valide\u00a0: un port va de 0 à 65535, suivi au besoin de «\u00a0/tcp\u00a0» ou «\u00a0/udp\u00a0».`,
          lessons.expose,
        ),
      );
    }
  }
  return findings;
}

const secretWords = new Set([
  'password',
  'passwd',
  'pwd',
  'pword',
  'secret',
  'token',
  'apikey',
  'credential',
  'credentials',
  'auth',
  'privatekey',
]);
const harmlessWords = new Set(['file', 'path', 'dir', 'url', 'public', 'pub', 'length', 'min', 'max', 'name', 'type']);

/** A key named like a secret (`DB_PASSWORD`, `API_KEY`, `GITHUB_TOKEN`), not like a path to one (`PASSWORD_FILE`). */
export function looksLikeSecret(key: string): boolean {
  const parts = key
    .toLowerCase()
    .split(/[_\-.]+/)
    .filter(Boolean);
  if (parts.some((part) => harmlessWords.has(part))) return false;
  if (parts.some((part) => secretWords.has(part))) return true;
  // `API_KEY`, `SECRET_KEY`, `AWS_ACCESS_KEY_ID`, `PRIVATE_KEY`: a key, not a keyboard layout.
  return (
    parts.includes('key') &&
    parts.some((part) => ['api', 'access', 'private', 'secret', 'signing', 'encryption'].includes(part))
  );
}

function checkProperties(context: LintContext, instruction: PropertyInstruction): Finding[] {
  const findings: Finding[] = [];
  const keyword = instruction.getKeyword();
  const properties = instruction.getProperties();
  for (const property of properties) {
    if (looksLikeSecret(property.getName())) {
      findings.push(
        context.finding(
          'SecretsUsedInArgOrEnv',
          'warning',
          property.getNameRange(),
          `«\u00a0${property.getName()}\u00a0» a le nom d’un secret\u00a0: ce qu’${keyword === 'ENV' ? 'ENV' : 'ARG'} reçoit reste lisible dans l’image (\`docker history\`, \`docker inspect\`). Passez un secret de build par un montage de secret (\`RUN --mount=type=secret\`) et un secret d’exécution au lancement.`,
          lessons.noSecrets,
        ),
      );
    }
  }
  const first = properties[0];
  if (
    keyword === 'ENV' &&
    properties.length === 1 &&
    first &&
    first.getAssignmentOperator() === null &&
    first.getValue() !== null
  ) {
    findings.push(
      context.finding(
        'LegacyKeyValueFormat',
        'warning',
        instruction.getRange(),
        `Écrivez \`ENV ${first.getName()}=…\`, avec un signe égal\u00a0: la forme sans «\u00a0=\u00a0» est ancienne, ne permet qu’une variable par ligne et se lit mal quand la valeur contient des espaces.`,
        lessons.env,
      ),
    );
  }
  return findings;
}

function words(command: ShellCommand): ShellWord[] {
  return command.words.slice(commandStart(command));
}

/** The arguments after `name sub…`, e.g. the words after `apt-get install`. */
function subcommandArguments(
  command: ShellCommand,
  program: string,
  subcommand: string,
): { program: ShellWord; rest: ShellWord[] } | null {
  const list = words(command);
  if (list[0]?.value === 'sudo') list.shift();
  const head = list[0];
  if (!head || head.value.split('/').at(-1) !== program) return null;
  const index = list.findIndex((word, position) => position > 0 && word.value === subcommand);
  if (index === -1) return null;
  return { program: head, rest: [...list.slice(1, index), ...list.slice(index + 1)] };
}

function options(rest: ShellWord[]): string[] {
  return rest.filter((word) => word.value.startsWith('-')).map((word) => word.value);
}

/** Packages named on the command line: words that are not options nor the value of an option that takes one. */
function packages(rest: ShellWord[], optionsWithValue: string[]): ShellWord[] {
  const result: ShellWord[] = [];
  for (let index = 0; index < rest.length; index += 1) {
    const word = rest[index]!;
    if (word.value.startsWith('-')) {
      if (optionsWithValue.includes(word.value)) index += 1;
      continue;
    }
    if (
      word.value.includes('$') ||
      word.value.endsWith('.deb') ||
      word.value.startsWith('/') ||
      word.value.startsWith('.')
    )
      continue;
    result.push(word);
  }
  return result;
}

function checkRun(context: LintContext, instruction: Instruction): Finding[] {
  const findings: Finding[] = [];
  for (const command of shellCommands(context, instruction)) {
    const list = words(command);
    const head = list[0];
    if (!head) continue;
    if (head.value === 'cd') {
      findings.push(
        context.findingAt(
          'DL3003',
          'warning',
          head.start,
          head.end,
          'Changez de dossier avec WORKDIR plutôt qu’avec `cd`\u00a0: chaque RUN part d’un nouveau shell, et le `cd` ne vaut que pour cette ligne.',
          lessons.workdir,
        ),
      );
    }
    if (head.value === 'sudo') {
      findings.push(
        context.findingAt(
          'DL3004',
          'error',
          head.start,
          head.end,
          'N’utilisez pas `sudo` dans un Dockerfile\u00a0: le build tourne déjà en root jusqu’au premier USER, et `sudo` laisserait dans l’image un moyen de reprendre les droits de root.',
          lessons.leastPrivilege,
        ),
      );
    }
    findings.push(
      ...checkAptGet(context, command),
      ...checkApk(context, command),
      ...checkPip(context, instruction, command),
    );
  }
  return findings;
}

function checkAptGet(context: LintContext, command: ShellCommand): Finding[] {
  const install = subcommandArguments(command, 'apt-get', 'install') ?? subcommandArguments(command, 'apt', 'install');
  if (!install) return [];
  const findings: Finding[] = [];
  const flags = options(install.rest);
  const assumesYes = flags.some(
    (flag) => ['-y', '--yes', '--assume-yes', '-qq', '-q=2'].includes(flag) || /^-[a-z]*y[a-z]*$/.test(flag),
  );
  if (!assumesYes) {
    findings.push(
      context.findingAt(
        'DL3014',
        'warning',
        install.program.start,
        install.program.end,
        'Ajoutez `-y` à `apt-get install`\u00a0: un build ne peut répondre à aucune question, et sans lui l’installation s’interrompt à la demande de confirmation.',
        lessons.run,
      ),
    );
  }
  const noRecommends =
    flags.includes('--no-install-recommends') ||
    install.rest.some((word) => /APT::Install-Recommends=(false|0)/i.test(word.value));
  if (!noRecommends) {
    findings.push(
      context.findingAt(
        'DL3015',
        'info',
        install.program.start,
        install.program.end,
        'Ajoutez `--no-install-recommends`\u00a0: sans lui, apt installe aussi les paquets seulement «\u00a0recommandés\u00a0», qui alourdissent l’image sans servir à l’application.',
        lessons.fewLayers,
      ),
    );
  }
  for (const name of packages(install.rest, ['-o', '-t', '--target-release', '-c'])) {
    if (name.value.includes('=')) continue;
    findings.push(
      context.findingAt(
        'DL3008',
        'warning',
        name.start,
        name.end,
        `Le paquet «\u00a0${name.value}\u00a0» n’a pas de version fixée\u00a0: le même Dockerfile installera une autre version demain. Écrivez «\u00a0${name.value}=<version>\u00a0».`,
        lessons.baseImage,
      ),
    );
  }
  return findings;
}

function checkApk(context: LintContext, command: ShellCommand): Finding[] {
  const add = subcommandArguments(command, 'apk', 'add');
  if (!add) return [];
  const findings: Finding[] = [];
  const flags = options(add.rest);
  if (!flags.includes('--no-cache')) {
    findings.push(
      context.findingAt(
        'DL3019',
        'info',
        add.program.start,
        add.program.end,
        'Ajoutez `--no-cache` à `apk add`\u00a0: l’index des paquets n’est alors ni gardé dans l’image ni à effacer à la main.',
        lessons.fewLayers,
      ),
    );
  }
  for (const name of packages(add.rest, ['-t', '--virtual', '-X', '--repository', '--root', '-p', '--arch'])) {
    if (/[=\u00a0<>]/.test(name.value)) continue;
    findings.push(
      context.findingAt(
        'DL3018',
        'warning',
        name.start,
        name.end,
        `Le paquet «\u00a0${name.value}\u00a0» n’a pas de version fixée\u00a0: le même Dockerfile installera une autre version demain. Écrivez «\u00a0${name.value}=<version>\u00a0».`,
        lessons.baseImage,
      ),
    );
  }
  return findings;
}

function checkPip(context: LintContext, instruction: Instruction, command: ShellCommand): Finding[] {
  const list = words(command);
  let head = list[0];
  // `python -m pip install …` is the same pip.
  let install = subcommandArguments(command, 'pip', 'install') ?? subcommandArguments(command, 'pip3', 'install');
  if (
    !install &&
    head &&
    /^python[0-9.]*$/.test(head.value.split('/').at(-1) ?? '') &&
    list[1]?.value === '-m' &&
    list[2]?.value.startsWith('pip')
  ) {
    const index = list.findIndex((word) => word.value === 'install');
    if (index !== -1) install = { program: head, rest: list.slice(index + 1) };
  }
  if (!install) return [];
  head = install.program;
  if (options(install.rest).includes('--no-cache-dir')) return [];
  const stage = context.stageOf.get(instruction);
  const cacheMounted = /--mount=[^\s]*type=cache[^\s]*\.cache\/pip/.test(instruction.getTextContent());
  const envSet = stage?.instructions.some(
    (other) => other.getKeyword() === 'ENV' && /PIP_NO_CACHE_DIR/.test(other.getTextContent()),
  );
  if (cacheMounted || envSet) return [];
  return [
    context.findingAt(
      'DL3042',
      'warning',
      head.start,
      head.end,
      'Ajoutez `--no-cache-dir` à `pip install`\u00a0: sinon le cache de pip, inutile à l’exécution, reste dans la couche.',
      lessons.fewLayers,
    ),
  ];
}
