/**
 * Pure operations on the records a quiz leaves behind (see src/lib/quiz-records.ts): the
 * draft of the attempt in progress and the finished attempts. The view only calls these.
 */
import { firstTryScore, type JsonValue, type QuizAttempt, type QuizDraft } from '../../lib/quiz-records';
import { drawIndices } from '../../lib/seeded-draw';
import { gradeQuiz, isAnswered, isPassed, meanScore } from './grade-quiz';
import type { Question, Quiz } from './quiz-schema';
import { deriveSeed } from './shuffle';

export function createDraft(seed: number, startedAt: string): QuizDraft {
  return { seed, startedAt, answers: {}, checked: {}, hintsUsed: {} };
}

export function withAnswer(draft: QuizDraft, questionId: string, answer: JsonValue): QuizDraft {
  return { ...draft, answers: { ...draft.answers, [questionId]: answer } };
}

export function withHint(draft: QuizDraft, questionId: string): QuizDraft {
  return { ...draft, hintsUsed: { ...draft.hintsUsed, [questionId]: (draft.hintsUsed[questionId] ?? 0) + 1 } };
}

/**
 * Records a check: the answer as checked and its score after hint penalties. The first check of a
 * question is kept apart (`firstChecked`): a retry changes the corrected score, never the first try.
 */
export function withCheck(draft: QuizDraft, questionId: string, answer: JsonValue, score: number): QuizDraft {
  const clamped = Math.min(1, Math.max(0, score));
  const firstChecked = draft.firstChecked ?? {};
  return {
    ...draft,
    answers: { ...draft.answers, [questionId]: answer },
    checked: { ...draft.checked, [questionId]: clamped },
    firstChecked: Object.hasOwn(firstChecked, questionId) ? firstChecked : { ...firstChecked, [questionId]: clamped },
  };
}

/** Whether a question's first check is already done in this draft (its next check is a retry). */
export function isFirstCheck(draft: QuizDraft | null, questionId: string): boolean {
  return draft?.firstChecked === undefined || !Object.hasOwn(draft.firstChecked, questionId);
}

/** « Réessayer »: forgets the answer and the check; hints already revealed stay counted. */
export function withoutAnswer(draft: QuizDraft, questionId: string): QuizDraft {
  const answers = { ...draft.answers };
  const checked = { ...draft.checked };
  delete answers[questionId];
  delete checked[questionId];
  return { ...draft, answers, checked };
}

/**
 * The learner's answer, as stored in the draft, or undefined. An ordering question left as
 * shuffled has none: the learner answers it by moving an item or by keeping the order shown
 * (« Valider cet ordre »), which stores that order.
 */
export function currentAnswer(question: Question, draft: QuizDraft | null): JsonValue | undefined {
  return draft?.answers[question.id];
}

export function currentAnswers(quiz: Quiz, draft: QuizDraft | null): Record<string, JsonValue> {
  const answers: Record<string, JsonValue> = {};
  for (const question of quiz.questions) {
    const answer = currentAnswer(question, draft);
    if (answer !== undefined) answers[question.id] = answer;
  }
  return answers;
}

export function countUnanswered(quiz: Quiz, draft: QuizDraft | null): number {
  return quiz.questions.filter((question) => !isAnswered(question, currentAnswer(question, draft))).length;
}

export function countUnchecked(quiz: Quiz, draft: QuizDraft | null): number {
  return quiz.questions.filter((question) => draft?.checked[question.id] === undefined).length;
}

/** Practice: the scores of the latest checks (hint penalties already applied). */
export function buildPracticeAttempt(quiz: Quiz, draft: QuizDraft, finishedAt: string): QuizAttempt {
  const questionScores: Record<string, number> = {};
  const firstTryScores: Record<string, number> = {};
  for (const question of quiz.questions) {
    questionScores[question.id] = draft.checked[question.id] ?? 0;
    // A draft saved before first checks were kept: its current checks are the best guess.
    firstTryScores[question.id] = draft.firstChecked?.[question.id] ?? questionScores[question.id] ?? 0;
  }
  const score = meanScore(quiz, questionScores);
  return {
    seed: draft.seed,
    startedAt: draft.startedAt,
    finishedAt,
    mode: 'practice',
    answers: currentAnswers(quiz, draft),
    hintsUsed: { ...draft.hintsUsed },
    questionScores,
    score,
    passed: isPassed(score, quiz.passMark),
    firstTryScores,
  };
}

