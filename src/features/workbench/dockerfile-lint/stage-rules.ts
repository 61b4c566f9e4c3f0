/**
 * Rules that read the whole file or a whole build stage: what comes before FROM, stage names, COPY --from,
 * relative destinations without WORKDIR, repeated CMD/ENTRYPOINT/HEALTHCHECK, consecutive RUNs, pipes without
 * pipefail, apt lists left in the image, and the user the final image runs as.
 */
import type { Finding } from '../finding';
import { lessons } from '../lessons';
import { execForm, lineage, shellCommands, type LintContext, type Stage } from './lint-context';
import { commandStart } from './shell-words';
import type { Instruction } from 'dockerfile-ast';

export function checkStages(context: LintContext): Finding[] {
  return [
    ...checkPreamble(context),
    ...checkCasing(context),
    ...checkStageNames(context),
    ...context.stages.flatMap((stage) => [
      ...checkCopyFrom(context, stage),
      ...checkRelativeCopy(context, stage),
      ...checkRepeated(context, stage),
      ...checkConsecutiveRuns(context, stage),
      ...checkPipefail(context, stage),
    ]),
    ...checkAptLists(context),
    ...checkFinalUser(context),
  ];
}

function checkPreamble(context: LintContext): Finding[] {
  const findings: Finding[] = [];
  const misplaced = context.preamble.find((instruction) => instruction.getKeyword() !== 'ARG');
  if (misplaced) {
    findings.push(
      context.finding(
        'DL3061',
        'error',
        misplaced.getInstructionRange(),
        'Un Dockerfile commence par FROM (seul ARG peut le précéder)\u00a0: cette instruction n’a pas encore d’image sur laquelle s’appliquer.',
        lessons.from,
      ),
    );
  } else if (context.stages.length === 0 && context.dockerfile.getInstructions().length > 0) {
    const first = context.dockerfile.getInstructions()[0]!;
    findings.push(
      context.finding(
        'DL3061',
        'error',
        first.getInstructionRange(),
        'Ce Dockerfile n’a aucune instruction FROM\u00a0: sans image de base, il n’y a rien à construire.',
        lessons.from,
      ),
    );
  }
  // A variable used in FROM must be declared by an ARG before the first FROM.
  const declared = new Set(
    context.preamble.flatMap((instruction) =>
      instruction.getKeyword() === 'ARG'
        ? instruction.getArguments().map((argument) => argument.getValue().split('=')[0]!)
        : [],
    ),
  );
  for (const stage of context.stages) {
    for (const variable of stage.from.getVariables()) {
      const name = variable.getName();
      if (
        declared.has(name) ||
        [
          'BUILDPLATFORM',
          'TARGETPLATFORM',
          'BUILDOS',
          'BUILDARCH',
          'TARGETOS',
          'TARGETARCH',
          'TARGETVARIANT',
          'BUILDVARIANT',
        ].includes(name)
      )
        continue;
      findings.push(
        context.finding(
          'UndefinedArgInFrom',
          'warning',
          variable.getNameRange(),
          `La variable «\u00a0${name}\u00a0» n’est déclarée par aucun ARG avant le premier FROM\u00a0: elle y sera vide. Ajoutez \`ARG ${name}=…\` en tête du fichier.`,
          lessons.arg,
        ),
      );
    }
  }
  return findings;
}

function checkCasing(context: LintContext): Finding[] {
  const instructions = context.dockerfile.getInstructions();
  const upper = instructions.filter(
    (instruction) => instruction.getInstruction() === instruction.getInstruction().toUpperCase(),
  ).length;
  const lower = instructions.filter(
    (instruction) => instruction.getInstruction() === instruction.getInstruction().toLowerCase(),
  ).length;
  const expectUpper = upper >= lower;
  return instructions
    .filter((instruction) => {
      const written = instruction.getInstruction();
      return expectUpper ? written !== written.toUpperCase() : written !== written.toLowerCase();
    })
    .map((instruction) =>
      context.finding(
        'ConsistentInstructionCasing',
        'info',
        instruction.getInstructionRange(),
        `Écrivez «\u00a0${instruction.getInstruction()}\u00a0» ${expectUpper ? 'en majuscules' : 'en minuscules'}, comme les autres instructions\u00a0: la convention rend les instructions visibles d’un coup d’œil.`,
        lessons.dockerfileRecipe,
      ),
    );
}

function checkStageNames(context: LintContext): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const stage of context.stages) {
    if (!stage.name) continue;
    const range = stage.from.getBuildStageRange();
    if (seen.has(stage.name) && range) {
      findings.push(
        context.finding(
          'DuplicateStageName',
          'error',
          range,
          `Une étape s’appelle déjà «\u00a0${stage.name}\u00a0»\u00a0: chaque étape a un nom unique, sinon \`COPY --from\` et \`--target\` ne savent pas laquelle prendre.`,
          lessons.multiStage,
        ),
      );
    }
    seen.add(stage.name);
  }
  return findings;
}

