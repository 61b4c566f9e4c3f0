/**
 * multiple: an array of choice ids. Partial credit, wrong picks cost:
 * score = max(0, (right picks − wrong picks) / number of correct choices).
 */
import type { JsonValue } from '../../../../lib/quiz-records';
import { makeGrade, type ChoiceMark, type MultipleDetails, type QuestionGrade } from '../../question-grade';
import type { MultipleQuestion } from '../../quiz-schema';

/** The distinct string ids of the answer (order and duplicates do not matter), or null. */
export function readAnswer(answer: unknown): string[] | null {
  if (!Array.isArray(answer)) return null;
  const ids = new Set<string>();
  for (const item of answer as unknown[]) if (typeof item === 'string') ids.add(item);
  return [...ids];
}

export function isAnswered(question: MultipleQuestion, answer: unknown): boolean {
  const ids = readAnswer(answer) ?? [];
  return ids.some((id) => question.choices.some((choice) => choice.id === id));
}

export function expectedAnswer(question: MultipleQuestion): JsonValue {
  return question.choices.filter((choice) => choice.correct).map((choice) => choice.id);
}

export function grade(question: MultipleQuestion, answer: unknown): QuestionGrade<MultipleDetails> {
  const selected = new Set(readAnswer(answer) ?? []);
  let rightPicks = 0;
  let wrongPicks = 0;
  const choices: ChoiceMark[] = question.choices.map((choice) => {
    const isSelected = selected.has(choice.id);
    if (isSelected && choice.correct) rightPicks += 1;
    if (isSelected && !choice.correct) wrongPicks += 1;
    return {
      id: choice.id,
      selected: isSelected,
      correct: choice.correct,
      status: isSelected ? (choice.correct ? 'right' : 'wrong') : choice.correct ? 'missed' : 'neutral',
    };
  });
  const correctCount = question.choices.filter((choice) => choice.correct).length;
  const score = correctCount === 0 ? 0 : Math.max(0, (rightPicks - wrongPicks) / correctCount);
  return makeGrade(score, { type: 'multiple', choices, rightPicks, wrongPicks, correctCount });
}
