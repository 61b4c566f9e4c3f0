/**
 * « Révisions »: the review cards due today, served as one practice session in the quiz's own
 * question interface. Each question's first check reschedules its card (right → Good, wrong →
 * Again). The questions of a visit stay on the page once answered; cards falling due during the
 * visit join it. The quiz view, the scheduler (ts-fsrs) and the course's quizzes come with this
 * page's chunk, in no other page's first load.
 */
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { quizzes } from 'virtual:course-quizzes';
import { useProgressStore } from '../../features/progress/progress-store';
import type { Question, Quiz } from '../../features/quiz/quiz-schema';
import { QuizView, quizMessages } from '../../features/quiz/quiz-view';
import { reviewMessages } from '../../features/review/messages';
import { cardsAfterAnswers } from '../../features/review/scheduler';
import { formatAbsoluteDate } from '../../lib/format-date';
import { registerMessages, useLang, useT } from '../../lib/i18n';
import { staticPages } from '../../lib/pages';
import type { QuizDraft, QuizSaved } from '../../lib/quiz-records';
import { cardKey, dueCards, type ReviewCard } from '../../lib/review-cards';
import { newFirstChecks } from '../review-bindings';
import { usePageTitle } from '../use-page-title';

// The page's messages come with its chunk (docs/decisions/004-lazy-message-catalogues.md).
registerMessages(reviewMessages);
registerMessages(quizMessages);

const SESSION_ID = 'revisions';
/** The score that makes a session's « Réussi »: the course's usual pass mark. */
const SESSION_PASS_MARK = 70;

interface SessionQuestion {
  key: string;
  quizId: string;
  questionId: string;
  lessonPath: string;
  lessonTitle: string;
  question: Question;
  hintPenalty: number;
}

/** The question a card is for, if the course still has it (a card of a removed question is left out). */
function questionOf(card: ReviewCard): SessionQuestion | null {
  const entry = Object.hasOwn(quizzes, card.quizId) ? quizzes[card.quizId] : undefined;
  const question = entry?.quiz.questions.find((candidate) => candidate.id === card.questionId);
  if (!entry || !question) return null;
  return {
    key: cardKey(card.quizId, card.questionId),
    quizId: card.quizId,
    questionId: card.questionId,
    lessonPath: entry.lessonPath,
    lessonTitle: entry.lessonTitle,
    question,
    hintPenalty: entry.quiz.hintPenalty,
  };
}

/** The cards the course still has questions for. */
export function knownCards(cards: Readonly<Record<string, ReviewCard>>): ReviewCard[] {
  return Object.values(cards).filter((card) => questionOf(card) !== null);
}

function QuizSession({ questions, title }: { questions: SessionQuestion[]; title: string }) {
  const t = useT();
  const [saved, setSaved] = useState<QuizSaved>({ attempts: [], draft: null });
  const byId = useMemo(() => new Map(questions.map((item) => [item.key, item])), [questions]);
  // One practice quiz whose question ids are the cards' keys; its hint cost is the highest of its sources'.
  const quiz: Quiz = useMemo(
    () => ({
      id: SESSION_ID,
      title,
      mode: 'practice',
      passMark: SESSION_PASS_MARK,
      hintPenalty: Math.max(0, ...questions.map((item) => item.hintPenalty)),
      questions: questions.map((item) => ({ ...item.question, id: item.key })),
    }),
    [questions, title],
  );
  const recordReviewCards = useProgressStore((state) => state.recordReviewCards);
  const onDraftChange = (draft: QuizDraft | null) => {
    const at = new Date();
    const cards = useProgressStore.getState().data.cards;
    const changed = newFirstChecks(saved.draft, draft).flatMap(({ questionId: key, right }) => {
      const item = byId.get(key);
      if (!item) return [];
      return cardsAfterAnswers(cards, item.quizId, [{ questionId: item.questionId, right }], at);
    });
    if (changed.length > 0) recordReviewCards(changed);
    setSaved((current) => ({ ...current, draft }));
  };
  return (
    <QuizView
      quiz={quiz}
      saved={saved}
      onDraftChange={onDraftChange}
      onAttempt={(attempt) => setSaved((current) => ({ ...current, attempts: [...current.attempts, attempt] }))}
      reviewLink={(question) => {
        const item = byId.get(question.id);
        return item ? (
          <Link className="quiz-summary__review" to={item.lessonPath}>
            {t('quiz.summary.review', { section: item.lessonTitle })}
          </Link>
        ) : null;
      }}
    />
  );
}

export default function ReviewRoute() {
  const t = useT();
  const lang = useLang();
  usePageTitle(t(staticPages.review.title));
  const cards = useProgressStore((state) => state.data.cards);
  const [sessionKeys, setSessionKeys] = useState<string[]>([]);
  // The prerendered page and the first render in the browser both have no cards yet: no clock read differs.
  const due = dueCards(knownCards(cards), new Date()).map((card) => cardKey(card.quizId, card.questionId));
  const joining = due.filter((key) => !sessionKeys.includes(key));
  if (joining.length > 0) setSessionKeys([...sessionKeys, ...joining]);
  const session = useMemo(
    () =>
      sessionKeys.flatMap((key) => {
        const card = Object.hasOwn(cards, key) ? cards[key] : undefined;
        const item = card ? questionOf(card) : null;
        return item ? [item] : [];
      }),
    // The session's questions are those of its keys; a card rescheduled keeps its question.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sessionKeys],
  );
  // With nothing due, every card is for later: the earliest is the next review.
  const upcoming = knownCards(cards)
    .map((card) => card.due)
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  return (
    <article className="review-page">
      <h1>{t('review.title')}</h1>
      <p>{t('review.intro')}</p>
      <p>
        {due.length === 0
          ? t('review.empty')
          : due.length === 1
            ? t('review.due.one')
            : t('review.due.other', { n: due.length })}
      </p>
      {due.length === 0 && (
        <p>
          {upcoming !== undefined
            ? t('review.next', { date: formatAbsoluteDate(upcoming, lang) })
            : t('review.emptyNoCards')}
        </p>
      )}
      {session.length > 0 && <QuizSession questions={session} title={t('review.session')} />}
    </article>
  );
}