function checkCopyFrom(context: LintContext, stage: Stage): Finding[] {
  const findings: Finding[] = [];
  const earlier = context.stages.slice(0, stage.index);
  for (const instruction of stage.instructions) {
    if (instruction.getKeyword() !== 'COPY') continue;
    const flag = (
      instruction as unknown as {
        getFromFlag?: () => {
          getValue(): string | null;
          getValueRange(): {
            start: { line: number; character: number };
            end: { line: number; character: number };
          } | null;
        } | null;
      }
    ).getFromFlag?.();
    const value = flag?.getValue();
    const range = flag?.getValueRange();
    if (!flag || !value || !range || value.includes('$')) continue;
    // An image reference (`nginx:1.27`, `ghcr.io/org/tool`) is allowed: only a bare word names a stage.
    if (/[:/@]/.test(value)) continue;
    const known = /^\d+$/.test(value)
      ? Number(value) < stage.index
      : earlier.some((other) => other.name === value.toLowerCase());
    if (known) continue;
    const self = stage.name === value.toLowerCase();
    findings.push(
      context.finding(
        'DL3022',
        'warning',
        range,
        self
          ? `«\u00a0${value}\u00a0» est l’étape en cours\u00a0: \`COPY --from\` copie depuis une étape précédente, déclarée plus haut avec \`FROM … AS\`.`
          : `Aucune étape «\u00a0${value}\u00a0» n’est déclarée plus haut\u00a0: \`COPY --from\` nomme une étape précédente (\`FROM … AS ${value}\`), sinon Docker cherche une image de ce nom sur le Docker Hub.`,
        lessons.multiStage,
      ),
    );
  }
  return findings;
}

function hasWorkdir(stage: Stage, before: Instruction): boolean {
  return lineage(stage).some((ancestor) =>
    ancestor.instructions.some(
      (instruction) =>
        instruction.getKeyword() === 'WORKDIR' &&
        (ancestor !== stage || instruction.getRange().start.line < before.getRange().start.line),
    ),
  );
}

