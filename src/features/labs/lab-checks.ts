/**
 * The step checks of a lab: a small vocabulary of predicates over the engine's state, written in
 * YAML by instructors (no code), and their evaluator. Pure: (check, state) → boolean.
 *
 * Vocabulary (one key per check; `all`, `any` and `not` combine them):
 * - `container: { name, exists?, status?, image?, publishes?, exitCode?, oomKilled?, restartPolicy?,
 *   restartCountAtLeast?, memory?, env?, mounts?, network?, autoRemove? }`
 * - `containers: { image?, status?, count?, atLeast?, atMost? }` (how many containers match)
 * - `resolves: { from, name }` (from inside container `from`, `name` resolves to an address)
 * - `volume: { name, exists?, unused?, usedBy?, file?: { path, contains? } }`
 * - `network: { name, exists?, contains? }`
 * - `image: { tag, exists?, smallerThan? }` (smaller than the image tagged `smallerThan`)
 * - `build: { tag?, ok?, cached?, rebuilt? }` (the last `docker build`: its tags, its result, steps by the start of
 *   their instruction taken from the cache or run again)
 * - `lint: { file, clean?, without? }` (the workbench's findings on a file of the lab folder: none, or none of
 *   these rules)
 * - `http: { from, url, status?, contains? }` (`from: host` for the learner's machine)
 * - `exitCode: { container, is }`
 * - `hostFile: { path, exists?, contains? }`
 * - `commandRan: "docker logs db"` (a command of the session equivalent to this one)
 */
import type { ContainerStatus, ContainerView, EngineView } from './engine-api';

export const containerStatuses: readonly ContainerStatus[] = [
  'created',
  'running',
  'restarting',
  'paused',
  'exited',
  'dead',
  'removing',
];
export const restartPolicies = ['no', 'on-failure', 'always', 'unless-stopped'] as const;
export type RestartPolicyName = (typeof restartPolicies)[number];

export interface MountCheck {
  /** A named volume mounted at `destination`. */
  volume?: string;
  /** A host path (relative to the lab folder, or absolute) bind-mounted at `destination`. */
  bind?: string;
  destination: string;
  readOnly?: boolean;
}

export interface ContainerCheck {
  name: string;
  /** Default true; `exists: false` holds when no container has this name. */
  exists?: boolean;
  status?: ContainerStatus;
  /** The image reference the container was created from ("nginx" means "nginx:latest"). */
  image?: string;
  /** "8080->80" or "8080->80/udp": a host port published to a container port. */
  publishes?: string | string[];
  exitCode?: number;
  oomKilled?: boolean;
  restartPolicy?: RestartPolicyName;
  restartCountAtLeast?: number;
  /** Memory limit, "64m", "1g", "512k" or a number of bytes. */
  memory?: string | number;
  /** Environment variables: "NAME" (set) or "NAME=value". */
  env?: string | string[];
  mounts?: MountCheck[];
  /** Attached to this network. */
  network?: string;
  autoRemove?: boolean;
  /** Runs as a user other than root (`USER` in the image or `--user`). */
  nonRoot?: boolean;
  health?: ContainerView['health'];
}

export interface BuildCheck {
  /** One of the tags the build was asked for ("monapp" means "monapp:latest"). */
  tag?: string;
  ok?: boolean;
  /** Steps (by the start of their instruction, "RUN npm ci") that all came from the cache. */
  cached?: string | string[];
  /** Steps of which at least one ran again (not from the cache). */
  rebuilt?: string | string[];
}

export interface LintCheck {
  /** A file of the lab folder (a Dockerfile or a compose file). */
  file: string;
  /** No finding at all. */
  clean?: boolean;
  /** None of these rules (`DL3007`, `ExposeInvalidFormat`). */
  without?: string[];
}

export interface ContainersCheck {
  image?: string;
  status?: ContainerStatus;
  count?: number;
  atLeast?: number;
  atMost?: number;
}

