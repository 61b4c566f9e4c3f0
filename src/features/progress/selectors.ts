/**
 * What pages show, derived from the stored progress and the course outline (never stored).
 * Pure functions: (data, outline or lesson) → value.
 *
 * The completion rule: a lesson is completed when the learner marked it done, or when it
 * has quizzes or labs, each quiz has a passed attempt and each lab has all its steps done. A
 * module's assessment is completed only when passed: marking it done does not count.
 */
import type { CourseOutline, LessonMeta, LessonStatus, ModuleMeta } from '../../lib/course-types';
import { firstTryScore, type QuizAttempt, type QuizSaved } from '../../lib/quiz-records';
import {
  compareInstants,
  isMarkedDone,
  laterInstant,
  type LabEdit,
  type LabSessionEntry,
  type ProgressData,
} from './progress-schema';

function listLessons(outline: CourseOutline): LessonMeta[] {
  return outline.modules.flatMap((module) => module.lessons);
}

export function hasPassedQuiz(data: ProgressData, quizId: string): boolean {
  return data.quizzes[quizId]?.attempts.some((attempt) => attempt.passed) ?? false;
}

export function isLabCompleted(data: ProgressData, labId: string): boolean {
  return (data.labs[labId]?.completedAt ?? null) !== null;
}

function hasLabActivity(data: ProgressData, labId: string): boolean {
  const record = data.labs[labId];
  return record !== undefined && (Object.keys(record.steps).length > 0 || record.session.length > 0);
}

/** Steps done of a lab, out of `total`. */
export function selectLabStepsDone(data: ProgressData, labId: string): number {
  return Object.keys(data.labs[labId]?.steps ?? {}).length;
}

/** Whether the lesson has quizzes and every one of them is passed. */
export function hasPassedAllQuizzes(data: ProgressData, lesson: LessonMeta): boolean {
  return lesson.quizIds.length > 0 && lesson.quizIds.every((quizId) => hasPassedQuiz(data, quizId));
}

/** An assessment with a quiz is judged by its quiz alone: it cannot be marked done. */
export function canBeMarkedDone(lesson: LessonMeta): boolean {
  return !(lesson.kind === 'assessment' && lesson.quizIds.length > 0);
}

export function isLessonCompleted(data: ProgressData, lesson: LessonMeta): boolean {
  if (canBeMarkedDone(lesson) && isMarkedDone(data.lessons[lesson.id])) return true;
  const labIds = lesson.labIds ?? [];
  return (
    lesson.quizIds.length + labIds.length > 0 &&
    lesson.quizIds.every((quizId) => hasPassedQuiz(data, quizId)) &&
    labIds.every((labId) => isLabCompleted(data, labId))
  );
}

function hasQuizActivity(data: ProgressData, quizId: string): boolean {
  const record = data.quizzes[quizId];
  return record !== undefined && (record.attempts.length > 0 || record.draft !== null);
}

export function selectLessonStatus(data: ProgressData, lesson: LessonMeta): LessonStatus {
  if (isLessonCompleted(data, lesson)) return 'done';
  if (
    data.lessons[lesson.id] !== undefined ||
    lesson.quizIds.some((quizId) => hasQuizActivity(data, quizId)) ||
    (lesson.labIds ?? []).some((labId) => hasLabActivity(data, labId))
  ) {
    return 'in-progress';
  }
  return 'not-started';
}

/**
 * Best score of a quiz in [0, 1], or null when it was never finished. A practice attempt counts
 * with its first-try score (what the learner knew before retrying), an exam with its score.
 */
export function selectBestScore(data: ProgressData, quizId: string): number | null {
  const attempts = data.quizzes[quizId]?.attempts ?? [];
  if (attempts.length === 0) return null;
  return Math.max(...attempts.map(firstTryScore));
}

