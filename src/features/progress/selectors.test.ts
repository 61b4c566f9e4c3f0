import { expect, test } from 'vitest';
import { attempt, draft, lessonRecord, minute, progress, quizRecord } from './fixtures/progress-builders';
import { findSampleLesson, sampleOutline } from './fixtures/sample-outline';
import {
  isLessonCompleted,
  selectBestScore,
  selectCourseCompletion,
  selectLessonBestScore,
  selectLessonLastActivity,
  selectLessonStatus,
  selectModuleCompletion,
  selectNextLesson,
  selectQuestionsToReview,
  selectQuizSaved,
  selectResumeTarget,
  selectWrongQuestions,
} from './selectors';

const passed = attempt({ score: 0.9, passed: true });
const failed = attempt({ startedAt: minute(10), finishedAt: minute(12), score: 0.3, passed: false });
const done = lessonRecord({ markedDoneAt: minute(1) });

test.each([
  ['marked done, no quiz', 'virt-domaines', progress({ lessons: { 'virt-domaines': done } }), true],
  ['visited only, no quiz', 'virt-domaines', progress({ lessons: { 'virt-domaines': lessonRecord() } }), false],
  [
    'its quiz passed',
    'virt-definition',
    progress({ quizzes: { 'quiz-virt-definition': quizRecord({ attempts: [passed] }) } }),
    true,
  ],
  [
    'its quiz failed then passed',
    'virt-definition',
    progress({ quizzes: { 'quiz-virt-definition': quizRecord({ attempts: [failed, passed] }) } }),
    true,
  ],
  [
    'its quiz failed',
    'virt-definition',
    progress({ quizzes: { 'quiz-virt-definition': quizRecord({ attempts: [failed] }) } }),
    false,
  ],
  [
    'one of two quizzes passed',
    'cont-pratique',
    progress({ quizzes: { 'ex-demo-types': quizRecord({ attempts: [passed] }) } }),
    false,
  ],
  [
    'both quizzes passed',
    'cont-pratique',
    progress({
      quizzes: {
        'ex-demo-types': quizRecord({ attempts: [passed] }),
        'ex-volumes': quizRecord({ attempts: [passed] }),
      },
    }),
    true,
  ],
  ['marked done, quiz not passed', 'virt-definition', progress({ lessons: { 'virt-definition': done } }), true],
  [
    'an assessment marked done, its quiz not passed',
    'virt-evaluation',
    progress({ lessons: { 'virt-evaluation': done } }),
    false,
  ],
  [
    'an assessment marked done, its quiz failed',
    'virt-evaluation',
    progress({
      lessons: { 'virt-evaluation': done },
      quizzes: { 'exam-virtualisation': quizRecord({ attempts: [failed] }) },
    }),
    false,
  ],
  [
    'an assessment passed',
    'virt-evaluation',
    progress({ quizzes: { 'exam-virtualisation': quizRecord({ attempts: [passed] }) } }),
    true,
  ],
  [
    'marked done then not done',
    'virt-domaines',
    progress({ lessons: { 'virt-domaines': lessonRecord({ markedDoneAt: minute(1), unmarkedAt: minute(2) }) } }),
    false,
  ],
])('completion rule: %s', (_label, lessonId, data, expected) => {
  expect(isLessonCompleted(data, findSampleLesson(lessonId))).toBe(expected);
});

test('lesson status: not started, in progress (visit, draft or attempt), done', () => {
  const lesson = findSampleLesson('virt-definition');
  expect(selectLessonStatus(progress(), lesson)).toBe('not-started');
  expect(selectLessonStatus(progress({ lessons: { 'virt-definition': lessonRecord() } }), lesson)).toBe('in-progress');
  expect(
    selectLessonStatus(
      progress({ quizzes: { 'quiz-virt-definition': quizRecord({ draft: draft(), draftSavedAt: minute(1) }) } }),
      lesson,
    ),
  ).toBe('in-progress');
  expect(
    selectLessonStatus(progress({ quizzes: { 'quiz-virt-definition': quizRecord({ attempts: [failed] }) } }), lesson),
  ).toBe('in-progress');
  expect(selectLessonStatus(progress({ lessons: { 'virt-definition': done } }), lesson)).toBe('done');
});

test('best scores per quiz and per lesson', () => {
  const data = progress({
    quizzes: {
      'quiz-virt-definition': quizRecord({ attempts: [failed, passed] }),
      'ex-demo-types': quizRecord({ attempts: [attempt({ score: 0.5, passed: false })] }),
    },
  });
  expect(selectBestScore(data, 'quiz-virt-definition')).toBe(0.9);
  expect(selectBestScore(data, 'quiz-virt-avantages')).toBeNull();
  expect(selectLessonBestScore(data, findSampleLesson('virt-definition'))).toBe(0.9);
  // Only attempted quizzes count toward a lesson's score.
  expect(selectLessonBestScore(data, findSampleLesson('cont-pratique'))).toBe(0.5);
  expect(selectLessonBestScore(data, findSampleLesson('virt-domaines'))).toBeNull();
});

