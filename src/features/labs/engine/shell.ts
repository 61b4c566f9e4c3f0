/**
 * The small POSIX-like shell of the labs: quoting, `;`, `&&`, `||`, `>`/`>>`, `$VAR`, `${VAR}`,
 * `$?`, `$(pwd)` and `$(command)`. It lexes a line into lists of simple commands; expansion happens when each
 * command runs, so `false; echo $?` prints 1.
 */

/** One piece of a word: literal text, or text whose `$…` is expanded when the command runs. */
export interface WordPart {
  text: string;
  expand: boolean;
  /** `$(…)`: text is the nested line, run when the word is expanded. */
  command?: boolean;
}
export type Word = WordPart[];

export interface Redirect {
  fd: 1 | 2;
  append: boolean;
  /** `2>&1` (fd 2) or `>&2` (fd 1): target is null and the stream joins the other one. */
  target: Word | null;
}

export interface SimpleCommand {
  words: Word[];
  redirects: Redirect[];
}

export interface Pipeline {
  commands: SimpleCommand[];
}

/** Commands joined by `&&` / `||`, then lists joined by `;`. */
export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export type ParseResult = { ok: true; lists: AndOr[] } | { ok: false; error: string };

type Token = { kind: 'word'; word: Word } | { kind: 'op'; op: string };

/** The end (index of the closing parenthesis) of a `$(` starting at `open`, quotes and nesting included; -1 if unclosed. */
function substitutionEnd(line: string, open: number): number {
  let depth = 0;
  for (let j = open; j < line.length; j++) {
    const d = line[j] as string;
    if (d === "'") {
      const end = line.indexOf("'", j + 1);
      if (end === -1) return -1;
      j = end;
    } else if (d === '"') {
      let k = j + 1;
      while (k < line.length && line[k] !== '"') k += line[k] === '\\' ? 2 : 1;
      if (k >= line.length) return -1;
      j = k;
    } else if (d === '(') depth += 1;
    else if (d === ')') {
      depth -= 1;
      if (depth === 0) return j;
    }
  }
  return -1;
}

function lex(line: string): { ok: true; tokens: Token[] } | { ok: false; error: string } {
  const tokens: Token[] = [];
  let word: Word | null = null;
  const push = (text: string, expand: boolean): void => {
    word ??= [];
    const last = word[word.length - 1];
    if (last && last.expand === expand && !last.command) last.text += text;
    else word.push({ text, expand });
  };
  const endWord = (): void => {
    if (word !== null) tokens.push({ kind: 'word', word });
    word = null;
  };
  let i = 0;
  while (i < line.length) {
    const c = line[i] as string;
    if (c === '\\') {
      const next = line[i + 1];
      if (next !== undefined && next !== '\n') push(next, false);
      i += 2;
      continue;
    }
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end === -1) return { ok: false, error: 'guillemet simple non refermé' };
      push(line.slice(i + 1, end), false);
      i = end + 1;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let closed = false;
      while (j < line.length) {
        const d = line[j] as string;
        if (d === '"') {
          closed = true;
          break;
        }
        if (d === '\\' && j + 1 < line.length && '"\\$`'.includes(line[j + 1] as string)) {
          push(line[j + 1] as string, false);
          j += 2;
          continue;
        }
        if (d === '$' && line[j + 1] === '(' && !line.startsWith('$(pwd)', j)) {
          const end = substitutionEnd(line, j + 1);
          if (end === -1) return { ok: false, error: 'substitution « $( » non refermée' };
          word ??= [];
          word.push({ text: line.slice(j + 2, end), expand: true, command: true });
          j = end + 1;
          continue;
        }
        if (d === '$') {
          const ref = /^\$(?:\{[^}]*\}|\(pwd\)|[A-Za-z_][A-Za-z0-9_]*|[?$#0-9])/.exec(line.slice(j));
          if (ref) {
            push(ref[0], true);
            j += ref[0].length;
            continue;
          }
        }
        push(d, false);
        j += 1;
      }
      if (!closed) return { ok: false, error: 'guillemet double non refermé' };
      word ??= [];
      i = j + 1;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      endWord();
      i += 1;
      continue;
    }
    if (c === '#' && word === null) break;
    if (c === '$' && line[i + 1] === '(' && !line.startsWith('$(pwd)', i)) {
      const end = substitutionEnd(line, i + 1);
      if (end === -1) return { ok: false, error: 'substitution « $( » non refermée' };
      word ??= [];
      word.push({ text: line.slice(i + 2, end), expand: true, command: true });
      i = end + 1;
      continue;
    }
    if (c === '$') {
      const ref = /^\$(?:\{[^}]*\}|\(pwd\)|[A-Za-z_][A-Za-z0-9_]*|[?$#0-9])/.exec(line.slice(i));
      if (ref) {
        push(ref[0], true);
        i += ref[0].length;
        continue;
      }
    }
    if (c === '2' && word === null && line[i + 1] === '>') {
      if (line.startsWith('2>&1', i)) {
        tokens.push({ kind: 'op', op: '2>&1' });
        i += 4;
      } else if (line.startsWith('2>>', i)) {
        tokens.push({ kind: 'op', op: '2>>' });
        i += 3;
      } else {
        tokens.push({ kind: 'op', op: '2>' });
        i += 2;
      }
      continue;
    }
    if (line.startsWith('>&2', i) || (word === null && line.startsWith('1>&2', i))) {
      endWord();
      tokens.push({ kind: 'op', op: '>&2' });
      i += line.startsWith('1', i) ? 4 : 3;
      continue;
    }
    const two = line.slice(i, i + 2);
    if (two === '&&' || two === '||' || two === '>>') {
      endWord();
      tokens.push({ kind: 'op', op: two });
      i += 2;
      continue;
    }
    if (c === ';' || c === '|' || c === '>' || c === '<' || c === '&' || c === '(' || c === ')' || c === '`') {
      endWord();
      tokens.push({ kind: 'op', op: c });
      i += 1;
      continue;
    }
    push(c, false);
    i += 1;
  }
  endWord();
  return { ok: true, tokens };
}