/** A lesson's best score in [0, 1]: the mean of its attempted quizzes' best scores, or null. */
export function selectLessonBestScore(data: ProgressData, lesson: LessonMeta): number | null {
  const bests = lesson.quizIds
    .map((quizId) => selectBestScore(data, quizId))
    .filter((score): score is number => score !== null);
  if (bests.length === 0) return null;
  return bests.reduce((sum, score) => sum + score, 0) / bests.length;
}

/** The latest thing the learner did in a lesson (visit, mark, quiz), or null. */
export function selectLessonLastActivity(data: ProgressData, lesson: LessonMeta): string | null {
  const record = data.lessons[lesson.id];
  let latest: string | null = record
    ? laterInstant(laterInstant(record.lastVisitAt, record.markedDoneAt), record.unmarkedAt)
    : null;
  for (const quizId of lesson.quizIds) {
    const quiz = data.quizzes[quizId];
    if (!quiz) continue;
    latest = laterInstant(latest, quiz.draftSavedAt);
    for (const attempt of quiz.attempts) latest = laterInstant(latest, attempt.finishedAt);
  }
  for (const labId of lesson.labIds ?? []) {
    const lab = data.labs[labId];
    if (!lab) continue;
    latest = laterInstant(latest, lab.sessionSavedAt);
    for (const at of Object.values(lab.steps)) latest = laterInstant(latest, at);
  }
  return latest;
}

export interface Completion {
  completed: number;
  total: number;
  /** completed / total, 0 for an empty set. */
  ratio: number;
}

function completionOf(data: ProgressData, lessons: readonly LessonMeta[]): Completion {
  const completed = lessons.filter((lesson) => isLessonCompleted(data, lesson)).length;
  return { completed, total: lessons.length, ratio: lessons.length === 0 ? 0 : completed / lessons.length };
}

export function selectModuleCompletion(data: ProgressData, module: ModuleMeta): Completion {
  return completionOf(data, module.lessons);
}

export function selectCourseCompletion(data: ProgressData, outline: CourseOutline): Completion {
  return completionOf(data, listLessons(outline));
}

/** The lesson of the last place, found by id, or by path for a place carried over from version 1. */
function findLastPlaceIndex(data: ProgressData, lessons: readonly LessonMeta[]): number {
  const place = data.lastLocation;
  if (!place) return -1;
  const byId = place.lessonId === null ? -1 : lessons.findIndex((lesson) => lesson.id === place.lessonId);
  return byId !== -1 ? byId : lessons.findIndex((lesson) => lesson.path === place.path);
}

/**
 * The lesson to study next: the first one not completed, in course order, wherever the learner
 * last was (a learner who skipped ahead is sent back to what they left unfinished); null when all are.
 */
export function selectNextLesson(data: ProgressData, outline: CourseOutline): LessonMeta | null {
  return listLessons(outline).find((lesson) => !isLessonCompleted(data, lesson)) ?? null;
}

/**
 * Whether the certificate is ready: every module has an assessment, and every assessment is passed.
 * (The certificate page shows the same rule, module by module.)
 */
export function selectCertificateReady(data: ProgressData, outline: CourseOutline): boolean {
  return (
    outline.modules.length > 0 &&
    outline.modules.every((module) => {
      const assessment = module.lessons.find((lesson) => lesson.kind === 'assessment');
      return assessment !== undefined && hasPassedAllQuizzes(data, assessment);
    })
  );
}

export function hasAnyProgress(data: ProgressData): boolean {
  return (
    data.lastLocation !== null ||
    Object.keys(data.lessons).length > 0 ||
    Object.keys(data.quizzes).length > 0 ||
    Object.keys(data.labs).length > 0
  );
}

/**
 * Where "Reprendre" leads: the last place if its lesson is still in the course, else the next
 * lesson to study; null for a learner who has not started (the page then offers "Commencer").
 */
