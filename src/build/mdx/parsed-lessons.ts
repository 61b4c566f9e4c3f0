/**
 * A lesson is parsed once per build: the content loader's analysis (content/lesson-analysis.ts)
 * parses its MDX into a syntax tree, and the compiler of the same thread (lesson-mdx.ts) starts
 * from that tree instead of parsing the text a second time. The analysis parses with the
 * compiler's own extensions, in its order, so the tree is the one the compiler would have made.
 * The same goes for each quiz block, which the loader parses to check it and the compiler
 * (remark-course.ts) to embed it.
 *
 * Trees and quizzes are kept only when a build asks for it (`keepParsedLessons`), by text, and
 * each is taken once: the compiler changes the tree it is given.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { parseQuizSource } from '../../features/quiz/parse-quiz-source';

/** MDX's parser (remark-parse, then remark-mdx), then the lesson plugins' syntax: frontmatter, GFM. */
export const lessonParser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

type QuizParse = ReturnType<typeof parseQuizSource>;

/** Values kept by text while `isKeeping()`, each taken once (parses here, the checks' prose readings too). */
export function keptByText<T>(isKeeping: () => boolean = () => keeping) {
  const kept = new Map<string, T>();
  return {
    kept,
    keep: (source: string, value: T): void => {
      if (isKeeping()) kept.set(source, value);
    },
    take: (source: string): T | undefined => {
      const value = kept.get(source);
      kept.delete(source);
      return value;
    },
  };
}

let keeping = false;
const trees = keptByText<Root>();
const quizzes = keptByText<QuizParse>();

/** From now on, this thread keeps the trees the analysis parses until the compiler takes them (or, with false, no more). */
export function keepParsedLessons(keep = true): void {
  keeping = keep;
  if (!keep) {
    trees.kept.clear();
    quizzes.kept.clear();
  }
}

/** How many trees and quiz parses are kept and not yet taken. */
export function keptParses(): { trees: number; quizzes: number } {
  return { trees: trees.kept.size, quizzes: quizzes.kept.size };
}

export const keepParsedLesson = trees.keep;
export const takeParsedLesson = trees.take;

/** A remark plugin for the compiler: a lesson whose tree is kept starts from it. */
export function remarkParsedLessons(this: Processor) {
  const parse = this.parser;
  if (!parse) return;
  this.parser = (document, file) => takeParsedLesson(document) ?? parse(document, file);
}

export const keepParsedQuiz = quizzes.keep;

/** A quiz block's parse: the one the loader kept, else parsed now. */
export function parseQuizOnce(source: string): QuizParse {
  return quizzes.take(source) ?? parseQuizSource(source);
}
