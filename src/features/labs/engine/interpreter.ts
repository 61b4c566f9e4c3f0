/**
 * Runs shell lines, on the learner's host (the lab folder, `docker …`) or inside a container
 * (echo, cat, ls, env, wget, nslookup, ping…). Commands that exist in the image but are not
 * simulated answer one clear line in French; commands the image lacks answer like its shell.
 */
import { expandWord, parseShell, type SimpleCommand, type Word } from './shell';
import type { Container } from './model';
import { own } from './util';
import { runCurl } from './curl';
import { LAB_DIR } from './model';
import { baseDirs, hostRelative, joinRel, normalizeAbsolute, toolsOf, type Runtime } from './runtime';

export interface Output {
  offset: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface ShellState {
  container: Container | null;
  env: Map<string, string>;
  cwd: string;
  user: string;
  /** 'main': PID 1's timeline (sleep moves an offset); 'exec': a command typed now. */
  mode: 'main' | 'exec';
  offset: number;
  forever: boolean;
  hog: boolean;
  status: number;
  exited: boolean;
  /** Which shell reads the line: error wording differs ("sh: x: not found" / "bash: x: command not found"). */
  shell: 'sh' | 'bash' | 'host';
}

export interface CommandContext {
  state: ShellState;
  args: string[];
  stdin: string | null;
  out: (text: string) => void;
  err: (text: string) => void;
}

export type Builtin = (ctx: CommandContext) => number;

export interface InterpreterHooks {
  /** `docker …` on the host. */
  docker?(args: string[], ctx: CommandContext): number;
  /** Host-only commands (clear, history). */
  host?: Record<string, Builtin>;
  /** Commands inside a container that this interpreter handles itself (a build's RUN): null lets the usual ones answer. */
  container?(ctx: CommandContext): number | null;
  /** `$(…)`: runs a nested line and returns its standard output. */
  substitute?(state: ShellState, line: string): string;
}

const simulatedInContainer = [
  'echo',
  'cat',
  'ls',
  'env',
  'printenv',
  'hostname',
  'ps',
  'id',
  'whoami',
  'sleep',
  'exit',
  'mkdir',
  'rm',
  'touch',
  'pwd',
  'cd',
  'true',
  'false',
  'export',
  'wget',
  'curl',
  'nslookup',
  'getent',
  'ping',
  'sh',
  'bash',
  'date',
  'uname',
  'head',
  'tail',
  'grep',
  'wc',
  'sort',
  'node',
  'python',
  'python3',
  'php',
  'redis-cli',
  'pg_isready',
  'tail',
];

export const hostCommands = [
  'docker',
  'echo',
  'cat',
  'ls',
  'pwd',
  'mkdir',
  'touch',
  'rm',
  'curl',
  'wget',
  'sleep',
  'clear',
  'history',
  'grep',
  'head',
  'tail',
  'wc',
  'sort',
  'true',
  'false',
];

export class Interpreter {
  constructor(
    private readonly rt: Runtime,
    private readonly hooks: InterpreterHooks = {},
  ) {}

  /** Runs a whole line; returns what it printed. */
  runLine(state: ShellState, line: string): Output[] {
    const outputs: Output[] = [];
    const parsed = parseShell(line);
    if (!parsed.ok) {
      outputs.push({
        offset: state.offset,
        stream: 'stderr',
        text: `${state.shell === 'bash' || state.shell === 'host' ? 'bash' : 'sh'}: ${parsed.error}\n`,
      });
      state.status = 2;
      return outputs;
    }
    for (const list of parsed.lists) {
      if (state.exited || state.forever) break;
      let status = this.runPipeline(state, list.first.commands, outputs);
      state.status = status;
      for (const { op, pipeline } of list.rest) {
        if (state.exited || state.forever) break;
        if ((op === '&&' && status !== 0) || (op === '||' && status === 0)) continue;
        status = this.runPipeline(state, pipeline.commands, outputs);
        state.status = status;
      }
      state.status = status;
    }
    return outputs;
  }

  private lookup(state: ShellState): (name: string) => string {
    return (name) => {
      if (name === '?') return String(state.status);
      if (name === '$') return state.container ? '1' : '4242';
      if (name === '#') return '0';
      if (name === '0') return state.shell === 'host' ? 'bash' : state.shell;
      if (name === 'PWD') return state.cwd;
      if (name.startsWith('$(')) return this.substituteCommand(state, name.slice(2, -1));
      return state.env.get(name) ?? '';
    };
  }

  /** `$(line)`: the nested line's standard output, trailing newlines removed (its errors are dropped). */
  private substituteCommand(state: ShellState, line: string): string {
    if (this.depth >= 4) return '';
    this.depth += 1;
    try {
      const nested: ShellState = { ...state, env: new Map(state.env), exited: false };
      const outputs = this.runLine(nested, line);
      state.offset = nested.offset;
      return outputs
        .filter((o) => o.stream === 'stdout')
        .map((o) => o.text)
        .join('')
        .replace(/\n+$/, '');
    } finally {
      this.depth -= 1;
    }
  }

  private depth = 0;

  private runPipeline(state: ShellState, commands: SimpleCommand[], outputs: Output[]): number {
    let stdin: string | null = null;
    let status = 0;
    for (let i = 0; i < commands.length; i++) {
      const last = i === commands.length - 1;
      const captured: Output[] = [];
      status = this.runSimple(state, commands[i]!, stdin, captured);
      if (last) outputs.push(...captured);
      else {
        stdin = captured
          .filter((o) => o.stream === 'stdout')
          .map((o) => o.text)
          .join('');
        outputs.push(...captured.filter((o) => o.stream === 'stderr'));
      }
    }
    return status;
  }

