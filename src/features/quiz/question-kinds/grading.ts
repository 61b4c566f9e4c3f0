/**
 * The question kinds' grading, one line per kind: pure and light, read in the browser (the quiz
 * component) and at build time alike.
 */
import type { QuestionOf, QuestionType } from '../quiz-schema';
import * as cloze from './cloze/cloze';
import * as command from './command/command';
import * as matching from './matching/matching';
import * as multiple from './multiple/multiple';
import * as numeric from './numeric/numeric';
import * as ordering from './ordering/ordering';
import type { QuestionGrading } from './question-kind';
import * as short from './short/short';
import * as single from './single/single';
import * as truefalse from './truefalse/truefalse';

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
