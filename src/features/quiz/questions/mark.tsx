/** A right/wrong mark: an icon and words, never colour alone. */
import { useT } from '../../../lib/i18n';

export type MarkKind = 'right' | 'wrong' | 'missed' | 'wellPlaced' | 'misplaced';

const words: Record<MarkKind, string> = {
  right: 'quiz.choice.right',
  wrong: 'quiz.choice.wrong',
  missed: 'quiz.choice.missed',
  wellPlaced: 'quiz.ordering.wellPlaced',
  misplaced: 'quiz.ordering.misplaced',
};

/** `compact`: the words are read by screen readers but not shown (inline marks in a cloze text). */
export function Mark({ kind, id, compact = false }: { kind: MarkKind; id?: string; compact?: boolean }) {
  const t = useT();
  const good = kind === 'right' || kind === 'wellPlaced';
  const icon = good ? t('quiz.icon.correct') : kind === 'missed' ? t('quiz.icon.partial') : t('quiz.icon.incorrect');
  return (
    <span id={id} className={`quiz-mark quiz-mark--${good ? 'good' : kind === 'missed' ? 'missed' : 'bad'}`}>
      <span aria-hidden="true" className="quiz-mark__icon">
        {icon}
      </span>{' '}
      <span className={compact ? 'quiz-sr-only' : undefined}>{t(words[kind])}</span>
    </span>
  );
}