export type LabCheck =
  | { all: LabCheck[] }
  | { any: LabCheck[] }
  | { not: LabCheck }
  | { container: ContainerCheck }
  | { containers: ContainersCheck }
  | { resolves: { from: string; name: string } }
  | {
      volume: {
        name: string;
        exists?: boolean;
        unused?: boolean;
        usedBy?: string;
        file?: { path: string; contains?: string };
      };
    }
  | { network: { name: string; exists?: boolean; contains?: string[] } }
  | { image: { tag: string; exists?: boolean; smallerThan?: string } }
  | { build: BuildCheck }
  | { lint: LintCheck }
  | { http: { from: string; url: string; status?: number; contains?: string } }
  | { exitCode: { container: string; is: number } }
  | { hostFile: { path: string; exists?: boolean; contains?: string } }
  | { commandRan: string };

export type CheckKind =
  | 'all'
  | 'any'
  | 'not'
  | 'container'
  | 'containers'
  | 'resolves'
  | 'volume'
  | 'network'
  | 'image'
  | 'build'
  | 'lint'
  | 'http'
  | 'exitCode'
  | 'hostFile'
  | 'commandRan';

export const checkKinds: readonly CheckKind[] = [
  'all',
  'any',
  'not',
  'container',
  'containers',
  'resolves',
  'volume',
  'network',
  'image',
  'build',
  'lint',
  'http',
  'exitCode',
  'hostFile',
  'commandRan',
];

/** What a check is evaluated against: the engine's state and the session's command lines. */
export interface CheckContext {
  view: EngineView;
  /** Lines the learner ran in this session, oldest first. */
  commands: readonly string[];
  /** Whether `given` is the same docker command as `expected` (flag order, long and short forms…). */
  sameCommand: (expected: string, given: string) => boolean;
  /** The workbench's findings on a file (rule ids); absent, `lint` checks do not hold. */
  findings?: (path: string, content: string) => readonly { rule: string }[];
}

