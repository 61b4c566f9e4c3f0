/**
 * What every rule reads: the text, the parsed Dockerfile cut into build stages, and helpers that turn the
 * parser's 0-based positions or text offsets into a finding's 1-based range.
 */
import type { Dockerfile, From, Instruction } from 'dockerfile-ast';
import type { Finding, LessonLink, Severity } from '../finding';
import { readShellCommands, type ShellCommand } from './shell-words';

interface LspPosition {
  line: number;
  character: number;
}
export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

export interface Stage {
  index: number;
  from: From;
  /** The name given with `AS`, lowercased as BuildKit compares them, or null. */
  name: string | null;
  /** The instructions after this FROM, up to the next one. */
  instructions: Instruction[];
  /** The earlier stage this one starts from (`FROM build AS test`), or null for an image. */
  parent: Stage | null;
}

export interface LintContext {
  text: string;
  dockerfile: Dockerfile;
  escape: string;
  /** Instructions before the first FROM. */
  preamble: Instruction[];
  stages: Stage[];
  stageOf: Map<Instruction, Stage>;
  offset(position: LspPosition): number;
  finding(rule: string, severity: Severity, range: LspRange, message: string, lesson?: LessonLink): Finding;
  findingAt(
    rule: string,
    severity: Severity,
    start: number,
    end: number,
    message: string,
    lesson?: LessonLink,
  ): Finding;
}

export function createContext(text: string, dockerfile: Dockerfile): LintContext {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index += 1) if (text[index] === '\n') lineStarts.push(index + 1);

  const offset = (position: LspPosition) =>
    Math.min(text.length, (lineStarts[position.line] ?? text.length) + position.character);
  const positionAt = (at: number): LspPosition => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (lineStarts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: at - lineStarts[low]! };
  };
  const finding = (rule: string, severity: Severity, range: LspRange, message: string, lesson?: LessonLink) => {
    // A range ending at the very start of a line ends, for the reader, at the end of the line before.
    const end = range.end;
    return {
      rule,
      severity,
      line: range.start.line + 1,
      column: range.start.character + 1,
      endLine: end.line + 1,
      endColumn: Math.max(end.character + 1, end.line === range.start.line ? range.start.character + 2 : 1),
      message,
      ...(lesson ? { lesson } : {}),
    };
  };
  const findingAt = (
    rule: string,
    severity: Severity,
    start: number,
    end: number,
    message: string,
    lesson?: LessonLink,
  ) => finding(rule, severity, { start: positionAt(start), end: positionAt(end) }, message, lesson);

  const preamble: Instruction[] = [];
  const stages: Stage[] = [];
  const stageOf = new Map<Instruction, Stage>();
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() === 'FROM') {
      const from = instruction as From;
      const imageName = from.getImageName()?.toLowerCase() ?? null;
      const parent =
        imageName && !from.getImageTag() && !from.getImageDigest()
          ? (stages.find((stage) => stage.name === imageName) ?? null)
          : null;
      stages.push({
        index: stages.length,
        from,
        name: from.getBuildStage()?.toLowerCase() ?? null,
        instructions: [],
        parent,
      });
    }
    const current = stages.at(-1);
    if (!current) preamble.push(instruction);
    else {
      if (instruction.getKeyword() !== 'FROM') current.instructions.push(instruction);
      stageOf.set(instruction, current);
    }
  }

  return {
    text,
    dockerfile,
    escape: dockerfile.getEscapeCharacter(),
    preamble,
    stages,
    stageOf,
    offset,
    finding,
    findingAt,
  };
}

/** The stage and the earlier stages it starts from, nearest first. */
export function lineage(stage: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let current: Stage | null = stage; current && !chain.includes(current); current = current.parent) {
    chain.push(current);
  }
  return chain;
}

/** The instruction's arguments as written, from the first one (after any `--flag`) to its end. */
export function argumentsSpan(context: LintContext, instruction: Instruction): { start: number; end: number } | null {
  const first = instruction.getArguments()[0];
  if (!first) return null;
  return { start: context.offset(first.getRange().start), end: context.offset(instruction.getRange().end) };
}

/** Joins continued lines, as the Dockerfile does before reading an exec form. */
function joinLines(text: string, escape: string): string {
  const escaped = escape.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  return text.replace(new RegExp(`${escaped}[ \\t]*\\r?\\n`, 'g'), '');
}

/**
 * The exec form's words when the arguments are a JSON array of strings, as Docker decides it; null for the shell
 * form (which is what Docker falls back to when the JSON does not parse).
 */
export function execForm(context: LintContext, instruction: Instruction): string[] | null {
  const span = argumentsSpan(context, instruction);
  if (!span) return null;
  const source = joinLines(context.text.slice(span.start, span.end), context.escape).trim();
  if (!source.startsWith('[')) return null;
  try {
    const value: unknown = JSON.parse(source);
    return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : null;
  } catch {
    return null;
  }
}

/** The shell commands of a RUN (shell form, heredoc body included), with their places in the text. */
export function shellCommands(context: LintContext, instruction: Instruction): ShellCommand[] {
  const span = argumentsSpan(context, instruction);
  if (!span) return [];
  const exec = execForm(context, instruction);
  if (exec) {
    // The exec form runs one program; its words are found back as the JSON strings in the text.
    const words = instruction.getArguments().map((argument) => ({
      value: argument.getValue().replace(/^\[?"?|"?,?\]?$/g, ''),
      start: context.offset(argument.getRange().start),
      end: context.offset(argument.getRange().end),
    }));
    return [{ words, next: null }];
  }
  const source = context.text.slice(span.start, span.end);
  const heredoc = /^<<-?(["']?)([A-Za-z_][A-Za-z0-9_]*)\1/.exec(source);
  if (heredoc) {
    const bodyStart = source.indexOf('\n');
    if (bodyStart === -1) return [];
    const terminator = new RegExp(`\\n[ \\t]*${heredoc[2]}[ \\t]*(\\r?\\n|$)`).exec(source.slice(bodyStart));
    const bodyEnd = terminator ? bodyStart + terminator.index + 1 : source.length;
    return readShellCommands(context.text, span.start + bodyStart + 1, span.start + bodyEnd, '\u0000');
  }
  return readShellCommands(context.text, span.start, span.end, context.escape);
}
