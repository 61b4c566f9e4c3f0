// @vitest-environment node
/**
 * The worst case of the LMS's suspend_data: the whole real course done (every lesson visited
 * and marked done, every quiz passed with its answers), encoded as the LMS packages do it. It
 * must fit SCORM 1.2's 4,096 characters and SCORM 2004's 64,000; the sizes are printed.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cutProgress, SUSPEND_STEPS } from '../../src/app/lms/suspend-policy';
import { compactProgress, expandProgress, type CourseDictionary } from '../../src/app/lms/progress-codec';
import { loadContent } from '../../src/build/content/content-loader';
import { loadCourseQuizzes } from '../../src/build/content/course-quizzes';
import { migrateProgress } from '../../src/features/progress/migrations';
import { CERTIFICATE_NAME_MAX, toEnvelope, type ProgressData } from '../../src/features/progress/progress-schema';
import { expectedAnswer } from '../../src/features/quiz/question-kinds/authoring';
import {
  askedQuiz,
  buildExamAttempt,
  buildPracticeAttempt,
  createDraft,
  withAnswer,
  withCheck,
} from '../../src/features/quiz/quiz-draft';
import type { Quiz } from '../../src/features/quiz/quiz-schema';
import { decodeSuspendData, encodeSuspendData } from '../../src/lib/lms/suspend-codec';
import type { JsonValue, QuizAttempt } from '../../src/lib/quiz-records';
import { editorFiles, solutions } from '../fixtures/lab-solutions';

const root = fileURLToPath(new URL('../..', import.meta.url));
const course = loadCourseQuizzes(root);
const lessonsInOrder = course.outline.modules.flatMap((module) => module.lessons);
const dictionary: CourseDictionary = {
  lessons: lessonsInOrder.map((lesson) => lesson.id),
  quizzes: course.quizzes.map(({ quiz }) => ({
    id: quiz.id,
    questions: quiz.questions.map((question) => question.id),
  })),
  labs: (() => {
    const content = loadContent(root, { includeDrafts: false });
    const byLesson = new Map(content.lessons.map((lesson) => [lesson.meta.id, lesson]));
    return lessonsInOrder.flatMap((lesson) =>
      (byLesson.get(lesson.id)?.labs ?? []).map((lab) => ({ id: lab.id, steps: lab.stepIds })),
    );
  })(),
};
const form = {
  compact: (document: JsonValue) => compactProgress(document, dictionary),
  expand: (compacted: JsonValue) => expandProgress(compacted, dictionary),
};
const SCORM12_LIMIT = 4096;
const SCORM2004_LIMIT = 64000;

let clock = Date.parse('2026-09-01T08:00:00.000Z');
/** A learner's pace: one action every few minutes, at uneven milliseconds. */
function tick(): string {
  clock += 137_000 + (clock % 9_973);
  return new Date(clock).toISOString();
}

/** Every question the attempt asks answered right: all of them, or an exam's draw from its pool with `seed`. */
function passedAttempt(pool: Quiz, seed: number, startedAt: string): QuizAttempt {
  const quiz = askedQuiz(pool, seed);
  let draft = createDraft(seed, startedAt);
  for (const question of quiz.questions) {
    const answer = expectedAnswer(question);
    draft = quiz.mode === 'exam' ? withAnswer(draft, question.id, answer) : withCheck(draft, question.id, answer, 1);
  }
  return quiz.mode === 'exam' ? buildExamAttempt(quiz, draft, tick()) : buildPracticeAttempt(quiz, draft, tick());
}

function wholeCourseDone(): ProgressData {
  const data: ProgressData = { lessons: {}, quizzes: {}, labs: {}, cards: {}, lastLocation: null, reset: null };
  let seed = 1_234_567;
  for (const module of course.outline.modules) {
    for (const lesson of module.lessons) {
      const visit = tick();
      data.lessons[lesson.id] = { firstVisitAt: visit, lastVisitAt: tick(), markedDoneAt: tick(), unmarkedAt: null };
      data.lastLocation = { lessonId: lesson.id, path: lesson.path, at: visit };
      for (const { quiz } of course.quizzes.filter((entry) => entry.lesson.id === lesson.id)) {
        seed = (seed * 48_271) % 2_147_483_647;
        const attempt = passedAttempt(quiz, seed, tick());
        expect(attempt.passed).toBe(true);
        data.quizzes[quiz.id] = { lessonId: lesson.id, attempts: [attempt], draft: null, draftSavedAt: null };
      }
    }
  }
  // Every lab done, its whole solution still in its terminal session.
  for (const [labId, steps] of Object.entries(solutions)) {
    const session: ProgressData['labs'][string]['session'] = [];
    const done: Record<string, string> = {};
    let at = 0;
    for (const [stepId, lines] of Object.entries(steps)) {
      for (const line of lines) session.push({ line, at: (at += 41_000 + (at % 977)) });
      done[stepId] = tick();
    }
    data.labs[labId] = { lessonId: null, steps: done, completedAt: tick(), session, sessionSavedAt: tick() };
    // A workbench lab keeps the files written in its editor with its session.
    const files = editorFiles[labId];
    if (files) data.labs[labId].edits = [{ after: 0, files }];
  }
  // The longest name the certificate takes, written once every quiz is passed.
  data.certificate = { name: 'Marie-Héloïse '.repeat(8).slice(0, CERTIFICATE_NAME_MAX), at: tick() };
  return data;
}

