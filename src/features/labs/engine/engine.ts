/**
 * The simulated engine behind a lab's terminal: one object per lab session, pure and
 * deterministic (a seeded PRNG and a simulated clock), whose `run` never throws.
 */
import { parseDockerTokens } from '../../../lib/docker-cli/docker-command';
import { DockerCli, isShell, type CliEffect, type CliIo } from './cli';
import { completeLine } from './complete';
import { runCurl } from './curl';
import { catalogue, splitReference } from './images/catalogue';
import { Interpreter, hostCommands, httpGet, parseUrl, resolveName, type Output, type ShellState } from './interpreter';
import type { Container } from './model';
import { LAB_DIR } from './model';
import { LIMITS, Runtime, envMap, type MainOutcome } from './runtime';
import { lastBuild, scriptCommand } from './build';
import { Workbench } from './workbench';
import type {
  BuildView,
  Completion,
  ContainerView,
  Engine,
  EngineOptions,
  EngineView,
  LabSetup,
  RunResult,
} from './types';

export const DEFAULT_START = Date.UTC(2026, 11, 1, 9, 0, 0);
export const MAX_LINE_BYTES = 4096;
export const MAX_OUTPUT_LINES = 2000;
/** Bounds of the lab folder written by writeHostFiles. */
export const MAX_HOST_FILE_BYTES = 256 * 1024;
export const MAX_HOST_FILES = 200;

interface Session {
  container: Container;
  kind: 'run' | 'exec';
  state: ShellState;
}

