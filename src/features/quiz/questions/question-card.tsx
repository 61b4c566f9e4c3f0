/**
 * One question: a fieldset whose legend is the prompt, holding the input for its type, then
 * (in practice) the hints and the « Indice » / « Vérifier » / « Réessayer » buttons, and the
 * feedback region, announced politely and focused after a check. Everything sits inside the
 * fieldset, so each button is announced with the question it belongs to.
 */
import { useEffect, useId, useRef } from 'react';
import type { JsonValue } from '../../../lib/quiz-records';
import { useT } from '../../../lib/i18n';
import { isAnswered, type GradedQuestion } from '../grade-quiz';
import { InlineText } from '../inline-text';
import type { Question } from '../quiz-schema';
import { QuestionFeedback } from './question-feedback';
import type { QuestionView } from './question-input-props';
import { questionViews } from '../question-kinds/views';
import { Button } from '../../../components/ui/button';

/** answering: practice, not checked yet; checked: practice, after « Vérifier »; exam: no feedback; review: correction. */
export type QuestionCardState = 'answering' | 'checked' | 'exam' | 'review';

export interface QuestionCardProps {
  question: Question;
  index: number;
  total: number;
  /** id of the question's wrapper, a link target. */
  anchorId: string;
  answer: JsonValue | undefined;
  seed: number;
  state: QuestionCardState;
  /** The grade to show (checked, review), else null. */
  graded: GradedQuestion | null;
  hintsUsed: number;
  hintPenalty: number;
  onAnswer?: (answer: JsonValue) => void;
  onCheck?: () => void;
  onRetry?: () => void;
  onHint?: () => void;
}

export function QuestionCard(props: QuestionCardProps) {
  const { question, index, total, anchorId, answer, seed, state, graded, hintsUsed, hintPenalty } = props;
  const t = useT();
  const idPrefix = useId();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const lastHintRef = useRef<HTMLLIElement>(null);
  const pendingFocus = useRef<'feedback' | 'input' | 'hint' | null>(null);
  const locked = state === 'checked' || state === 'review';
  const showFeedback = graded !== null && (state === 'checked' || state === 'review');

  useEffect(() => {
    const target = pendingFocus.current;
    if (target === 'feedback' && showFeedback) {
      pendingFocus.current = null;
      statusRef.current?.focus();
    } else if (target === 'input' && !showFeedback) {
      pendingFocus.current = null;
      fieldsetRef.current?.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled]), button')?.focus();
    }
  }, [showFeedback]);

  useEffect(() => {
    if (pendingFocus.current !== 'hint') return;
    pendingFocus.current = null;
    lastHintRef.current?.focus();
  }, [hintsUsed]);

  const { Input } = questionViews[question.type] as QuestionView<Question>;
  const answered = isAnswered(question, answer);
  const practice = state === 'answering' || state === 'checked';
  const hintsLeft = question.hints.length - hintsUsed;
  const shownHints = question.hints.slice(0, state === 'exam' ? 0 : hintsUsed);

  const handleCheck = () => {
    if (!answered || !props.onCheck) return;
    pendingFocus.current = 'feedback';
    props.onCheck();
  };
  const handleRetry = () => {
    pendingFocus.current = 'input';
    props.onRetry?.();
  };

  const hintPercent = Math.round(hintPenalty * 100);

  return (
    <div className="quiz-question" id={anchorId}>
      <fieldset className="quiz-question__fieldset" ref={fieldsetRef}>
        <legend className="quiz-question__legend">
          <span className="quiz-question__number">{t('quiz.questionNumber', { n: index + 1, total })}</span>{' '}
          <span className="quiz-question__prompt">
            <InlineText text={question.prompt} />
          </span>
        </legend>
        <Input
          question={question}
          answer={answer}
          onAnswer={(next) => props.onAnswer?.(next)}
          locked={locked}
          seed={seed}
          idPrefix={idPrefix}
          grade={showFeedback ? graded.grade : null}
          reveal={state === 'review'}
          {...(state === 'answering' ? { onEnter: handleCheck } : {})}
        />

        {shownHints.length > 0 && (
          <div className="quiz-hints">
            <p className="quiz-sr-only">{t('quiz.hintsHeading')}</p>
            <ul>
              {shownHints.map((hint, hintIndex) => (
                <li
                  key={hintIndex}
                  className="quiz-hint"
                  tabIndex={-1}
                  ref={hintIndex === shownHints.length - 1 ? lastHintRef : undefined}
                >
                  <InlineText text={t('quiz.hintItem', { n: hintIndex + 1, text: hint })} />
                </li>
              ))}
            </ul>
          </div>
        )}

        {practice && (
          <div className="quiz-question__actions">
            {state === 'answering' && hintsLeft > 0 && (
              <Button
                type="button"
                onClick={() => {
                  pendingFocus.current = 'hint';
                  props.onHint?.();
                }}
              >
                {hintPercent > 0 ? t('quiz.hint', { n: hintPercent }) : t('quiz.hintFree')}
              </Button>
            )}
            {state === 'answering' && (
              <Button type="button" variant="primary" disabled={!answered} onClick={handleCheck}>
                {t('quiz.check')}
              </Button>
            )}
            {state === 'checked' && graded !== null && !graded.grade.correct && (
              <Button type="button" onClick={handleRetry}>
                {t('quiz.retry')}
              </Button>
            )}
          </div>
        )}

        {state !== 'exam' && (
          <div className="quiz-feedback" aria-live="polite">
            {showFeedback && (
              <QuestionFeedback
                question={question}
                graded={graded}
                reveal={state === 'review'}
                statusRef={statusRef}
                hintsUsed={hintsUsed}
                hintPenalty={hintPenalty}
              />
            )}
          </div>
        )}
      </fieldset>
    </div>
  );
}