function checkRelativeCopy(context: LintContext, stage: Stage): Finding[] {
  const findings: Finding[] = [];
  for (const instruction of stage.instructions) {
    if (instruction.getKeyword() !== 'COPY' && instruction.getKeyword() !== 'ADD') continue;
    if (execForm(context, instruction)) continue;
    const args = instruction.getArguments();
    const destination = args.at(-1);
    if (args.length < 2 || !destination || args[0]!.getValue().startsWith('<<')) continue;
    const value = destination.getValue().replace(/^["']|["']$/g, '');
    if (value.startsWith('/') || value.startsWith('$') || /^[A-Za-z]:[\\/]/.test(value) || value.startsWith('\\'))
      continue;
    if (hasWorkdir(stage, instruction)) continue;
    findings.push(
      context.finding(
        'DL3045',
        'warning',
        destination.getRange(),
        `La destination «\u00a0${value}\u00a0» est relative, mais aucun WORKDIR n’est fixé dans cette étape\u00a0: les fichiers atterrissent là où l’image de base a laissé le répertoire courant, souvent à la racine. Ajoutez d’abord \`WORKDIR /app\`.`,
        lessons.workdir,
      ),
    );
  }
  return findings;
}

function checkRepeated(context: LintContext, stage: Stage): Finding[] {
  const rules: Record<string, { rule: string; severity: 'warning' | 'error' }> = {
    CMD: { rule: 'DL4003', severity: 'warning' },
    ENTRYPOINT: { rule: 'DL4004', severity: 'error' },
    HEALTHCHECK: { rule: 'DL3012', severity: 'error' },
  };
  const findings: Finding[] = [];
  for (const [keyword, { rule, severity }] of Object.entries(rules)) {
    const all = stage.instructions.filter((instruction) => instruction.getKeyword() === keyword);
    for (const instruction of all.slice(0, -1)) {
      findings.push(
        context.finding(
          rule,
          severity,
          instruction.getInstructionRange(),
          `Cette étape a plusieurs ${keyword}\u00a0: seul le dernier compte, celui-ci est ignoré. Gardez-en un seul.`,
          keyword === 'HEALTHCHECK' ? lessons.healthcheck : lessons.runtime,
        ),
      );
    }
  }
  return findings;
}

function flagsOf(instruction: Instruction): string {
  const withFlags = instruction as unknown as { getFlags?: () => { toString(): string }[] };
  return (withFlags.getFlags?.() ?? []).map((flag) => flag.toString()).join(' ');
}

function checkConsecutiveRuns(context: LintContext, stage: Stage): Finding[] {
  const findings: Finding[] = [];
  const list = stage.instructions;
  for (let index = 1; index < list.length; index += 1) {
    const previous = list[index - 1]!;
    const current = list[index]!;
    if (previous.getKeyword() !== 'RUN' || current.getKeyword() !== 'RUN') continue;
    // Different mounts (a cache, a secret) are a reason to keep two RUNs apart.
    if (flagsOf(previous) !== flagsOf(current)) continue;
    findings.push(
      context.finding(
        'DL3059',
        'info',
        current.getInstructionRange(),
        'Ce RUN suit un autre RUN\u00a0: chacun crée une couche, et un fichier effacé dans le second reste dans le premier. Enchaînez les commandes liées dans un seul RUN avec `&&`.',
        lessons.fewLayers,
      ),
    );
  }
  return findings;
}

function checkPipefail(context: LintContext, stage: Stage): Finding[] {
  const findings: Finding[] = [];
  let pipefail = false;
  let posixShell = true;
  for (const instruction of stage.instructions) {
    const keyword = instruction.getKeyword();
    if (keyword === 'SHELL') {
      const words = execForm(context, instruction) ?? [];
      pipefail = words.some((word, index) => word === 'pipefail' && words[index - 1]?.endsWith('o'));
      posixShell = /(^|\/)(ba|a|z|k|da)?sh$/.test(words[0] ?? '');
      continue;
    }
    if (keyword !== 'RUN' || pipefail || !posixShell || execForm(context, instruction)) continue;
    for (const command of shellCommands(context, instruction)) {
      if (command.next?.value !== '|') continue;
      // `set -o pipefail &&` at the start of the RUN does the same.
      const first = shellCommands(context, instruction)[0];
      if (
        first &&
        first.words[commandStart(first)]?.value === 'set' &&
        first.words.some((word) => word.value === 'pipefail')
      )
        break;
      findings.push(
        context.findingAt(
          'DL4006',
          'warning',
          command.next.start,
          command.next.end,
          'Sans l’option `pipefail`, une commande en tuyau ne rend que le code de sa dernière partie\u00a0: si la première échoue, le build continue comme si de rien n’était. Ajoutez avant ce RUN `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (ou `/bin/ash` sur Alpine).',
          lessons.shell,
        ),
      );
      break;
    }
  }
  return findings;
}

/** The final stage and the stages it is built on: only their layers end up in the image. */
function finalLineage(context: LintContext): Stage[] {
  const last = context.stages.at(-1);
  return last ? lineage(last) : [];
}

function checkAptLists(context: LintContext): Finding[] {
  const findings: Finding[] = [];
  for (const stage of finalLineage(context)) {
    for (const instruction of stage.instructions) {
      if (instruction.getKeyword() !== 'RUN') continue;
      const commands = shellCommands(context, instruction);
      const usesApt = commands.some((command) => {
        const words = command.words.slice(commandStart(command));
        return /^apt(-get)?$/.test(words[0]?.value ?? '') && words.some((word) => word.value === 'update');
      });
      if (!usesApt) continue;
      const cleaned = commands.some(
        (command) =>
          command.words.some((word) => word.value.startsWith('/var/lib/apt/lists')) &&
          command.words.some((word) => word.value === 'rm'),
      );
      const cacheMounted = /--mount=[^\s]*type=cache[^\s]*\/var\/lib\/apt/.test(instruction.getTextContent());
      if (cleaned || cacheMounted) continue;
      findings.push(
        context.finding(
          'DL3009',
          'info',
          instruction.getInstructionRange(),
          'Effacez les listes de paquets dans le même RUN (`&& rm -rf /var/lib/apt/lists/*`)\u00a0: elles pèsent des dizaines de Mo et ne servent plus une fois l’installation faite. Dans un RUN suivant, l’effacement ne ferait pas maigrir l’image.',
          lessons.fewLayers,
        ),
      );
    }
  }
  return findings;
}

// Images known to set a user themselves: distroless's `nonroot` tags, nginx's `unprivileged` and `rootless` builds.
const nonRootImage = /(^|[:/-])(nonroot|unprivileged|rootless)([:/-]|$)/;

function checkFinalUser(context: LintContext): Finding[] {
  const last = context.stages.at(-1);
  if (!last) return [];
  const chain = lineage(last);
  const users = chain.flatMap((stage) =>
    stage.instructions
      .filter((instruction) => instruction.getKeyword() === 'USER')
      .map((instruction) => ({ stage, instruction })),
  );
  // The nearest stage's last USER wins.
  const lastUser = users.filter(({ stage }) => stage === users[0]?.stage).at(-1);
  if (lastUser) {
    const argument = lastUser.instruction.getArguments()[0];
    const user = argument?.getValue().split(':')[0] ?? '';
    if (argument && (user === 'root' || user === '0')) {
      return [
        context.finding(
          'DL3002',
          'warning',
          argument.getRange(),
          'Le dernier USER de l’image est root\u00a0: une faille dans l’application donnerait tous les droits dans le conteneur. Terminez par un utilisateur sans privilège (`USER node`, `USER app`).',
          lessons.user,
        ),
      ];
    }
    return [];
  }
  const root = chain.at(-1)!.from;
  const image = root.getImage() ?? '';
  if (image === 'scratch' || nonRootImage.test(image)) return [];
  return [
    context.finding(
      'NoUser',
      'info',
      last.from.getRange(),
      'L’image finale ne fixe aucun USER\u00a0: sauf si l’image de base en choisit un, le processus tournera en root. Créez un utilisateur sans privilège, ou prenez celui de l’image (`USER node`), avant CMD.',
      lessons.leastPrivilege,
    ),
  ];
}