export function parseShell(line: string): ParseResult {
  const lexed = lex(line);
  if (!lexed.ok) return lexed;
  const lists: AndOr[] = [];
  let current: AndOr | null = null;
  let pipeline: Pipeline = { commands: [] };
  let command: SimpleCommand = { words: [], redirects: [] };
  let pendingOp: '&&' | '||' | null = null;
  const tokens = lexed.tokens;
  const finishCommand = (): boolean => {
    if (command.words.length === 0 && command.redirects.length === 0) return false;
    pipeline.commands.push(command);
    command = { words: [], redirects: [] };
    return true;
  };
  const finishPipeline = (): boolean => {
    if (!finishCommand() && pipeline.commands.length === 0) return false;
    if (current === null) current = { first: pipeline, rest: [] };
    else current.rest.push({ op: pendingOp ?? '&&', pipeline });
    pipeline = { commands: [] };
    return true;
  };
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.kind === 'word') {
      command.words.push(token.word);
      continue;
    }
    const op = token.op;
    if (op === '>' || op === '>>' || op === '2>' || op === '2>>') {
      const next = tokens[k + 1];
      if (!next || next.kind !== 'word') return { ok: false, error: `erreur de syntaxe près de « ${op} »` };
      command.redirects.push({ fd: op.startsWith('2') ? 2 : 1, append: op.endsWith('>>'), target: next.word });
      k += 1;
      continue;
    }
    if (op === '2>&1') {
      command.redirects.push({ fd: 2, append: false, target: null });
      continue;
    }
    if (op === '>&2') {
      command.redirects.push({ fd: 1, append: false, target: null });
      continue;
    }
    if (op === '|') {
      if (!finishCommand()) return { ok: false, error: 'erreur de syntaxe près de « | »' };
      continue;
    }
    if (op === '&&' || op === '||') {
      if (!finishPipeline()) return { ok: false, error: `erreur de syntaxe près de « ${op} »` };
      pendingOp = op;
      continue;
    }
    if (op === ';') {
      if (!finishPipeline()) {
        if (current === null) return { ok: false, error: 'erreur de syntaxe près de « ; »' };
      }
      if (current) lists.push(current);
      current = null;
      pendingOp = null;
      continue;
    }
    return {
      ok: false,
      error: `« ${op} » n’est pas simulé dans ce lab (ni arrière-plan, ni sous-shell, ni substitution)`,
    };
  }
  if (!finishPipeline() && pendingOp !== null && current !== null) {
    return { ok: false, error: `erreur de syntaxe : rien après « ${pendingOp} »` };
  }
  if (current) lists.push(current);
  return { ok: true, lists };
}

/** Expands `$VAR`, `${VAR}`, `$?`, `$$` and `$(pwd)` in a word. */
export function expandWord(word: Word, lookup: (name: string) => string): string {
  let out = '';
  for (const part of word) {
    if (!part.expand) {
      out += part.text;
      continue;
    }
    if (part.command) {
      out += lookup(`$(${part.text})`);
      continue;
    }
    out += part.text.replace(
      /\$(?:\{([^}]*)\}|\((pwd)\)|([A-Za-z_][A-Za-z0-9_]*)|([?$#0-9]))/g,
      (
        _m,
        braced: string | undefined,
        pwd: string | undefined,
        plain: string | undefined,
        special: string | undefined,
      ) => {
        if (pwd) return lookup('PWD');
        const name = braced ?? plain ?? special ?? '';
        const dash = name.indexOf(':-');
        if (braced !== undefined && dash !== -1) {
          const value = lookup(name.slice(0, dash));
          return value === '' ? name.slice(dash + 2) : value;
        }
        return lookup(name);
      },
    );
  }
  return out;
}

/** Quotes an argument for display the way a shell would need it. */
export function shellQuote(arg: string): string {
  if (arg !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
