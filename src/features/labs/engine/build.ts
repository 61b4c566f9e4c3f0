/**
 * `docker build` in the simulated engine: a Dockerfile of the lab's host folder is built into an
 * image that runs like any other, with a real layer cache (an instruction is reused when its text
 * and everything before it are unchanged; COPY and ADD also when the checksums of what they copy
 * are unchanged), multi-stage builds, `.dockerignore`, ARG and ENV, and the history of the layers.
 *
 * Output: BuildKit's plain progress by default (on stderr, as `docker build` prints it without a
 * terminal); the legacy builder's when the line sets `DOCKER_BUILDKIT=0` (the recorded scenarios).
 *
 * RUN: the line runs in the lab's shell inside a build container. The commands the course uses are
 * modelled with their effect on files and realistic sizes (apk add, apt-get, npm ci/install,
 * pip install, adduser/addgroup/useradd, chown, chmod, cp, mv, mkdir, echo > file…). A command that
 * exists in the image but whose effect is not modelled runs without changing any file and the build
 * output says so on its own line (`(Lab : …)`): the build never pretends it did more.
 */
import type { HistoryRow, ImageConfig, ImageSpec } from './images/catalogue';
import { splitReference } from './images/catalogue';
import { Interpreter, type CommandContext, type Output, type ShellState } from './interpreter';
import type { Container, Image } from './model';
import { LAB_DIR } from './model';
import { LIMITS, hostRelative, normalizeAbsolute, toolsOf, type Runtime } from './runtime';
import {
  dockerignoreFilter,
  INSTRUCTIONS,
  parseDockerfile,
  parseKeyValues,
  substitute,
  type Instruction,
  type ParsedDockerfile,
  type Stage,
} from './dockerfile';
import { hashHex, humanSize } from './util';

export interface BuildIo {
  out(text: string): void;
  err(text: string): void;
}

/** What the last build did, step by step (for the labs' checks). */
export interface BuildRecord {
  ok: boolean;
  tags: string[];
  imageId: string | null;
  steps: { label: string; instruction: string; cached: boolean }[];
}

interface Fs {
  files: Map<string, string>;
  /** Bytes a file stands for when its content is only a marker (installed packages). */
  sizes: Map<string, number>;
  dirs: Set<string>;
  exec: Set<string>;
  tools: Set<string>;
}

interface StageState {
  spec: ImageSpec;
  config: ImageConfig;
  fs: Fs;
  history: HistoryRow[];
  /** The ID of the image after the last step (cache chain). */
  id: string;
  /** ARGs declared in the stage, with their values (undefined: declared without a value). */
  args: Map<string, string | undefined>;
  cmdSet: boolean;
  shell: string[];
}

interface CacheEntry {
  id: string;
  fs: Fs;
  config: ImageConfig;
  row: HistoryRow;
  cmdSet: boolean;
  shell: string[];
}

interface BuildCache {
  entries: Map<string, CacheEntry>;
  serial: number;
  last: BuildRecord | null;
}

const caches = new WeakMap<Runtime, BuildCache>();

function cacheOf(rt: Runtime): BuildCache {
  let cache = caches.get(rt);
  if (!cache) {
    cache = { entries: new Map(), serial: 0, last: null };
    caches.set(rt, cache);
  }
  return cache;
}

/** The last build's record (null before any build). */
export function lastBuild(rt: Runtime): BuildRecord | null {
  return cacheOf(rt).last;
}

function cloneFs(fs: Fs): Fs {
  return {
    files: new Map(fs.files),
    sizes: new Map(fs.sizes),
    dirs: new Set(fs.dirs),
    exec: new Set(fs.exec),
    tools: new Set(fs.tools),
  };
}

function cloneConfig(config: ImageConfig): ImageConfig {
  return {
    ...config,
    cmd: [...config.cmd],
    entrypoint: [...config.entrypoint],
    env: [...config.env],
    exposedPorts: [...config.exposedPorts],
    volumes: [...config.volumes],
    ...(config.healthcheck ? { healthcheck: { ...config.healthcheck, test: [...config.healthcheck.test] } } : {}),
  };
}

const scratchSpec: ImageSpec = {
  repository: 'scratch',
  tags: [],
  size: 0,
  layers: [],
  config: { cmd: [], entrypoint: [], env: [], exposedPorts: [], workingDir: '', user: '', volumes: [] },
  toolset: 'none',
  shell: null,
  created: '1970-01-01T00:00:00Z',
};

/* ================================================================== options */

interface BuildOptions {
  tags: string[];
  file: string | null;
  buildArgs: Map<string, string>;
  target: string | null;
  noCache: boolean;
  quiet: boolean;
  context: string;
}

function parseOptions(
  args: string[],
): { ok: true; options: BuildOptions } | { ok: false; flag: string; missing?: boolean } {
  const options: BuildOptions = {
    tags: [],
    file: null,
    buildArgs: new Map(),
    target: null,
    noCache: false,
    quiet: false,
    context: '',
  };
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? null : arg.slice(eq + 1);
    const value = (): string | null => {
      if (inline !== null) return inline;
      const next = args[i + 1];
      if (next === undefined) return null;
      i += 1;
      return next;
    };
    if (name === '-t' || name === '--tag') {
      const v = value();
      if (v === null) return { ok: false, flag: name, missing: true };
      options.tags.push(v);
    } else if (/^-t./.test(arg)) options.tags.push(arg.slice(2));
    else if (name === '-f' || name === '--file') {
      const v = value();
      if (v === null) return { ok: false, flag: name, missing: true };
      options.file = v;
    } else if (name === '--build-arg') {
      const v = value();
      if (v === null) return { ok: false, flag: name, missing: true };
      const k = v.indexOf('=');
      if (k > 0) options.buildArgs.set(v.slice(0, k), v.slice(k + 1));
    } else if (name === '--target') {
      const v = value();
      if (v === null) return { ok: false, flag: name, missing: true };
      options.target = v;
    } else if (name === '--no-cache') options.noCache = inline !== 'false';
    else if (name === '-q' || name === '--quiet') options.quiet = true;
    else if (name === '--pull' || name === '--rm' || name === '--force-rm') {
      // Accepted: the engine's images are always the catalogue's; intermediate containers are always removed.
    } else if (name === '--progress') {
      if (value() === null) return { ok: false, flag: name, missing: true };
    } else if (arg.startsWith('-') && arg !== '-') return { ok: false, flag: arg };
    else positional.push(arg);
  }
  if (positional.length !== 1) return { ok: false, flag: '' };
  options.context = positional[0]!;
  return { ok: true, options };
}

/* ================================================================== the build */

const HEX = /^[0-9a-f]+$/;

function validTag(tag: string): string | null {
  if (tag === '') return 'invalid reference format';
  const { repository, tag: version } = splitReference(tag);
  if (repository !== repository.toLowerCase()) return 'repository name must be lowercase';
  if (!/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(repository))
    return 'invalid reference format';
  if (!/^[\w][\w.-]{0,127}$/.test(version)) return 'invalid reference format';
  return null;
}

function fullName(tag: string): string {
  const { repository, tag: version } = splitReference(tag);
  const path = repository.includes('/') ? repository : `library/${repository}`;
  const host = /^[^/]+[.:][^/]*\//.test(repository) ? '' : 'docker.io/';
  return `${host}${host ? path : repository}:${version}`;
}

function tarSize(files: Map<string, string>): number {
  let bytes = 1024;
  for (const content of files.values()) bytes += 512 + Math.ceil(byteLength(content) / 512) * 512;
  return bytes;
}

