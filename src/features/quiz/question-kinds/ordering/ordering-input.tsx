/**
 * ordering: the items in the learner's order, each with « Monter » / « Descendre » buttons
 * (arrow keys work on them too). Focus follows the moved item; a live region says where it went.
 * The shuffled list is not an answer until the learner moves an item or keeps the order shown
 * with « Valider cet ordre »; a line of text says whether the order is recorded as the answer.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../../../lib/i18n';
import { initialOrder } from '../../display-order';
import { inlineToPlainText } from '../../inline-markup';
import { InlineText } from '../../inline-text';
import type { OrderingQuestion } from '../../quiz-schema';
import * as ordering from '../ordering/ordering';
import { Mark } from '../../questions/mark';
import type { QuestionInputProps } from '../../questions/question-input-props';
import { Button } from '../../../../components/ui/button';

type Direction = 'up' | 'down';

export function OrderingInput(props: QuestionInputProps<OrderingQuestion>) {
  const { question, answer, onAnswer, locked, seed, grade, reveal } = props;
  const t = useT();
  const stored = ordering.readAnswer(answer, question.items.length);
  const order = stored ?? initialOrder(question, seed);
  const answered = stored !== null;
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef<string | null>(null);
  const orderKey = order.join(',');

  useEffect(() => {
    const key = pendingFocus.current;
    if (key === null) return;
    pendingFocus.current = null;
    buttons.current.get(key)?.focus();
  }, [orderKey]);

  const move = (position: number, direction: Direction) => {
    const target = direction === 'up' ? position - 1 : position + 1;
    if (locked || target < 0 || target >= order.length) return;
    const next = [...order];
    const item = next[position] as number;
    next[position] = next[target] as number;
    next[target] = item;
    pendingFocus.current = `${item}-${direction}`;
    setAnnouncement(
      t('quiz.ordering.moved', {
        item: inlineToPlainText(question.items[item] ?? ''),
        position: target + 1,
        total: order.length,
      }),
    );
    onAnswer(next);
  };

  /** Records the order as shown as the answer. */
  const keep = () => {
    if (locked || answered) return;
    setAnnouncement(t('quiz.ordering.answered'));
    onAnswer([...order]);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLButtonElement>, position: number) => {
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      move(position, event.key === 'ArrowUp' ? 'up' : 'down');
    }
  };

  const positions = grade?.details.type === 'ordering' ? grade.details.positions : null;

  return (
    <div className="quiz-ordering">
      {!locked && <p className="quiz-hint-text">{t('quiz.ordering.instructions')}</p>}
      <ol className="quiz-ordering__list">
        {order.map((item, position) => {
          const text = question.items[item] ?? '';
          const plain = inlineToPlainText(text);
          const placed = positions?.[position];
          return (
            <li
              key={item}
              className={`quiz-ordering__item${placed ? ` quiz-ordering__item--${placed.correct ? 'right' : 'wrong'}` : ''}`}
            >
              <span className="quiz-ordering__text">
                <InlineText text={text} />
              </span>
              {placed && <Mark kind={placed.correct ? 'wellPlaced' : 'misplaced'} />}
              {!locked && (
                <span className="quiz-ordering__buttons">
                  {(['up', 'down'] as const).map((direction) => {
                    const disabled = direction === 'up' ? position === 0 : position === order.length - 1;
                    return (
                      <Button
                        key={direction}
                        type="button"
                        size="small"
                        ref={(element) => {
                          const key = `${item}-${direction}`;
                          if (element) buttons.current.set(key, element);
                          else buttons.current.delete(key);
                        }}
                        // aria-disabled keeps the button focusable, so focus stays on the item at the ends.
                        aria-disabled={disabled}
                        aria-label={t(
                          direction === 'up' ? 'quiz.ordering.moveUpLabel' : 'quiz.ordering.moveDownLabel',
                          {
                            item: plain,
                          },
                        )}
                        onClick={() => move(position, direction)}
                        onKeyDown={(event) => handleKeyDown(event, position)}
                      >
                        <span aria-hidden="true">{t(direction === 'up' ? 'quiz.icon.up' : 'quiz.icon.down')}</span>{' '}
                        {t(direction === 'up' ? 'quiz.ordering.moveUp' : 'quiz.ordering.moveDown')}
                      </Button>
                    );
                  })}
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {!locked && (
        <div className="quiz-ordering__confirm">
          <Button
            type="button"
            // aria-disabled keeps the focus on the button once the order is recorded.
            aria-disabled={answered}
            onClick={keep}
          >
            {t('quiz.ordering.keep')}
          </Button>
          <p className="quiz-ordering__status">{t(answered ? 'quiz.ordering.answered' : 'quiz.ordering.unanswered')}</p>
        </div>
      )}
      <p className="quiz-sr-only" aria-live="polite">
        {announcement}
      </p>
      {reveal && positions && (positions.length === 0 || positions.some((entry) => !entry.correct)) && (
        <div className="quiz-expected">
          <p>{t('quiz.ordering.expected')}</p>
          <ol>
            {question.items.map((text, index) => (
              <li key={index}>
                <InlineText text={text} />
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
