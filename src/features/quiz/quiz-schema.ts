/**
 * The quiz format, twice: as authored in a ```quiz block (strict, unknown keys rejected,
 * defaults left out) and as normalised for the quiz component (defaults filled, cloze
 * blanks parsed, choice ids assigned). The normalised form is plain JSON: the build
 * serialises it into the page and `quizSchema` can check it on the way back.
 */
import { z } from 'zod';
import { kebabCase } from './question-kinds/authoring-parts';
import { questionAuthoring } from './question-kinds/authoring';
import { type ClozeBlank, type ClozeSegment, type ParsedCloze, parseClozeText } from './question-kinds/cloze/authoring';
import type { QuestionBaseFields } from './question-kinds/question-kind';

export { defaultChoiceId, kebabCase, normalizeChoices } from './question-kinds/authoring-parts';
export type { AuthoredChoice, Choice } from './question-kinds/authoring-parts';
export { parseClozeText };
export type { ClozeBlank, ClozeSegment, ParsedCloze };

type Authoring = typeof questionAuthoring;

/** The question kinds, named by their registry (`question-kinds/authoring.ts`). */
export type QuestionType = keyof Authoring;
export const questionTypes = Object.keys(questionAuthoring) as QuestionType[];

export function isQuestionType(value: unknown): value is QuestionType {
  return typeof value === 'string' && Object.hasOwn(questionAuthoring, value);
}

export const DEFAULT_PASS_MARK = 70;
export const DEFAULT_HINT_PENALTY = 0.25;

/* ------------------------------------------------------------------------------------------------
 * Authored format
 * ---------------------------------------------------------------------------------------------- */

export const authoredQuestionSchemas = Object.fromEntries(
  questionTypes.map((type) => [type, questionAuthoring[type].authored]),
) as { [T in QuestionType]: Authoring[T]['authored'] };

export type AuthoredQuestion = {
  [T in QuestionType]: z.infer<Authoring[T]['authored']>;
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

export type Question = {
  [T in QuestionType]: z.infer<Authoring[T]['question']>;
}[QuestionType];

/** The normalised question, checked by its kind's schema. */
export const questionSchema: z.ZodType<Question> = z.discriminatedUnion(
  'type',
  questionTypes.map((type) => questionAuthoring[type].question) as unknown as [
    Authoring[QuestionType]['question'],
    ...Authoring[QuestionType]['question'][],
  ],
);
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

export function normalizeQuestion(authored: AuthoredQuestion): Question {
  const base = {
    id: authored.id,
    prompt: authored.prompt,
    ...(authored.section !== undefined ? { section: authored.section } : {}),
    topics: authored.topics ?? [],
    ...(authored.explanation !== undefined ? { explanation: authored.explanation } : {}),
    hints: authored.hints ?? [],
  };
  return normaliseAs(authored, base);
}

function normaliseAs<T extends QuestionType>(
  authored: z.infer<Authoring[T]['authored']>,
  base: QuestionBaseFields,
): Question {
  const authoring = questionAuthoring[authored.type as T] as unknown as {
    normalise: (authored: z.infer<Authoring[T]['authored']>, base: QuestionBaseFields) => Question;
  };
  return authoring.normalise(authored, base);
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