test('completion per module and for the course is the share of lessons completed', () => {
  const data = progress({
    lessons: { 'virt-domaines': done, 'cont-conteneurs': done },
    quizzes: { 'quiz-virt-definition': quizRecord({ attempts: [passed] }) },
  });
  const [virtualisation, conteneurisation] = sampleOutline.modules;
  if (!virtualisation || !conteneurisation) throw new Error('sample outline');
  expect(selectModuleCompletion(data, virtualisation)).toEqual({ completed: 2, total: 4, ratio: 0.5 });
  expect(selectModuleCompletion(data, conteneurisation)).toEqual({ completed: 1, total: 2, ratio: 0.5 });
  expect(selectCourseCompletion(data, sampleOutline)).toEqual({ completed: 3, total: 6, ratio: 0.5 });
  expect(selectCourseCompletion(progress(), { modules: [] })).toEqual({ completed: 0, total: 0, ratio: 0 });
});

test('next lesson: the first not completed in course order, wherever the learner last was', () => {
  const at = (lessonId: string) => ({ lessonId, path: findSampleLesson(lessonId).path, at: minute(5) });
  expect(selectNextLesson(progress(), sampleOutline)?.id).toBe('virt-definition');
  // Nothing finished, the learner looked ahead: the course still starts at its first lesson.
  const lookedAhead = progress({ lessons: { 'cont-conteneurs': lessonRecord() }, lastLocation: at('cont-conteneurs') });
  expect(selectNextLesson(lookedAhead, sampleOutline)?.id).toBe('virt-definition');
  const data = progress({
    lessons: { 'virt-domaines': done },
    quizzes: { 'quiz-virt-definition': quizRecord({ attempts: [passed] }) },
    lastLocation: at('virt-domaines'),
  });
  expect(selectNextLesson(data, sampleOutline)?.id).toBe('virt-avantages');
  const atEnd = progress({ lastLocation: at('cont-pratique') });
  expect(selectNextLesson(atEnd, sampleOutline)?.id).toBe('virt-definition');
  const allMarked = progress({
    lessons: Object.fromEntries(
      sampleOutline.modules.flatMap((module) => module.lessons).map((lesson) => [lesson.id, done]),
    ),
  });
  // An assessment is not done until passed, marked or not.
  expect(selectNextLesson(allMarked, sampleOutline)?.id).toBe('virt-evaluation');
  const allDone = { ...allMarked, quizzes: { 'exam-virtualisation': quizRecord({ attempts: [passed] }) } };
  expect(selectNextLesson(allDone, sampleOutline)).toBeNull();
});

test('resume target: the last place if it still exists, else the next lesson, else nothing', () => {
  expect(selectResumeTarget(progress(), sampleOutline)).toBeNull();
  const here = { lessonId: 'virt-avantages', path: '/virtualisation/avantages-inconvenients', at: minute(1) };
  expect(selectResumeTarget(progress({ lastLocation: here }), sampleOutline)?.id).toBe('virt-avantages');
  const removed = { lessonId: 'lecon-supprimee', path: '/virtualisation/supprimee', at: minute(1) };
  expect(
    selectResumeTarget(progress({ lastLocation: removed, lessons: { 'virt-definition': done } }), sampleOutline)?.id,
  ).toBe('virt-avantages');
  // A place carried over from version 1 has only its path.
  const fromV1 = { lessonId: null, path: '/conteneurisation/conteneurs', at: minute(1) };
  expect(selectResumeTarget(progress({ lastLocation: fromV1 }), sampleOutline)?.id).toBe('cont-conteneurs');
});

test('last activity of a lesson covers visits, marks and quizzes', () => {
  const lesson = findSampleLesson('virt-definition');
  expect(selectLessonLastActivity(progress(), lesson)).toBeNull();
  const data = progress({
    lessons: { 'virt-definition': lessonRecord({ lastVisitAt: minute(3) }) },
    quizzes: { 'quiz-virt-definition': quizRecord({ attempts: [failed] }) },
  });
  expect(selectLessonLastActivity(data, lesson)).toBe(minute(12));
});

test('questions answered wrong and not answered right since, by attempt dates', () => {
  const first = attempt({ startedAt: minute(1), finishedAt: minute(2), questionScores: { a: 0, b: 1, c: 0, d: 1 } });
  const second = attempt({ startedAt: minute(3), finishedAt: minute(4), questionScores: { a: 1, b: 0, c: 0.5 } });
  // Stored out of order on purpose: dates decide, not positions.
  const data = progress({ quizzes: { 'quiz-virt-definition': quizRecord({ attempts: [second, first] }) } });
  expect(selectWrongQuestions(data, 'quiz-virt-definition')).toEqual([
    { questionId: 'b', wrongAt: minute(4) },
    { questionId: 'c', wrongAt: minute(4) },
  ]);
  expect(selectQuestionsToReview(data, sampleOutline)).toEqual([
    { quizId: 'quiz-virt-definition', lessonId: 'virt-definition', questionId: 'b', wrongAt: minute(4) },
    { quizId: 'quiz-virt-definition', lessonId: 'virt-definition', questionId: 'c', wrongAt: minute(4) },
  ]);
});

test('selectQuizSaved returns the same object while the quiz record is unchanged', () => {
  const record = quizRecord({ attempts: [passed], draft: draft(), draftSavedAt: minute(1) });
  const state = { data: progress({ quizzes: { 'quiz-virt-definition': record } }) };
  const select = selectQuizSaved('quiz-virt-definition');
  expect(select(state)).toEqual({ attempts: [passed], draft: draft() });
  expect(select(state)).toBe(select({ data: { ...state.data } }));
  expect(selectQuizSaved('absent')(state)).toEqual({ attempts: [], draft: null });
  expect(selectQuizSaved('absent')(state)).toBe(selectQuizSaved('other')(state));
});
