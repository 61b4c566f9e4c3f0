/** matching: one <select> per left item (labelled by it), listing the right items in shuffled order. */
import { useMemo } from 'react';
import type { JsonValue } from '../../../../lib/quiz-records';
import { useT } from '../../../../lib/i18n';
import { rightOrder } from '../../display-order';
import { inlineToPlainText } from '../../inline-markup';
import { InlineText } from '../../inline-text';
import type { MatchingQuestion } from '../../quiz-schema';
import * as matching from '../matching/matching';
import { Mark } from '../../questions/mark';
import type { QuestionInputProps } from '../../questions/question-input-props';

/** Answers longer than this (characters) may not fit a closed select on a phone: they are echoed in full. */
const LONG_OPTION = 24;

export function MatchingInput(props: QuestionInputProps<MatchingQuestion>) {
  const { question, answer, onAnswer, locked, seed, idPrefix, grade, reveal } = props;
  const t = useT();
  const rights = useMemo(() => rightOrder(question, seed), [question, seed]);
  const pairs = matching.readAnswer(answer, question.left.length);
  const details = grade?.details.type === 'matching' ? grade.details : null;

  const handleChange = (left: number, value: string) => {
    const next: Record<string, JsonValue> = {};
    for (const [key, right] of pairs) if (key !== left) next[String(key)] = right;
    if (value !== '') next[String(left)] = Number(value);
    onAnswer(next);
  };

  return (
    <ul className="quiz-matching">
      {question.left.map((leftText, left) => {
        const selectId = `${idPrefix}-left-${left}`;
        const pair = details?.pairs[left];
        const given = pairs.get(left);
        return (
          <li key={left} className="quiz-matching__row">
            <label className="quiz-matching__left" htmlFor={selectId}>
              <InlineText text={leftText} />
            </label>
            <select
              id={selectId}
              className="field quiz-select"
              value={given === undefined ? '' : String(given)}
              disabled={locked}
              aria-describedby={pair ? `${selectId}-mark` : undefined}
              onChange={(event) => handleChange(left, event.currentTarget.value)}
            >
              <option value="">{t('quiz.matching.placeholder')}</option>
              {rights.map((right) => (
                <option key={right} value={String(right)}>
                  {inlineToPlainText(question.right[right] ?? '')}
                </option>
              ))}
            </select>
            {given !== undefined && (question.right[given]?.length ?? 0) > LONG_OPTION ? (
              // A closed <select> cuts a long answer at its width: the chosen answer is shown whole
              // beside it (screen readers already hear it whole from the select).
              <p className="quiz-matching__chosen" aria-hidden="true">
                <InlineText text={question.right[given] ?? ''} />
              </p>
            ) : null}
            {pair && (
              <p id={`${selectId}-mark`} className="quiz-matching__feedback">
                <Mark kind={pair.correct ? 'right' : 'wrong'} />
                {reveal && !pair.correct && (
                  <span>
                    {' '}
                    {t('quiz.matching.expected', { answer: inlineToPlainText(question.right[pair.expected] ?? '') })}
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
