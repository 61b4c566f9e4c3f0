/**
 * The question kinds' authoring, one line per kind (build-only: the content checker, the LMS and
 * question-bank exporters read it, the browser never does). Its keys are the kinds: `QuestionType`.
 * A new kind: its folder, then a line here, in `grading.ts` and in `views.ts` (TypeScript asks for
 * the last two).
 */
import type { z } from 'zod';
import type { JsonValue } from '../../../lib/quiz-records.ts';
import type { Question } from '../quiz-schema.ts';
import { clozeAuthoring } from './cloze/authoring.ts';
import { commandAuthoring } from './command/authoring.ts';
import { matchingAuthoring } from './matching/authoring.ts';
import { multipleAuthoring } from './multiple/authoring.ts';
import { numericAuthoring } from './numeric/authoring.ts';
import { orderingAuthoring } from './ordering/authoring.ts';
import type { QuestionAuthoring } from './question-kind.ts';
import { shortAuthoring } from './short/authoring.ts';
import { singleAuthoring } from './single/authoring.ts';
import { truefalseAuthoring } from './truefalse/authoring.ts';

/** In the order the authoring guide and the messages list them. */
export const questionAuthoring = {
  single: singleAuthoring,
  multiple: multipleAuthoring,
  truefalse: truefalseAuthoring,
  ordering: orderingAuthoring,
  matching: matchingAuthoring,
  cloze: clozeAuthoring,
  short: shortAuthoring,
  numeric: numericAuthoring,
  command: commandAuthoring,
};

/** A fully right answer to the question, in the stored JSON shape. */
export function expectedAnswer(question: Question): JsonValue {
  const authoring = questionAuthoring[question.type] as unknown as QuestionAuthoring<
    z.ZodType<{ type: string }>,
    z.ZodType<Question>
  >;
  return authoring.expectedAnswer(question);
}