  private runSimple(state: ShellState, command: SimpleCommand, stdin: string | null, outputs: Output[]): number {
    const lookup = this.lookup(state);
    const words = command.words.map((word: Word) => expandWord(word, lookup));
    // Leading NAME=value assignments.
    let k = 0;
    const assignments: [string, string][] = [];
    while (k < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[k]!)) {
      const w = words[k]!;
      assignments.push([w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)]);
      k += 1;
    }
    const args = words.slice(k);
    if (args.length === 0) {
      for (const [name, value] of assignments) state.env.set(name, value);
      return 0;
    }
    let stdout = '';
    let stderr = '';
    const redirectOut = command.redirects.filter((r) => r.fd === 1 && r.target !== null);
    const joinErr = command.redirects.some((r) => r.fd === 2 && r.target === null);
    // `>&2`: what the command prints goes to the standard error (a log line on stderr, say).
    const outToErr = command.redirects.some((r) => r.fd === 1 && r.target === null);
    const redirectErr = command.redirects.filter((r) => r.fd === 2 && r.target !== null);
    const ctx: CommandContext = {
      state,
      args,
      stdin,
      out: (text) => {
        if (outToErr) {
          if (redirectErr.length) stderr += text;
          else outputs.push({ offset: state.offset, stream: 'stderr', text });
        } else if (redirectOut.length) stdout += text;
        else outputs.push({ offset: state.offset, stream: 'stdout', text });
      },
      err: (text) => {
        if (joinErr) {
          if (redirectOut.length) stdout += text;
          else outputs.push({ offset: state.offset, stream: 'stdout', text });
        } else if (redirectErr.length) stderr += text;
        else outputs.push({ offset: state.offset, stream: 'stderr', text });
      },
    };
    const saved = new Map(state.env);
    for (const [name, value] of assignments) state.env.set(name, value);
    const status = this.dispatch(ctx);
    if (assignments.length) {
      state.env.clear();
      for (const [key, value] of saved) state.env.set(key, value);
    }
    for (const redirect of [...redirectOut, ...redirectErr]) {
      const target = expandWord(redirect.target!, lookup);
      const text = redirect.fd === 1 ? stdout : stderr;
      const error = this.writePath(state, target, text, redirect.append);
      if (error) {
        outputs.push({
          offset: state.offset,
          stream: 'stderr',
          text: `${this.shellName(state)}: can't create ${target}: ${error}\n`,
        });
        return 1;
      }
    }
    return status;
  }

  private shellName(state: ShellState): string {
    return state.shell === 'host' ? 'bash' : state.shell;
  }

  notFound(ctx: CommandContext, name: string): number {
    if (ctx.state.shell === 'sh') ctx.err(`sh: ${name}: not found\n`);
    else ctx.err(`bash: ${name}: command not found\n`);
    return 127;
  }

  notSimulated(ctx: CommandContext, name: string): number {
    const available = ctx.state.container ? this.availableIn(ctx.state.container) : hostCommands;
    ctx.err(`${name} : commande non simulée dans ce lab. Disponibles : ${available.join(', ')}.\n`);
    return 127;
  }

  /** True when the lab's shell has its own version of the command (echo, printf, ls…). */
  simulates(name: string): boolean {
    return own(builtins, name) !== undefined;
  }

  availableIn(container: Container): string[] {
    const tools = toolsOf(container.image.spec);
    return simulatedInContainer.filter((name, i, all) => tools.has(name) && all.indexOf(name) === i);
  }

  private dispatch(ctx: CommandContext): number {
    const name = ctx.args[0]!;
    const { state } = ctx;
    const base = name.includes('/') ? name.split('/').pop()! : name;
    if (state.container === null) {
      if (base === 'docker') {
        if (!this.hooks.docker) return this.notSimulated(ctx, name);
        return this.hooks.docker(ctx.args, ctx);
      }
      const hostBuiltin = own(this.hooks.host, base);
      if (hostBuiltin) return hostBuiltin(ctx);
      if (!hostCommands.includes(base)) return this.notSimulated(ctx, name);
    } else {
      const handled = this.hooks.container?.(ctx) ?? null;
      if (handled !== null) return handled;
      const tools = toolsOf(state.container.image.spec);
      if (!tools.has(base) && !['exit', 'cd', 'export', 'true', 'false', 'echo', 'pwd', 'test', '['].includes(base)) {
        return this.notFound(ctx, name);
      }
    }
    const builtin = own(builtins, base);
    if (!builtin) return this.notSimulated(ctx, name);
    return builtin.call(this, ctx);
  }

  /* ------------------------------------------------------------------ files */

  resolvePath(state: ShellState, path: string): string {
    if (path.startsWith('~')) path = (state.container ? '/root' : LAB_DIR) + path.slice(1);
    return normalizeAbsolute(path.startsWith('/') ? path : `${state.cwd}/${path}`);
  }

  readPath(state: ShellState, path: string): string | null {
    const abs = this.resolvePath(state, path);
    if (state.container) return this.rt.readFile(state.container, abs);
    const rel = hostRelative(abs);
    return rel === null ? null : (this.rt.hostFiles.get(rel) ?? null);
  }

  isDir(state: ShellState, path: string): boolean {
    const abs = this.resolvePath(state, path);
    if (state.container)
      return this.rt.listDir(state.container, abs).exists && this.rt.readFile(state.container, abs) === null;
    const rel = hostRelative(abs);
    if (rel === null) return abs === '/' || abs === '/home' || abs === '/home/eleve';
    if (rel === '') return true;
    return this.rt.hostDirs.has(rel) || [...this.rt.hostFiles.keys()].some((k) => k.startsWith(`${rel}/`));
  }

  writePath(state: ShellState, path: string, text: string, append: boolean): string | null {
    const abs = this.resolvePath(state, path);
    if (abs === '/dev/null') return null;
    if (this.isDir(state, path)) return 'Is a directory';
    const previous = append ? (this.readPath(state, path) ?? '') : '';
    if (state.container) return this.rt.writeFile(state.container, abs, previous + text);
    const rel = hostRelative(abs);
    if (rel === null || rel === '') return 'Permission denied';
    const parent = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
    if (parent !== '' && !this.isDir(state, `${LAB_DIR}/${parent}`)) return 'No such file or directory';
    this.rt.hostFiles.set(rel, previous + text);
    return null;
  }

  listPath(state: ShellState, path: string): { names: string[]; exists: boolean; file: boolean } {
    const abs = this.resolvePath(state, path);
    if (state.container) {
      if (this.rt.readFile(state.container, abs) !== null)
        return { names: [abs.split('/').pop()!], exists: true, file: true };
      const listing = this.rt.listDir(state.container, abs);
      return { names: [...listing.names].sort(), exists: listing.exists, file: false };
    }
    const rel = hostRelative(abs);
    if (rel === null) {
      if (abs === '/home/eleve') return { names: ['lab'], exists: true, file: false };
      return { names: [], exists: false, file: false };
    }
    if (this.rt.hostFiles.has(rel)) return { names: [abs.split('/').pop()!], exists: true, file: true };
    const names = new Set<string>();
    const prefix = rel === '' ? '' : `${rel}/`;
    let exists = rel === '' || this.rt.hostDirs.has(rel);
    for (const key of [...this.rt.hostFiles.keys(), ...this.rt.hostDirs]) {
      if (!key.startsWith(prefix) || key === rel) continue;
      exists = true;
      names.add(key.slice(prefix.length).split('/')[0]!);
    }
    return { names: [...names].sort(), exists, file: false };
  }

  mkdir(state: ShellState, path: string, parents: boolean): string | null {
    const abs = this.resolvePath(state, path);
    if (state.container) {
      if (this.rt.listDir(state.container, abs).exists) return parents ? null : 'File exists';
      const where = this.rt.locate(state.container, abs);
      if (where.store === 'layer') state.container.layer.set(abs, { kind: 'dir', content: '' });
      else if (where.store === 'bind') this.rt.hostDirs.add(where.key);
      return null;
    }
    const rel = hostRelative(abs);
    if (rel === null || rel === '') return rel === '' && parents ? null : 'Permission denied';
    if (this.isDir(state, abs)) return parents ? null : 'File exists';
    if (parents) {
      const parts = rel.split('/');
      for (let i = 1; i <= parts.length; i++) this.rt.hostDirs.add(parts.slice(0, i).join('/'));
    } else {
      const parent = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '';
      if (parent !== '' && !this.isDir(state, `${LAB_DIR}/${parent}`)) return 'No such file or directory';
      this.rt.hostDirs.add(rel);
    }
    return null;
  }

  removePath(state: ShellState, path: string, recursive: boolean): string | null {
    const abs = this.resolvePath(state, path);
    if (state.container) {
      const c = state.container;
      const exists = this.rt.readFile(c, abs) !== null || this.rt.listDir(c, abs).exists;
      if (!exists) return 'No such file or directory';
      if (this.rt.readFile(c, abs) === null && !recursive) return 'Is a directory';
      const where = this.rt.locate(c, abs);
      if (where.mount?.readOnly || (c.readOnly && where.store === 'layer')) return 'Read-only file system';
      if (where.store === 'layer') {
        for (const key of [...c.layer.keys()]) if (key.startsWith(`${abs}/`)) c.layer.delete(key);
        const inImage = c.image.spec.files?.[abs] !== undefined || baseDirs.has(abs);
        if (inImage) c.layer.set(abs, { kind: 'deleted', content: '' });
        else c.layer.delete(abs);
      } else if (where.store === 'volume' && where.volume) {
        for (const key of [...where.volume.files.keys()])
          if (key === where.key || key.startsWith(`${where.key}/`)) where.volume.files.delete(key);
      } else if (where.store === 'bind') {
        for (const key of [...this.rt.hostFiles.keys()])
          if (key === where.key || key.startsWith(`${where.key}/`)) this.rt.hostFiles.delete(key);
      } else {
        c.tmpfs.delete(where.key);
      }
      return null;
    }
    const rel = hostRelative(abs);
    if (rel === null || rel === '') return 'Permission denied';
    if (this.rt.hostFiles.delete(rel)) return null;
    if (!this.isDir(state, abs)) return 'No such file or directory';
    if (!recursive) return 'Is a directory';
    for (const key of [...this.rt.hostFiles.keys()]) if (key.startsWith(`${rel}/`)) this.rt.hostFiles.delete(key);
    for (const key of [...this.rt.hostDirs]) if (key === rel || key.startsWith(`${rel}/`)) this.rt.hostDirs.delete(key);
    return null;
  }

  get runtime(): Runtime {
    return this.rt;
  }
}