function byteLength(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Instructions that make a BuildKit operation (a numbered step); the others only change the image's config. */
export function makesOperation(keyword: string): boolean {
  return keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD' || keyword === 'WORKDIR';
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}

function didYouMean(word: string): string {
  const upper = word.toUpperCase();
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of INSTRUCTIONS) {
    const d = distance(upper, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best ? ` (did you mean ${best.toLowerCase()}?)` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length]!;
}

/** Go's %q list, as the builder writes CMD and ENTRYPOINT in the history. */
function goList(items: readonly string[]): string {
  return `[${items.map((item) => JSON.stringify(item)).join(' ')}]`;
}

class BuildFailure extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

export class Builder {
  private readonly interp: Interpreter;
  private effects: RunEffects = newEffects();

  constructor(private readonly rt: Runtime) {
    this.interp = new Interpreter(rt, { container: (ctx) => this.buildCommand(ctx) });
  }

  /** `docker build …` (words after `build`); legacy = DOCKER_BUILDKIT=0. */
  build(args: string[], io: BuildIo, legacy: boolean, cwd: string): number {
    const cache = cacheOf(this.rt);
    // The client 28 warns before every build of the legacy builder.
    if (legacy)
      io.err(
        'DEPRECATED: The legacy builder is deprecated and will be removed in a future release.\n            BuildKit is currently disabled; enable it by removing the DOCKER_BUILDKIT=0\n            environment-variable.\n\n',
      );
    const parsed = parseOptions(args);
    if (!parsed.ok) {
      if (parsed.flag === '') {
        io.err(
          legacy
            ? `docker: 'docker build' requires 1 argument\n\nUsage:  docker build [OPTIONS] PATH | URL | -\n\nRun 'docker build --help' for more information\n`
            : `ERROR: "docker buildx build" requires exactly 1 argument.\nSee 'docker buildx build --help'.\n\nUsage:  docker buildx build [OPTIONS] PATH | URL | -\n\nStart a build\n`,
        );
        return 1;
      }
      if (parsed.missing) {
        io.err(
          `flag needs an argument: '${parsed.flag.replace(/^-+/, '')}' in ${parsed.flag}\nSee 'docker build --help'.\n`,
        );
        return 125;
      }
      io.err(`unknown flag: ${parsed.flag.split('=')[0]}\nSee 'docker build --help'.\n`);
      return 125;
    }
    const options = parsed.options;
    for (const tag of options.tags) {
      const problem = validTag(tag);
      if (problem) {
        io.err(
          legacy
            ? `invalid argument "${tag}" for "-t, --tag" flag: invalid reference format${problem === 'invalid reference format' ? '' : `: ${problem}`}\nSee 'docker build --help'.\n`
            : `ERROR: failed to build: invalid tag "${tag}": ${problem}\n`,
        );
        return legacy ? 125 : 1;
      }
    }
    // The context: a folder of the lab.
    const contextAbs = normalizeAbsolute(
      options.context.startsWith('/') ? options.context : `${cwd}/${options.context}`,
    );
    const contextRel = hostRelative(contextAbs);
    const prefix = contextRel === null || contextRel === '' ? '' : `${contextRel}/`;
    const contextExists =
      contextRel !== null &&
      (contextRel === '' ||
        this.rt.hostDirs.has(contextRel) ||
        [...this.rt.hostFiles.keys()].some((key) => key.startsWith(prefix)));
    if (!contextExists || contextRel === null || this.rt.hostFiles.has(contextRel)) {
      io.err(
        legacy
          ? `unable to prepare context: path "${options.context}" not found\n`
          : `ERROR: failed to build: unable to prepare context: path "${options.context}" not found\n`,
      );
      return 1;
    }
    const all = new Map<string, string>();
    for (const [key, content] of this.rt.hostFiles)
      if (key.startsWith(prefix)) all.set(key.slice(prefix.length), content);
    const keep = dockerignoreFilter(all.get('.dockerignore'));
    const context = new Map([...all].filter(([path]) => keep(path)));
    const fileArg = options.file ?? 'Dockerfile';
    const dockerfileRel = options.file
      ? hostRelative(normalizeAbsolute(options.file.startsWith('/') ? options.file : `${cwd}/${options.file}`))
      : `${prefix}Dockerfile`;
    const dockerfileText = dockerfileRel === null ? undefined : this.rt.hostFiles.get(dockerfileRel);
    const lines: string[] = [];
    const emit = legacy ? (text: string) => io.out(text) : (text: string) => lines.push(text);
    const flush = (): void => {
      if (!legacy && !options.quiet && lines.length) io.err(lines.join(''));
      lines.length = 0;
    };
    let vertex = 0;
    const started = this.rt.clock;
    if (!legacy) {
      emit('#0 building with "default" instance using docker driver\n\n');
      vertex += 1;
      emit(`#${vertex} [internal] load build definition from ${fileArg.split('/').pop()}\n`);
      emit(
        `#${vertex} transferring dockerfile: ${dockerfileText === undefined ? '2B' : humanSize(byteLength(dockerfileText))} done\n`,
      );
      emit(`#${vertex} DONE 0.0s\n\n`);
    }
    if (dockerfileText === undefined) {
      flush();
      if (legacy)
        io.err(
          `unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat ${LAB_DIR}/${dockerfileRel ?? fileArg}: no such file or directory\n`,
        );
      else
        io.err(
          `ERROR: failed to build: failed to solve: failed to read dockerfile: open ${fileArg.split('/').pop()}: no such file or directory\n`,
        );
      return 1;
    }
    if (legacy) io.out(`Sending build context to Docker daemon ${humanSize(tarSize(context), 4).padStart(8)}\r\r\n`);
    const dockerfile = parseDockerfile(dockerfileText);
    if (!dockerfile.ok) {
      flush();
      const e = dockerfile.error;
      let message: string;
      if (e.kind === 'unknown-instruction')
        message = legacy
          ? `dockerfile parse error line ${e.line}: unknown instruction: ${e.word.toUpperCase()}`
          : `dockerfile parse error on line ${e.line}: unknown instruction: ${e.word}${didYouMean(e.word)}`;
      else if (e.kind === 'empty') message = 'the Dockerfile (Dockerfile) cannot be empty';
      else if (e.kind === 'no-from') message = 'no build stage in current context';
      else message = `dockerfile parse error on line ${e.line}: ${e.message}`;
      io.err(
        legacy ? `Error response from daemon: ${message}\n` : `ERROR: failed to build: failed to solve: ${message}\n`,
      );
      return 1;
    }
    const file = dockerfile.file;
    let targetIndex = file.stages.length - 1;
    if (options.target !== null) {
      const wanted = options.target.toLowerCase();
      const found = file.stages.find((stage) => stage.name === wanted);
      if (!found) {
        flush();
        io.err(
          legacy
            ? `Error response from daemon: failed to reach build target ${options.target} in Dockerfile\n`
            : `ERROR: failed to build: failed to solve: target stage "${options.target}" could not be found\n`,
        );
        return 1;
      }
      targetIndex = found.index;
    }
    const globals = new Map<string, string>();
    for (const arg of file.globalArgs) {
      for (const [key, value] of parseKeyValues(arg.rest, false)) {
        const given = options.buildArgs.get(key);
        globals.set(key, given ?? value);
      }
    }
    const stageOf = (ref: string, before: number): Stage | null => {
      const lower = ref.toLowerCase();
      const byName = file.stages.find((stage) => stage.index < before && stage.name === lower);
      if (byName) return byName;
      if (/^\d+$/.test(ref) && Number(ref) < before) return file.stages[Number(ref)] ?? null;
      return null;
    };
    // Which stages run: the legacy builder runs every stage up to the target; BuildKit only those the target needs.
    const needed = new Set<number>();
    if (legacy) for (let i = 0; i <= targetIndex; i++) needed.add(i);
    else {
      const visit = (index: number): void => {
        if (needed.has(index)) return;
        needed.add(index);
        const stage = file.stages[index]!;
        const base = stageOf(substitute(stage.base, globals), index);
        if (base) visit(base.index);
        for (const instruction of stage.instructions) {
          const from = instruction.flags.from;
          if ((instruction.keyword === 'COPY' || instruction.keyword === 'ADD') && from) {
            const ref = stageOf(from, index);
            if (ref) visit(ref.index);
          }
        }
      };
      visit(targetIndex);
    }
    const order = [...needed].sort((a, b) => a - b);
    const multi = file.stages.length > 1;
    const totalSteps = order.reduce((sum, index) => sum + 1 + file.stages[index]!.instructions.length, 0);
    const consumed = new Set<string>(file.globalArgs.flatMap((arg) => parseKeyValues(arg.rest, false).map(([k]) => k)));
    const results = new Map<number, StageState>();
    const record: BuildRecord = {
      ok: false,
      tags: options.tags.map((tag) => (splitReference(tag).tag ? tag : tag)),
      imageId: null,
      steps: [],
    };
    cache.serial += 1;
    let stepNumber = 0;
    let ranSomething = false;
    try {
      // BuildKit: metadata of the external bases, .dockerignore, then the stages.
      if (!legacy) {
        const bases = new Set<string>();
        for (const index of order) {
          const base = substitute(file.stages[index]!.base, globals);
          if (!stageOf(base, index) && base !== 'scratch') bases.add(fullName(base));
        }
        for (const base of bases) {
          vertex += 1;
          emit(`#${vertex} [internal] load metadata for ${base}\n#${vertex} DONE 0.0s\n\n`);
        }
        vertex += 1;
        const ignoreText = all.get('.dockerignore');
        emit(
          `#${vertex} [internal] load .dockerignore\n#${vertex} transferring context: ${ignoreText === undefined ? '2B' : humanSize(byteLength(ignoreText))} done\n#${vertex} DONE 0.0s\n\n`,
        );
      }
      let contextShown = legacy;
      for (const index of order) {
        const stage = file.stages[index]!;
        const baseRef = substitute(stage.base, globals);
        const baseStage = stageOf(baseRef, index);
        // BuildKit numbers only the steps that make a build operation: FROM an image (not scratch, not another
        // stage), RUN, COPY, ADD and WORKDIR; ENV, USER, CMD, EXPOSE… only change the image's config and get no
        // line. The index is padded to the width of the total (dockerfile2llb's prefixCommand).
        const fromCounts = !baseStage && baseRef !== 'scratch';
        const count = (fromCounts ? 1 : 0) + stage.instructions.filter((i) => makesOperation(i.keyword)).length;
        const width = String(count).length;
        let position = 0;
        const label = (at: number): string =>
          `${multi ? `${stage.name ?? `stage-${stage.index}`} ` : ''}${String(at).padStart(width)}/${count}`;
        // FROM
        stepNumber += 1;
        let state: StageState;
        if (baseStage) {
          const from = results.get(baseStage.index);
          if (!from) throw new BuildFailure(`failed to reach build stage ${baseRef}`, 1);
          state = {
            ...from,
            config: cloneConfig(from.config),
            fs: cloneFs(from.fs),
            history: [...from.history],
            args: new Map(),
            cmdSet: false,
            shell: [...from.shell],
          };
          if (legacy)
            emit(`Step ${stepNumber}/${totalSteps} : FROM ${stage.from.rest}\n ---> ${state.id.slice(0, 12)}\n`);
        } else {
          const image = this.baseImage(baseRef, legacy, emit);
          state = this.stateFromImage(image);
          if (legacy)
            emit(
              `Step ${stepNumber}/${totalSteps} : FROM ${stage.from.rest}\n ---> ${image ? image.id.slice(0, 12) : ''}\n`,
            );
          else if (fromCounts) {
            position += 1;
            vertex += 1;
            emit(`#${vertex} [${label(position)}] FROM ${fullName(baseRef)}\n#${vertex} DONE 0.0s\n\n`);
          }
        }
        if (legacy || fromCounts)
          record.steps.push({
            label: label(Math.max(position, 1)),
            instruction: `FROM ${stage.from.rest}`,
            cached: true,
          });
        const usesContext = stage.instructions.some(
          (i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flags.from,
        );
        if (!contextShown && usesContext) {
          contextShown = true;
          vertex += 1;
          const bytes = [...context.values()].reduce((sum, content) => sum + byteLength(content), 0);
          emit(
            `#${vertex} [internal] load build context\n#${vertex} transferring context: ${humanSize(bytes)} done\n#${vertex} DONE 0.0s\n\n`,
          );
        }
        for (let k = 0; k < stage.instructions.length; k++) {
          const instruction = stage.instructions[k]!;
          stepNumber += 1;
          // Legacy builder: every instruction is a numbered step. BuildKit: only those that make an operation.
          const shown = legacy || makesOperation(instruction.keyword);
          if (shown) position = legacy ? k + 2 : position + 1;
          const text = `${instruction.keyword} ${instruction.args}`;
          if (instruction.keyword === 'ARG')
            for (const [key] of parseKeyValues(instruction.rest, false)) consumed.add(key);
          const step = this.prepare(
            instruction,
            state,
            globals,
            options.buildArgs,
            context,
            results,
            stageOf,
            index,
            legacy,
          );
          const key = hashHex(`${state.id}\u0000${text}\u0000${step.extraKey}`);
          const hit = options.noCache ? undefined : cache.entries.get(key);
          if (legacy) emit(`Step ${stepNumber}/${totalSteps} : ${text}\n`);
          else if (shown) {
            vertex += 1;
            emit(`#${vertex} [${label(position)}] ${text}\n`);
          }
          if (hit) {
            state.id = hit.id;
            state.fs = cloneFs(hit.fs);
            state.config = cloneConfig(hit.config);
            state.cmdSet = hit.cmdSet;
            state.shell = [...hit.shell];
            step.applyArgs(state);
            state.history.push({ ...hit.row, id: legacy ? hit.id : null });
            if (legacy) emit(` ---> Using cache\n ---> ${hit.id.slice(0, 12)}\n`);
            else if (shown) emit(`#${vertex} CACHED\n\n`);
            if (shown) record.steps.push({ label: label(position), instruction: text, cached: true });
            continue;
          }
          ranSomething = true;
          const runId = this.rt.prng.hex(12);
          const metadataStep = instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD';
          if (legacy && metadataStep) emit(` ---> Running in ${runId}\n`);
          const startedAt = this.rt.clock;
          const outcome = step.run(state);
          const duration = outcome.duration;
          if (outcome.output.length && legacy) emit(outcome.output.map((o) => o.text).join(''));
          if (!legacy) {
            for (const o of outcome.output) {
              const at = ((o.offset + 80) / 1000).toFixed(3);
              for (const line of o.text.replace(/\n$/, '').split('\n'))
                emit(`#${vertex} ${at} ${line}`.trimEnd() + '\n');
            }
          }
          if (outcome.status !== 0) {
            const process = outcome.processText;
            if (legacy) {
              throw new BuildFailure(
                `The command '${process}' returned a non-zero code: ${outcome.status}`,
                outcome.status,
              );
            }
            emit(
              `#${vertex} ERROR: process "${process}" did not complete successfully: exit code: ${outcome.status}\n`,
            );
            const logged = outcome.output.flatMap((o) =>
              o.text
                .replace(/\n$/, '')
                .split('\n')
                .map((line) => `${((o.offset + 80) / 1000).toFixed(3)} ${line}`),
            );
            emit(`------\n > [${label(position)}] ${text}:\n${logged.map((line) => `${line}\n`).join('')}------\n`);
            emit(snippet(dockerfileText, instruction.line, fileArg.split('/').pop() ?? 'Dockerfile'));
            throw new BuildFailure(
              `process "${process}" did not complete successfully: exit code: ${outcome.status}`,
              1,
            );
          }
          this.rt.tick(duration);
          const id = hashHex(`${key}\u0000${cache.serial}\u0000${instruction.keyword === 'RUN' ? runId : ''}`);
          const row: HistoryRow = {
            id: null,
            created: startedAt,
            createdBy: step.createdBy,
            size: outcome.size,
            comment: legacy ? '' : 'buildkit.dockerfile.v0',
          };
          state.id = id;
          cache.entries.set(key, {
            id,
            fs: cloneFs(state.fs),
            config: cloneConfig(state.config),
            row,
            cmdSet: state.cmdSet,
            shell: [...state.shell],
          });
          state.history.push({ ...row, id: legacy ? id : null });
          if (legacy) {
            if (metadataStep) emit(`Removing intermediate container ${runId}\n`);
            emit(` ---> ${id.slice(0, 12)}\n`);
          } else if (shown) emit(`#${vertex} DONE ${seconds(duration)}\n\n`);
          if (shown) record.steps.push({ label: label(position), instruction: text, cached: false });
        }
        results.set(index, state);
      }
    } catch (error) {
      if (!(error instanceof BuildFailure)) throw error;
      flush();
      record.ok = false;
      cache.last = record;
      io.err(legacy ? `${error.message}\n` : `ERROR: failed to build: failed to solve: ${error.message}\n`);
      return error.code;
    }
    const final = results.get(targetIndex)!;
    const unused = [...options.buildArgs.keys()].filter((key) => !consumed.has(key) && !PREDEFINED_ARGS.has(key));
    const image = this.commit(final, options.tags);
    if (!image) {
      flush();
      io.err(
        `${legacy ? 'Error response from daemon: ' : 'ERROR: failed to build: '}(Lab : le moteur simulé garde au plus ${LIMITS.images} images ; supprimez-en avec docker rmi.)\n`,
      );
      return 1;
    }
    record.ok = true;
    record.imageId = image.id;
    cache.last = record;
    if (legacy) {
      if (unused.length) emit(`[Warning] One or more build-args [${unused.join(' ')}] were not consumed\n`);
      if (options.quiet) {
        /* nothing else: the ID below */
      }
      emit(`Successfully built ${image.id.slice(0, 12)}\n`);
      for (const tag of options.tags) emit(`Successfully tagged ${tag.includes(':') ? tag : `${tag}:latest`}\n`);
    } else {
      vertex += 1;
      emit(`#${vertex} exporting to image\n`);
      emit(`#${vertex} exporting layers ${ranSomething ? '0.1s ' : ''}done\n`);
      emit(`#${vertex} writing image sha256:${image.id} done\n`);
      for (const tag of options.tags) emit(`#${vertex} naming to ${fullName(tag)} done\n`);
      emit(`#${vertex} DONE ${ranSomething ? '0.1s' : '0.0s'}\n`);
      if (ranSomething) this.rt.tick(100);
    }
    void started;
    if (options.quiet) {
      lines.length = 0;
      io.out(`sha256:${image.id}\n`);
      return 0;
    }
    flush();
    return 0;
  }

  /** The base image of a FROM: local, or pulled from the engine's catalogue. */
  private baseImage(ref: string, legacy: boolean, emit: (text: string) => void): Image | null {
    if (ref === 'scratch') return null;
    const local = this.rt.findImage(ref);
    if (local) return local;
    const found = this.rt.lookupRegistry(ref);
    if ('error' in found) {
      const { repository, tag } = splitReference(ref);
      if (found.error === 'manifest')
        throw new BuildFailure(
          legacy
            ? `manifest for ${repository}:${tag} not found: manifest unknown: manifest unknown`
            : `${ref}: failed to resolve source metadata for ${fullName(ref)}: ${fullName(ref)}: not found`,
          1,
        );
      throw new BuildFailure(
        legacy
          ? `pull access denied for ${repository}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`
          : `${ref}: failed to resolve source metadata for ${fullName(ref)}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`,
        1,
      );
    }
    if (this.rt.images.length >= LIMITS.images) throw new BuildFailure(`(Lab : au plus ${LIMITS.images} images.)`, 1);
    const image = this.rt.addImage(found.spec, found.repository, found.tag);
    image.pulledAt = this.rt.clock;
    if (legacy)
      emit(
        `${found.tag}: Pulling from library/${found.repository}\nDigest: sha256:${hashHex(`digest:${image.id}`)}\nStatus: Downloaded newer image for ${found.repository}:${found.tag}\n`,
      );
    return image;
  }

  private stateFromImage(image: Image | null): StageState {
    const spec = image ? image.spec : scratchSpec;
    const files = new Map(Object.entries(spec.files ?? {}));
    const history: HistoryRow[] = image
      ? (spec.history?.map((row) => ({ ...row })) ??
        spec.layers.map(([size, createdBy]) => ({
          id: null,
          created: image.created,
          createdBy,
          size,
          comment: createdBy.includes('buildkit') ? 'buildkit.dockerfile.v0' : '',
        })))
      : [];
    if (image && history.length) history[history.length - 1] = { ...history[history.length - 1]!, id: image.id };
    return {
      spec,
      config: cloneConfig(spec.config),
      fs: {
        files,
        sizes: new Map(),
        dirs: new Set(spec.dirs ?? []),
        exec: new Set(spec.executables ?? []),
        tools: new Set(spec.extraTools ?? []),
      },
      history,
      id: image ? image.id : hashHex('scratch'),
      args: new Map(),
      cmdSet: false,
      shell: ['/bin/sh', '-c'],
    };
  }

  /** The new image: tagged (the tag leaves an older image, which becomes <none>), or untagged. */
  private commit(state: StageState, tags: string[]): Image | null {
    const existing = this.rt.images.find((image) => image.id === state.id);
    const size = state.history.reduce((sum, row) => sum + row.size, 0);
    let image = existing;
    if (!image) {
      if (this.rt.images.length >= LIMITS.images) return null;
      const spec: ImageSpec = {
        ...state.spec,
        repository: '',
        tags: [],
        size,
        layers: state.history.map((row) => [row.size, row.createdBy]),
        config: cloneConfig(state.config),
        files: Object.fromEntries(state.fs.files),
        dirs: [...state.fs.dirs],
        executables: [...state.fs.exec],
        extraTools: [...state.fs.tools],
        history: state.history.map((row) => ({ ...row })),
        created: new Date(this.rt.clock).toISOString(),
      };
      image = { id: state.id, spec, repoTags: [], created: this.rt.clock, size, pulledAt: this.rt.clock };
      this.rt.images.push(image);
    }
    for (const raw of tags) {
      const { repository, tag } = splitReference(raw);
      const name = `${repository}:${tag}`;
      for (const other of this.rt.images)
        if (other !== image) other.repoTags = other.repoTags.filter((t) => t !== name);
      if (!image.repoTags.includes(name)) image.repoTags.push(name);
      this.rt.event('image', 'tag', image.id, { name });
    }
    return image;
  }

  /** The instruction's cache key part and what it does when it runs. */
  private prepare(
    instruction: Instruction,
    state: StageState,
    globals: Map<string, string>,
    buildArgs: Map<string, string>,
    context: Map<string, string>,
    results: Map<number, StageState>,
    stageOf: (ref: string, before: number) => Stage | null,
    stageIndex: number,
    legacy: boolean,
  ): {
    extraKey: string;
    createdBy: string;
    applyArgs: (state: StageState) => void;
    run: (state: StageState) => StepOutcome;
  } {
    const vars = (): Map<string, string> => {
      const map = new Map<string, string>();
      for (const [key, value] of state.args) if (value !== undefined) map.set(key, value);
      for (const entry of state.config.env) {
        const eq = entry.indexOf('=');
        if (eq > 0) map.set(entry.slice(0, eq), entry.slice(eq + 1));
      }
      return map;
    };
    const nop = (text: string, spaces = 2): string => (legacy ? `/bin/sh -c #(nop)${' '.repeat(spaces)}${text}` : text);
    const done = (size = 0, duration = 0): StepOutcome => ({ status: 0, output: [], size, duration, processText: '' });
    const noArgs = (): void => undefined;
    const { keyword, rest } = instruction;
    switch (keyword) {
      case 'ARG': {
        const pairs = parseKeyValues(rest, false);
        const declare = (target: StageState): void => {
          for (const [key, raw] of pairs) {
            const hasDefault = rest.includes(`${key}=`);
            const given = buildArgs.get(key);
            const fromGlobal = globals.get(key);
            target.args.set(key, given ?? (hasDefault ? substitute(raw, vars()) : fromGlobal));
          }
        };
        return {
          extraKey: '',
          createdBy: nop(`ARG ${rest}`),
          applyArgs: declare,
          run: (s) => {
            declare(s);
            return done();
          },
        };
      }
      case 'ENV': {
        const createdBy = nop(`ENV ${rest}`);
        return {
          extraKey: '',
          createdBy,
          applyArgs: noArgs,
          run: (s) => {
            const v = vars();
            for (const [key, raw] of parseKeyValues(rest, true)) {
              const value = substitute(raw, v);
              s.config.env = [...s.config.env.filter((e) => !e.startsWith(`${key}=`)), `${key}=${value}`];
              v.set(key, value);
            }
            return done();
          },
        };
      }
      case 'WORKDIR': {
        const path = substitute(rest, vars());
        return {
          extraKey: '',
          createdBy: nop(`WORKDIR ${path}`, 1),
          applyArgs: noArgs,
          run: (s) => {
            const abs = normalizeAbsolute(path.startsWith('/') ? path : `${s.config.workingDir || '/'}/${path}`);
            s.config.workingDir = abs;
            addDirs(s.fs, abs);
            return done();
          },
        };
      }
      case 'USER':
      case 'STOPSIGNAL':
      case 'MAINTAINER':
      case 'LABEL':
      case 'ONBUILD': {
        const value = substitute(rest, vars());
        return {
          extraKey: '',
          createdBy: nop(`${keyword} ${value}`),
          applyArgs: noArgs,
          run: (s) => {
            if (keyword === 'USER') s.config.user = value;
            if (keyword === 'STOPSIGNAL') s.config.stopSignal = value;
            return done();
          },
        };
      }
      case 'EXPOSE': {
        const ports = substitute(rest, vars())
          .split(/\s+/)
          .filter(Boolean)
          .map((p) => (p.includes('/') ? p : `${p}/tcp`));
        return {
          extraKey: '',
          createdBy: legacy ? nop(`EXPOSE ${rest}`) : `EXPOSE map[${ports.map((p) => `${p}:{}`).join(' ')}]`,
          applyArgs: noArgs,
          run: (s) => {
            for (const port of ports) if (!s.config.exposedPorts.includes(port)) s.config.exposedPorts.push(port);
            return done();
          },
        };
      }
      case 'VOLUME': {
        const paths = instruction.json ?? substitute(rest, vars()).split(/\s+/).filter(Boolean);
        return {
          extraKey: '',
          createdBy: nop(`VOLUME [${paths.join(' ')}]`),
          applyArgs: noArgs,
          run: (s) => {
            for (const path of paths) if (!s.config.volumes.includes(path)) s.config.volumes.push(path);
            return done();
          },
        };
      }
      case 'SHELL': {
        return {
          extraKey: '',
          createdBy: nop(`SHELL ${goList(instruction.json ?? [])}`),
          applyArgs: noArgs,
          run: (s) => {
            if (instruction.json?.length) s.shell = [...instruction.json];
            return done();
          },
        };
      }
      case 'CMD':
      case 'ENTRYPOINT': {
        const argv = instruction.json ?? [...state.shell, rest];
        return {
          extraKey: '',
          createdBy: nop(`${keyword} ${goList(argv)}`),
          applyArgs: noArgs,
          run: (s) => {
            if (keyword === 'CMD') {
              s.config.cmd = argv;
              s.cmdSet = true;
            } else {
              s.config.entrypoint = argv;
              // An ENTRYPOINT resets the CMD inherited from the base image (not one set in this stage).
              if (!s.cmdSet) s.config.cmd = [];
            }
            return done();
          },
        };
      }
      case 'HEALTHCHECK': {
        const parsed = parseHealthcheck(instruction, state.shell);
        return {
          extraKey: '',
          createdBy: nop(
            `HEALTHCHECK &{${goList(parsed.test)} "${parsed.intervalMs / 1000}s" "${parsed.timeoutMs / 1000}s" "${parsed.startPeriodMs / 1000}s" "0s" '\\x${parsed.retries.toString(16).padStart(2, '0')}'}`,
          ),
          applyArgs: noArgs,
          run: (s) => {
            s.config.healthcheck = parsed;
            return done();
          },
        };
      }
      case 'COPY':
      case 'ADD': {
        const words = instruction.json ?? splitWords(substitute(rest, vars()));
        const sources = words.slice(0, -1);
        const dest = words[words.length - 1] ?? '';
        const fromRef = instruction.flags.from ?? null;
        let origin: Map<string, string>;
        let originExec = new Set<string>();
        let fromContext = true;
        if (fromRef !== null) {
          fromContext = false;
          const stage = stageOf(fromRef, stageIndex);
          if (stage) {
            const done = results.get(stage.index);
            origin = done ? done.fs.files : new Map<string, string>();
            originExec = done ? done.fs.exec : new Set<string>();
          } else {
            const image = this.rt.findImage(fromRef) ?? null;
            if (!image) {
              throw new BuildFailure(
                legacy
                  ? `invalid from flag value ${fromRef}: pull access denied for ${fromRef}, repository does not exist or may require 'docker login'`
                  : `failed to resolve source metadata for ${fullName(fromRef)}: pull access denied, repository does not exist or may require authorization`,
                1,
              );
            }
            origin = new Map(Object.entries(image.spec.files ?? {}));
            originExec = new Set(image.spec.executables ?? []);
          }
        } else origin = context;
        if (sources.some((src) => /^https?:\/\//.test(src)))
          throw new BuildFailure(
            `(Lab : ${keyword} d’une URL n’est pas simulé : le moteur ne télécharge rien. Copiez un fichier du dossier du lab.)`,
            1,
          );
        // What each source brings: [path relative to the destination, content].
        const picked: { rel: string; content: string; source: string; exec: boolean }[] = [];
        const missing: string[] = [];
        const kinds: string[] = [];
        for (const source of sources) {
          const clean = fromContext
            ? source
                .replace(/^\.?\/+/, '')
                .replace(/\/+$/, '')
                .replace(/^\.$/, '')
            : normalizeAbsolute(source.startsWith('/') ? source : `/${source}`);
          const entries = [...origin].map(([path, content]) => ({ path, content }));
          const matcher = /[*?[]/.test(clean) ? globMatcher(clean) : null;
          let found = false;
          for (const { path, content } of entries) {
            const isExec = originExec.has(path);
            if (matcher) {
              if (matcher(path)) {
                picked.push({ rel: path.split('/').pop()!, content, source: path, exec: isExec });
                found = true;
              }
            } else if (path === clean) {
              picked.push({ rel: path.split('/').pop()!, content, source: path, exec: isExec });
              kinds.push('file');
              found = true;
            } else if (clean === '' || clean === '/' || path.startsWith(`${clean}/`)) {
              const rel = clean === '' || clean === '/' ? path.replace(/^\//, '') : path.slice(clean.length + 1);
              picked.push({ rel, content, source: path, exec: isExec });
              if (!kinds.includes('dir')) kinds.push('dir');
              found = true;
            }
          }
          if (!found && !(fromContext && clean === '')) missing.push(source);
        }
        const checksum = hashHex(picked.map((p) => `${p.source}\u0000${p.content}`).join('\u0001'));
        const kind = sources.length > 1 ? 'multi' : (kinds[0] ?? 'dir');
        const legacyBy = `/bin/sh -c #(nop) ${keyword} ${kind}:${checksum} in ${dest} `;
        return {
          extraKey: `${fromRef ?? ''}\u0000${checksum}`,
          createdBy: legacy
            ? legacyBy
            : `${keyword} ${instruction.json ? sources.join(' ') + ' ' + dest : rest.replace(/^--from=\S+\s+/, '')} # buildkit`,
          applyArgs: noArgs,
          run: (s) => {
            if (missing.length) {
              const first = missing[0]!;
              throw new BuildFailure(
                legacy
                  ? `COPY failed: file not found in build context or excluded by .dockerignore: stat ${first}: file does not exist`
                  : `failed to compute cache key: failed to calculate checksum of ref ${hashHex(`ref:${checksum}`, 25)}::${hashHex(`snap:${checksum}`, 25)}: "/${first.replace(/^\.?\/+/, '')}": not found`,
                1,
              );
            }
            const workdir = s.config.workingDir || '/';
            const destAbs = normalizeAbsolute(dest.startsWith('/') ? dest : `${workdir}/${dest}`);
            const intoDir =
              dest.endsWith('/') ||
              dest === '.' ||
              sources.length > 1 ||
              kinds.includes('dir') ||
              picked.length > 1 ||
              s.fs.dirs.has(destAbs) ||
              [...s.fs.files.keys()].some((p) => p.startsWith(`${destAbs}/`));
            let size = 0;
            addDirs(s.fs, intoDir ? destAbs : parentOf(destAbs));
            for (const item of picked) {
              const target = intoDir ? normalizeAbsolute(`${destAbs}/${item.rel}`) : destAbs;
              addDirs(s.fs, parentOf(target));
              s.fs.files.set(target, item.content);
              s.fs.sizes.delete(target);
              if (item.exec || /^#!/.test(item.content)) s.fs.exec.add(target);
              size += byteLength(item.content);
            }
            return { status: 0, output: [], size, duration: 40 + picked.length * 2, processText: '' };
          },
        };
      }
      case 'RUN': {
        const scoped = [...state.args].filter((entry): entry is [string, string] => entry[1] !== undefined);
        const prefix = scoped.length ? `|${scoped.length} ${scoped.map(([k, v]) => `${k}=${v}`).join(' ')} ` : '';
        const argv = instruction.json ?? [...state.shell, rest];
        const processText = argv.join(' ');
        const createdBy = legacy ? `${prefix}${processText}` : `RUN ${prefix}${processText} # buildkit`;
        return {
          extraKey: prefix,
          createdBy,
          applyArgs: noArgs,
          run: (s) => this.runStep(s, instruction, scoped, processText),
        };
      }
      default:
        return { extraKey: '', createdBy: nop(`${keyword} ${rest}`), applyArgs: noArgs, run: () => done() };
    }
  }

  /** Runs a RUN line in a build container made of the stage's files. */
  private runStep(
    state: StageState,
    instruction: Instruction,
    args: [string, string][],
    processText: string,
  ): StepOutcome {
    const spec: ImageSpec = {
      ...state.spec,
      config: state.config,
      files: Object.fromEntries(state.fs.files),
      dirs: [...state.fs.dirs],
      executables: [...state.fs.exec],
      extraTools: [...state.fs.tools],
    };
    const image: Image = { id: state.id, spec, repoTags: [], created: this.rt.clock, size: 0, pulledAt: this.rt.clock };
    const container = buildContainer(image, state.config, this.rt.clock);
    const env = new Map<string, string>();
    for (const entry of state.config.env) {
      const eq = entry.indexOf('=');
      if (eq > 0) env.set(entry.slice(0, eq), entry.slice(eq + 1));
    }
    for (const [key, value] of args) if (!env.has(key)) env.set(key, value);
    env.set('HOME', state.config.user && state.config.user !== 'root' ? `/home/${state.config.user}` : '/root');
    const shellState: ShellState = {
      container,
      env,
      cwd: state.config.workingDir || '/',
      user: state.config.user,
      mode: 'exec',
      offset: 0,
      forever: false,
      hog: false,
      status: 0,
      exited: false,
      shell: state.spec.shell === 'bash' ? 'bash' : 'sh',
    };
    if (state.spec.toolset === 'none' && !instruction.json) {
      return {
        status: 127,
        output: [],
        size: 0,
        duration: 10,
        processText,
        // The builder cannot even start /bin/sh in an image without a shell.
      };
    }
    this.effects = newEffects();
    this.effects.fs = state.fs;
    const line = instruction.json
      ? instruction.json.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ')
      : instruction.rest;
    const outputs = this.interp.runLine(shellState, line);
    // Messages of the shell are those of /bin/sh -c.
    const debian = state.spec.toolset === 'debian';
    const fixed: Output[] = outputs.map((o) => ({
      ...o,
      text: o.text.replace(
        /^(?:sh|bash): (?:line \d+: )?([^:\n]+): (?:not found|command not found)$/gm,
        (_m, name: string) => (debian ? `/bin/sh: 1: ${name}: not found` : `/bin/sh: ${name}: not found`),
      ),
    }));
    let status = shellState.exited ? shellState.status : shellState.status;
    if (status !== 0) return { status, output: fixed, size: 0, duration: 200 + shellState.offset, processText };
    // The layer: what the build container wrote.
    let size = 0;
    for (const [path, entry] of container.layer) {
      if (entry.kind === 'file') {
        state.fs.files.set(path, entry.content);
        const virtual = this.effects.sizes.get(path);
        if (virtual !== undefined) state.fs.sizes.set(path, virtual);
        else state.fs.sizes.delete(path);
        size += virtual ?? byteLength(entry.content);
        addDirs(state.fs, parentOf(path));
      } else if (entry.kind === 'dir') {
        addDirs(state.fs, path);
      } else {
        for (const key of [...state.fs.files.keys()])
          if (key === path || key.startsWith(`${path}/`)) state.fs.files.delete(key);
        for (const key of [...state.fs.dirs]) if (key === path || key.startsWith(`${path}/`)) state.fs.dirs.delete(key);
      }
    }
    for (const path of this.effects.exec) state.fs.exec.add(path);
    for (const tool of this.effects.tools) state.fs.tools.add(tool);
    size += this.effects.extraBytes;
    for (const note of this.effects.notes) fixed.push({ offset: shellState.offset, stream: 'stderr', text: note });
    status = 0;
    return { status, output: fixed, size, duration: 200 + shellState.offset + this.effects.duration, processText };
  }

  /** The commands a build models (see the file's comment); null lets the shell's own answer. */
  private buildCommand(ctx: CommandContext): number | null {
    return buildCommand(this.interp, this.rt, this.effects, ctx);
  }
}

const PREDEFINED_ARGS = new Set([
  'HTTP_PROXY',
  'http_proxy',
  'HTTPS_PROXY',
  'https_proxy',
  'FTP_PROXY',
  'ftp_proxy',
  'NO_PROXY',
  'no_proxy',
  'ALL_PROXY',
  'all_proxy',
]);

interface StepOutcome {
  status: number;
  output: Output[];
  size: number;
  duration: number;
  processText: string;
}

function snippet(text: string, line: number, name: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const from = Math.max(1, line - 2);
  const to = Math.min(lines.length, line + 2);
  let out = `${name}:${line}\n--------------------\n`;
  for (let n = from; n <= to; n++) {
    out += `${String(n).padStart(4)} | ${n === line ? '>>>' : '   '} ${lines[n - 1]}\n`.replace(/ +\n$/, '\n');
  }
  return `${out}--------------------\n`;
}

function parseHealthcheck(instruction: Instruction, shell: string[]): NonNullable<ImageConfig['healthcheck']> {
  const duration = (text: string | undefined, fallback: number): number => {
    if (!text) return fallback;
    const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/.exec(text);
    return m ? Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 'ms'] : fallback;
  };
  const rest = instruction.rest.trim();
  if (/^NONE$/i.test(rest)) return { test: ['NONE'], intervalMs: 0, timeoutMs: 0, retries: 0, startPeriodMs: 0 };
  const body = rest.replace(/^CMD\s+/i, '');
  const json = (() => {
    try {
      const value: unknown = JSON.parse(body);
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
    } catch {
      return null;
    }
  })();
  void shell;
  return {
    test: json ? ['CMD', ...json] : ['CMD-SHELL', body],
    intervalMs: duration(instruction.flags.interval, 30_000),
    timeoutMs: duration(instruction.flags.timeout, 30_000),
    retries: Number(instruction.flags.retries ?? 3) || 3,
    startPeriodMs: duration(instruction.flags['start-period'], 0),
  };
}

function splitWords(text: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

function globMatcher(pattern: string): (path: string) => boolean {
  let re = '';
  for (const c of pattern) {
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[\\^$.|+()[\]{}]/g, '\\$&');
  }
  const compiled = new RegExp(`^${re}$`);
  return (path) => compiled.test(path);
}

function parentOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut <= 0 ? '/' : path.slice(0, cut);
}

function addDirs(fs: Fs, dir: string): void {
  let current = normalizeAbsolute(dir);
  while (current !== '/' && !fs.dirs.has(current)) {
    fs.dirs.add(current);
    current = parentOf(current);
  }
}

function buildContainer(image: Image, config: ImageConfig, now: number): Container {
  return {
    id: hashHex(`build:${image.id}:${now}`),
    name: 'build',
    image,
    imageRef: image.id,
    created: now,
    cmd: [],
    entrypoint: [],
    env: [...config.env],
    user: config.user,
    workingDir: config.workingDir,
    hostname: 'buildkitsandbox',
    exposed: [],
    labels: {},
    tty: false,
    openStdin: false,
    healthcheck: null,
    portRequests: [],
    publishAll: false,
    restartPolicy: { name: 'no', maximumRetryCount: 0 },
    memoryLimit: 0,
    nanoCpus: 0,
    pidsLimit: 0,
    autoRemove: true,
    init: false,
    readOnly: false,
    networkMode: 'none',
    networkRequests: [],
    mounts: [],
    status: 'running',
    exitCode: 0,
    oomKilled: false,
    error: '',
    restartCount: 0,
    startedAt: now,
    finishedAt: null,
    restartDelay: 0,
    restartAt: null,
    manualStop: false,
    pausedAt: null,
    endpoints: [],
    ports: [],
    logs: [],
    layer: new Map(),
    tmpfs: new Map(),
    proc: null,
    pidBase: 1,
    execCount: 0,
  };
}

/* ================================================================== RUN's commands */

export interface RunEffects {
  fs: Fs | null;
  sizes: Map<string, number>;
  exec: Set<string>;
  tools: Set<string>;
  notes: string[];
  extraBytes: number;
  duration: number;
}

function newEffects(): RunEffects {
  return { fs: null, sizes: new Map(), exec: new Set(), tools: new Set(), notes: [], extraBytes: 0, duration: 0 };
}

const MB = 1_000_000;

/** Commands a package brings (the rest install libraries only). */
const packageTools: Record<string, string[]> = {
  curl: ['curl'],
  wget: ['wget'],
  bash: ['bash'],
  git: ['git'],
  python3: ['python3', 'python'],
  'py3-pip': ['pip', 'pip3'],
  'python3-pip': ['pip', 'pip3'],
  nodejs: ['node'],
  npm: ['npm'],
  'postgresql-client': ['psql', 'pg_isready'],
  'postgresql16-client': ['psql', 'pg_isready'],
  'redis-tools': ['redis-cli'],
  redis: ['redis-cli', 'redis-server'],
  jq: ['jq'],
  'build-base': ['gcc', 'make'],
  'build-essential': ['gcc', 'make'],
  make: ['make'],
  gcc: ['gcc'],
  tini: ['tini'],
  'dumb-init': ['dumb-init'],
  shadow: ['useradd', 'groupadd', 'usermod'],
};

const packageSize: Record<string, number> = {
  curl: 2.6 * MB,
  git: 14 * MB,
  python3: 45 * MB,
  nodejs: 60 * MB,
  npm: 12 * MB,
  'build-base': 230 * MB,
  'build-essential': 250 * MB,
  gcc: 130 * MB,
  bash: 1.4 * MB,
  'ca-certificates': 0.7 * MB,
  tzdata: 3.2 * MB,
  jq: 0.9 * MB,
  tini: 0.3 * MB,
  'postgresql-client': 12 * MB,
};

function writeMarker(
  interp: Interpreter,
  rt: Runtime,
  effects: RunEffects,
  container: Container,
  path: string,
  bytes: number,
  content = '',
): void {
  rt.writeFile(container, path, content);
  effects.sizes.set(path, Math.round(bytes));
  void interp;
}

function buildCommand(interp: Interpreter, rt: Runtime, effects: RunEffects, ctx: CommandContext): number | null {
  const container = ctx.state.container;
  if (!container || !effects.fs) return null;
  const name = ctx.args[0]!;
  const base = name.includes('/') ? name.split('/').pop()! : name;
  const tools = new Set([...toolsOf(container.image.spec), ...effects.tools]);
  const has = (tool: string): boolean => tools.has(tool);
  const args = ctx.args.slice(1);
  // Globs the lab's shell does not expand (rm -rf /var/lib/apt/lists/*).
  if (args.some((a) => a.includes('*')) && ['rm', 'ls', 'cp', 'chmod', 'chown'].includes(base)) {
    const expanded: string[] = [];
    for (const arg of args) {
      if (!arg.includes('*')) {
        expanded.push(arg);
        continue;
      }
      const abs = interp.resolvePath(ctx.state, arg);
      const matcher = globMatcher(abs);
      const hits = [...effects.fs.files.keys(), ...container.layer.keys()].filter(
        (p, i, all) => matcher(p) && all.indexOf(p) === i,
      );
      const roots = new Set(hits.map((p) => p.split('/').slice(0, abs.split('/').length).join('/')));
      expanded.push(...(roots.size ? [...roots].sort() : [arg]));
    }
    ctx.args.splice(1, ctx.args.length - 1, ...expanded);
    return null;
  }
  if (!has(base)) return scriptCommand(interp, rt, ctx);
  switch (base) {
    case 'apk': {
      if (args[0] !== 'add' && args[0] !== 'update' && args[0] !== 'del') break;
      const noCache = args.includes('--no-cache');
      const packages = args.slice(1).filter((a) => !a.startsWith('-') && !/^[\w.-]+=$/.test(a));
      const release = (rt.readFile(container, '/etc/alpine-release') ?? '3.20').split('.').slice(0, 2).join('.');
      ctx.out(`fetch https://dl-cdn.alpinelinux.org/alpine/v${release}/main/x86_64/APKINDEX.tar.gz\n`);
      ctx.out(`fetch https://dl-cdn.alpinelinux.org/alpine/v${release}/community/x86_64/APKINDEX.tar.gz\n`);
      if (args[0] === 'update') {
        writeMarker(interp, rt, effects, container, '/var/cache/apk/APKINDEX.tar.gz', 2.4 * MB);
        ctx.out('OK: 24316 distinct packages available\n');
        effects.duration += 900;
        return 0;
      }
      if (args[0] === 'del') {
        ctx.out(`OK: ${packages.length} packages removed\n`);
        return 0;
      }
      packages.forEach((pkg, i) => {
        const bare = pkg.split(/[=<>~]/)[0]!;
        ctx.out(`(${i + 1}/${packages.length}) Installing ${bare}\n`);
        writeMarker(
          interp,
          rt,
          effects,
          container,
          `/lib/apk/db/${bare}.installed`,
          packageSize[bare] ?? 1.5 * MB,
          `${bare}\n`,
        );
        for (const tool of packageTools[bare] ?? []) effects.tools.add(tool);
      });
      if (!noCache) writeMarker(interp, rt, effects, container, '/var/cache/apk/APKINDEX.tar.gz', 2.4 * MB);
      ctx.out(`OK: ${Math.round(container.image.spec.size / MB + 1)} MiB in ${15 + packages.length} packages\n`);
      effects.duration += 1200 + packages.length * 300;
      return 0;
    }
    case 'apt-get':
    case 'apt': {
      const sub = args.find((a) => !a.startsWith('-'));
      const lists = '/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages.lz4';
      if (sub === 'update') {
        ctx.out('Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]\n');
        ctx.out('Get:2 http://deb.debian.org/debian bookworm-updates InRelease [55.4 kB]\n');
        ctx.out('Get:3 http://deb.debian.org/debian-security bookworm-security InRelease [48.0 kB]\n');
        ctx.out('Get:4 http://deb.debian.org/debian bookworm/main amd64 Packages [8792 kB]\n');
        ctx.out('Fetched 9047 kB in 1s (7364 kB/s)\nReading package lists...\n');
        writeMarker(interp, rt, effects, container, lists, 18 * MB);
        effects.duration += 2500;
        return 0;
      }
      if (sub === 'install') {
        const packages = args.slice(args.indexOf('install') + 1).filter((a) => !a.startsWith('-'));
        const yes = args.some((a) => a === '-y' || a === '--yes' || a === '-qy' || a === '-yq' || a === '--assume-yes');
        ctx.out('Reading package lists...\n');
        if (rt.readFile(container, lists) === null) {
          ctx.out('Building dependency tree...\nReading state information...\n');
          ctx.err(`E: Unable to locate package ${packages[0] ?? ''}\n`);
          return 100;
        }
        ctx.out('Building dependency tree...\nReading state information...\n');
        ctx.out(`The following NEW packages will be installed:\n  ${packages.map((p) => p.split('=')[0]).join(' ')}\n`);
        ctx.out(`0 upgraded, ${packages.length} newly installed, 0 to remove and 0 not upgraded.\n`);
        if (!yes) {
          ctx.out('Do you want to continue? [Y/n] Abort.\n');
          return 1;
        }
        const slim = args.includes('--no-install-recommends') ? 1 : 1.6;
        for (const pkg of packages) {
          const bare = pkg.split('=')[0]!;
          ctx.out(`Setting up ${bare} ...\n`);
          writeMarker(
            interp,
            rt,
            effects,
            container,
            `/var/lib/dpkg/info/${bare}.list`,
            (packageSize[bare] ?? 4 * MB) * slim,
            `${bare}\n`,
          );
          for (const tool of packageTools[bare] ?? []) effects.tools.add(tool);
        }
        writeMarker(interp, rt, effects, container, '/var/cache/apt/pkgcache.bin', 0.02 * MB * packages.length);
        effects.duration += 2000 + packages.length * 800;
        return 0;
      }
      if (sub === 'clean' || sub === 'autoremove' || sub === 'upgrade') {
        return 0;
      }
      break;
    }
    case 'npm': {
      const sub = args[0];
      if (sub !== 'ci' && sub !== 'install' && sub !== 'i') break;
      const dir = ctx.state.cwd;
      const pkgText = rt.readFile(container, `${dir === '/' ? '' : dir}/package.json`);
      const prefix = dir === '/' ? '' : dir;
      if (pkgText === null) {
        ctx.err(
          `npm error code ENOENT\nnpm error syscall open\nnpm error path ${prefix}/package.json\nnpm error errno -2\nnpm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${prefix}/package.json'\nnpm error enoent This is related to npm not being able to find a file.\nnpm error enoent\n`,
        );
        return 254;
      }
      if (sub === 'ci' && rt.readFile(container, `${prefix}/package-lock.json`) === null) {
        ctx.err(
          'npm error code EUSAGE\nnpm error\nnpm error The `npm ci` command can only install with an existing package-lock.json or\nnpm error npm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or\nnpm error later to generate a package-lock.json file, then try again.\n',
        );
        return 1;
      }
      let deps: string[] = [];
      try {
        const parsed = JSON.parse(pkgText) as {
          dependencies?: Record<string, string>;
          devDependencies?: Record<string, string>;
        };
        const production =
          args.includes('--omit=dev') ||
          args.includes('--production') ||
          ctx.state.env.get('NODE_ENV') === 'production';
        deps = [
          ...Object.keys(parsed.dependencies ?? {}),
          ...(production ? [] : Object.keys(parsed.devDependencies ?? {})),
        ];
      } catch {
        ctx.err(
          `npm error code EJSONPARSE\nnpm error JSON.parse Invalid package.json: JSON.parse Unexpected token in JSON\n`,
        );
        return 1;
      }
      for (const dep of deps)
        writeMarker(
          interp,
          rt,
          effects,
          container,
          `${prefix}/node_modules/${dep}/package.json`,
          0.9 * MB,
          `{"name":"${dep}"}\n`,
        );
      if (sub !== 'ci' && rt.readFile(container, `${prefix}/package-lock.json`) === null)
        rt.writeFile(container, `${prefix}/package-lock.json`, '{"lockfileVersion":3}\n');
      if (!args.includes('--cache') && deps.length)
        writeMarker(interp, rt, effects, container, '/root/.npm/_cacache/index', 0.5 * MB * deps.length);
      const count = deps.length * 8;
      ctx.out(
        deps.length
          ? `\nadded ${count} packages, and audited ${count + 1} packages in 3s\n\nfound 0 vulnerabilities\n`
          : '\nup to date, audited 1 package in 300ms\n\nfound 0 vulnerabilities\n',
      );
      effects.duration += 1500 + deps.length * 400;
      return 0;
    }
    case 'pip':
    case 'pip3': {
      if (args[0] !== 'install') break;
      const names: string[] = [];
      for (let i = 1; i < args.length; i++) {
        const arg = args[i]!;
        if (arg === '-r' || arg === '--requirement') {
          const file = args[i + 1] ?? '';
          i += 1;
          const text = interp.readPath(ctx.state, file);
          if (text === null) {
            ctx.err(`ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'\n`);
            return 1;
          }
          names.push(
            ...text
              .split('\n')
              .map((l) => l.replace(/#.*/, '').trim())
              .filter(Boolean),
          );
        } else if (!arg.startsWith('-')) names.push(arg);
      }
      const noCache = args.includes('--no-cache-dir') || ctx.state.env.get('PIP_NO_CACHE_DIR') !== undefined;
      for (const req of names) {
        const bare = req.split(/[=<>~!]/)[0]!.toLowerCase();
        ctx.out(`Collecting ${req}\n`);
        writeMarker(
          interp,
          rt,
          effects,
          container,
          `/usr/local/lib/python3/site-packages/${bare}/__init__.py`,
          1.8 * MB,
        );
        if (!noCache) writeMarker(interp, rt, effects, container, `/root/.cache/pip/${bare}.whl`, 0.9 * MB);
      }
      if (names.length)
        ctx.out(
          `Installing collected packages: ${names.map((n) => n.split(/[=<>~!]/)[0]).join(', ')}\nSuccessfully installed ${names.map((n) => n.replace('==', '-')).join(' ')}\n`,
        );
      if (!ctx.state.user || ctx.state.user === 'root' || ctx.state.user === '0')
        ctx.err(
          "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager, possibly rendering your system unusable. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv. Use the --root-user-action option if you know what you are doing and want to suppress this warning.\n",
        );
      effects.duration += 1500 + names.length * 600;
      return 0;
    }
    case 'adduser':
    case 'useradd':
    case 'addgroup':
    case 'groupadd': {
      const group = base === 'addgroup' || base === 'groupadd';
      const valued = new Set([
        '-u',
        '-g',
        '-G',
        '-s',
        '-h',
        '-d',
        '-k',
        '--uid',
        '--gid',
        '--ingroup',
        '--shell',
        '--home',
        '--gecos',
      ]);
      const positional: string[] = [];
      let uid: string | null = null;
      let gid: string | null = null;
      let ingroup: string | null = null;
      for (let i = 0; i < args.length; i++) {
        const arg = args[i]!;
        if (valued.has(arg)) {
          const v = args[i + 1] ?? '';
          if (arg === '-u' || arg === '--uid') uid = v;
          if ((arg === '-g' || arg === '--gid') && group) gid = v;
          if ((arg === '-g' && !group) || arg === '-G' || arg === '--ingroup') ingroup = v;
          i += 1;
        } else if (!arg.startsWith('-')) positional.push(arg);
      }
      const who = positional[0];
      if (!who) {
        ctx.err(`${base}: missing operand\n`);
        return 1;
      }
      if (base === 'addgroup' && positional.length === 2) {
        // addgroup USER GROUP: adds a user to a group.
        return 0;
      }
      const file = group ? '/etc/group' : '/etc/passwd';
      const current = rt.readFile(container, file) ?? '';
      if (current.split('\n').some((line) => line.split(':')[0] === who)) {
        ctx.err(
          base === 'useradd' || base === 'groupadd'
            ? `${base}: ${group ? 'group' : 'user'} '${who}' already exists\n`
            : `${base}: ${group ? 'group' : 'user'} '${who}' in use\n`,
        );
        return base === 'useradd' ? 9 : base === 'groupadd' ? 9 : 1;
      }
      const next =
        uid ?? gid ?? String(group ? 1000 : 1000 + current.split('\n').filter((l) => /:1\d{3}:/.test(l)).length);
      if (group) rt.writeFile(container, file, `${current}${who}:x:${next}:\n`);
      else {
        const groups = rt.readFile(container, '/etc/group') ?? '';
        const groupLine = groups.split('\n').find((line) => line.split(':')[0] === (ingroup ?? who));
        const g = groupLine?.split(':')[2] ?? next;
        rt.writeFile(container, file, `${current}${who}:x:${next}:${g}::/home/${who}:/bin/sh\n`);
        if (!groupLine && !ingroup) rt.writeFile(container, '/etc/group', `${groups}${who}:x:${g}:\n`);
        if (base === 'adduser' || args.includes('-m'))
          container.layer.set(`/home/${who}`, { kind: 'dir', content: '' });
      }
      return 0;
    }
    case 'chown':
    case 'chmod': {
      const positional = args.filter(
        (a) => !a.startsWith('-') || /^[-+]?[0-7]+$/.test(a) || /^[ugoa]*[-+=][rwxXst]+$/.test(a),
      );
      const [mode, ...paths] = positional;
      if (!mode || paths.length === 0) {
        ctx.err(`${base}: missing operand\n`);
        return 1;
      }
      if (base === 'chown') {
        const user = mode.split(/[:.]/)[0]!;
        const passwd = rt.readFile(container, '/etc/passwd') ?? '';
        if (user !== '' && !/^\d+$/.test(user) && !passwd.split('\n').some((line) => line.split(':')[0] === user)) {
          ctx.err(`chown: unknown user ${user}\n`);
          return 1;
        }
      }
      for (const path of paths) {
        const abs = interp.resolvePath(ctx.state, path);
        const exists = rt.readFile(container, abs) !== null || rt.listDir(container, abs).exists;
        if (!exists) {
          ctx.err(`${base}: ${path}: No such file or directory\n`);
          return 1;
        }
        if (base === 'chmod' && (/x/.test(mode) || /[1357]/.test(mode.slice(-3, -2) || mode.slice(-1))))
          effects.exec.add(abs);
      }
      return 0;
    }
    case 'cp':
    case 'mv': {
      const positional = args.filter((a) => !a.startsWith('-'));
      if (positional.length < 2) {
        ctx.err(`${base}: missing destination file operand\n`);
        return 1;
      }
      const dest = interp.resolvePath(ctx.state, positional[positional.length - 1]!);
      const destIsDir = rt.readFile(container, dest) === null && rt.listDir(container, dest).exists;
      for (const source of positional.slice(0, -1)) {
        const abs = interp.resolvePath(ctx.state, source);
        const content = rt.readFile(container, abs);
        if (content === null) {
          if (
            rt.listDir(container, abs).exists &&
            (args.includes('-r') || args.includes('-R') || args.includes('-a') || base === 'mv')
          ) {
            for (const [path, text] of [
              ...effects.fs.files,
              ...[...container.layer]
                .filter(([, e]) => e.kind === 'file')
                .map(([p, e]) => [p, e.content] as [string, string]),
            ]) {
              if (path.startsWith(`${abs}/`))
                rt.writeFile(
                  container,
                  `${destIsDir ? `${dest}/${abs.split('/').pop()}` : dest}/${path.slice(abs.length + 1)}`,
                  text,
                );
            }
            continue;
          }
          ctx.err(`${base}: can't stat '${source}': No such file or directory\n`);
          return 1;
        }
        const target = destIsDir ? `${dest}/${abs.split('/').pop()}` : dest;
        rt.writeFile(container, target, content);
        if (effects.fs.exec.has(abs)) effects.exec.add(target);
        if (base === 'mv') interp.removePath(ctx.state, abs, false);
      }
      return 0;
    }
    default:
      break;
  }
  const script = scriptCommand(interp, rt, ctx);
  if (script !== null) return script;
  if (interp.simulates(base)) return null;
  // A command the image has but whose effect the simulator does not model: no file changes, said plainly.
  effects.notes.push(
    `(Lab : « ${ctx.args.join(' ')} » n’est pas simulé ; l’étape continue sans ses effets sur les fichiers de l’image.)\n`,
  );
  return 0;
}

/** A script file run as a command (`./run.sh`, `run` found in the PATH, `sh app.sh`): its lines run in the shell. */
export function scriptCommand(interp: Interpreter, rt: Runtime, ctx: CommandContext): number | null {
  const container = ctx.state.container;
  if (!container) return null;
  const name = ctx.args[0]!;
  const base = name.split('/').pop()!;
  const spec = container.image.spec;
  const tools = toolsOf(spec);
  let path: string | null = null;
  let args = ctx.args.slice(1);
  if ((base === 'sh' || base === 'bash' || base === 'ash') && tools.has(base) && args[0] && !args[0].startsWith('-')) {
    const abs = interp.resolvePath(ctx.state, args[0]);
    if (rt.readFile(container, abs) === null) {
      ctx.err(`${base}: can't open '${args[0]}': No such file or directory\n`);
      return 2;
    }
    path = abs;
    args = args.slice(1);
  } else if (name.includes('/')) {
    const abs = interp.resolvePath(ctx.state, name);
    if (rt.readFile(container, abs) === null) return null;
    if (!(spec.executables ?? []).includes(abs) && !container.layer.has(abs)) {
      ctx.err(`sh: ${name}: Permission denied\n`);
      return 126;
    }
    path = abs;
  } else if (!tools.has(base)) {
    const dirs = (ctx.state.env.get('PATH') ?? '/usr/local/bin:/usr/bin:/bin').split(':');
    for (const dir of dirs) {
      const candidate = normalizeAbsolute(`${dir}/${name}`);
      if (rt.readFile(container, candidate) !== null && (spec.executables ?? []).includes(candidate)) {
        path = candidate;
        break;
      }
    }
  }
  if (path === null) return null;
  const content = rt.readFile(container, path) ?? '';
  const body = content.replace(/^#![^\n]*\n?/, '');
  const nested: ShellState = { ...ctx.state, env: new Map(ctx.state.env), exited: false };
  args.forEach((arg, i) => nested.env.set(String(i + 1), arg));
  const outputs = interp.runLine(
    nested,
    body
      .split('\n')
      .filter((line) => line.trim() !== '')
      .join('; '),
  );
  for (const output of outputs) (output.stream === 'stdout' ? ctx.out : ctx.err)(output.text);
  ctx.state.offset = nested.offset;
  ctx.state.forever = nested.forever;
  return nested.status;
}

export { HEX };
export type { ParsedDockerfile };
