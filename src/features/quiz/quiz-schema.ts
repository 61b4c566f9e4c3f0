/**
 * The quiz format, twice: as authored in a ```quiz block (strict, unknown keys rejected,
 * defaults left out) and as normalised for the quiz component (defaults filled, cloze
 * blanks parsed, choice ids assigned). The normalised form is plain JSON: the build
 * serialises it into the page and `quizSchema` can check it on the way back.
 */
import { z } from 'zod';

export const questionTypes = [
  'single',
  'multiple',
  'truefalse',
  'ordering',
  'matching',
  'cloze',
  'short',
  'numeric',
  'command',
] as const;
export type QuestionType = (typeof questionTypes)[number];

export function isQuestionType(value: unknown): value is QuestionType {
  return typeof value === 'string' && (questionTypes as readonly string[]).includes(value);
}

export const DEFAULT_PASS_MARK = 70;
export const DEFAULT_HINT_PENALTY = 0.25;

export const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const choiceIdPattern = /^[A-Za-z0-9_-]+$/;

/* ------------------------------------------------------------------------------------------------
 * Authored format
 * ---------------------------------------------------------------------------------------------- */

/** Plain text in the YAML; numbers are accepted too (`answers: [2375]`) and read as text. */
const authoredText = z.union([z.string(), z.number()]).transform((value) => String(value));

const authoredChoiceSchema = z.strictObject({
  id: z.string().regex(choiceIdPattern).optional(),
  text: authoredText,
  correct: z.boolean().optional(),
  feedback: z.string().optional(),
});
export type AuthoredChoice = z.infer<typeof authoredChoiceSchema>;

const authoredBase = {
  id: z.string().regex(kebabCase),
  prompt: z.string().min(1),
  section: z.string().min(1).optional(),
  topics: z.array(z.string()).optional(),
  explanation: z.string().optional(),
  hints: z.array(z.string().min(1)).optional(),
};

export const authoredQuestionSchemas = {
  single: z.strictObject({ ...authoredBase, type: z.literal('single'), choices: z.array(authoredChoiceSchema).min(2) }),
  multiple: z.strictObject({
    ...authoredBase,
    type: z.literal('multiple'),
    choices: z.array(authoredChoiceSchema).min(2),
  }),
  truefalse: z.strictObject({ ...authoredBase, type: z.literal('truefalse'), answer: z.boolean() }),
  ordering: z.strictObject({ ...authoredBase, type: z.literal('ordering'), items: z.array(authoredText) }),
  matching: z.strictObject({
    ...authoredBase,
    type: z.literal('matching'),
    left: z.array(authoredText),
    right: z.array(authoredText),
  }),
  cloze: z.strictObject({ ...authoredBase, type: z.literal('cloze'), text: z.string() }),
  short: z.strictObject({ ...authoredBase, type: z.literal('short'), answers: z.array(authoredText) }),
  numeric: z.strictObject({
    ...authoredBase,
    type: z.literal('numeric'),
    answer: z.number(),
    tolerance: z.number().optional(),
    unit: authoredText.optional(),
  }),
  command: z.strictObject({
    ...authoredBase,
    type: z.literal('command'),
    answer: z.string().min(1),
    alternatives: z.array(z.string()).optional(),
  }),
} as const;

export type AuthoredQuestion = {
  [T in QuestionType]: z.infer<(typeof authoredQuestionSchemas)[T]>;
}[QuestionType];

/** The quiz envelope; questions are validated one by one with `authoredQuestionSchemas`. */
export const authoredQuizSchema = z.strictObject({
  id: z.string().regex(kebabCase),
  /** Ids this quiz had before: learners' attempts and drafts stored under them move to `id`. */
  previousIds: z.array(z.string().regex(kebabCase)).optional(),
  title: z.string().min(1).optional(),
  mode: z.enum(['practice', 'exam']).optional(),
  passMark: z.number().optional(),
  maxAttempts: z.number().int().min(1).optional(),
  hintPenalty: z.number().min(0).max(1).optional(),
  /** Exam mode: each attempt asks this many questions, drawn from `questions` (the pool). */
  /** Checked by the parser, which says what is wrong with a bad value (see parse-quiz-source.ts). */
  draw: z.unknown().optional(),
  questions: z.array(z.unknown()).min(1),
});
export type AuthoredQuiz = z.infer<typeof authoredQuizSchema>;

