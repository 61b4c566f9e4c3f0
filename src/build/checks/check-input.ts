/**
 * What every content check reads, gathered once from disk: the loaded content,
 * the text of every file under `content/`, and the list of files the content may
 * point to (images in `public/` and `content/`, diagrams in `src/diagrams/`).
 * The checks themselves are pure functions of this value.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedContent, LoadedLesson } from '../content/content-loader';
import { noBuildCache, type BuildCache } from '../shared/build-cache';

export { frontmatterPosition } from '../content/content-loader';
import type { ContentProblem } from './problems';
import { scanProse, takeProseScan, type ProseScan } from './prose-scan';
import { readQuizYaml, type QuizYaml } from '../content/quiz-yaml';
import { lineStarts, positionAt } from './source-align';

export interface CheckInput {
  content: LoadedContent;
  /** Text of every `.mdx`, `.yaml` and `.json` file under `content/`, by project-relative path. */
  sources: ReadonlyMap<string, string>;
  /** Project-relative paths of every file under `public/`, `content/` and `src/diagrams/`. */
  files: ReadonlySet<string>;
  /** Where the prose readings of lessons are kept between runs (`npm run check:content`), by their text. */
  cache?: BuildCache;
}

export type Check = (input: CheckInput) => ContentProblem[];

function listFiles(root: string, dir: string, into: Set<string>): void {
  const absolute = join(root, dir);
  if (!existsSync(absolute)) return;
  for (const entry of readdirSync(absolute, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) listFiles(root, path, into);
    else into.add(path);
  }
}

export function readCheckInput(content: LoadedContent, cache: BuildCache = noBuildCache): CheckInput {
  const files = new Set<string>();
  for (const dir of ['public', 'content', 'src/diagrams']) listFiles(content.root, dir, files);
  const sources = new Map<string, string>();
  for (const file of files) {
    if (file.startsWith('content/') && /\.(mdx|ya?ml|json)$/.test(file)) {
      sources.set(file, readFileSync(join(content.root, file), 'utf8'));
    }
  }
  return { content, sources, files, cache };
}

/**
 * Every lesson whose body the checks read: the loaded ones and those whose frontmatter is
 * invalid, so that a lesson's problems are all reported in one run.
 */
export function lessonsToCheck(input: CheckInput): LoadedLesson[] {
  return [...input.content.lessons, ...input.content.partialLessons];
}

const lineCache = new WeakMap<CheckInput, Map<string, number[]>>();

/** Line and column of an offset in one of the content files. */
export function positionInFile(input: CheckInput, file: string, offset: number): { line: number; column: number } {
  let cache = lineCache.get(input);
  if (!cache) {
    cache = new Map();
    lineCache.set(input, cache);
  }
  let starts = cache.get(file);
  if (!starts) {
    starts = lineStarts(input.sources.get(file) ?? '');
    cache.set(file, starts);
  }
  return positionAt(starts, offset);
}

/**
 * Prose readings by lesson text, for the life of the process: the development server checks the
 * whole course again after each edit, and only the edited lesson's text is new. The checks only
 * read a scan, so one is shared by every input that has the same text.
 */
const scansByText = new Map<string, ProseScan>();
/** About three times the lessons of a 300-lesson course, a few tens of megabytes at most. */
const KEPT_SCANS = 1000;

/** The prose reading of a lesson file (several checks use it), done once per text. */
export function proseOf(input: CheckInput, file: string): ProseScan {
  const source = input.sources.get(file) ?? '';
  let scan = scansByText.get(source);
  if (scan) {
    // The most recently used last, so that the oldest goes first.
    scansByText.delete(source);
  } else {
    const cache = input.cache ?? noBuildCache;
    // Taken first, so that none is left kept: the analysis's reading from its own parse.
    const kept = takeProseScan(source);
    scan = cache.read<ProseScan>('prose-scan', source);
    if (!scan) {
      scan = kept ?? scanProse(source);
      cache.write('prose-scan', source, scan);
    }
  }
  scansByText.set(source, scan);
  if (scansByText.size > KEPT_SCANS) scansByText.delete(scansByText.keys().next().value!);
  return scan;
}

export interface LessonQuizBlock {
  /** Line of the opening fence in the lesson file. */
  line: number;
  source: string;
  /** The block's YAML with positions, or null if it does not parse (the quiz parser reports why). */
  yaml: QuizYaml | null;
}

const quizBlockCache = new WeakMap<LoadedLesson, LessonQuizBlock[]>();

/** A lesson's quiz blocks with their YAML, read once per loaded lesson (several checks use them). */
export function lessonQuizBlocks(lesson: LoadedLesson): LessonQuizBlock[] {
  let blocks = quizBlockCache.get(lesson);
  if (!blocks) {
    blocks = lesson.analysis.quizBlocks.map((block) => ({ ...block, yaml: readQuizYaml(block.source) }));
    quizBlockCache.set(lesson, blocks);
  }
  return blocks;
}

/** Position in the lesson file of an offset inside a quiz block (its YAML starts on the line after the fence). */
export function quizPosition(block: LessonQuizBlock, offset: number): { line: number; column: number } {
  const place = block.yaml?.positionOf(offset) ?? { line: 1, column: 1 };
  return { line: block.line + place.line, column: place.column };
}
