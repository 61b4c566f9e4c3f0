/** command: the typed command line, parsed and compared with the answer and its alternatives. */
import type { JsonValue } from '../../../../lib/quiz-records';
import { checkCommandAnswer } from '../../../../lib/docker-cli/docker-command';
import { makeGrade, type CommandDetails, type QuestionGrade } from '../../question-grade';
import type { CommandQuestion } from '../../quiz-schema';
import { isAnswered, readAnswer } from '../short/short';

/** A typed answer, read and « answered » as short's. */
export { isAnswered, readAnswer };

export function expectedAnswer(question: CommandQuestion): JsonValue {
  return question.answer;
}

export function grade(question: CommandQuestion, answer: unknown): QuestionGrade<CommandDetails> {
  const given = readAnswer(answer);
  const check = checkCommandAnswer(question, given);
  return makeGrade(check.ok ? 1 : 0, {
    type: 'command',
    given,
    parseError: check.parseError,
    issues: check.issues,
    problems: check.problems,
  });
}
