/**
 * A small reading of the shell commands in a `RUN`: enough to find each simple command, its words and where
 * each word sits in the Dockerfile, so a rule can point at `apt-get` or at the package left unpinned. It is not a
 * shell: no expansion, no nested substitution; quotes group words, operators split commands.
 */

export interface ShellWord {
  /** The word without its quotes. */
  value: string;
  /** Offsets in the Dockerfile's text, end exclusive. */
  start: number;
  end: number;
}

export interface ShellCommand {
  words: ShellWord[];
  /** The operator that ends this command (`&&`, `|`, `;`…), or null at the end of the script. */
  next: { value: string; start: number; end: number } | null;
}

const operators = ['&&', '||', ';;', '|&', '|', ';', '&', '(', ')', '\n'];

/**
 * Splits `text[from, to)` into simple commands. `escape` is the Dockerfile's escape character: followed by a
 * line break it joins two lines, as the Dockerfile does before the shell sees the command; a line starting with
 * `#` inside such a continued command is a comment the Dockerfile drops.
 */
export function readShellCommands(text: string, from: number, to: number, escape = '\\'): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let words: ShellWord[] = [];
  let word: ShellWord | null = null;
  let quote: '"' | "'" | null = null;
  let index = from;
  let atLineStart = false;

  const endWord = () => {
    if (word) words.push(word);
    word = null;
  };
  const endCommand = (next: ShellCommand['next']) => {
    endWord();
    if (words.length > 0 || next) commands.push({ words, next });
    words = [];
  };
  const addChar = (char: string, at: number, width: number) => {
    if (!word) word = { value: '', start: at, end: at };
    word.value += char;
    word.end = at + width;
  };

  while (index < to) {
    const char = text[index]!;
    // Dockerfile line continuation: the escape character, optional spaces, a line break.
    if (char === escape && quote !== "'") {
      const rest = /^[ \t]*\r?\n/.exec(text.slice(index + 1, Math.min(to, index + 64)));
      if (rest) {
        index += 1 + rest[0].length;
        atLineStart = true;
        continue;
      }
    }
    if (atLineStart && !quote) {
      const blank = /^[ \t]*/.exec(text.slice(index, to))![0].length;
      if (text[index + blank] === '#') {
        const lineEnd = text.indexOf('\n', index);
        index = lineEnd === -1 || lineEnd >= to ? to : lineEnd + 1;
        continue;
      }
      atLineStart = false;
    }
    if (quote) {
      if (char === quote) {
        quote = null;
        if (word) word.end = index + 1;
      } else if (char === '\\' && quote === '"' && index + 1 < to) {
        addChar(text[index + 1]!, index, 2);
        index += 2;
        continue;
      } else {
        addChar(char, index, 1);
      }
      index += 1;
      continue;
    }
    if (char === '"' || char === "'") {
      quote = char;
      if (!word) word = { value: '', start: index, end: index + 1 };
      index += 1;
      continue;
    }
    if (char === '\\' && index + 1 < to) {
      addChar(text[index + 1]!, index, 2);
      index += 2;
      continue;
    }
    if (char === '#' && !word) {
      const lineEnd = text.indexOf('\n', index);
      index = lineEnd === -1 || lineEnd >= to ? to : lineEnd;
      continue;
    }
    const operator = operators.find((candidate) => text.startsWith(candidate, index));
    if (operator && index + operator.length <= to) {
      endCommand({ value: operator, start: index, end: index + operator.length });
      index += operator.length;
      continue;
    }
    if (char === ' ' || char === '\t' || char === '\r') {
      endWord();
      index += 1;
      continue;
    }
    addChar(char, index, 1);
    index += 1;
  }
  endCommand(null);
  return commands.filter((command) => command.words.length > 0 || command.next !== null);
}

/** The command's name, past `env`-style assignments (`DEBIAN_FRONTEND=noninteractive apt-get …`). */
export function commandStart(command: ShellCommand): number {
  let index = 0;
  while (index < command.words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(command.words[index]!.value)) index += 1;
  return index;
}
