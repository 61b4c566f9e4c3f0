/** single: one choice id (string); exactly one choice is correct. */
import type { JsonValue } from '../../../../lib/quiz-records';
import { makeGrade, type ChoiceMark, type QuestionGrade, type SingleDetails } from '../../question-grade';
import type { SingleQuestion } from '../../quiz-schema';

export function readAnswer(answer: unknown): string | null {
  return typeof answer === 'string' && answer !== '' ? answer : null;
}

export function isAnswered(question: SingleQuestion, answer: unknown): boolean {
  const selected = readAnswer(answer);
  return selected !== null && question.choices.some((choice) => choice.id === selected);
}

export function expectedAnswer(question: SingleQuestion): JsonValue {
  return question.choices.find((choice) => choice.correct)?.id ?? null;
}

export function grade(question: SingleQuestion, answer: unknown): QuestionGrade<SingleDetails> {
  const selected = readAnswer(answer);
  const choices: ChoiceMark[] = question.choices.map((choice) => {
    const isSelected = choice.id === selected;
    return {
      id: choice.id,
      selected: isSelected,
      correct: choice.correct,
      status: isSelected ? (choice.correct ? 'right' : 'wrong') : choice.correct ? 'missed' : 'neutral',
    };
  });
  const right = choices.some((choice) => choice.status === 'right');
  const known = choices.some((choice) => choice.selected);
  return makeGrade(right ? 1 : 0, { type: 'single', selected: known ? selected : null, choices });
}
