/** A command line parsed against the commands' table: the command, its options and its arguments, normalised. */
import {
  commandWords,
  composeGlobalOptions,
  managementGroups,
  specOf,
  type ArgumentKind,
  type CommandName,
  type OptionSpec,
} from './commands';
import { describeCommandIssue, type CommandIssue } from './issues';
import { normalizeArgument, normalizeValue } from './normalize';
import { tokenizeCommandLine } from './tokenizer';

export interface ParsedOption {
  /** Canonical long name, without dashes (`publish`). */
  name: string;
  /** The flag as typed (`-p`, `--publish`, `--net`). */
  flag: string;
  /** Normalised value, null for boolean flags. */
  value: string | null;
  /** Value as typed, null for boolean flags. */
  raw: string | null;
}

export interface ParsedArgument {
  kind: ArgumentKind;
  value: string;
  raw: string;
}

export interface ParsedCommand {
  command: CommandName;
  options: ParsedOption[];
  args: ParsedArgument[];
  /** Run/exec: the command (and its arguments) to run in the container. */
  rest: string[];
}

export type ParseCommandResult =
  { ok: true; command: ParsedCommand } | { ok: false; error: CommandIssue; message: string };

function failure(error: CommandIssue): ParseCommandResult {
  return { ok: false, error, message: describeCommandIssue(error) };
}

interface OptionTable {
  byLong: Map<string, OptionSpec>;
  byShort: Map<string, OptionSpec>;
}

function optionTable(options: readonly OptionSpec[]): OptionTable {
  const byLong = new Map<string, OptionSpec>();
  const byShort = new Map<string, OptionSpec>();
  for (const option of options) {
    byLong.set(option.long, option);
    for (const alias of option.aliases ?? []) byLong.set(alias, option);
    if (option.short) byShort.set(option.short, option);
  }
  return { byLong, byShort };
}

/** Adds one option occurrence: flags are set once, single-valued options keep the last value. */
function addOption(options: ParsedOption[], spec: OptionSpec, flagText: string, raw: string | null): void {
  if (spec.value === undefined) {
    if (!options.some((option) => option.name === spec.long)) {
      options.push({ name: spec.long, flag: flagText, value: null, raw: null });
    }
    return;
  }
  const value = normalizeValue(spec.value, raw ?? '');
  if (!spec.repeatable) {
    const index = options.findIndex((option) => option.name === spec.long);
    if (index !== -1) options.splice(index, 1);
  }
  options.push({ name: spec.long, flag: flagText, value, raw });
}

function removeOption(options: ParsedOption[], name: string): void {
  const index = options.findIndex((option) => option.name === name);
  if (index !== -1) options.splice(index, 1);
}

interface OptionScanState {
  tokens: readonly string[];
  index: number;
  options: ParsedOption[];
}

/**
 * Reads the option at `state.index` (a token starting with `-`), advancing the index.
 * Returns an issue when the option is unknown or lacks its value.
 */
function readOption(state: OptionScanState, table: OptionTable, commandLabel: string): CommandIssue | null {
  const token = state.tokens[state.index] as string;
  state.index += 1;
  if (token.startsWith('--')) {
    const eq = token.indexOf('=');
    const name = eq === -1 ? token.slice(2) : token.slice(2, eq);
    const inline = eq === -1 ? null : token.slice(eq + 1);
    const spec = table.byLong.get(name);
    if (!spec) return { code: 'unknownOption', vars: { option: `--${name}`, command: commandLabel } };
    const flagText = `--${name}`;
    if (spec.value === undefined) {
      if (inline === null || inline === 'true') addOption(state.options, spec, flagText, null);
      else if (inline === 'false') removeOption(state.options, spec.long);
      else return { code: 'unexpectedValue', vars: { option: flagText } };
      return null;
    }
    let raw = inline;
    if (raw === null) {
      raw = state.tokens[state.index] ?? null;
      if (raw === null) return { code: 'missingValue', vars: { option: flagText } };
      state.index += 1;
    }
    addOption(state.options, spec, flagText, raw);
    return null;
  }
  // A cluster of short flags: -it, -dit, -p8080:80, -dp 8080:80, -p=8080:80
  const letters = token.slice(1);
  for (let k = 0; k < letters.length; k++) {
    const letter = letters[k] as string;
    const spec = table.byShort.get(letter);
    if (!spec) return { code: 'unknownOption', vars: { option: `-${letter}`, command: commandLabel } };
    const flagText = `-${letter}`;
    if (spec.value === undefined) {
      addOption(state.options, spec, flagText, null);
      continue;
    }
    let raw: string | null = letters.slice(k + 1);
    if (raw.startsWith('=')) raw = raw.slice(1);
    if (raw === '') {
      raw = state.tokens[state.index] ?? null;
      if (raw === null) return { code: 'missingValue', vars: { option: flagText } };
      state.index += 1;
    }
    addOption(state.options, spec, flagText, raw);
    return null;
  }
  return null;
}

