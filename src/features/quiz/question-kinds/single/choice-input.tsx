/** single: a radio group; multiple: checkboxes. Choices shown in the attempt's shuffled order. */
import { useMemo } from 'react';
import { choiceOrder } from '../../display-order';
import { InlineText } from '../../inline-text';
import type { ChoiceMark } from '../../question-grade';
import type { MultipleQuestion, SingleQuestion } from '../../quiz-schema';
import * as multiple from '../multiple/multiple';
import * as single from '../single/single';
import { Mark } from '../../questions/mark';
import type { QuestionInputProps } from '../../questions/question-input-props';

export function ChoiceInput(props: QuestionInputProps<SingleQuestion | MultipleQuestion>) {
  const { question, answer, onAnswer, locked, seed, idPrefix, grade, reveal } = props;
  const order = useMemo(() => choiceOrder(question, seed), [question, seed]);
  const isSingle = question.type === 'single';
  const selected = isSingle ? [single.readAnswer(answer)] : (multiple.readAnswer(answer) ?? []);
  const marks = new Map<string, ChoiceMark>();
  if (grade && (grade.details.type === 'single' || grade.details.type === 'multiple')) {
    for (const mark of grade.details.choices) marks.set(mark.id, mark);
  }

  const handleChange = (id: string, checked: boolean) => {
    if (isSingle) {
      onAnswer(id);
      return;
    }
    const current = multiple.readAnswer(answer) ?? [];
    onAnswer(checked ? [...current.filter((other) => other !== id), id] : current.filter((other) => other !== id));
  };

  return (
    <ul className="quiz-choices">
      {order.map((id) => {
        const choice = question.choices.find((candidate) => candidate.id === id);
        if (!choice) return null;
        const inputId = `${idPrefix}-choice-${id}`;
        const mark = marks.get(id);
        const shown =
          mark !== undefined &&
          (mark.status === 'right' || mark.status === 'wrong' || (reveal && mark.status === 'missed'));
        return (
          <li key={id} className={`quiz-choice${shown ? ` quiz-choice--${mark.status}` : ''}`}>
            <label className="quiz-choice__label" htmlFor={inputId}>
              <input
                id={inputId}
                type={isSingle ? 'radio' : 'checkbox'}
                name={`${idPrefix}-choices`}
                value={id}
                checked={selected.includes(id)}
                disabled={locked}
                aria-describedby={shown ? `${inputId}-mark` : undefined}
                onChange={(event) => handleChange(id, event.currentTarget.checked)}
              />
              <span className="quiz-choice__text">
                <InlineText text={choice.text} />
              </span>
            </label>
            {shown && (
              <p id={`${inputId}-mark`} className="quiz-choice__feedback">
                <Mark kind={mark.status === 'right' ? 'right' : mark.status === 'wrong' ? 'wrong' : 'missed'} />
                {choice.feedback !== undefined && (
                  <span className="quiz-choice__feedback-text">
                    {' '}
                    <InlineText text={choice.feedback} />
                  </span>
                )}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
