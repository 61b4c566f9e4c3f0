/**
 * Reads a Dockerfile the way the builder does: line continuations, comments, instructions and
 * their arguments, stages (`FROM … AS name`), JSON (exec) or shell forms, `.dockerignore` patterns.
 * Pure functions; the build itself is in build.ts.
 */
import { DOCKERFILE_INSTRUCTIONS } from '../../../lib/dockerfile-instructions';

export const INSTRUCTIONS = DOCKERFILE_INSTRUCTIONS;
export type Keyword = (typeof INSTRUCTIONS)[number];

export interface Instruction {
  keyword: Keyword;
  /** The arguments as written (continuations joined with a space), flags included. */
  args: string;
  /** 1-based line where the instruction starts. */
  line: number;
  /** `--from=build`, `--chown=…`: flags at the start of the arguments. */
  flags: Record<string, string>;
  /** The arguments without the leading flags. */
  rest: string;
  /** JSON form (`["a","b"]`) when the arguments are a JSON array of strings. */
  json: string[] | null;
}

export interface Stage {
  /** Name given with `AS`, lowercased, or null. */
  name: string | null;
  index: number;
  base: string;
  from: Instruction;
  instructions: Instruction[];
}

export interface ParsedDockerfile {
  /** ARGs declared before the first FROM. */
  globalArgs: Instruction[];
  stages: Stage[];
}

export type DockerfileError =
  | { kind: 'unknown-instruction'; line: number; word: string }
  | { kind: 'no-from'; line: number }
  | { kind: 'empty' }
  | { kind: 'syntax'; line: number; message: string };

function parseJsonArray(text: string): string[] | null {
  const trimmed = text.trim();
  if (!trimmed.startsWith('[')) return null;
  try {
    const value: unknown = JSON.parse(trimmed);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  } catch {
    return null;
  }
  return null;
}

function splitFlags(args: string): { flags: Record<string, string>; rest: string } {
  const flags: Record<string, string> = {};
  let rest = args.trimStart();
  for (;;) {
    const match = /^--([a-z][a-z-]*)(?:=(\S*))?(?:\s+|$)/.exec(rest);
    if (!match) break;
    flags[match[1]!] = match[2] ?? 'true';
    rest = rest.slice(match[0].length);
  }
  return { flags, rest: rest.trim() };
}

/** Splits a Dockerfile into instructions and stages, or says which line the builder would refuse. */
export function parseDockerfile(
  text: string,
): { ok: true; file: ParsedDockerfile } | { ok: false; error: DockerfileError } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const instructions: Instruction[] = [];
  let i = 0;
  while (i < lines.length) {
    const startLine = i + 1;
    let current = lines[i]!;
    i += 1;
    if (/^\s*#/.test(current) || current.trim() === '') continue;
    // Continuations: a trailing backslash joins the next line; comment lines inside are skipped.
    while (/\\\s*$/.test(current) && i <= lines.length) {
      current = current.replace(/\\\s*$/, '');
      while (i < lines.length && /^\s*#/.test(lines[i]!)) i += 1;
      if (i >= lines.length) break;
      current += ` ${lines[i]!.trim()}`;
      i += 1;
    }
    const match = /^\s*(\S+)\s*([\s\S]*)$/.exec(current);
    if (!match) continue;
    const word = match[1]!;
    const keyword = word.toUpperCase();
    if (!(INSTRUCTIONS as readonly string[]).includes(keyword)) {
      return { ok: false, error: { kind: 'unknown-instruction', line: startLine, word } };
    }
    const args = match[2]!.trim();
    const { flags, rest } = splitFlags(args);
    instructions.push({ keyword: keyword as Keyword, args, line: startLine, flags, rest, json: parseJsonArray(rest) });
  }
  if (instructions.length === 0) return { ok: false, error: { kind: 'empty' } };
  const globalArgs: Instruction[] = [];
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const parts = instruction.rest.split(/\s+/);
      const base = parts[0] ?? '';
      const name = parts.length >= 3 && parts[1]!.toUpperCase() === 'AS' ? parts[2]!.toLowerCase() : null;
      if (base === '')
        return {
          ok: false,
          error: { kind: 'syntax', line: instruction.line, message: 'FROM requires either one or three arguments' },
        };
      stages.push({ name, index: stages.length, base, from: instruction, instructions: [] });
      continue;
    }
    const stage = stages[stages.length - 1];
    if (!stage) {
      if (instruction.keyword === 'ARG') {
        globalArgs.push(instruction);
        continue;
      }
      return { ok: false, error: { kind: 'no-from', line: instruction.line } };
    }
    stage.instructions.push(instruction);
  }
  if (stages.length === 0) return { ok: false, error: { kind: 'no-from', line: instructions[0]!.line } };
  return { ok: true, file: { globalArgs, stages } };
}

/** `KEY=value KEY2="v 2"` or the old `KEY value` form (ENV, LABEL, ARG). */
export function parseKeyValues(text: string, legacyPair: boolean): [string, string][] {
  const out: [string, string][] = [];
  const trimmed = text.trim();
  if (legacyPair && !/^[^\s=]+=/.test(trimmed)) {
    const space = trimmed.search(/\s/);
    if (space === -1) return [[trimmed, '']];
    return [[trimmed.slice(0, space), unquote(trimmed.slice(space + 1).trim())]];
  }
  const re = /([^\s=]+)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(trimmed)) !== null) {
    if (m[0] === '') {
      re.lastIndex += 1;
      continue;
    }
    out.push([m[1]!, m[2] === undefined ? '' : unquote(m[2])]);
  }
  return out;
}

function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"'))
    return value.slice(1, -1).replace(/\\(["\\$])/g, '$1');
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1);
  return value;
}

/** Replaces `$VAR`, `${VAR}` and `${VAR:-default}` with the build's variables (ENV, ARG). */
export function substitute(text: string, vars: ReadonlyMap<string, string>): string {
  return text.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_m, braced: string | undefined, op: string | undefined, word: string | undefined, plain: string | undefined) => {
      const name = braced ?? plain ?? '';
      const value = vars.get(name);
      if (op === '-') return value === undefined || value === '' ? (word ?? '') : value;
      if (op === '+') return value === undefined || value === '' ? '' : (word ?? '');
      return value ?? '';
    },
  );
}

/* ------------------------------------------------------------------ .dockerignore */

function globToRegExp(pattern: string): RegExp {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        // `**` matches any number of directories.
        out += '.*';
        i += 1;
        if (pattern[i + 1] === '/') i += 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if ('\\^$.|+()[]{}'.includes(c)) out += `\\${c}`;
    else out += c;
  }
  return new RegExp(`^${out}(?:/.*)?$`);
}

/** The files of the context that `.dockerignore` leaves in (patterns in order, `!` re-includes). */
export function dockerignoreFilter(ignoreText: string | undefined): (path: string) => boolean {
  if (ignoreText === undefined) return () => true;
  const rules = ignoreText
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const negate = line.startsWith('!');
      const raw = (negate ? line.slice(1) : line)
        .trim()
        .replace(/^\.?\/+/, '')
        .replace(/\/+$/, '');
      return { negate, re: globToRegExp(raw === '' ? '.' : raw) };
    });
  return (path) => {
    let included = true;
    for (const rule of rules) if (rule.re.test(path)) included = rule.negate;
    return included;
  };
}
