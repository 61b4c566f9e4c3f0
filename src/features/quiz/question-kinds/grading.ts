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
  single: { isAnswered: single.isAnswered, grade: single.grade },
  multiple: { isAnswered: multiple.isAnswered, grade: multiple.grade },
  truefalse: { isAnswered: truefalse.isAnswered, grade: truefalse.grade },
  ordering: { isAnswered: ordering.isAnswered, grade: ordering.grade },
  matching: { isAnswered: matching.isAnswered, grade: matching.grade },
  cloze: { isAnswered: cloze.isAnswered, grade: cloze.grade },
  short: { isAnswered: short.isAnswered, grade: short.grade },
  numeric: { isAnswered: numeric.isAnswered, grade: numeric.grade },
  command: { isAnswered: command.isAnswered, grade: command.grade },
};