export function selectResumeTarget(data: ProgressData, outline: CourseOutline): LessonMeta | null {
  if (!hasAnyProgress(data)) return null;
  const lessons = listLessons(outline);
  return lessons[findLastPlaceIndex(data, lessons)] ?? selectNextLesson(data, outline);
}

export interface QuestionToReview {
  quizId: string;
  questionId: string;
  /** The lesson holding the quiz, from the outline (null if the quiz is no longer in the course). */
  lessonId: string | null;
  /** When it was last answered wrong. */
  wrongAt: string;
}

/** A question counts as answered right only with full marks. */
function isRight(score: number): boolean {
  return score >= 1;
}

/** Questions of one quiz whose latest answer (in finished attempts, by date) was wrong. */
export function selectWrongQuestions(data: ProgressData, quizId: string): { questionId: string; wrongAt: string }[] {
  const attempts = [...(data.quizzes[quizId]?.attempts ?? [])].sort((a, b) =>
    compareInstants(a.finishedAt, b.finishedAt),
  );
  const latest = new Map<string, { score: number; at: string }>();
  for (const attempt of attempts) {
    for (const [questionId, score] of Object.entries(attempt.questionScores)) {
      latest.set(questionId, { score, at: attempt.finishedAt });
    }
  }
  return [...latest.entries()]
    .filter(([, answer]) => !isRight(answer.score))
    .map(([questionId, answer]) => ({ questionId, wrongAt: answer.at }));
}

/** Every question answered wrong and not answered right since, in course order of the quizzes. */
export function selectQuestionsToReview(data: ProgressData, outline: CourseOutline): QuestionToReview[] {
  const lessonOfQuiz = new Map<string, string>();
  for (const lesson of listLessons(outline)) {
    for (const quizId of lesson.quizIds) lessonOfQuiz.set(quizId, lesson.id);
  }
  const courseQuizzes = [...lessonOfQuiz.keys()];
  const otherQuizzes = Object.keys(data.quizzes).filter((quizId) => !lessonOfQuiz.has(quizId));
  return [...courseQuizzes, ...otherQuizzes].flatMap((quizId) =>
    selectWrongQuestions(data, quizId).map((question) => ({
      quizId,
      lessonId: lessonOfQuiz.get(quizId) ?? null,
      ...question,
    })),
  );
}

const noAttempts: QuizAttempt[] = [];
const emptySaved: QuizSaved = { attempts: noAttempts, draft: null };
const savedCache = new WeakMap<object, QuizSaved>();

/**
 * Everything the quiz component needs back, for a store selector:
 * `useProgressStore(selectQuizSaved('quiz-virt-definition'))`. The result is the same object
 * as long as that quiz's record is unchanged, so it is safe to subscribe to.
 */
export function selectQuizSaved(quizId: string): (state: { data: ProgressData }) => QuizSaved {
  return (state) => {
    const record = state.data.quizzes[quizId];
    if (!record) return emptySaved;
    let saved = savedCache.get(record);
    if (!saved) {
      saved = { attempts: record.attempts, draft: record.draft };
      savedCache.set(record, saved);
    }
    return saved;
  };
}

/** A lab's saved steps, session and editor files (in the session's timeline). */
export interface LabSaved {
  steps: Record<string, string>;
  session: LabSessionEntry[];
  edits: LabEdit[];
}
const emptyLabSaved: LabSaved = { steps: {}, session: [], edits: [] };
const labSavedCache = new WeakMap<object, LabSaved>();

/** A lab's steps done and session, for a store selector; the same object while the lab's record is unchanged. */
export function selectLabSaved(labId: string): (state: { data: ProgressData }) => LabSaved {
  return (state) => {
    const record = state.data.labs[labId];
    if (!record) return emptyLabSaved;
    let saved = labSavedCache.get(record);
    if (!saved) {
      saved = { steps: record.steps, session: record.session, edits: record.edits ?? [] };
      labSavedCache.set(record, saved);
    }
    return saved;
  };
}