function byteLength(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function capOutput(text: string): string {
  let count = 0;
  let index = -1;
  while (count < MAX_OUTPUT_LINES) {
    index = text.indexOf('\n', index + 1);
    if (index === -1) return text;
    count += 1;
  }
  if (index === text.length - 1) return text;
  const rest = text.slice(index + 1).split('\n').length - (text.endsWith('\n') ? 1 : 0);
  return `${text.slice(0, index + 1)}(Lab : sortie tronquée à ${MAX_OUTPUT_LINES} lignes ; ${rest} lignes de plus ne sont pas affichées.)\n`;
}

export class SimulatedEngine implements Engine {
  readonly rt: Runtime;
  readonly cli: DockerCli;
  private readonly interpreter: Interpreter;
  private readonly workbench: Workbench;
  private readonly host: ShellState;
  private session: Session | null = null;
  private readonly history: string[] = [];
  private pendingEffect: CliEffect = {};
  private pendingClear = false;

  constructor(setup: LabSetup = {}, options: EngineOptions = {}) {
    this.rt = new Runtime(options.seed ?? 1, options.startTime ?? DEFAULT_START);
    this.cli = new DockerCli(this.rt);
    this.interpreter = new Interpreter(this.rt, {
      docker: (args, ctx) => {
        const io: CliIo = { out: ctx.out, err: ctx.err };
        const workbench = this.workbench.run(args, io, ctx.state.env, ctx.state.cwd, this.pendingEffect);
        if (workbench !== null) return workbench;
        return this.cli.run(args, io, this.pendingEffect);
      },
      container: (ctx) => scriptCommand(this.interpreter, this.rt, ctx),
      host: {
        clear: () => {
          this.pendingClear = true;
          return 0;
        },
        history: (ctx) => {
          this.history.forEach((line, i) => ctx.out(`${String(i + 1).padStart(5)}  ${line}\n`));
          return 0;
        },
        curl: (ctx) =>
          runCurl(ctx.args, {
            out: ctx.out,
            err: ctx.err,
            fetch: (host, port, path) => httpGet(this.rt, null, host, port, path),
            write: (path, text) => this.interpreter.writePath(this.host, path, text, false),
            parseUrl,
          }),
        wget: (ctx) => this.hostWget(ctx.args, ctx.out, ctx.err),
        'docker-compose': (ctx) =>
          this.workbench.run(
            ['docker', 'compose', ...ctx.args.slice(1)],
            { out: ctx.out, err: ctx.err },
            ctx.state.env,
            ctx.state.cwd,
            this.pendingEffect,
          ) ?? 127,
        exit: (ctx) => {
          ctx.err('(Lab : le terminal du lab reste ouvert ; « exit » ne sert qu’à quitter le shell d’un conteneur.)\n');
          return 0;
        },
      },
    });
    this.host = {
      container: null,
      env: new Map([
        ['HOME', '/home/eleve'],
        ['USER', 'eleve'],
        ['PATH', '/usr/local/bin:/usr/bin:/bin'],
        ['SHELL', '/bin/bash'],
      ]),
      cwd: LAB_DIR,
      user: 'eleve',
      mode: 'exec',
      offset: 0,
      forever: false,
      hog: false,
      status: 0,
      exited: false,
      shell: 'host',
    };
    this.workbench = new Workbench(this.rt, this.cli);
    this.rt.runMain = (container, argv) => this.runMain(container, argv);
    this.cli.execInContainer = (container, argv, how, io) => this.execIn(container, argv, how, io);
    this.cli.checkPasses = (container) => this.checkPasses(container);
    for (const [path, content] of Object.entries(setup.hostFiles ?? {})) {
      const clean = path.replace(/^\.?\/+/, '');
      if (clean === '' || clean.includes('..')) continue;
      this.rt.hostFiles.set(clean, content);
    }
    for (const reference of setup.images ?? []) {
      const found = this.rt.lookupRegistry(reference);
      if (!('error' in found) && this.rt.images.length < LIMITS.images) {
        const image = this.rt.addImage(found.spec, found.repository, found.tag);
        image.pulledAt = this.rt.clock;
      }
    }
    for (const line of setup.commands ?? []) this.run(line);
    this.history.length = 0;
    this.host.status = 0;
  }

  now(): number {
    return this.rt.clock;
  }

  tick(ms: number): void {
    if (!Number.isFinite(ms) || ms <= 0) return;
    try {
      this.rt.tick(Math.min(ms, 366 * 24 * 3_600_000));
      if (this.session && this.session.kind === 'run' && this.session.container.status !== 'running')
        this.session = null;
      if (this.session && this.session.kind === 'exec' && this.session.container.status !== 'running')
        this.session = null;
    } catch {
      // The clock never breaks the terminal.
    }
  }

  prompt(): string {
    if (!this.session) return '$ ';
    const { container, state } = this.session;
    const user = state.user.split(':')[0] || 'root';
    if (state.shell === 'bash') {
      const name = user === '0' ? 'root' : user;
      return `${name}@${container.hostname}:${state.cwd === '/root' && name === 'root' ? '~' : state.cwd}${name === 'root' ? '#' : '$'} `;
    }
    return `${state.cwd === '/root' && (user === 'root' || user === '0') ? '~' : state.cwd} ${user === 'root' || user === '0' ? '#' : '$'} `;
  }

  run(line: string): RunResult {
    try {
      return this.runUnsafe(line);
    } catch (error) {
      return {
        stdout: '',
        stderr: `(Lab : erreur interne du moteur simulé, la commande n’a pas été exécutée : ${error instanceof Error ? error.message : String(error)})\n`,
        exitCode: 1,
      };
    }
  }

  private runUnsafe(line: string): RunResult {
    if (typeof line !== 'string') return { stdout: '', stderr: '(Lab : commande illisible.)\n', exitCode: 2 };
    if (byteLength(line) > MAX_LINE_BYTES) {
      this.host.status = 2;
      return {
        stdout: '',
        stderr: `(Lab : ligne refusée, elle dépasse ${MAX_LINE_BYTES} octets. Découpez-la en plusieurs commandes.)\n`,
        exitCode: 2,
      };
    }
    const trimmed = line.trim();
    if (trimmed !== '') {
      this.history.push(trimmed);
      if (this.history.length > 500) this.history.shift();
    }
    this.pendingEffect = {};
    this.pendingClear = false;
    const state = this.session ? this.session.state : this.host;
    const before = this.rt.clock;
    const outputs: Output[] = this.interpreter.runLine(state, line);
    // Time spent by `sleep` (and `ping`) in the foreground.
    if (state.offset > 0) {
      const offset = state.offset;
      state.offset = 0;
      this.rt.tick(offset);
    }
    void before;
    let stdout = '';
    let stderr = '';
    for (const output of outputs) {
      if (output.stream === 'stdout') stdout += output.text;
      else stderr += output.text;
    }
    const exitCode = state.status;
    if (this.session && state === this.session.state) {
      if (state.exited) this.leaveSession(state.status);
      else if (this.session.container.status !== 'running') this.session = null;
    }
    if (this.pendingEffect.session) this.enterSession(this.pendingEffect.session);
    const result: RunResult = { stdout: capOutput(stdout), stderr: capOutput(stderr), exitCode };
    if (this.pendingClear) result.clear = true;
    return result;
  }

  private enterSession(effect: NonNullable<CliEffect['session']>): void {
    const container = effect.container;
    const spec = container.image.spec;
    const env = envMap(effect.env);
    env.set('HOSTNAME', container.hostname);
    if (!env.has('HOME')) env.set('HOME', '/root');
    this.session = {
      container,
      kind: effect.kind,
      state: {
        container,
        env,
        cwd: effect.workdir || '/',
        user: effect.user,
        mode: 'exec',
        offset: 0,
        forever: false,
        hog: false,
        status: 0,
        exited: false,
        shell: spec.shell === 'bash' ? 'bash' : 'sh',
      },
    };
  }

  private leaveSession(code: number): void {
    const session = this.session;
    this.session = null;
    if (!session) return;
    this.host.status = code;
    if (session.kind === 'run' && session.container.status === 'running') {
      this.rt.exit(session.container, code, this.rt.clock);
    }
  }

  private shellStateFor(
    container: Container,
    how: { user: string; workdir: string; env: string[] },
    mode: 'main' | 'exec',
  ): ShellState {
    const env = envMap(how.env);
    env.set('HOSTNAME', container.hostname);
    if (!env.has('HOME')) env.set('HOME', '/root');
    return {
      container,
      env,
      cwd: how.workdir || '/',
      user: how.user,
      mode,
      offset: 0,
      forever: false,
      hog: false,
      status: 0,
      exited: false,
      shell: container.image.spec.shell === 'bash' ? 'bash' : 'sh',
    };
  }

  /** `docker exec NAME CMD…`: the command runs now, without a shell unless it is one. */
  private execIn(
    container: Container,
    argv: string[],
    how: { user: string; workdir: string; env: string[] },
    io: CliIo,
  ): number {
    const state = this.shellStateFor(container, how, 'exec');
    const outputs = this.interpreter.runLine(state, argv.map(quoteForShell).join(' '));
    for (const output of outputs) (output.stream === 'stdout' ? io.out : io.err)(output.text);
    if (state.offset > 0) this.rt.tick(state.offset);
    return state.status;
  }

  /** PID 1's timeline, computed when the container starts. */
  private runMain(container: Container, argv: string[]): MainOutcome {
    const outcome: MainOutcome = {
      logs: [],
      duration: 0,
      exitCode: 0,
      forever: false,
      memory: 600 * 1024,
      hog: false,
      interactiveShell: false,
      loop: null,
    };
    const scriptArg = argv[1] !== undefined && !argv[1].startsWith('-');
    if (isShell(argv) && !argv.includes('-c') && !scriptArg) {
      outcome.interactiveShell = true;
      return outcome;
    }
    const state = this.shellStateFor(
      container,
      { user: container.user, workdir: container.workingDir, env: container.env },
      'main',
    );
    let line = argv.map(quoteForShell).join(' ');
    if (isShell(argv) && argv.includes('-c')) line = argv[argv.indexOf('-c') + 1] ?? '';
    const loop = /^\s*while\s+(?:true|:)\s*;\s*do\s+(.*?);?\s*done\s*$/s.exec(line);
    if (loop) {
      const body = loop[1]!;
      const bodyState = { ...state, env: new Map(state.env) };
      const outputs = this.interpreter.runLine(bodyState, body);
      const period = Math.max(bodyState.offset, 100);
      outcome.forever = true;
      outcome.loop = {
        lines: outputs.map((o) => ({ time: o.offset, stream: o.stream, text: o.text.replace(/\n$/, '') })),
        periodMs: period,
        from: 0,
      };
      return outcome;
    }
    const outputs = this.interpreter.runLine(state, line);
    for (const output of outputs) {
      const lines = output.text.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      for (const text of lines) outcome.logs.push({ offset: output.offset, stream: output.stream, text });
    }
    outcome.duration = state.offset;
    outcome.exitCode = state.status;
    outcome.forever = state.forever;
    outcome.hog = state.hog;
    return outcome;
  }

  private checkPasses(container: Container): boolean {
    const test = container.healthcheck?.test ?? [];
    if (test.length === 0 || test[0] === 'NONE') return true;
    const line = test[0] === 'CMD-SHELL' ? (test[1] ?? '') : test.slice(1).map(quoteForShell).join(' ');
    const state = this.shellStateFor(
      container,
      { user: container.user, workdir: container.workingDir, env: container.env },
      'exec',
    );
    const savedLogs = container.logs.length;
    this.interpreter.runLine(state, line);
    container.logs.length = Math.min(container.logs.length, savedLogs);
    return state.status === 0;
  }

  /** wget on the host (curl is curl.ts, the same in a container). */
  private hostWget(args: string[], out: (t: string) => void, err: (t: string) => void): number {
    const url = args
      .slice(1)
      .filter((a, i, all) => !a.startsWith('-') && !['-O', '-H'].includes(all[i - 1] ?? ''))
      .pop();
    if (!url) {
      err('wget: missing URL\n');
      return 1;
    }
    const target = parseUrl(url);
    if (!target) {
      err(`${url}: Invalid URL.\n`);
      return 3;
    }
    const answer = httpGet(this.rt, null, target.host, target.port, target.path);
    if ('error' in answer) {
      err(
        answer.kind === 'dns'
          ? `wget: unable to resolve host address ‘${target.host}’\n`
          : `Connecting to ${target.host}:${target.port}... failed: Connection refused.\n`,
      );
      return 4;
    }
    const toStdout = args.includes('-O-') || args.includes('-qO-');
    if (toStdout) {
      out(answer.body);
      return 0;
    }
    const file = target.path === '/' ? 'index.html' : (target.path.split('/').pop() ?? 'index.html');
    this.rt.hostFiles.set(file, answer.body);
    if (!args.includes('-q'))
      err(`Saving to: ‘${file}’\n\n‘${file}’ saved [${answer.body.length}/${answer.body.length}]\n`);
    return 0;
  }

  readHostFiles(): Record<string, string> {
    return Object.fromEntries(this.rt.hostFiles);
  }

  writeHostFiles(
    files: Record<string, string>,
    mode: 'merge' | 'replace' = 'merge',
  ): { refused: { path: string; reason: string }[] } {
    const refused: { path: string; reason: string }[] = [];
    const accepted = new Map<string, string>();
    for (const [path, content] of Object.entries(files ?? {})) {
      const clean = cleanHostPath(path);
      if (clean === null) refused.push({ path, reason: 'chemin hors du dossier du lab' });
      else if (typeof content !== 'string') refused.push({ path, reason: 'contenu illisible' });
      else if (byteLength(content) > MAX_HOST_FILE_BYTES)
        refused.push({ path, reason: `fichier de plus de ${MAX_HOST_FILE_BYTES / 1024} Kio` });
      else accepted.set(clean, content);
    }
    if (mode === 'replace') this.rt.hostFiles.clear();
    for (const [path, content] of accepted) {
      if (!this.rt.hostFiles.has(path) && this.rt.hostFiles.size >= MAX_HOST_FILES) {
        refused.push({ path, reason: `plus de ${MAX_HOST_FILES} fichiers dans le dossier du lab` });
        continue;
      }
      this.rt.hostFiles.set(path, content);
    }
    return { refused };
  }

  removeHostFile(path: string): boolean {
    const clean = cleanHostPath(path);
    return clean !== null && this.rt.hostFiles.delete(clean);
  }

  complete(line: string, cursor: number): Completion {
    try {
      return completeLine(this, line, cursor);
    } catch {
      return { from: cursor, candidates: [] };
    }
  }

  /** Host commands, or those of the container whose shell is open. */
  shellCommands(): string[] {
    if (!this.session) return [...hostCommands];
    return this.interpreter.availableIn(this.session.container);
  }

  inSession(): boolean {
    return this.session !== null;
  }

  view(): EngineView {
    const rt = this.rt;
    for (const c of rt.containers) if (c.status === 'running') rt.flushLoop(c, rt.clock);
    const containers: ContainerView[] = rt.containers.map((c) => ({
      id: c.id,
      name: c.name,
      image: c.imageRef,
      status: c.status,
      exitCode: c.exitCode,
      oomKilled: c.oomKilled,
      restartCount: c.restartCount,
      restartPolicy: { ...c.restartPolicy },
      health: this.cli.health(c),
      ports: c.ports.map((p) => ({
        containerPort: p.containerPort,
        protocol: p.protocol,
        hostIp: p.hostIp,
        hostPort: p.hostPort,
      })),
      networks: c.endpoints.map((e) => ({ name: e.network, ip: e.ip, aliases: [...e.aliases] })),
      mounts: c.mounts.map((m) => ({ ...m })),
      env: [...c.env],
      user: c.user,
      cmd: [...c.cmd],
      entrypoint: [...c.entrypoint],
      workingDir: c.workingDir,
      memoryLimit: c.memoryLimit,
      nanoCpus: c.nanoCpus,
      pidsLimit: c.pidsLimit,
      autoRemove: c.autoRemove,
      createdAt: c.created,
      startedAt: c.startedAt,
      finishedAt: c.finishedAt,
      logs: c.logs.filter((l) => l.time <= rt.clock).map((l) => ({ ...l })),
    }));
    return {
      containers,
      images: rt.images.map((i) => ({ id: `sha256:${i.id}`, tags: [...i.repoTags], size: i.size })),
      networks: rt.networks.map((n) => ({
        id: n.id,
        name: n.name,
        driver: n.driver,
        ...(n.subnet ? { subnet: n.subnet } : {}),
        containers: rt.containers.filter((c) => c.endpoints.some((e) => e.network === n.name)).map((c) => c.name),
      })),
      volumes: rt.volumes.map((v) => ({
        name: v.name,
        anonymous: v.anonymous,
        usedBy: rt.volumeUsers(v.name).map((c) => c.name),
        files: Object.fromEntries(v.files),
      })),
      hostFiles: Object.fromEntries(rt.hostFiles),
      lastBuild: cloneBuild(lastBuild(rt)),
      resolve: (from, name) => {
        const c = rt.findContainer(from);
        return c ? resolveName(rt, c, name) : null;
      },
      http: (from, url) => {
        const target = parseUrl(url);
        if (!target) return { ok: false, error: `URL illisible : ${url}` };
        const c = from === null ? null : (rt.findContainer(from) ?? undefined);
        if (c === undefined) return { ok: false, error: `aucun conteneur ${String(from)}` };
        const answer = httpGet(rt, c, target.host, target.port, target.path);
        if ('error' in answer)
          return { ok: false, error: answer.kind === 'dns' ? `bad address '${target.host}'` : 'Connection refused' };
        return { ok: true, status: answer.status, body: answer.body };
      },
    };
  }
}

/** A lab-folder path as the engine keys it ("src/app.js"), or null when it leaves the folder. */
function cleanHostPath(path: string): string | null {
  if (typeof path !== 'string') return null;
  const clean = path.replace(/^\.\/+/, '').replace(/\/+$/, '');
  if (
    clean === '' ||
    clean.startsWith('/') ||
    clean.split('/').some((part) => part === '..' || part === '' || part === '.')
  )
    return null;
  return clean;
}

function cloneBuild(record: BuildView | null): BuildView | null {
  if (!record) return null;
  return { ...record, tags: [...record.tags], steps: record.steps.map((step) => ({ ...step })) };
}

function quoteForShell(arg: string): string {
  if (arg !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The images the engine can pull, as `repository:tag` (for labs' validation and completion). */
export function knownImages(): string[] {
  return catalogue.flatMap((spec) => spec.tags.map((tag) => `${spec.repository}:${tag}`));
}

/** True when the reference names an image of the catalogue (what a lab's `images` may list). */
export function isKnownImage(reference: string): boolean {
  const { repository, tag } = splitReference(reference);
  return catalogue.some((spec) => spec.repository === repository && spec.tags.includes(tag));
}

/** Whether a line is a docker command the parser reads (for labs' validation of `commands`). */
export function isDockerCommand(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return parseDockerTokens(words).ok;
}