/* ------------------------------------------------------------------------------------------------
 * Normalised format
 * ---------------------------------------------------------------------------------------------- */

const choiceSchema = z.object({
  id: z.string(),
  text: z.string(),
  correct: z.boolean(),
  feedback: z.string().optional(),
});
export type Choice = z.infer<typeof choiceSchema>;

const clozeSegmentSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('blank'), id: z.string() }),
]);
export type ClozeSegment = z.infer<typeof clozeSegmentSchema>;

const clozeBlankSchema = z.object({ id: z.string(), answers: z.array(z.string()).min(1) });
export type ClozeBlank = z.infer<typeof clozeBlankSchema>;

const questionBase = {
  id: z.string(),
  prompt: z.string(),
  section: z.string().optional(),
  topics: z.array(z.string()),
  explanation: z.string().optional(),
  hints: z.array(z.string()),
};

export const questionSchema = z.discriminatedUnion('type', [
  z.object({ ...questionBase, type: z.literal('single'), choices: z.array(choiceSchema) }),
  z.object({ ...questionBase, type: z.literal('multiple'), choices: z.array(choiceSchema) }),
  z.object({ ...questionBase, type: z.literal('truefalse'), answer: z.boolean() }),
  z.object({ ...questionBase, type: z.literal('ordering'), items: z.array(z.string()) }),
  z.object({ ...questionBase, type: z.literal('matching'), left: z.array(z.string()), right: z.array(z.string()) }),
  z.object({
    ...questionBase,
    type: z.literal('cloze'),
    text: z.string(),
    segments: z.array(clozeSegmentSchema),
    blanks: z.array(clozeBlankSchema),
  }),
  z.object({ ...questionBase, type: z.literal('short'), answers: z.array(z.string()) }),
  z.object({
    ...questionBase,
    type: z.literal('numeric'),
    answer: z.number(),
    tolerance: z.number(),
    unit: z.string().optional(),
  }),
  z.object({ ...questionBase, type: z.literal('command'), answer: z.string(), alternatives: z.array(z.string()) }),
]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
export type SingleQuestion = QuestionOf<'single'>;
export type MultipleQuestion = QuestionOf<'multiple'>;
export type TrueFalseQuestion = QuestionOf<'truefalse'>;
export type OrderingQuestion = QuestionOf<'ordering'>;
export type MatchingQuestion = QuestionOf<'matching'>;
export type ClozeQuestion = QuestionOf<'cloze'>;
export type ShortQuestion = QuestionOf<'short'>;
export type NumericQuestion = QuestionOf<'numeric'>;
export type CommandQuestion = QuestionOf<'command'>;

/** The normalised quiz, as handed to `QuizView` (and as serialised into the page). */
export const quizSchema = z.object({
  id: z.string(),
  title: z.string().optional(),
  mode: z.enum(['practice', 'exam']),
  passMark: z.number(),
  maxAttempts: z.number().int().min(1).optional(),
  hintPenalty: z.number().min(0).max(1),
  /** Exam mode: the number of questions each attempt draws from `questions` (absent: all of them). */
  draw: z.number().int().min(1).optional(),
  questions: z.array(questionSchema),
});
export type Quiz = z.infer<typeof quizSchema>;

/* ------------------------------------------------------------------------------------------------
 * Normalisation
 * ---------------------------------------------------------------------------------------------- */

export interface ParsedCloze {
  segments: ClozeSegment[];
  blanks: ClozeBlank[];
  /** 0-based indices of blanks without any accepted answer (`[[]]`, `[[ | ]]`). */
  emptyBlanks: number[];
  /** Character offsets (in the text) of each blank's opening `[[`. */
  blankOffsets: number[];
  /** Offset of a `[[` never closed by `]]`, or null. */
  unclosedAt: number | null;
}

/** Splits cloze text into text segments and blanks `b1`, `b2`…; `|` separates accepted answers. */
export function parseClozeText(text: string): ParsedCloze {
  const segments: ClozeSegment[] = [];
  const blanks: ClozeBlank[] = [];
  const emptyBlanks: number[] = [];
  const blankOffsets: number[] = [];
  let unclosedAt: number | null = null;
  let cursor = 0;
  while (cursor < text.length) {
    const open = text.indexOf('[[', cursor);
    if (open === -1) break;
    const close = text.indexOf(']]', open + 2);
    if (close === -1) {
      unclosedAt = open;
      break;
    }
    if (open > cursor) segments.push({ kind: 'text', text: text.slice(cursor, open) });
    const answers = text
      .slice(open + 2, close)
      .split('|')
      .map((answer) => answer.trim())
      .filter((answer) => answer.length > 0);
    const id = `b${blanks.length + 1}`;
    if (answers.length === 0) emptyBlanks.push(blanks.length);
    blanks.push({ id, answers });
    blankOffsets.push(open);
    segments.push({ kind: 'blank', id });
    cursor = close + 2;
  }
  if (cursor < text.length) segments.push({ kind: 'text', text: text.slice(cursor) });
  return { segments, blanks, emptyBlanks, blankOffsets, unclosedAt };
}

/** Choice ids default to a, b, c… by position (z, then aa, ab… past 26 choices). */
export function defaultChoiceId(index: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let n = index;
  let id = '';
  do {
    id = (letters[n % 26] ?? 'a') + id;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return id;
}

export function normalizeChoices(choices: readonly AuthoredChoice[]): Choice[] {
  return choices.map((choice, index) => ({
    id: choice.id ?? defaultChoiceId(index),
    text: choice.text,
    correct: choice.correct === true,
    ...(choice.feedback !== undefined ? { feedback: choice.feedback } : {}),
  }));
}

export function normalizeQuestion(authored: AuthoredQuestion): Question {
  const base = {
    id: authored.id,
    prompt: authored.prompt,
    ...(authored.section !== undefined ? { section: authored.section } : {}),
    topics: authored.topics ?? [],
    ...(authored.explanation !== undefined ? { explanation: authored.explanation } : {}),
    hints: authored.hints ?? [],
  };
  switch (authored.type) {
    case 'single':
    case 'multiple':
      return { ...base, type: authored.type, choices: normalizeChoices(authored.choices) };
    case 'truefalse':
      return { ...base, type: 'truefalse', answer: authored.answer };
    case 'ordering':
      return { ...base, type: 'ordering', items: authored.items };
    case 'matching':
      return { ...base, type: 'matching', left: authored.left, right: authored.right };
    case 'cloze': {
      const { segments, blanks } = parseClozeText(authored.text);
      return { ...base, type: 'cloze', text: authored.text, segments, blanks };
    }
    case 'short':
      return { ...base, type: 'short', answers: authored.answers.map((a) => a.trim()).filter((a) => a.length > 0) };
    case 'numeric':
      return {
        ...base,
        type: 'numeric',
        answer: authored.answer,
        tolerance: authored.tolerance ?? 0,
        ...(authored.unit !== undefined ? { unit: authored.unit } : {}),
      };
    case 'command':
      return { ...base, type: 'command', answer: authored.answer, alternatives: authored.alternatives ?? [] };
  }
}

export function normalizeQuiz(authored: AuthoredQuiz, questions: readonly AuthoredQuestion[]): Quiz {
  return {
    id: authored.id,
    ...(authored.title !== undefined ? { title: authored.title } : {}),
    mode: authored.mode ?? 'practice',
    passMark: authored.passMark ?? DEFAULT_PASS_MARK,
    ...(authored.maxAttempts !== undefined ? { maxAttempts: authored.maxAttempts } : {}),
    hintPenalty: authored.hintPenalty ?? DEFAULT_HINT_PENALTY,
    ...(typeof authored.draw === 'number' ? { draw: authored.draw } : {}),
    questions: questions.map(normalizeQuestion),
  };
}