/* ------------------------------------------------------------------ builtins */

function flagsAndArgs(args: string[]): { flags: Set<string>; rest: string[] } {
  const flags = new Set<string>();
  const rest: string[] = [];
  let ended = false;
  for (const arg of args) {
    if (!ended && arg === '--') {
      ended = true;
      continue;
    }
    if (!ended && arg.startsWith('-') && arg.length > 1) for (const letter of arg.slice(1)) flags.add(letter);
    else rest.push(arg);
  }
  return { flags, rest };
}

/**
 * grep's pattern: -F a fixed string, -E an extended regular expression, otherwise a basic one (where
 * `\|`, `\(`, `\)`, `\+`, `\?`, `\{`, `\}` are the operators and their bare forms are plain characters).
 * Null when the expression does not compile.
 */
function grepMatcher(pattern: string, flags: ReadonlySet<string>): ((line: string) => boolean) | null {
  if (flags.has('F')) {
    const needle = flags.has('i') ? pattern.toLowerCase() : pattern;
    return (line) => (flags.has('i') ? line.toLowerCase() : line).includes(needle);
  }
  const source = flags.has('E')
    ? pattern
    : pattern.replace(/\\([|()+?{}])|([|()+?{}])/g, (_, escaped: string | undefined, bare: string | undefined) =>
        escaped !== undefined ? escaped : `\\${bare ?? ''}`,
      );
  try {
    const regex = new RegExp(source, flags.has('i') ? 'i' : '');
    return (line) => regex.test(line);
  } catch {
    return null;
  }
}

function parseDuration(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(text);
  if (!match) return null;
  const factor = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as '' | 's' | 'm' | 'h' | 'd'];
  return Math.round(Number(match[1]) * factor);
}

/** Splits a URL or `host:port` as wget and curl read it. */
export function parseUrl(raw: string): { host: string; port: number; path: string } | null {
  const match = /^(?:(https?):\/\/)?([^/:]+)(?::(\d+))?(\/.*)?$/.exec(raw);
  if (!match) return null;
  const port = match[3] ? Number(match[3]) : match[1] === 'https' ? 443 : 80;
  return { host: match[2]!, port, path: match[4] ?? '/' };
}

