/**
 * Reads the YAML of a ```lab block and returns the lab, or every problem found at once, each at
 * its line and column (1-based, inside the YAML text) and explained in one French sentence that
 * says how to fix it. Used at build time by the content checker and the MDX transform; pure.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import {
  checkKinds,
  containerStatuses,
  normalizeImageRef,
  parseMemory,
  parsePublish,
  restartPolicies,
  type CheckKind,
  type LabCheck,
} from './lab-checks';
import { kebabCase, MAX_LINE_LENGTH, type LabDefinition, type LabStep } from './lab-schema';

export interface LabSourceError {
  line: number;
  column: number;
  message: string;
}

export interface LabSourceOptions {
  /** Image references the engine knows (normalised, "nginx:1.27-alpine"); null skips the check. */
  knownImages?: ReadonlySet<string> | null;
  /** Why a docker command line cannot be read, or null when it can; absent skips the check. */
  commandProblem?: (line: string) => string | null;
}

export interface LabSourceResult {
  lab: LabDefinition | null;
  errors: LabSourceError[];
  /** The lab's former ids (`previousIds`), empty when none or when it does not parse. */
  previousIds: string[];
}

type Path = readonly (string | number)[];

/** No-break spaces where French typography wants them, so messages can be written plainly. */
function french(text: string): string {
  return text.replace(/ ([:;?!»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}

const show = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function locatorFor(doc: Document.Parsed, lineCounter: LineCounter) {
  return (path: Path): { line: number; column: number } => {
    let node: unknown = doc.contents;
    let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item: unknown = node.items[key];
        if (item === undefined) break;
        offset = (item as Node).range?.[0] ?? offset;
        node = item;
      } else break;
    }
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
}

/** The fields each check accepts, and which of them are required. */
const checkFields: Record<
  Exclude<CheckKind, 'all' | 'any' | 'not' | 'commandRan'>,
  { allowed: string[]; required: string[] }
> = {
  container: {
    allowed: [
      'name',
      'exists',
      'status',
      'image',
      'publishes',
      'exitCode',
      'oomKilled',
      'restartPolicy',
      'restartCountAtLeast',
      'memory',
      'env',
      'mounts',
      'network',
      'autoRemove',
      'nonRoot',
      'health',
    ],
    required: ['name'],
  },
  containers: { allowed: ['image', 'status', 'count', 'atLeast', 'atMost'], required: [] },
  resolves: { allowed: ['from', 'name'], required: ['from', 'name'] },
  volume: { allowed: ['name', 'exists', 'unused', 'usedBy', 'file'], required: ['name'] },
  network: { allowed: ['name', 'exists', 'contains'], required: ['name'] },
  image: { allowed: ['tag', 'exists', 'smallerThan'], required: ['tag'] },
  build: { allowed: ['tag', 'ok', 'cached', 'rebuilt'], required: [] },
  lint: { allowed: ['file', 'clean', 'without'], required: ['file'] },
  http: { allowed: ['from', 'url', 'status', 'contains'], required: ['from', 'url'] },
  exitCode: { allowed: ['container', 'is'], required: ['container', 'is'] },
  hostFile: { allowed: ['path', 'exists', 'contains'], required: ['path'] },
};

const quoted = (items: readonly string[]) => items.map((item) => `\`${item}\``).join(', ');

/** Names a check refers to, to be found in the lab's text (setup commands, goals, hints). */
interface NameRef {
  kind: 'conteneur' | 'volume' | 'réseau';
  name: string;
  path: Path;
}

interface Context {
  report: (path: Path, message: string) => void;
  options: LabSourceOptions;
  names: NameRef[];
  images: { ref: string; path: Path }[];
}

function validateCheck(raw: unknown, path: Path, context: Context): LabCheck | null {
  const { report } = context;
  if (!isRecord(raw) || Object.keys(raw).length === 0) {
    report(
      path,
      `La vérification est vide : écrivez une condition, par exemple \`container: { name: web, status: running }\` (conditions possibles : ${quoted(checkKinds)}).`,
    );
    return null;
  }
  const keys = Object.keys(raw);
  if (keys.length > 1) {
    report(
      path,
      `Une vérification n’a qu’une condition, celle-ci en a ${keys.length} (${quoted(keys)}) : réunissez-les sous \`all:\` (toutes) ou \`any:\` (l’une d’elles).`,
    );
    return null;
  }
  const kind = keys[0] as string;
  const value = raw[kind];
  const at = [...path, kind];
  if (!(checkKinds as readonly string[]).includes(kind)) {
    report(at, `La condition « ${kind} » est inconnue : utilisez l’une de ${quoted(checkKinds)}.`);
    return null;
  }
  if (kind === 'all' || kind === 'any') {
    if (!Array.isArray(value) || value.length === 0) {
      report(at, `\`${kind}:\` attend une liste d’au moins une condition (des lignes commençant par un tiret).`);
      return null;
    }
    const parts = value.map((part, index) => validateCheck(part, [...at, index], context));
    if (parts.some((part) => part === null)) return null;
    return kind === 'all' ? { all: parts as LabCheck[] } : { any: parts as LabCheck[] };
  }
  if (kind === 'not') {
    const inner = validateCheck(value, at, context);
    return inner === null ? null : { not: inner };
  }
  if (kind === 'commandRan') {
    if (typeof value !== 'string' || value.trim() === '') {
      report(at, '`commandRan` attend une commande entre guillemets, par exemple `commandRan: "docker logs db"`.');
      return null;
    }
    const problem = context.options.commandProblem?.(value) ?? null;
    if (problem !== null) {
      report(
        at,
        `La commande « ${value} » de \`commandRan\` ne se lit pas (${problem.replace(/\.$/, '')}) : corrigez-la.`,
      );
      return null;
    }
    return { commandRan: value };
  }
  const fields = checkFields[kind as keyof typeof checkFields];
  if (!isRecord(value)) {
    report(at, `\`${kind}\` attend des champs \`clé: valeur\` (${quoted(fields.allowed)}) : complétez-le.`);
    return null;
  }
  let ok = true;
  const fail = (field: string | null, message: string) => {
    ok = false;
    report(field === null ? at : [...at, field], message);
  };
  for (const key of Object.keys(value)) {
    if (!fields.allowed.includes(key)) {
      fail(key, `Le champ « ${key} » est inconnu dans \`${kind}\` : utilisez ${quoted(fields.allowed)}.`);
    }
  }
  for (const key of fields.required) {
    if (value[key] === undefined) fail(null, `Le champ \`${key}\` manque dans \`${kind}\` : ajoutez-le.`);
  }
  const text = (field: string): string | undefined => {
    const found = value[field];
    if (found === undefined) return undefined;
    if (typeof found === 'number') return String(found);
    if (typeof found !== 'string' || found.trim() === '') {
      fail(field, `\`${kind}.${field}\` doit être un texte non vide.`);
      return undefined;
    }
    return found;
  };
  const bool = (field: string) => {
    const found = value[field];
    if (found !== undefined && typeof found !== 'boolean') {
      fail(field, `\`${kind}.${field}\` vaut \`true\` ou \`false\`.`);
    }
  };
  const integer = (field: string, min = 0) => {
    const found = value[field];
    if (found !== undefined && (typeof found !== 'number' || !Number.isInteger(found) || found < min)) {
      fail(
        field,
        `\`${kind}.${field}\` doit être un nombre entier${min === 0 ? ' positif ou nul' : ` d’au moins ${min}`}.`,
      );
    }
  };
  const status = () => {
    const found = value.status;
    if (found !== undefined && !(containerStatuses as readonly unknown[]).includes(found)) {
      fail('status', `L’état « ${show(found)} » est inconnu : utilisez ${quoted(containerStatuses)}.`);
    }
  };
  const name = (field: string, refKind: NameRef['kind']) => {
    const found = text(field);
    if (found !== undefined) context.names.push({ kind: refKind, name: found, path: [...at, field] });
  };
  const image = (field: string) => {
    const found = text(field);
    if (found !== undefined) context.images.push({ ref: found, path: [...at, field] });
  };
  switch (kind) {
    case 'container': {
      name('name', 'conteneur');
      bool('exists');
      status();
      image('image');
      for (const publish of typeof value.publishes === 'string'
        ? [value.publishes]
        : Array.isArray(value.publishes)
          ? value.publishes
          : value.publishes === undefined
            ? []
            : [null]) {
        if (typeof publish !== 'string' || parsePublish(publish) === null) {
          fail('publishes', '`publishes` s’écrit `"PORT_HÔTE->PORT_CONTENEUR"`, par exemple `publishes: "8080->80"`.');
        }
      }
      integer('exitCode');
      bool('oomKilled');
      if (value.restartPolicy !== undefined && !(restartPolicies as readonly unknown[]).includes(value.restartPolicy)) {
        fail(
          'restartPolicy',
          `La politique « ${show(value.restartPolicy)} » est inconnue : utilisez ${quoted(restartPolicies)}.`,
        );
      }
      integer('restartCountAtLeast', 1);
      if (
        value.memory !== undefined &&
        (!['string', 'number'].includes(typeof value.memory) || parseMemory(value.memory as string) === null)
      ) {
        fail('memory', '`memory` s’écrit comme l’option `-m` de docker, par exemple `memory: 64m`.');
      }
      const env = value.env;
      if (
        env !== undefined &&
        !(typeof env === 'string' || (Array.isArray(env) && env.every((item) => typeof item === 'string')))
      ) {
        fail('env', '`env` attend un nom de variable (`POSTGRES_PASSWORD`) ou `NOM=valeur`, ou une liste de ceux-ci.');
      }
      if (value.mounts !== undefined) {
        if (!Array.isArray(value.mounts)) fail('mounts', '`mounts` attend une liste de montages.');
        else
          value.mounts.forEach((mount: unknown, index) => {
            const place = [...at, 'mounts', index];
            if (!isRecord(mount) || typeof mount.destination !== 'string') {
              ok = false;
              report(place, 'Chaque montage a au moins `destination:` (le chemin dans le conteneur).');
              return;
            }
            for (const key of Object.keys(mount)) {
              if (!['volume', 'bind', 'destination', 'readOnly'].includes(key)) {
                ok = false;
                report(
                  [...place, key],
                  `Le champ « ${key} » est inconnu dans un montage : utilisez \`volume\`, \`bind\`, \`destination\`, \`readOnly\`.`,
                );
              }
            }
            if (typeof mount.volume === 'string')
              context.names.push({ kind: 'volume', name: mount.volume, path: [...place, 'volume'] });
          });
      }
      name('network', 'réseau');
      bool('autoRemove');
      bool('nonRoot');
      if (
        value.health !== undefined &&
        !['none', 'starting', 'healthy', 'unhealthy'].includes(value.health as string)
      ) {
        fail(
          'health',
          `L’état de santé « ${show(value.health)} » est inconnu : utilisez \`starting\`, \`healthy\`, \`unhealthy\` ou \`none\`.`,
        );
      }
      break;
    }
    case 'containers':
      image('image');
      status();
      integer('count');
      integer('atLeast');
      integer('atMost');
      break;
    case 'resolves':
      name('from', 'conteneur');
      text('name');
      break;
    case 'volume':
      name('name', 'volume');
      bool('exists');
      bool('unused');
      name('usedBy', 'conteneur');
      if (value.file !== undefined) {
        const file = value.file;
        if (
          !isRecord(file) ||
          typeof file.path !== 'string' ||
          file.path.trim() === '' ||
          Object.keys(file).some((key) => key !== 'path' && key !== 'contains') ||
          (file.contains !== undefined && typeof file.contains !== 'string')
        ) {
          fail(
            'file',
            '`file` attend `{ path, contains? }` : le chemin d’un fichier dans le volume, et un texte qu’il contient.',
          );
        }
      }
      break;
    case 'network':
      name('name', 'réseau');
      bool('exists');
      if (value.contains !== undefined) {
        if (!Array.isArray(value.contains) || !value.contains.every((item) => typeof item === 'string')) {
          fail('contains', '`contains` attend une liste de noms de conteneurs, par exemple `contains: [api, db]`.');
        } else {
          value.contains.forEach((item: string, index) =>
            context.names.push({ kind: 'conteneur', name: item, path: [...at, 'contains', index] }),
          );
        }
      }
      break;
    case 'image':
      text('tag');
      bool('exists');
      text('smallerThan');
      break;
    case 'build': {
      text('tag');
      bool('ok');
      for (const field of ['cached', 'rebuilt']) {
        const found = value[field];
        if (
          found !== undefined &&
          !(
            (typeof found === 'string' && found.trim() !== '') ||
            (Array.isArray(found) &&
              found.length > 0 &&
              found.every((item) => typeof item === 'string' && item.trim() !== ''))
          )
        ) {
          fail(field, `\`build.${field}\` attend le début d’une instruction (\`RUN npm ci\`) ou une liste de ceux-ci.`);
        }
      }
      break;
    }
    case 'lint': {
      text('file');
      bool('clean');
      const without = value.without;
      if (
        without !== undefined &&
        !(
          Array.isArray(without) &&
          without.length > 0 &&
          without.every((item) => typeof item === 'string' && /^[A-Za-z][\w-]*$/.test(item))
        )
      ) {
        fail(
          'without',
          '`lint.without` attend une liste d’identifiants de règles, par exemple `without: [DL3007, DL3006]`.',
        );
      }
      if (value.clean === undefined && without === undefined) {
        fail(null, '`lint` attend `clean: true` ou une liste `without` : sinon la vérification ne demande rien.');
      }
      break;
    }
    case 'http': {
      const from = text('from');
      if (from !== undefined && from !== 'host')
        context.names.push({ kind: 'conteneur', name: from, path: [...at, 'from'] });
      const url = text('url');
      if (url !== undefined && !/^https?:\/\/[^\s/]+/.test(url)) {
        fail('url', '`url` est une adresse complète, par exemple `url: "http://localhost:8080"`.');
      }
      integer('status', 100);
      text('contains');
      break;
    }
    case 'exitCode':
      name('container', 'conteneur');
      integer('is');
      break;
    case 'hostFile':
      text('path');
      bool('exists');
      text('contains');
      break;
  }
  return ok ? ({ [kind]: value } as LabCheck) : null;
}

function nameAppears(name: string, corpus: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9_.-])${escaped}($|[^A-Za-z0-9_-])`).test(corpus);
}

export function parseLabSource(source: string, options: LabSourceOptions = {}): LabSourceResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const errors = doc.errors.map((error) => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      const detail = (error.message.split('\n')[0] ?? '').replace(/\s+at line \d+, column \d+.*$/, '');
      return {
        line,
        column: col,
        message: french(
          `Syntaxe YAML invalide : corrigez la syntaxe à cet endroit (guillemets, indentation, deux-points) (${detail}).`,
        ),
      };
    });
    return { lab: null, errors, previousIds: [] };
  }
  const locate = locatorFor(doc, lineCounter);
  const errors: LabSourceError[] = [];
  const report = (path: Path, message: string) => errors.push({ ...locate(path), message: french(message) });
  let root: unknown;
  try {
    root = doc.toJS();
  } catch (error) {
    // An alias to an anchor never set, say: the YAML reads but has no value.
    report([], `Le YAML ne se lit pas (${error instanceof Error ? error.message : String(error)}) : corrigez-le.`);
    return { lab: null, errors, previousIds: [] };
  }
  if (!isRecord(root)) {
    report([], 'Le bloc lab doit être un objet YAML avec `id`, `title`, `setup` et `steps` : complétez-le.');
    return { lab: null, errors, previousIds: [] };
  }
  const context: Context = { report, options, names: [], images: [] };

  for (const key of Object.keys(root)) {
    if (!['id', 'title', 'previousIds', 'setup', 'editor', 'steps'].includes(key)) {
      report(
        [key],
        `Le champ « ${key} » est inconnu dans un lab : utilisez \`id\`, \`title\`, \`previousIds\`, \`setup\`, \`editor\`, \`steps\`.`,
      );
    }
  }
  const id = typeof root.id === 'string' && kebabCase.test(root.id) ? root.id : null;
  if (id === null) {
    report(
      root.id === undefined ? [] : ['id'],
      root.id === undefined
        ? 'Le champ `id` manque : donnez au lab un id en minuscules et tirets, par exemple `id: lab-premier-conteneur`.'
        : 'L’`id` du lab s’écrit en minuscules, chiffres et tirets, par exemple `lab-premier-conteneur`.',
    );
  }
  const title = typeof root.title === 'string' && root.title.trim() !== '' ? root.title.trim() : null;
  if (title === null)
    report(root.title === undefined ? [] : ['title'], 'Le champ `title` manque ou est vide : donnez un titre au lab.');

  const previousIds: string[] = [];
  if (root.previousIds !== undefined) {
    if (!Array.isArray(root.previousIds)) report(['previousIds'], '`previousIds` attend une liste d’anciens ids.');
    else
      root.previousIds.forEach((previous, index) => {
        if (typeof previous !== 'string' || !kebabCase.test(previous)) {
          report(['previousIds', index], 'Un ancien id s’écrit en minuscules, chiffres et tirets.');
        } else if (previousIds.includes(previous)) {
          report(
            ['previousIds', index],
            `L’ancien id « ${previous} » est listé deux fois dans \`previousIds\` : gardez-en un seul.`,
          );
        } else if (previous === id) {
          report(
            ['previousIds', index],
            `L’ancien id « ${previous} » est l’id actuel du lab : retirez-le de \`previousIds\`.`,
          );
        } else previousIds.push(previous);
      });
  }

  // Starting state.
  const setup = { images: [] as string[], hostFiles: {} as Record<string, string>, commands: [] as string[] };
  if (root.setup !== undefined && root.setup !== null) {
    if (!isRecord(root.setup)) report(['setup'], '`setup` attend des champs `images`, `hostFiles` et `commands`.');
    else {
      const raw = root.setup;
      for (const key of Object.keys(raw)) {
        if (!['images', 'hostFiles', 'commands'].includes(key)) {
          report(
            ['setup', key],
            `Le champ « ${key} » est inconnu dans \`setup\` : utilisez \`images\`, \`hostFiles\`, \`commands\`.`,
          );
        }
      }
      if (raw.images !== undefined) {
        if (!Array.isArray(raw.images))
          report(['setup', 'images'], '`setup.images` attend une liste d’images, par exemple `[nginx:1.27-alpine]`.');
        else
          raw.images.forEach((image, index) => {
            if (typeof image !== 'string' || image.trim() === '')
              report(['setup', 'images', index], 'Une image s’écrit `nom:tag`.');
            else {
              setup.images.push(image);
              context.images.push({ ref: image, path: ['setup', 'images', index] });
            }
          });
      }
      if (raw.hostFiles !== undefined) {
        if (!isRecord(raw.hostFiles))
          report(['setup', 'hostFiles'], '`setup.hostFiles` attend des lignes `chemin: contenu`.');
        else
          for (const [path, content] of Object.entries(raw.hostFiles)) {
            if (typeof content !== 'string' || path.startsWith('/') || path.split('/').includes('..')) {
              report(
                ['setup', 'hostFiles', path],
                `Le fichier « ${path} » doit avoir un chemin relatif au dossier du lab et un contenu texte.`,
              );
            } else setup.hostFiles[path] = content;
          }
      }
      if (raw.commands !== undefined) {
        if (!Array.isArray(raw.commands))
          report(['setup', 'commands'], '`setup.commands` attend une liste de commandes docker.');
        else
          raw.commands.forEach((command, index) => {
            if (typeof command !== 'string' || command.trim() === '') {
              report(
                ['setup', 'commands', index],
                'Une commande de départ est un texte, par exemple `docker run -d --name db postgres:16-alpine`.',
              );
              return;
            }
            if (command.length > MAX_LINE_LENGTH) {
              report(
                ['setup', 'commands', index],
                `Cette commande dépasse ${MAX_LINE_LENGTH} caractères : raccourcissez-la.`,
              );
              return;
            }
            const problem = options.commandProblem?.(command) ?? null;
            if (problem !== null) {
              report(
                ['setup', 'commands', index],
                `La commande de départ « ${command} » ne se lit pas (${problem.replace(/\.$/, '')}) : corrigez-la.`,
              );
              return;
            }
            setup.commands.push(command);
          });
      }
    }
  }

  // Files of the workbench editor.
  const editor: string[] = [];
  if (root.editor !== undefined) {
    if (!Array.isArray(root.editor) || root.editor.length === 0)
      report(['editor'], '`editor` attend la liste des fichiers à éditer, par exemple `[Dockerfile, compose.yaml]`.');
    else
      root.editor.forEach((path: unknown, index) => {
        if (typeof path !== 'string' || path.trim() === '' || path.startsWith('/') || path.split('/').includes('..')) {
          report(
            ['editor', index],
            'Un fichier de `editor` a un chemin relatif au dossier du lab, par exemple `Dockerfile`.',
          );
        } else if (editor.includes(path)) {
          report(['editor', index], `Le fichier « ${path} » est listé deux fois dans \`editor\` : gardez-en un seul.`);
        } else editor.push(path);
      });
  }

  // Steps.
  const steps: LabStep[] = [];
  if (!Array.isArray(root.steps) || root.steps.length === 0) {
    report(
      root.steps === undefined ? [] : ['steps'],
      'Le lab n’a aucune étape : ajoutez `steps:` avec au moins une étape (id, goal, hints, check, explanation).',
    );
  } else {
    const stepIds = new Map<string, number>();
    root.steps.forEach((raw, index) => {
      const base: Path = ['steps', index];
      const label = `L’étape n°${index + 1}`;
      if (!isRecord(raw)) {
        report(base, `${label} doit être un objet (id, goal, hints, check, explanation).`);
        return;
      }
      for (const key of Object.keys(raw)) {
        if (!['id', 'goal', 'hints', 'check', 'explanation'].includes(key)) {
          report(
            [...base, key],
            `Le champ « ${key} » est inconnu dans une étape : utilisez \`id\`, \`goal\`, \`hints\`, \`check\`, \`explanation\`.`,
          );
        }
      }
      const stepId = typeof raw.id === 'string' && kebabCase.test(raw.id) ? raw.id : null;
      if (stepId === null)
        report(
          raw.id === undefined ? base : [...base, 'id'],
          `${label} n’a pas d’\`id\` en minuscules et tirets : ajoutez-en un, par exemple \`id: lancer-web\`.`,
        );
      else if (stepIds.has(stepId)) {
        report(
          [...base, 'id'],
          `${label} a le même id « ${stepId} » que l’étape n°${(stepIds.get(stepId) ?? 0) + 1} : chaque étape a un id unique.`,
        );
      } else stepIds.set(stepId, index);
      const goal = typeof raw.goal === 'string' && raw.goal.trim() !== '' ? raw.goal.trim() : null;
      if (goal === null)
        report(
          raw.goal === undefined ? base : [...base, 'goal'],
          `${label} n’a pas de but : ajoutez \`goal:\`, ce que l’apprenant doit obtenir.`,
        );
      const hints = Array.isArray(raw.hints)
        ? raw.hints.filter((hint): hint is string => typeof hint === 'string' && hint.trim() !== '')
        : [];
      if (hints.length === 0) {
        report(
          raw.hints === undefined ? base : [...base, 'hints'],
          `${label} n’a aucun indice : ajoutez \`hints:\` avec au moins un indice.`,
        );
      } else if (Array.isArray(raw.hints) && hints.length !== raw.hints.length) {
        report([...base, 'hints'], `Un indice de l’étape n°${index + 1} est vide ou n’est pas un texte : corrigez-le.`);
      }
      const explanation =
        typeof raw.explanation === 'string' && raw.explanation.trim() !== '' ? raw.explanation.trim() : null;
      if (explanation === null) {
        report(
          raw.explanation === undefined ? base : [...base, 'explanation'],
          `${label} n’a pas d’explication : ajoutez \`explanation:\`, le mot montré une fois l’étape réussie.`,
        );
      }
      const check = raw.check === undefined ? null : validateCheck(raw.check, [...base, 'check'], context);
      if (raw.check === undefined)
        report(
          base,
          `${label} n’a pas de vérification : ajoutez \`check:\`, par exemple \`container: { name: web, status: running }\`.`,
        );
      if (stepId && goal && hints.length > 0 && explanation && check) {
        steps.push({ id: stepId, goal, hints: hints.map((hint) => hint.trim()), check, explanation });
      }
    });
  }

  // Names a check refers to must be written somewhere the learner reads or the setup creates.
  const corpus = [
    ...setup.commands,
    ...(Array.isArray(root.steps) ? root.steps : []).flatMap((step: unknown) =>
      isRecord(step)
        ? [step.goal, ...(Array.isArray(step.hints) ? (step.hints as unknown[]) : [])].filter(
            (text): text is string => typeof text === 'string',
          )
        : [],
    ),
  ].join('\n');
  for (const ref of context.names) {
    if (!nameAppears(ref.name, corpus)) {
      report(
        ref.path,
        `Le ${ref.kind} « ${ref.name} » n’est créé par aucune commande de départ et n’est nommé dans le but ni dans les indices d’aucune étape : la vérification ne peut pas le désigner, corrigez le nom ou nommez-le dans le but de l’étape.`,
      );
    }
  }
  if (options.knownImages) {
    for (const { ref, path } of context.images) {
      if (!options.knownImages.has(normalizeImageRef(ref))) {
        report(
          path,
          `L’image « ${ref} » n’est pas dans le catalogue du moteur simulé : choisissez une image du catalogue (voir docs/authoring.md).`,
        );
      }
    }
  }

  if (errors.length > 0 || id === null || title === null) {
    return { lab: null, errors: sortErrors(errors), previousIds: [] };
  }
  return { lab: { id, title, setup, ...(editor.length > 0 ? { editor } : {}), steps }, errors: [], previousIds };
}

function sortErrors(errors: LabSourceError[]): LabSourceError[] {
  const seen = new Set<string>();
  return errors
    .filter((error) => {
      const key = `${error.line}:${error.column}:${error.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