/** The same, after a learner who retook every quiz many times and left a retake half done. */
function wholeCourseDoneManyTimes(): ProgressData {
  const data = wholeCourseDone();
  for (const { quiz, lesson } of course.quizzes) {
    const record = data.quizzes[quiz.id];
    if (!record) continue;
    for (let retake = 0; retake < 12; retake += 1) record.attempts.push(passedAttempt(quiz, 900 + retake, tick()));
    let draft = createDraft(77, tick());
    for (const question of askedQuiz(quiz, 77).questions.slice(0, 3)) {
      draft = withAnswer(draft, question.id, expectedAnswer(question));
    }
    data.quizzes[quiz.id] = { ...record, lessonId: lesson.id, draft, draftSavedAt: tick() };
  }
  return data;
}

async function sizes(data: ProgressData) {
  const result: Record<string, number> = {};
  for (const step of SUSPEND_STEPS) {
    result[step] = (await encodeSuspendData(toEnvelope(cutProgress(data, step)), form)).length;
  }
  return result;
}

describe('suspend_data worst case, from the real course', () => {
  it('covers every lesson and quiz of the course', () => {
    const lessons = course.outline.modules.flatMap((module) => module.lessons);
    expect(lessons.length).toBeGreaterThan(20);
    expect(course.quizzes.length).toBeGreaterThan(10);
    expect(new Set(course.quizzes.map((entry) => entry.quiz.mode))).toEqual(new Set(['exam', 'practice']));
  });

  it('fits SCORM 1.2 with the whole course done, answers included, once the labs’ sessions are cut, and decodes to the same progress', async () => {
    const data = wholeCourseDone();
    const envelope = toEnvelope(data);
    const json = JSON.stringify(envelope).length;
    const generic = await encodeSuspendData(envelope);
    const text = await encodeSuspendData(envelope, form);
    console.log(
      `suspend_data, whole course done (${Object.keys(data.lessons).length} lessons, ${Object.keys(data.quizzes).length} quizzes passed, ${Object.keys(data.labs).length} labs done): ` +
        `JSON ${json} characters, generic form ${generic.length}, structured form ${text.length} (limits: SCORM 1.2 ${SCORM12_LIMIT}, 2004 ${SCORM2004_LIMIT})`,
    );
    expect(text.length).toBeLessThanOrEqual(SCORM2004_LIMIT);
    expect(text.startsWith('1K')).toBe(true);
    const decoded = await decodeSuspendData(text, form);
    expect(decoded).toEqual(envelope);
    // For SCORM 1.2, the labs' terminal sessions (kept in the browser too) and their steps' own
    // dates are the first thing cut; every answer stays.
    const measured = await sizes(data);
    console.log(`suspend_data, whole course done, each cut: ${JSON.stringify(measured)}`);
    const fitting = SUSPEND_STEPS.find((step) => (measured[step] ?? Infinity) <= SCORM12_LIMIT);
    expect(fitting).toBe('lab-completions');
    const cut = cutProgress(data, 'lab-completions');
    expect(Object.values(data.labs).some((record) => record.edits !== undefined)).toBe(true);
    // The editor's files go with the session they replay in.
    expect(Object.values(cutProgress(data, 'no-drafts').labs).every((record) => record.edits === undefined)).toBe(true);
    expect(cut.quizzes).toEqual(data.quizzes);
    expect(cut.lessons).toEqual(data.lessons);
    for (const [labId, record] of Object.entries(cut.labs)) {
      expect(Object.keys(record.steps)).toEqual(Object.keys(data.labs[labId]?.steps ?? {}));
      expect(record.completedAt).toBe(data.labs[labId]?.completedAt);
    }
    const cutText = await encodeSuspendData(toEnvelope(cut), form);
    expect(await decodeSuspendData(cutText, form)).toEqual(toEnvelope(cut));
    const migrated = migrateProgress(decoded);
    expect(migrated.status).toBe('current');

    // Another order of the course (a lesson added in a new version): refused, never read with the wrong ids.
    const moved: CourseDictionary = { ...dictionary, lessons: ['nouvelle-lecon', ...dictionary.lessons] };
    await expect(
      decodeSuspendData(text, {
        compact: (document: JsonValue) => compactProgress(document, moved),
        expand: (compacted: JsonValue) => expandProgress(compacted, moved),
      }),
    ).rejects.toThrow(/another version of the course/);
  });

  // Such a learner may not fit SCORM 1.2 even once cut (the learner is then told, see lms-bindings.ts).
  it('keeps a heavy learner within 2004 whole, and each cut for 1.2 is shorter and keeps what a relaunch shows', async () => {
    const data = wholeCourseDoneManyTimes();
    const measured = await sizes(data);
    console.log(`suspend_data, every quiz taken 13 times and a retake in progress: ${JSON.stringify(measured)}`);
    expect(measured.full).toBeLessThanOrEqual(SCORM2004_LIMIT);
    expect(measured['no-drafts']).toBeLessThan(measured.full ?? 0);
    expect(measured['lab-completions']).toBeLessThan(measured['no-drafts'] ?? 0);
    expect(measured['key-attempts']).toBeLessThan((measured['lab-completions'] ?? 0) / 2);
    expect(measured['latest-answers']).toBeLessThan(measured['key-attempts'] ?? 0);
    // The cut keeps every completion, a passed attempt of every quiz, and the latest answers.
    const cut = cutProgress(data, 'latest-answers');
    expect(Object.keys(cut.lessons)).toEqual(Object.keys(data.lessons));
    for (const record of Object.values(cut.quizzes)) {
      expect(record.draft).toBeNull();
      expect(record.attempts.some((attempt) => attempt.passed)).toBe(true);
      expect(record.attempts.length).toBeLessThanOrEqual(3);
      const latest = record.attempts.at(-1);
      expect(Object.keys(latest?.answers ?? {}).length).toBeGreaterThan(0);
    }
  });
});