/** Questions fully right at first try in an attempt (practice), or fully right (exam). */
export function countRightFirstTime(quiz: Quiz, attempt: QuizAttempt): number {
  const scores = attempt.firstTryScores ?? attempt.questionScores;
  return quiz.questions.filter((question) => (scores[question.id] ?? 0) >= 1).length;
}

/** Exam: every answer graded at once. */
export function buildExamAttempt(quiz: Quiz, draft: QuizDraft, finishedAt: string): QuizAttempt {
  const answers = currentAnswers(quiz, draft);
  const graded = gradeQuiz(quiz, answers, draft.hintsUsed);
  return {
    seed: draft.seed,
    startedAt: draft.startedAt,
    finishedAt,
    mode: 'exam',
    answers,
    hintsUsed: { ...draft.hintsUsed },
    questionScores: graded.questionScores,
    score: graded.score,
    passed: graded.passed,
  };
}

/** The most recently finished attempt (ISO dates compare as strings). */
export function latestAttempt(attempts: readonly QuizAttempt[]): QuizAttempt | null {
  let latest: QuizAttempt | null = null;
  for (const attempt of attempts) if (!latest || attempt.finishedAt >= latest.finishedAt) latest = attempt;
  return latest;
}

/** The best score so far, at first try for practice attempts (see `firstTryScore`). */
export function bestScore(attempts: readonly QuizAttempt[]): number | null {
  return attempts.length === 0 ? null : Math.max(...attempts.map(firstTryScore));
}

/** Attempts left in exam mode, null when unlimited. */
export function attemptsLeft(quiz: Quiz, attempts: readonly QuizAttempt[]): number | null {
  if (quiz.mode !== 'exam' || quiz.maxAttempts === undefined) return null;
  return Math.max(0, quiz.maxAttempts - attempts.length);
}

/** Questions not fully right in an attempt, in quiz order. */
export function missedQuestions(quiz: Quiz, attempt: QuizAttempt): Question[] {
  return quiz.questions.filter((question) => (attempt.questionScores[question.id] ?? 0) < 1);
}

/**
 * The quiz an attempt with `seed` asks: the quiz itself, or, for an exam drawn from a pool
 * (`draw`), its `draw` questions picked with the seed, in the order the author wrote them. The
 * same seed always asks the same questions: a draft keeps its seed, so a reload asks them again.
 */
export function askedQuiz(quiz: Quiz, seed: number): Quiz {
  if (quiz.draw === undefined || quiz.draw >= quiz.questions.length) return quiz;
  const picked = drawIndices(quiz.questions.length, quiz.draw, deriveSeed(seed, `${quiz.id}/draw`));
  return { ...quiz, questions: picked.flatMap((index) => quiz.questions[index] ?? []) };
}

/** The quiz a finished attempt asked: for a drawn exam, the questions it scored that the quiz still has. */
export function attemptQuiz(quiz: Quiz, attempt: QuizAttempt): Quiz {
  if (quiz.draw === undefined) return quiz;
  const asked = quiz.questions.filter((question) => Object.hasOwn(attempt.questionScores, question.id));
  return asked.length > 0 ? { ...quiz, questions: asked } : askedQuiz(quiz, attempt.seed);
}

function askedIds(quiz: Quiz, seed: number): string {
  return askedQuiz(quiz, seed)
    .questions.map((question) => question.id)
    .join('\n');
}

/**
 * The seed of a new attempt: a fresh one (`fresh`), and, for a drawn exam, one whose questions
 * are not exactly those `previous` asked, so a retake is another exam (a few seeds are tried).
 */
export function retakeSeed(quiz: Quiz, previous: Quiz | null, fresh: () => number): number {
  let seed = fresh();
  if (previous === null || quiz.draw === undefined || quiz.draw >= quiz.questions.length) return seed;
  const before = previous.questions.map((question) => question.id).join('\n');
  for (let tries = 0; tries < 32 && askedIds(quiz, seed) === before; tries++) seed = fresh();
  return seed;
}
