/**
 * « Révisions »: the review cards due today, served as one practice session in the quiz's own
 * question interface. Each question's first check reschedules its card (right → Good, wrong →
 * Again). The questions of a visit stay on the page once answered; cards falling due during the
 * visit join it. The quiz view and the scheduler (ts-fsrs) come with this page's chunk, in no
 * other page's first load; each quiz with a card due is loaded on its own (virtual:course-quiz/<id>),
 * so the page never carries the whole course's questions.
 */
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { questionIds, quizLoaders, type CourseQuizEntry } from 'virtual:course-quizzes';
import { useProgressStore } from '../../features/progress/progress-store';
import type { Question, Quiz } from '../../features/quiz/quiz-schema';
import { QuizView, quizMessages } from '../../features/quiz/quiz-view';
import { reviewMessages } from '../../features/review/messages';
import { cardsAfterAnswers } from '../../features/review/scheduler';
import { formatAbsoluteDate } from '../../lib/format-date';
import { registerMessages, useLang, useT } from '../../lib/i18n';
import { staticPages } from '../../lib/pages';
import type { QuizDraft, QuizSaved } from '../../lib/quiz-records';
import { cardKey, cardsInCourse, dueCards, type ReviewCard } from '../../lib/review-cards';
import { chosenRetention, newFirstChecks } from '../review-bindings';
import { RetentionSetting } from '../retention-setting';
import { usePageTitle } from '../use-page-title';
import { Button } from '../../components/ui/button';

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

/** The question a card is for, once its quiz is loaded (a card of a removed question is never served). */
function questionOf(card: ReviewCard, loaded: Readonly<Record<string, CourseQuizEntry>>): SessionQuestion | null {
  const entry = Object.hasOwn(loaded, card.quizId) ? loaded[card.quizId] : undefined;
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

type QuizLoad = { status: 'loaded'; entry: CourseQuizEntry } | { status: 'loading' } | { status: 'failed' };

/** Each quiz's own module as it loads, kept for the page's life (a later visit finds it loaded). */
const quizLoads = new Map<string, QuizLoad>();
let quizLoadsVersion = 0;
const quizLoadListeners = new Set<() => void>();

function setQuizLoad(quizId: string, load: QuizLoad) {
  quizLoads.set(quizId, load);
  quizLoadsVersion += 1;
  for (const listener of quizLoadListeners) listener();
}

/** Loads a quiz's module once; `again` tries a failed load (offline) once more. */
function requestQuiz(quizId: string, again = false) {
  const current = quizLoads.get(quizId);
  if (current && !(again && current.status === 'failed')) return;
  const loader = Object.hasOwn(quizLoaders, quizId) ? quizLoaders[quizId] : undefined;
  if (!loader) return;
  setQuizLoad(quizId, { status: 'loading' });
  loader().then(
    (module) => setQuizLoad(quizId, { status: 'loaded', entry: module.default }),
    () => setQuizLoad(quizId, { status: 'failed' }),
  );
}

function subscribeToQuizLoads(listener: () => void): () => void {
  quizLoadListeners.add(listener);
  return () => quizLoadListeners.delete(listener);
}

/** The quizzes of `quizIds`, loaded on their own; `retry` tries the failed ones again. */
function useCourseQuizzes(quizIds: readonly string[]) {
  const version = useSyncExternalStore(
    subscribeToQuizLoads,
    () => quizLoadsVersion,
    () => 0,
  );
  const key = quizIds.join('\n');
  useEffect(() => {
    if (key !== '') for (const id of key.split('\n')) requestQuiz(id);
  }, [key]);
  const loaded: Record<string, CourseQuizEntry> = {};
  let failed = false;
  for (const id of quizIds) {
    const load = quizLoads.get(id);
    if (load?.status === 'loaded') loaded[id] = load.entry;
    if (load?.status === 'failed') failed = true;
  }
  const retry = () => {
    for (const id of quizIds) requestQuiz(id, true);
  };
  return { loaded, failed, retry, version };
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
      return cardsAfterAnswers(cards, item.quizId, [{ questionId: item.questionId, right }], at, chosenRetention());
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
  // Only the cards whose question the course still has: the figure the header and the progress page show.
  const inCourse = cardsInCourse(cards, questionIds);
  // The prerendered page and the first render in the browser both have no cards yet: no clock read differs.
  const due = dueCards(inCourse, new Date()).map((card) => cardKey(card.quizId, card.questionId));
  const joining = due.filter((key) => !sessionKeys.includes(key));
  if (joining.length > 0) setSessionKeys([...sessionKeys, ...joining]);
  const sessionQuizIds = [
    ...new Set(sessionKeys.flatMap((key) => (Object.hasOwn(cards, key) ? [cards[key]?.quizId ?? ''] : []))),
  ];
  const { loaded, failed, retry, version } = useCourseQuizzes(sessionQuizIds);
  const session = useMemo(
    () =>
      sessionKeys.flatMap((key) => {
        const card = Object.hasOwn(cards, key) ? cards[key] : undefined;
        const item = card ? questionOf(card, loaded) : null;
        return item ? [item] : [];
      }),
    // The session's questions are those of its keys whose quiz is loaded; a card rescheduled keeps its question.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sessionKeys, version],
  );
  // With nothing due, every card is for later: the earliest is the next review.
  const upcoming = inCourse.map((card) => card.due).sort((a, b) => Date.parse(a) - Date.parse(b))[0];
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
      {failed && (
        <p className="review-page__failed">
          {t('review.loadFailed')}{' '}
          <Button type="button" onClick={retry}>
            {t('review.loadRetry')}
          </Button>
        </p>
      )}
      {session.length > 0 && <QuizSession questions={session} title={t('review.session')} />}
      <RetentionSetting />
    </article>
  );
}
