/**
 * What a question kind is made of. Each kind (single, multiple, cloze…) has its folder under
 * `question-kinds/`, and three halves registered one line each:
 *
 * - its authoring, `QuestionAuthoring` (`<kind>/authoring.ts`, listed in `authoring.ts`): the
 *   YAML fields it accepts, its normalised form, the normalisation, the authoring checks and a
 *   fully right answer. Build-only: the content checker and the exporters read it, the browser
 *   never does (its zod schemas and messages stay out of the quiz chunk);
 * - its grading, `QuestionGrading` (`<kind>/<kind>.ts`, listed in `grading.ts`): whether an answer
 *   is complete and its grade, pure and light, used in the browser and in Node alike;
 * - its view, `QuestionView` (`questions/question-input-props.ts`; `<kind>/<kind>-input.tsx` and
 *   `<kind>/feedback.tsx`, listed in `views.ts`): its input, and what its feedback adds to the
 *   common one. React, browser only.
 *
 * The authoring registry names the kinds (`QuestionType`); TypeScript refuses a grading or a view
 * registry that misses one.
 */
import type { z } from 'zod';
import type { JsonValue } from '../../../lib/quiz-records';
import type { QuestionGrade } from '../question-grade';

/** A place in the quiz's YAML: keys and list indices from the root. */
export type Path = readonly (string | number)[];

/** Reports an authoring problem at a path (or at a character of a one-line text at that path). */
export interface Report {
  (path: Path, message: string): void;
  inText: (path: Path, index: number, message: string) => void;
}

/** What an authoring check is given, beside the question. */
export interface CheckContext {
  /** The path of one of the question's fields. */
  at: (...keys: (string | number)[]) => Path;
  /** « la question « hote-invite » (single) », for the messages. */
  name: string;
  report: Report;
}

/** The fields every normalised question has, whatever its kind. */
export interface QuestionBaseFields {
  id: string;
  prompt: string;
  section?: string;
  topics: string[];
  explanation?: string;
  hints: string[];
}

export interface QuestionAuthoring<
  Authored extends z.ZodType<{ type: string }> = z.ZodType<{ type: string }>,
  Normalised extends z.ZodType<{ type: string }> = z.ZodType<{ type: string }>,
> {
  /** The authored question, strict: unknown keys are refused. */
  authored: Authored;
  /** The normalised question, as the page holds it. */
  question: Normalised;
  /** Fills the defaults; `base` holds the fields common to every kind, already normalised. */
  normalise: (authored: z.infer<Authored>, base: QuestionBaseFields) => z.infer<Normalised>;
  /** The rules beyond the schema (a right choice, blanks closed…), each problem reported once. */
  check: (question: z.infer<Authored>, context: CheckContext) => void;
  /** A fully right answer, in the stored JSON shape (for the tests and the exporters; the page never needs it). */
  expectedAnswer: (question: z.infer<Normalised>) => JsonValue;
  /** The question in an LMS's question banks (`npm run export:questions`, src/build/lms/question-bank.ts). */
  exchange: QuestionExchange<z.infer<Normalised>>;
}

/** The pieces of a GIFT question every kind shares, and GIFT's escaping (src/build/lms/question-bank.ts). */
export interface GiftParts {
  /** `::id::`, the question's name. */
  title: string;
  /** `[markdown]` and the prompt. */
  stem: string;
  /** The explanation as GIFT's general feedback (`####…`), or nothing. */
  general: string;
  /** A choice's feedback (`#…`), or nothing. */
  feedback: (text: string | undefined) => string;
  escape: (text: string) => string;
  /** A grade fraction, in percent, as Moodle lists them. */
  fraction: (percent: number) => string;
}

/** The pieces of a Moodle XML question every kind shares, and XML's escaping. */
export interface XmlParts {
  /** The question's opening element and common fields, for a Moodle question type. */
  head: (type: string) => string;
  /** An `<answer>` worth `percent`, with its feedback and any extra elements. */
  answer: (percent: number, value: string, feedback?: string, extra?: string) => string;
  /** A `<text>` element. */
  text: (value: string) => string;
  escape: (text: string) => string;
}

/**
 * A kind in the question-bank formats: its GIFT text, or why GIFT cannot hold it (it is then listed
 * as skipped, never dropped silently), and its Moodle XML.
 */
export interface QuestionExchange<Q> {
  gift: (question: Q, parts: GiftParts) => string | { skip: string };
  moodleXml: (question: Q, parts: XmlParts) => string;
}

export interface QuestionGrading<Q> {
  /** Whether the answer is complete enough to check. */
  isAnswered: (question: Q, answer: unknown) => boolean;
  /** The kind's own grade, before any hint penalty. */
  grade: (question: Q, answer: unknown) => QuestionGrade;
}

/** Types a kind's authoring from its schemas (an identity function). */
export function defineAuthoring<
  Authored extends z.ZodType<{ type: string }>,
  Normalised extends z.ZodType<{ type: string }>,
>(authoring: QuestionAuthoring<Authored, Normalised>): QuestionAuthoring<Authored, Normalised> {
  return authoring;
}
