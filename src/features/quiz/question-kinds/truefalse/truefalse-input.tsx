/** truefalse: two radios, « Vrai » and « Faux ». */
import { useT } from '../../../../lib/i18n';
import type { TrueFalseQuestion } from '../../quiz-schema';
import * as truefalse from '../truefalse/truefalse';
import { Mark } from '../../questions/mark';
import type { QuestionInputProps } from '../../questions/question-input-props';

export function TrueFalseInput({ answer, onAnswer, locked, idPrefix, grade }: QuestionInputProps<TrueFalseQuestion>) {
  const t = useT();
  const given = truefalse.readAnswer(answer);
  const details = grade?.details.type === 'truefalse' ? grade.details : null;
  return (
    <ul className="quiz-choices">
      {[true, false].map((value) => {
        const inputId = `${idPrefix}-${String(value)}`;
        const chosen = given === value;
        const shown = details !== null && chosen;
        const right = details !== null && details.expected === value;
        return (
          <li key={String(value)} className={`quiz-choice${shown ? ` quiz-choice--${right ? 'right' : 'wrong'}` : ''}`}>
            <label className="quiz-choice__label" htmlFor={inputId}>
              <input
                id={inputId}
                type="radio"
                name={`${idPrefix}-truefalse`}
                checked={chosen}
                disabled={locked}
                aria-describedby={shown ? `${inputId}-mark` : undefined}
                onChange={() => onAnswer(value)}
              />
              <span className="quiz-choice__text">{t(value ? 'quiz.true' : 'quiz.false')}</span>
            </label>
            {shown && (
              <p id={`${inputId}-mark`} className="quiz-choice__feedback">
                <Mark kind={right ? 'right' : 'wrong'} />
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