const builtins: Record<string, (this: Interpreter, ctx: CommandContext) => number> = {
  echo(ctx) {
    let args = ctx.args.slice(1);
    let newline = true;
    let escapes = false;
    while (args[0] === '-n' || args[0] === '-e') {
      if (args[0] === '-n') newline = false;
      else escapes = true;
      args = args.slice(1);
    }
    let text = args.join(' ');
    if (escapes) text = text.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
    ctx.out(newline ? `${text}\n` : text);
    return 0;
  },
  printf(ctx) {
    const format = ctx.args[1] ?? '';
    let k = 2;
    ctx.out(
      format
        .replace(/\\n/g, '\n')
        .replace(/\\t/g, '\t')
        .replace(/%[sd]/g, () => ctx.args[k++] ?? ''),
    );
    return 0;
  },
  true: () => 0,
  false: () => 1,
  pwd(ctx) {
    ctx.out(`${ctx.state.cwd}\n`);
    return 0;
  },
  cd(ctx) {
    const target = ctx.args[1] ?? (ctx.state.container ? '/root' : '/home/eleve/lab');
    if (!this.isDir(ctx.state, target)) {
      ctx.err(`${ctx.state.shell === 'sh' ? 'sh' : 'bash'}: cd: ${target}: No such file or directory\n`);
      return ctx.state.shell === 'sh' ? 2 : 1;
    }
    ctx.state.cwd = this.resolvePath(ctx.state, target);
    return 0;
  },
  export(ctx) {
    for (const arg of ctx.args.slice(1)) {
      const eq = arg.indexOf('=');
      if (eq !== -1) ctx.state.env.set(arg.slice(0, eq), arg.slice(eq + 1));
    }
    return 0;
  },
  exit(ctx) {
    const code = ctx.args[1] === undefined ? ctx.state.status : Number(ctx.args[1]);
    ctx.state.status = Number.isFinite(code) ? ((code % 256) + 256) % 256 : 2;
    ctx.state.exited = true;
    return ctx.state.status;
  },
  sleep(ctx) {
    const arg = ctx.args[1];
    if (arg === undefined) {
      ctx.err('sleep: missing operand\n');
      return 1;
    }
    if (arg === 'infinity') {
      if (ctx.state.mode === 'main') {
        ctx.state.forever = true;
        return 0;
      }
      ctx.err('sleep infinity : commande non simulée dans ce lab en premier plan (elle ne rendrait jamais la main).\n');
      return 127;
    }
    const ms = parseDuration(arg);
    if (ms === null) {
      ctx.err(`sleep: invalid number '${arg}'\n`);
      return 1;
    }
    if (ctx.state.mode === 'exec' && ms > 600_000) {
      ctx.err(`sleep ${arg} : commande non simulée dans ce lab au-delà de 10 minutes en premier plan.\n`);
      return 127;
    }
    ctx.state.offset += ms;
    return 0;
  },
  cat(ctx) {
    const files = ctx.args.slice(1).filter((a) => a !== '-');
    if (files.length === 0) {
      ctx.out(ctx.stdin ?? '');
      return 0;
    }
    let status = 0;
    for (const file of files) {
      const content = this.readPath(ctx.state, file);
      if (content === null) {
        ctx.err(
          `cat: ${this.isDir(ctx.state, file) ? `read error: Is a directory` : `can't open '${file}': No such file or directory`}\n`,
        );
        status = 1;
      } else ctx.out(content);
    }
    return status;
  },
  ls(ctx) {
    const { flags, rest } = flagsAndArgs(ctx.args.slice(1));
    const targets = rest.length ? rest : ['.'];
    let status = 0;
    targets.forEach((target, index) => {
      const listing = this.listPath(ctx.state, target);
      if (!listing.exists) {
        ctx.err(`ls: ${target}: No such file or directory\n`);
        status = 1;
        return;
      }
      if (targets.length > 1 && !listing.file) ctx.out(`${index ? '\n' : ''}${target}:\n`);
      const names = flags.has('a') && !listing.file ? ['.', '..', ...listing.names] : listing.names;
      if (flags.has('l')) {
        for (const name of names) {
          const full = listing.file ? target : `${target.replace(/\/$/, '')}/${name}`;
          const content = listing.file ? this.readPath(ctx.state, target) : this.readPath(ctx.state, full);
          const dir = content === null;
          ctx.out(
            `${dir ? 'drwxr-xr-x' : '-rw-r--r--'}    ${dir ? 2 : 1} root     root     ${String(dir ? 4096 : content.length).padStart(8)} Dec  1 09:00 ${name}\n`,
          );
        }
      } else if (names.length) {
        // Without a terminal (docker run without -t, a pipe), ls writes one name a line.
        const oneALine = ctx.state.container !== null && !ctx.state.container.tty;
        ctx.out(`${names.join(oneALine || flags.has('1') ? '\n' : '  ')}\n`);
      }
    });
    return status;
  },
  mkdir(ctx) {
    const { flags, rest } = flagsAndArgs(ctx.args.slice(1));
    let status = 0;
    for (const dir of rest) {
      const error = this.mkdir(ctx.state, dir, flags.has('p'));
      if (error) {
        ctx.err(`mkdir: can't create directory '${dir}': ${error}\n`);
        status = 1;
      }
    }
    return status;
  },
  touch(ctx) {
    let status = 0;
    for (const file of flagsAndArgs(ctx.args.slice(1)).rest) {
      if (this.readPath(ctx.state, file) !== null) continue;
      const error = this.writePath(ctx.state, file, '', false);
      if (error) {
        ctx.err(`touch: ${file}: ${error}\n`);
        status = 1;
      }
    }
    return status;
  },
  rm(ctx) {
    const { flags, rest } = flagsAndArgs(ctx.args.slice(1));
    let status = 0;
    for (const file of rest) {
      const error = this.removePath(ctx.state, file, flags.has('r') || flags.has('R'));
      if (error && !(flags.has('f') && error === 'No such file or directory')) {
        ctx.err(
          error === 'Is a directory' ? `rm: '${file}' is a directory\n` : `rm: can't remove '${file}': ${error}\n`,
        );
        status = 1;
      }
    }
    return status;
  },
  env(ctx) {
    if (ctx.args.length > 1) return this.notSimulated(ctx, 'env COMMANDE');
    for (const [key, value] of ctx.state.env) ctx.out(`${key}=${value}\n`);
    return 0;
  },
  printenv(ctx) {
    const name = ctx.args[1];
    if (name === undefined) {
      for (const [key, value] of ctx.state.env) ctx.out(`${key}=${value}\n`);
      return 0;
    }
    const value = ctx.state.env.get(name);
    if (value === undefined) return 1;
    ctx.out(`${value}\n`);
    return 0;
  },
  hostname(ctx) {
    if (ctx.args.length > 1 && ctx.args[1] === '-i') {
      ctx.out(
        `${
          ctx.state.container?.endpoints
            .map((e) => e.ip)
            .filter(Boolean)
            .join(' ') ?? '127.0.0.1'
        }\n`,
      );
      return 0;
    }
    ctx.out(`${ctx.state.container?.hostname ?? 'poste-eleve'}\n`);
    return 0;
  },
  whoami(ctx) {
    ctx.out(`${userName(ctx.state.user)}\n`);
    return 0;
  },
  id(ctx) {
    const user = ctx.state.user;
    const name = userName(user);
    const uid = /^\d+$/.test(user.split(':')[0] ?? '')
      ? user.split(':')[0]!
      : name === 'root'
        ? '0'
        : name === 'nobody'
          ? '65534'
          : '1000';
    const gid = user.includes(':') ? user.split(':')[1]! : uid;
    const label = (id: string, n: string): string =>
      /^\d+$/.test(n) && n !== '0' && n !== '65534' ? id : `${id}(${n})`;
    const group = label(gid, gid === '0' ? 'root' : gid === '65534' ? 'nobody' : name);
    // busybox id always lists the groups; root's come from the image's /etc/group.
    const groups =
      uid === '0'
        ? '0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),26(tape),27(video)'
        : group;
    ctx.out(`uid=${label(uid, name)} gid=${group} groups=${groups}\n`);
    return 0;
  },
  uname(ctx) {
    ctx.out(ctx.args.includes('-a') ? 'Linux poste-eleve 6.12.0 #1 SMP x86_64 Linux\n' : 'Linux\n');
    return 0;
  },
  date(ctx) {
    const d = new Date(this.runtime.clock + ctx.state.offset);
    const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    ctx.out(
      `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${d.toISOString().slice(11, 19)} UTC ${d.getUTCFullYear()}\n`,
    );
    return 0;
  },
  ps(ctx) {
    const c = ctx.state.container;
    if (!c) return this.notSimulated(ctx, 'ps');
    const user = userName(c.user);
    ctx.out('PID   USER     TIME  COMMAND\n');
    if (c.proc) ctx.out(`    1 ${user.padEnd(8)}  0:00 ${c.proc.argv.join(' ')}\n`);
    c.execCount += 1;
    ctx.out(
      `${String(6 + c.execCount).padStart(5)} ${userName(ctx.state.user).padEnd(8)}  0:00 ps${ctx.args.length > 1 ? ` ${ctx.args.slice(1).join(' ')}` : ''}\n`,
    );
    return 0;
  },
  head(ctx) {
    const n = lineCount(ctx.args, 10);
    const text = inputOf(this, ctx);
    if (text === null) return 1;
    ctx.out(
      splitLines(text)
        .slice(0, n)
        .map((l) => `${l}\n`)
        .join(''),
    );
    return 0;
  },
  tail(ctx) {
    if (ctx.args.includes('-f') && ctx.args.includes('/dev/null')) {
      if (ctx.state.mode === 'main') {
        ctx.state.forever = true;
        return 0;
      }
      ctx.err('tail -f : commande non simulée dans ce lab en premier plan (elle ne rendrait jamais la main).\n');
      return 127;
    }
    if (ctx.args.includes('/dev/zero')) {
      if (ctx.state.mode === 'main') {
        ctx.state.hog = true;
        ctx.state.forever = true;
        return 0;
      }
      ctx.err(
        'tail /dev/zero : commande non simulée dans ce lab en premier plan ; lancez-la comme commande du conteneur (docker run -m … alpine tail /dev/zero).\n',
      );
      return 127;
    }
    const n = lineCount(ctx.args, 10);
    const text = inputOf(this, ctx);
    if (text === null) return 1;
    const lines = splitLines(text);
    ctx.out(
      lines
        .slice(Math.max(0, lines.length - n))
        .map((l) => `${l}\n`)
        .join(''),
    );
    return 0;
  },
  grep(ctx) {
    const { flags, rest } = flagsAndArgs(ctx.args.slice(1));
    const pattern = rest[0];
    if (pattern === undefined) {
      ctx.err('Usage: grep [OPTIONS] PATTERN [FILE]...\n');
      return 2;
    }
    const text = rest[1] !== undefined ? this.readPath(ctx.state, rest[1]) : (ctx.stdin ?? '');
    if (text === null) {
      ctx.err(`grep: ${rest[1]}: No such file or directory\n`);
      return 2;
    }
    const matcher = grepMatcher(pattern, flags);
    if (matcher === null) {
      ctx.err(`grep: invalid regular expression: ${pattern}\n`);
      return 2;
    }
    const lines = splitLines(text).filter((line) => flags.has('v') !== matcher(line));
    if (flags.has('q')) return lines.length ? 0 : 1;
    if (flags.has('c')) ctx.out(`${lines.length}\n`);
    else ctx.out(lines.map((l) => `${l}\n`).join(''));
    return lines.length ? 0 : 1;
  },
  sort(ctx) {
    const { flags, rest } = flagsAndArgs(ctx.args.slice(1));
    let text = '';
    if (rest.length === 0) text = ctx.stdin ?? '';
    for (const file of rest) {
      const content = this.readPath(ctx.state, file);
      if (content === null) {
        ctx.err(`sort: ${file}: No such file or directory\n`);
        return 2;
      }
      text += content.endsWith('\n') || content === '' ? content : `${content}\n`;
    }
    let lines = splitLines(text);
    lines.sort(
      flags.has('n')
        ? (a, b) => parseFloat(a) - parseFloat(b) || (a < b ? -1 : a > b ? 1 : 0)
        : (a, b) => (a < b ? -1 : a > b ? 1 : 0),
    );
    if (flags.has('r')) lines.reverse();
    if (flags.has('u')) lines = lines.filter((line, i) => i === 0 || line !== lines[i - 1]);
    ctx.out(lines.map((line) => `${line}\n`).join(''));
    return 0;
  },
  wc(ctx) {
    const last = ctx.args.length > 1 ? ctx.args[ctx.args.length - 1] : undefined;
    const file = last !== undefined && !last.startsWith('-') ? last : null;
    const text = file === null ? (ctx.stdin ?? '') : this.readPath(ctx.state, file);
    if (text === null) return 1;
    // A file read by name is named after its counts, as wc does; standard input is not.
    const name = file === null ? '' : ` ${file}`;
    const count = (text.match(/\n/g) ?? []).length;
    if (ctx.args.includes('-l')) ctx.out(`${count}${name}\n`);
    else
      ctx.out(
        `${String(count).padStart(7)} ${String(text.split(/\s+/).filter(Boolean).length).padStart(7)} ${String(text.length).padStart(7)}${name}\n`,
      );
    return 0;
  },
  sh: runShell,
  bash: runShell,
  ash: runShell,
  wget(ctx) {
    const { rest } = flagsAndArgs(ctx.args.slice(1).filter((a) => a !== '-O-' && a !== '-'));
    const quiet = ctx.args.some((a) => /^-[a-zA-Z]*q/.test(a));
    const toStdout =
      ctx.args.includes('-O-') ||
      ctx.args.some((a, i) => a === '-O' && ctx.args[i + 1] === '-') ||
      ctx.args.some((a) => /^-[a-zA-Z]*O-?$/.test(a) && a.endsWith('O-'));
    const spider = ctx.args.includes('--spider');
    const url = rest.find((a) => a !== '-' && !a.startsWith('-') && a !== 'O');
    if (!url) {
      ctx.err('BusyBox v1.37.0 multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] URL...\n');
      return 1;
    }
    const target = parseUrl(url);
    if (!target) {
      ctx.err(`wget: bad address '${url}'\n`);
      return 1;
    }
    const answer = fetchFrom(this, ctx, target);
    if ('error' in answer) {
      ctx.err(
        answer.kind === 'dns'
          ? `wget: bad address '${target.host}'\n`
          : `wget: can't connect to remote host (${answer.ip}): Connection refused\n`,
      );
      return 1;
    }
    if (!quiet)
      ctx.err(
        `Connecting to ${target.host}${target.port === 80 ? '' : `:${target.port}`} (${answer.ip}:${target.port})\n`,
      );
    if (answer.status >= 400) {
      ctx.err(
        `wget: server returned error: HTTP/1.1 ${answer.status} ${answer.status === 404 ? 'Not Found' : 'Error'}\n`,
      );
      return 1;
    }
    if (spider) {
      if (!quiet) ctx.err('remote file exists\n');
      return 0;
    }
    if (toStdout) {
      if (!quiet) ctx.err('writing to stdout\n');
      ctx.out(answer.body);
      if (!quiet)
        ctx.err(
          `-                    100% |********************************|  ${answer.body.length}  0:00:00 ETA\nwritten to stdout\n`,
        );
      return 0;
    }
    const file = target.path === '/' ? 'index.html' : target.path.split('/').pop() || 'index.html';
    const error = this.writePath(ctx.state, file, answer.body, false);
    if (error) {
      ctx.err(`wget: can't open '${file}': ${error}\n`);
      return 1;
    }
    if (!quiet)
      ctx.err(
        `saving to '${file}'\n${file.padEnd(20)} 100% |********************************|  ${answer.body.length}  0:00:00 ETA\n'${file}' saved\n`,
      );
    return 0;
  },
  curl(ctx) {
    return runCurl(ctx.args, {
      out: ctx.out,
      err: ctx.err,
      fetch: (host, port, path) => fetchFrom(this, ctx, { host, port, path }),
      write: (path, text) => this.writePath(ctx.state, path, text, false),
      parseUrl,
    });
  },
  nslookup(ctx) {
    const name = ctx.args.slice(1).find((a) => !a.startsWith('-'));
    const c = ctx.state.container;
    if (!name || !c) return this.notSimulated(ctx, 'nslookup');
    const userNet = c.endpoints.some((e) => !this.runtime.findNetwork(e.network)?.builtin);
    const server = userNet ? '127.0.0.11' : '10.0.2.3';
    const ip = resolveName(this.runtime, c, name);
    ctx.out(`Server:\t\t${server}\nAddress:\t${server}:53\n\n`);
    if (ip === null) {
      ctx.out(`** server can't find ${name}: NXDOMAIN\n\n`.repeat(2));
      return 1;
    }
    // A name several containers answer to (the service of a scaled Compose project): every address.
    const ips = [ip, ...sharedAliasAddresses(this.runtime, c, name).filter((other) => other !== ip)];
    // busybox asks for A and AAAA: the second answer (no IPv6 address here) is an empty block.
    ctx.out(
      `Non-authoritative answer:\n${ips.map((a) => `Name:\t${name}\nAddress: ${a}\n`).join('')}\nNon-authoritative answer:\n\n`,
    );
    return 0;
  },
  getent(ctx) {
    const c = ctx.state.container;
    if (!c || ctx.args[1] !== 'hosts' || ctx.args[2] === undefined)
      return this.notSimulated(ctx, ctx.args.slice(0, 2).join(' '));
    const name = ctx.args[2];
    const ip = resolveName(this.runtime, c, name);
    if (ip === null) return 2;
    ctx.out(`${ip.padEnd(16)}${name}\n`);
    return 0;
  },
  ping(ctx) {
    const c = ctx.state.container;
    const countIndex = ctx.args.indexOf('-c');
    const count = countIndex === -1 ? null : Number(ctx.args[countIndex + 1]);
    const host = ctx.args
      .slice(1)
      .filter((a, i, all) => !a.startsWith('-') && all[i - 1] !== '-c' && all[i - 1] !== '-W' && all[i - 1] !== '-w')
      .pop();
    if (!c || !host) return this.notSimulated(ctx, 'ping');
    if (count === null || !Number.isFinite(count) || count < 1 || count > 20) {
      ctx.err(
        'ping sans -c N (1 à 20) : commande non simulée dans ce lab (elle ne s’arrêterait pas seule). Essayez ping -c 2 NOM.\n',
      );
      return 127;
    }
    const ip = resolveName(this.runtime, c, host);
    if (ip === null) {
      ctx.err(`ping: bad address '${host}'\n`);
      return 1;
    }
    const reachable = ip.startsWith('127.') || reachableIp(this.runtime, c, ip);
    ctx.out(`PING ${host} (${ip}): 56 data bytes\n`);
    const times: number[] = [];
    for (let seq = 0; seq < count; seq++) {
      if (!reachable) continue;
      const time = 0.05 + ((seq * 37) % 50) / 1000;
      times.push(time);
      ctx.out(`64 bytes from ${ip}: seq=${seq} ttl=64 time=${time.toFixed(3)} ms\n`);
    }
    ctx.state.offset += (count - 1) * 1000;
    ctx.out(
      `\n--- ${host} ping statistics ---\n${count} packets transmitted, ${times.length} packets received, ${Math.round(((count - times.length) / count) * 100)}% packet loss\n`,
    );
    if (times.length) {
      const avg = times.reduce((a, b) => a + b, 0) / times.length;
      ctx.out(
        `round-trip min/avg/max = ${Math.min(...times).toFixed(3)}/${avg.toFixed(3)}/${Math.max(...times).toFixed(3)} ms\n`,
      );
      return 0;
    }
    return 1;
  },
  node(ctx) {
    return runtimeVersion(this, ctx, 'node');
  },
  python(ctx) {
    return runtimeVersion(this, ctx, 'python');
  },
  python3(ctx) {
    return runtimeVersion(this, ctx, 'python3');
  },
  php(ctx) {
    return runtimeVersion(this, ctx, 'php');
  },
  pg_isready(ctx) {
    const args = ctx.args.slice(1);
    const h = args.indexOf('-h');
    const p = args.indexOf('-p');
    const host = h === -1 ? null : (args[h + 1] ?? null);
    const port = p === -1 ? 5432 : Number(args[p + 1] ?? 5432);
    const where = host === null ? `/var/run/postgresql:${port}` : `${host}:${port}`;
    const answer = fetchFrom(this, ctx, { host: host ?? 'localhost', port, path: '/' }, true);
    if ('error' in answer) {
      ctx.out(`${where} - no response\n`);
      return 2;
    }
    ctx.out(`${where} - accepting connections\n`);
    return 0;
  },
  'redis-cli'(ctx) {
    const c = ctx.state.container;
    if (!c) return this.notSimulated(ctx, 'redis-cli');
    const args = ctx.args.slice(1);
    let host = 'localhost';
    const h = args.indexOf('-h');
    if (h !== -1) host = args[h + 1] ?? host;
    const command = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '-h' && args[i - 1] !== '-p');
    if (command[0]?.toLowerCase() !== 'ping') return this.notSimulated(ctx, `redis-cli ${command.join(' ')}`.trim());
    const answer = fetchFrom(this, ctx, { host, port: 6379, path: '/' }, true);
    if ('error' in answer) {
      ctx.err(
        `Could not connect to Redis at ${host}:6379: ${answer.kind === 'dns' ? 'Name does not resolve' : 'Connection refused'}\n`,
      );
      return 1;
    }
    ctx.out('PONG\n');
    return 0;
  },
};