/** "nginx" → "nginx:latest", "docker.io/library/nginx:1.27" → "nginx:1.27". */
export function normalizeImageRef(reference: string): string {
  let ref = reference.trim().toLowerCase();
  ref = ref.replace(/^(docker\.io\/)?library\//, '').replace(/^docker\.io\//, '');
  if (ref.includes('@')) return ref;
  const lastSlash = ref.lastIndexOf('/');
  return ref.slice(lastSlash + 1).includes(':') ? ref : `${ref}:latest`;
}

/** "64m" → 67108864; numbers are bytes. Null when unreadable. */
export function parseMemory(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.floor(value) : null;
  const match = /^(\d+(?:\.\d+)?)\s*([bkmg]?)b?$/i.exec(value.trim());
  if (!match) return null;
  const units: Record<string, number> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
  return Math.floor(Number(match[1]) * (units[(match[2] ?? '').toLowerCase()] ?? 1));
}

/** "8080->80" → host 8080, container 80, tcp. Null when unreadable. */
export function parsePublish(
  value: string,
): { hostPort: number; containerPort: number; protocol: 'tcp' | 'udp' } | null {
  const match = /^\s*(\d{1,5})\s*->\s*(\d{1,5})(?:\/(tcp|udp))?\s*$/.exec(value);
  if (!match) return null;
  const hostPort = Number(match[1]);
  const containerPort = Number(match[2]);
  if (hostPort < 1 || hostPort > 65535 || containerPort < 1 || containerPort > 65535) return null;
  return { hostPort, containerPort, protocol: (match[3] as 'tcp' | 'udp' | undefined) ?? 'tcp' };
}

const asList = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

const LAB_DIR = '/home/eleve/lab';

function samePath(expected: string, actual: string): boolean {
  const absolute = (path: string) =>
    path.startsWith('/') ? path : `${LAB_DIR}/${path.replace(/^\.\//, '')}`.replace(/\/+$/, '');
  return absolute(expected).replace(/\/+$/, '') === absolute(actual).replace(/\/+$/, '');
}

function findContainer(view: EngineView, name: string): ContainerView | undefined {
  return view.containers.find((container) => container.name === name || container.name === `/${name}`);
}

function matchesContainer(container: ContainerView, check: ContainerCheck): boolean {
  if (check.status !== undefined && container.status !== check.status) return false;
  if (check.image !== undefined && normalizeImageRef(container.image) !== normalizeImageRef(check.image)) return false;
  for (const publish of asList(check.publishes)) {
    const wanted = parsePublish(publish);
    if (!wanted) return false;
    const found = container.ports.some(
      (port) =>
        port.hostPort === wanted.hostPort &&
        port.containerPort === wanted.containerPort &&
        port.protocol === wanted.protocol,
    );
    if (!found) return false;
  }
  if (check.exitCode !== undefined && container.exitCode !== check.exitCode) return false;
  if (check.oomKilled !== undefined && container.oomKilled !== check.oomKilled) return false;
  if (check.restartPolicy !== undefined && container.restartPolicy.name !== check.restartPolicy) return false;
  if (check.restartCountAtLeast !== undefined && container.restartCount < check.restartCountAtLeast) return false;
  if (check.memory !== undefined && container.memoryLimit !== parseMemory(check.memory)) return false;
  for (const variable of asList(check.env)) {
    const found = variable.includes('=')
      ? container.env.includes(variable)
      : container.env.some((entry) => entry.split('=')[0] === variable);
    if (!found) return false;
  }
  for (const mount of check.mounts ?? []) {
    const found = container.mounts.some(
      (actual) =>
        actual.destination === mount.destination &&
        (mount.volume === undefined || (actual.type === 'volume' && actual.source === mount.volume)) &&
        (mount.bind === undefined || (actual.type === 'bind' && samePath(mount.bind, actual.source))) &&
        (mount.readOnly === undefined || actual.readOnly === mount.readOnly),
    );
    if (!found) return false;
  }
  if (check.network !== undefined && !container.networks.some((network) => network.name === check.network)) {
    return false;
  }
  if (check.autoRemove !== undefined && container.autoRemove !== check.autoRemove) return false;
  if (check.nonRoot !== undefined && isRootUser(container.user) === check.nonRoot) return false;
  if (check.health !== undefined && container.health !== check.health) return false;
  return true;
}

/** "", "root", "0", "0:0", "root:root": the container runs as root. */
function isRootUser(user: string): boolean {
  const name = user.split(':')[0]?.trim() ?? '';
  return name === '' || name === 'root' || name === '0';
}

/** A step of the build matches when its instruction starts with the text (spaces collapsed, case of the keyword ignored). */
function stepMatches(instruction: string, wanted: string): boolean {
  const squash = (text: string) => text.trim().replace(/\s+/g, ' ');
  const actual = squash(instruction);
  const expected = squash(wanted);
  return actual.slice(0, expected.length).toUpperCase() === expected.toUpperCase();
}

function holdsBuild(check: BuildCheck, build: EngineView['lastBuild']): boolean {
  if (!build) return false;
  if (check.ok !== undefined && build.ok !== check.ok) return false;
  if (check.tag !== undefined) {
    const tag = normalizeImageRef(check.tag);
    if (!build.tags.some((candidate) => normalizeImageRef(candidate) === tag)) return false;
  }
  // Every step matching a `cached` text came from the cache; at least one matching each `rebuilt` text ran again.
  for (const text of asList(check.cached)) {
    const steps = build.steps.filter((step) => stepMatches(step.instruction, text));
    if (steps.length === 0 || steps.some((step) => !step.cached)) return false;
  }
  for (const text of asList(check.rebuilt)) {
    if (!build.steps.some((step) => stepMatches(step.instruction, text) && !step.cached)) return false;
  }
  return true;
}

/** Whether the state satisfies the check. Never throws on any state the engine can give. */
export function evaluateCheck(check: LabCheck, context: CheckContext): boolean {
  const { view } = context;
  if ('all' in check) return check.all.every((part) => evaluateCheck(part, context));
  if ('any' in check) return check.any.some((part) => evaluateCheck(part, context));
  if ('not' in check) return !evaluateCheck(check.not, context);
  if ('container' in check) {
    const wanted = check.container;
    const container = findContainer(view, wanted.name);
    if (wanted.exists === false) return container === undefined;
    return container !== undefined && matchesContainer(container, wanted);
  }
  if ('containers' in check) {
    const wanted = check.containers;
    const count = view.containers.filter(
      (container) =>
        (wanted.status === undefined || container.status === wanted.status) &&
        (wanted.image === undefined || normalizeImageRef(container.image) === normalizeImageRef(wanted.image)),
    ).length;
    if (wanted.count !== undefined && count !== wanted.count) return false;
    if (wanted.atLeast !== undefined && count < wanted.atLeast) return false;
    if (wanted.atMost !== undefined && count > wanted.atMost) return false;
    return true;
  }
  if ('resolves' in check) {
    return view.resolve(check.resolves.from, check.resolves.name) !== null;
  }
  if ('volume' in check) {
    const wanted = check.volume;
    const volume = view.volumes.find((candidate) => candidate.name === wanted.name);
    if (wanted.exists === false) return volume === undefined;
    if (!volume) return false;
    if (wanted.unused !== undefined && (volume.usedBy.length === 0) !== wanted.unused) return false;
    if (wanted.usedBy !== undefined && !volume.usedBy.includes(wanted.usedBy)) return false;
    if (wanted.file !== undefined) {
      const path = wanted.file.path.replace(/^\/+/, '');
      const content = volume.files[path];
      if (content === undefined) return false;
      if (wanted.file.contains !== undefined && !content.includes(wanted.file.contains)) return false;
    }
    return true;
  }
  if ('network' in check) {
    const wanted = check.network;
    const network = view.networks.find((candidate) => candidate.name === wanted.name);
    if (wanted.exists === false) return network === undefined;
    if (!network) return false;
    return (wanted.contains ?? []).every((name) => network.containers.includes(name));
  }
  if ('image' in check) {
    const find = (reference: string) => {
      const tag = normalizeImageRef(reference);
      return view.images.find((image) => image.tags.some((candidate) => normalizeImageRef(candidate) === tag));
    };
    const image = find(check.image.tag);
    if (check.image.exists === false) return image === undefined;
    if (!image) return false;
    if (check.image.smallerThan !== undefined) {
      const other = find(check.image.smallerThan);
      if (!other || image.size >= other.size) return false;
    }
    return true;
  }
  if ('build' in check) return holdsBuild(check.build, view.lastBuild);
  if ('lint' in check) {
    const wanted = check.lint;
    const key = Object.keys(view.hostFiles).find((path) => samePath(wanted.file, path));
    if (key === undefined || !context.findings) return false;
    const found = context.findings(key, view.hostFiles[key] ?? '');
    if (wanted.clean === true && found.length > 0) return false;
    const without = new Set(wanted.without ?? []);
    return !found.some((finding) => without.has(finding.rule));
  }
  if ('http' in check) {
    const wanted = check.http;
    const answer = view.http(wanted.from === 'host' ? null : wanted.from, wanted.url);
    if (!answer.ok) return false;
    if (wanted.status !== undefined && answer.status !== wanted.status) return false;
    if (wanted.contains !== undefined && !answer.body.includes(wanted.contains)) return false;
    return true;
  }
  if ('exitCode' in check) {
    const container = findContainer(view, check.exitCode.container);
    return (
      container !== undefined &&
      container.status !== 'running' &&
      container.status !== 'created' &&
      container.exitCode === check.exitCode.is
    );
  }
  if ('hostFile' in check) {
    const wanted = check.hostFile;
    const key = Object.keys(view.hostFiles).find((path) => samePath(wanted.path, path));
    if (wanted.exists === false) return key === undefined;
    if (key === undefined) return false;
    return wanted.contains === undefined || (view.hostFiles[key] ?? '').includes(wanted.contains);
  }
  return context.commands.some((line) => context.sameCommand(check.commandRan, line));
}

/**
 * Which steps are done after a command: steps are met in order, and the state is checked for
 * the first steps not yet done, one after the other, while each is satisfied. A step once done
 * stays done (the learner may undo what it asked for in a later step).
 */
export function advanceSteps(
  steps: readonly { id: string; check: LabCheck }[],
  done: ReadonlySet<string>,
  context: CheckContext,
): string[] {
  const newlyDone: string[] = [];
  for (const step of steps) {
    if (done.has(step.id)) continue;
    if (!safeEvaluate(step.check, context)) break;
    newlyDone.push(step.id);
  }
  return newlyDone;
}

function safeEvaluate(check: LabCheck, context: CheckContext): boolean {
  try {
    return evaluateCheck(check, context);
  } catch {
    return false;
  }
}
