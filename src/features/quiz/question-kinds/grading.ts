/**
 * The question kinds' grading, one line per kind: pure and light, read in the browser (the quiz
 * component) and at build time alike.
 */
import type { QuestionOf, QuestionType } from '../quiz-schema.ts';
import * as cloze from './cloze/cloze.ts';
import * as command from './command/command.ts';
import * as matching from './matching/matching.ts';
import * as multiple from './multiple/multiple.ts';
import * as numeric from './numeric/numeric.ts';
import * as ordering from './ordering/ordering.ts';
import type { QuestionGrading } from './question-kind.ts';
import * as short from './short/short.ts';
import * as single from './single/single.ts';
import * as truefalse from './truefalse/truefalse.ts';

export const questionGrading: { [T in QuestionType]: QuestionGrading<QuestionOf<T>> } = {
  single,
  multiple,
  truefalse,
  ordering,
  matching,
  cloze,
  short,
  numeric,
  command,
};