function runtimeVersion(interp: Interpreter, ctx: CommandContext, name: string): number {
  const c = ctx.state.container;
  const versions = c?.image.spec.versions ?? {};
  if ((ctx.args[1] === '--version' || ctx.args[1] === '-v' || ctx.args[1] === '-V') && versions[name]) {
    ctx.out(`${versions[name]}\n`);
    return 0;
  }
  const script = ctx.args[1] === '-e' || ctx.args[1] === '-c' ? (ctx.args[2] ?? '') : null;
  if (script !== null) {
    const printed = /^\s*(?:console\.log|print)\(\s*(["'])(.*)\1\s*\)\s*;?\s*$/.exec(script);
    if (printed) {
      ctx.out(`${printed[2]}\n`);
      return 0;
    }
  }
  return interp.notSimulated(
    ctx,
    `${name}${ctx.args.length > 1 ? ` ${ctx.args.slice(1).join(' ')}` : ''} (seuls --version et l’affichage d’un texte sont simulés)`,
  );
}

function runShell(this: Interpreter, ctx: CommandContext): number {
  const c = ctx.args.indexOf('-c');
  if (c === -1) {
    if (ctx.state.mode === 'main') return 0;
    return this.notSimulated(ctx, `${ctx.args[0]} (un shell imbriqué ; tapez vos commandes directement)`);
  }
  const script = ctx.args[c + 1] ?? '';
  const nested: ShellState = { ...ctx.state, env: new Map(ctx.state.env), exited: false };
  const outputs = this.runLine(nested, script);
  for (const output of outputs) {
    if (output.stream === 'stdout') ctx.out(output.text);
    else ctx.err(output.text);
  }
  ctx.state.offset = nested.offset;
  ctx.state.forever = nested.forever;
  ctx.state.hog = nested.hog;
  return nested.status;
}

function userName(user: string): string {
  const name = user.split(':')[0] ?? '';
  if (name === '' || name === '0') return 'root';
  if (name === '65534') return 'nobody';
  return name;
}

function lineCount(args: string[], fallback: number): number {
  const n = args.indexOf('-n');
  if (n !== -1) return Number(args[n + 1]) || fallback;
  const short = args.find((a) => /^-\d+$/.test(a));
  return short ? Number(short.slice(1)) : fallback;
}

function inputOf(interp: Interpreter, ctx: CommandContext): string | null {
  const file = ctx.args
    .slice(1)
    .filter((a, i, all) => !a.startsWith('-') && all[i - 1] !== '-n')
    .pop();
  if (file === undefined) return ctx.stdin ?? '';
  const content = interp.readPath(ctx.state, file);
  if (content === null) ctx.err(`${ctx.args[0]}: can't open '${file}': No such file or directory\n`);
  return content;
}

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Name resolution from inside a container, following Docker's network rules. */
/** The addresses of the running containers that share the network alias `name` with `from` (Docker's DNS round robin). */
function sharedAliasAddresses(rt: Runtime, from: Container, name: string): string[] {
  const out: string[] = [];
  for (const endpoint of from.endpoints) {
    const network = rt.findNetwork(endpoint.network);
    if (!network || network.builtin) continue;
    for (const other of rt.containers) {
      if (other.status !== 'running' && other.status !== 'paused') continue;
      const theirs = other.endpoints.find((e) => e.network === network.name);
      if (theirs && theirs.aliases.includes(name) && !out.includes(theirs.ip)) out.push(theirs.ip);
    }
  }
  return out;
}

export function resolveName(rt: Runtime, from: Container, name: string): string | null {
  if (name === 'localhost') return '127.0.0.1';
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return name;
  if (name === from.hostname || name === from.id.slice(0, 12))
    return from.endpoints.find((e) => e.ip)?.ip ?? '127.0.0.1';
  if (name === 'host.docker.internal') return null;
  for (const endpoint of from.endpoints) {
    const network = rt.findNetwork(endpoint.network);
    if (!network || network.builtin) continue;
    for (const other of rt.containers) {
      if (other.status !== 'running' && other.status !== 'paused') continue;
      const theirs = other.endpoints.find((e) => e.network === network.name);
      if (!theirs) continue;
      if (other.name === name || theirs.aliases.includes(name) || other.id.slice(0, 12) === name || other.id === name)
        return theirs.ip;
    }
  }
  return null;
}

function reachableIp(rt: Runtime, from: Container, ip: string): boolean {
  if (from.endpoints.some((e) => e.ip === ip)) return true;
  const target = rt.containers.find((c) => c.endpoints.some((e) => e.ip === ip));
  if (!target) {
    return rt.networks.some((n) => n.gateway === ip && from.endpoints.some((e) => e.network === n.name));
  }
  if (target.status !== 'running') return false;
  return target.endpoints.some((e) => e.ip === ip && from.endpoints.some((mine) => mine.network === e.network));
}

type FetchAnswer = { status: number; body: string; ip: string } | { error: true; kind: 'dns' | 'refused'; ip: string };

function fetchFrom(
  interp: Interpreter,
  ctx: CommandContext,
  target: { host: string; port: number; path: string },
  raw = false,
): FetchAnswer {
  const rt = interp.runtime;
  const from = ctx.state.container;
  const result = httpGet(rt, from, target.host, target.port, target.path, raw);
  return result;
}

/** An HTTP GET (or a bare TCP connect, `raw`) from a container or the host. */
export function httpGet(
  rt: Runtime,
  from: Container | null,
  host: string,
  port: number,
  path: string,
  raw = false,
): FetchAnswer {
  let ip: string | null;
  let target: Container | undefined;
  let targetPort = port;
  let clientIp: string;
  if (from === null) {
    ip = host === 'localhost' || host === '127.0.0.1' || host === '0.0.0.0' ? '127.0.0.1' : null;
    if (ip === null && /^\d+\.\d+\.\d+\.\d+$/.test(host)) ip = host;
    if (ip === null) return { error: true, kind: 'dns', ip: '' };
    if (ip === '127.0.0.1') {
      const owner = [...rt.hostPorts.entries()].find(([key]) => key.endsWith(`:${port}/tcp`));
      target = owner ? rt.findContainer(owner[1]) : undefined;
      const binding = target?.ports.find((p) => p.hostPort === port && p.protocol === 'tcp');
      if (!binding) return { error: true, kind: 'refused', ip };
      targetPort = binding.containerPort;
      clientIp = rt.networks.find((n) => n.name === target!.endpoints[0]?.network)?.gateway || '172.17.0.1';
    } else {
      target = rt.containers.find((c) => c.endpoints.some((e) => e.ip === ip));
      clientIp =
        rt.networks.find((n) => n.name === target?.endpoints.find((e) => e.ip === ip)?.network)?.gateway ??
        '172.17.0.1';
    }
  } else {
    ip = resolveName(rt, from, host);
    if (ip === null) return { error: true, kind: 'dns', ip: '' };
    clientIp = from.endpoints[0]?.ip ?? '127.0.0.1';
    if (ip.startsWith('127.')) target = from;
    else if (rt.networks.some((n) => n.gateway === ip)) {
      const owner = [...rt.hostPorts.entries()].find(([key]) => key.endsWith(`:${port}/tcp`));
      target = owner ? rt.findContainer(owner[1]) : undefined;
      const binding = target?.ports.find((p) => p.hostPort === port);
      if (!binding) return { error: true, kind: 'refused', ip };
      targetPort = binding.containerPort;
    } else {
      target = rt.containers.find((c) => c.endpoints.some((e) => e.ip === ip));
      if (target && !reachableIp(rt, from, ip)) return { error: true, kind: 'refused', ip };
    }
  }
  const server = target?.status === 'running' ? target.proc?.server : null;
  if (!target || !server || !server.listens.includes(targetPort)) return { error: true, kind: 'refused', ip };
  if (server.loopbackOnly && target !== from) return { error: true, kind: 'refused', ip };
  if (raw) return { status: 200, body: '', ip };
  if (!server.http) return { error: true, kind: 'refused', ip };
  const answer = { ...server.http(path) };
  if (target.image.spec.repository === 'nginx' && answer.status === 200) {
    const page = rt.readFile(target, `/usr/share/nginx/html${path === '/' ? '/index.html' : path}`);
    if (page !== null) answer.body = page;
    else answer.status = 404;
  }
  if (target.image.spec.repository === 'httpd' && answer.status === 200) {
    const page = rt.readFile(target, `/usr/local/apache2/htdocs${path === '/' ? '/index.html' : path}`);
    if (page !== null) answer.body = page;
  }
  if (server.accessLog) {
    const d = new Date(rt.clock);
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const stamp = `${String(d.getUTCDate()).padStart(2, '0')}/${months[d.getUTCMonth()]}/${d.getUTCFullYear()}:${d.toISOString().slice(11, 19)} +0000`;
    const agent = from === null ? 'curl/8.5.0' : 'Wget';
    const text =
      server.accessLog === 'nginx'
        ? `${clientIp} - - [${stamp}] "GET ${path} HTTP/1.1" ${answer.status} ${answer.body.length} "-" "${agent}" "-"`
        : `${clientIp} - - [${stamp}] "GET ${path} HTTP/1.1" ${answer.status} ${answer.body.length}`;
    rt.appendLog(target, rt.clock, 'stdout', text);
  }
  return { status: answer.status, body: answer.body, ip };
}

export { joinRel };