function isOptionToken(token: string): boolean {
  return token.startsWith('-') && token.length > 1;
}

/** Parses a full command line (`docker …`, `sudo docker …`, `docker-compose …`). */
export function parseDockerCommand(input: string): ParseCommandResult {
  const tokenized = tokenizeCommandLine(input);
  if (!tokenized.ok) return failure(tokenized.error);
  return parseDockerTokens(tokenized.tokens);
}

/** Parses a command line already split into words by a shell (the labs' terminal). */
export function parseDockerTokens(input: readonly string[]): ParseCommandResult {
  let tokens = input;
  if (tokens[0] === '$') tokens = tokens.slice(1);
  if (tokens.length === 0) return failure({ code: 'empty', vars: {} });
  if (tokens[0] === 'sudo') tokens = tokens.slice(1);
  const head = tokens[0];
  if (head === 'docker-compose') tokens = ['docker', 'compose', ...tokens.slice(1)];
  else if (head !== 'docker') return failure({ code: 'notDocker', vars: { given: head ?? '' } });

  const state: OptionScanState = { tokens, index: 1, options: [] };
  const first = tokens[1];
  if (first === undefined) return failure({ code: 'missingSubcommand', vars: { group: 'docker' } });
  if (isOptionToken(first)) return failure({ code: 'unknownOption', vars: { option: first, command: 'docker' } });
  state.index = 2;

  let words = first;
  if (managementGroups.has(first)) {
    if (first === 'compose') {
      // Compose's own options (-f, -p…) come between `compose` and the subcommand.
      const table = optionTable(composeGlobalOptions);
      while (state.index < tokens.length && isOptionToken(tokens[state.index] as string)) {
        const issue = readOption(state, table, 'docker compose');
        if (issue) return failure(issue);
      }
    }
    const second = tokens[state.index];
    if (second === undefined || isOptionToken(second)) {
      return failure({ code: 'missingSubcommand', vars: { group: `docker ${first}` } });
    }
    words = `${first} ${second}`;
    state.index += 1;
  }
  const name = commandWords[words];
  if (!name) return failure({ code: 'unknownCommand', vars: { given: `docker ${words}` } });
  const spec = specOf(name);
  const table = optionTable(name.startsWith('compose ') ? [...composeGlobalOptions, ...spec.options] : spec.options);

  const args: ParsedArgument[] = [];
  let rest: string[] = [];
  let optionsEnded = false;
  while (state.index < tokens.length) {
    const token = tokens[state.index] as string;
    if (!optionsEnded && token === '--') {
      optionsEnded = true;
      state.index += 1;
      continue;
    }
    if (!optionsEnded && isOptionToken(token)) {
      const issue = readOption(state, table, spec.display);
      if (issue) return failure(issue);
      continue;
    }
    state.index += 1;
    const kind = spec.args[args.length] ?? spec.variadic;
    if (kind === undefined) return failure({ code: 'tooManyArguments', vars: { given: token, command: spec.display } });
    args.push({ kind, value: normalizeArgument(kind, token), raw: token });
    if (spec.rest && args.length === spec.args.length) {
      // Everything after the image (run) or the container (exec) belongs to the command run inside.
      rest = tokens.slice(state.index);
      break;
    }
  }
  if (args.length < spec.minArgs) {
    const kind = spec.args[args.length] ?? spec.variadic ?? 'container';
    return failure({ code: 'missingArgument', vars: { kind, command: spec.display } });
  }
  if (spec.rest === 'required' && rest.length === 0) {
    return failure({ code: 'missingContainerCommand', vars: { command: spec.display } });
  }
  return { ok: true, command: withDefaultsDropped({ command: name, options: state.options, args, rest }) };
}

/** `-f Dockerfile` names the file docker build reads anyway when the context is the current directory. */
function namesDefaultDockerfile(file: string, context: string): boolean {
  return context === '.' && (file === 'Dockerfile' || file === './Dockerfile');
}

/**
 * Spellings that mean the same as a shorter one, reduced to it so they compare equal:
 * `docker build -f Dockerfile .` is `docker build .`, and `docker volume create --name x`
 * is `docker volume create x`.
 */
function withDefaultsDropped(parsed: ParsedCommand): ParsedCommand {
  if (parsed.command === 'image build') {
    const context = parsed.args[0]?.value ?? '';
    const options = parsed.options.filter(
      (option) => !(option.name === 'file' && namesDefaultDockerfile(option.value ?? '', context)),
    );
    return options.length === parsed.options.length ? parsed : { ...parsed, options };
  }
  if (parsed.command === 'volume create' && parsed.args.length === 0) {
    const name = parsed.options.find((option) => option.name === 'name');
    if (!name || name.raw === null) return parsed;
    return {
      ...parsed,
      options: parsed.options.filter((option) => option !== name),
      args: [{ kind: 'volume', value: name.raw, raw: name.raw }],
    };
  }
  return parsed;
}
