/**
 * cloze: the text with one inline <input> per blank (« Trou n »). Inline code may enclose blanks
 * (a command, a PromQL query): its runs and its blanks show in the code font, and the characters
 * right around a blank stay on its line (see cloze-pieces.ts).
 */
import type { ReactNode } from 'react';
import type { JsonValue } from '../../../../lib/quiz-records';
import { useT } from '../../../../lib/i18n';
import { InlineText } from '../../inline-text';
import type { ClozeQuestion } from '../../quiz-schema';
import * as cloze from '../cloze/cloze';
import { clozePieces } from './cloze-pieces';
import { joinAlternatives } from '../../questions/join-alternatives';
import { Mark } from '../../questions/mark';
import type { QuestionInputProps } from '../../questions/question-input-props';

export function ClozeInput(props: QuestionInputProps<ClozeQuestion>) {
  const { question, answer, onAnswer, locked, idPrefix, grade, reveal, onEnter } = props;
  const t = useT();
  const values = cloze.readAnswer(answer);
  const details = grade?.details.type === 'cloze' ? grade.details : null;

  const handleChange = (blankId: string, value: string) => {
    const next: Record<string, JsonValue> = { ...values, [blankId]: value };
    onAnswer(next);
  };

  const asCode = (text: string, code: boolean): ReactNode =>
    text === '' ? null : code ? <code className="quiz-cloze__code">{text}</code> : <InlineText text={text} />;

  return (
    <p className="quiz-cloze">
      {clozePieces(question.segments).map((segment, index) => {
        if (segment.kind === 'text') {
          return <span key={index}>{asCode(segment.text, segment.code)}</span>;
        }
        const number = question.blanks.findIndex((blank) => blank.id === segment.id) + 1;
        const blank = question.blanks[number - 1];
        const mark = details?.blanks.find((entry) => entry.id === segment.id);
        const inputId = `${idPrefix}-${segment.id}`;
        const width = Math.max(6, ...(blank?.answers ?? []).map((accepted) => accepted.length + 2));
        return (
          <span key={index} className="quiz-cloze__blank">
            <span className="quiz-cloze__glue">
              {asCode(segment.before, segment.code)}
              <input
                id={inputId}
                type="text"
                className={`field quiz-input quiz-input--inline${segment.code ? ' quiz-input--code' : ''}`}
                aria-label={t('quiz.cloze.blank', { n: number })}
                aria-describedby={mark ? `${inputId}-mark` : undefined}
                size={width}
                value={values[segment.id] ?? ''}
                readOnly={locked}
                autoComplete="off"
                autoCapitalize="off"
                spellCheck={false}
                onChange={(event) => handleChange(segment.id, event.currentTarget.value)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && onEnter) {
                    event.preventDefault();
                    onEnter();
                  }
                }}
              />
              {asCode(segment.after, segment.code)}
            </span>
            {mark && (
              <span id={`${inputId}-mark`} className="quiz-cloze__mark">
                {' '}
                <Mark kind={mark.correct ? 'right' : 'wrong'} compact />
                {reveal && !mark.correct && (
                  <span> {t('quiz.cloze.expected', { answer: joinAlternatives(mark.expected, t) })}</span>
                )}
              </span>
            )}
          </span>
        );
      })}
    </p>
  );
}
