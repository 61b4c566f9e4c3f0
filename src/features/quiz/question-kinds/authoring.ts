/**
 * The question kinds' authoring, one line per kind (build-only: the content checker, the LMS and
 * question-bank exporters read it, the browser never does). Its keys are the kinds: `QuestionType`.
 * A new kind: its folder, then a line here, in `grading.ts` and in `views.ts` (TypeScript asks for
 * the last two).
 */
import type { z } from 'zod';
import type { JsonValue } from '../../../lib/quiz-records';
import type { Question } from '../quiz-schema';
import { clozeAuthoring } from './cloze/authoring';
import { commandAuthoring } from './command/authoring';
import { matchingAuthoring } from './matching/authoring';
import { multipleAuthoring } from './multiple/authoring';
import { numericAuthoring } from './numeric/authoring';
import { orderingAuthoring } from './ordering/authoring';
import type { QuestionAuthoring } from './question-kind';
import { shortAuthoring } from './short/authoring';
import { singleAuthoring } from './single/authoring';
import { truefalseAuthoring } from './truefalse/authoring';

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
