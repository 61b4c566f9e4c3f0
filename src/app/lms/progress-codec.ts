/**
 * A compact form of the progress envelope for SCORM 1.2's 4,096 characters, used when the
 * generic form (lib/lms/suspend-codec.ts) is too long. It knows the envelope's structure (lesson
 * records, quiz records, attempts) and the course (lesson, quiz and question ids, in course order,
 * from the build), so ids become positions and dates offsets:
 * - lessons and quizzes of the course are written as their index in the course (ids of others as text);
 * - an attempt's answers, scores and hints are written in the quiz's question order, without the
 *   question ids, when the quiz has the same questions as when it was written (a fingerprint of
 *   its question list is stored with it); an attempt on other questions keeps its ids;
 * - dates are base-36 millisecond offsets (exact: they decode to the same ISO text).
 * It applies only to a document of exactly this shape; anything else (a later schema with more
 * fields) goes through the generic form. A text written for another order of lessons and quizzes
 * (a fingerprint of the order is stored) is refused, never read with the wrong ids. Decoding a
 * quiz whose questions changed since (a new
 * version of the package) keeps its attempts' scores and results and drops their per-question
 * details, which no longer match the questions.
 */
import type { JsonValue } from '../../lib/quiz-records';

export interface CourseDictionary {
  /** Lesson ids, in course order. */
  lessons: readonly string[];
  /** Quiz ids in course order, each with its question ids in order. */
  quizzes: readonly { id: string; questions: readonly string[] }[];
}

type Json = JsonValue;
type Obj = { [key: string]: Json };

const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasKeys(value: unknown, keys: readonly string[]): value is Obj {
  if (!isObj(value)) return false;
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => key in value);
}

function instant(value: unknown): number | null {
  if (typeof value !== 'string' || !INSTANT.test(value)) return null;
  const time = Date.parse(value);
  return Number.isFinite(time) && new Date(time).toISOString() === value ? time : null;
}

export function fingerprint(questions: readonly string[]): string {
  let hash = 0x811c9dc5;
  const text = questions.join('\n');
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).slice(0, 4);
}

class NotCompactable extends Error {}

/** The course's order of lessons and quizzes: positions written under another order would name other ids. */
export function courseFingerprint(dictionary: CourseDictionary): string {
  return fingerprint([...dictionary.lessons, '', ...dictionary.quizzes.map((quiz) => quiz.id)]);
}

const LESSON_KEYS = ['firstVisitAt', 'lastVisitAt', 'markedDoneAt', 'unmarkedAt'];
const QUIZ_KEYS = ['lessonId', 'attempts', 'draft', 'draftSavedAt'];
const ATTEMPT_KEYS = [
  'seed',
  'startedAt',
  'finishedAt',
  'mode',
  'answers',
  'hintsUsed',
  'questionScores',
  'score',
  'passed',
];
const DRAFT_KEYS = ['seed', 'startedAt', 'answers', 'checked', 'hintsUsed'];

/** The compact JSON of an envelope (to be compressed by the caller), or null when it does not apply. */
export function compactProgress(envelope: unknown, dictionary: CourseDictionary): Json | null {
  try {
    return compact(envelope, dictionary);
  } catch (error) {
    if (error instanceof NotCompactable) return null;
    throw error;
  }
}

function compact(envelope: unknown, dictionary: CourseDictionary): Json {
  const fail = (): never => {
    throw new NotCompactable();
  };
  if (!hasKeys(envelope, ['app', 'version', 'data']) || envelope.app !== 'cours-docker') fail();
  const { version, data } = envelope as Obj;
  if (typeof version !== 'number' || !hasKeys(data, ['lessons', 'quizzes', 'lastLocation', 'reset'])) fail();
  const { lessons, quizzes, lastLocation, reset } = data as Obj;
  if (!isObj(lessons) || !isObj(quizzes)) fail();

  const instants: number[] = [];
  const time = (value: unknown): number => instant(value) ?? fail();
  const visit = (value: unknown) => instants.push(time(value));
  for (const record of Object.values(lessons as Obj)) {
    if (!hasKeys(record, LESSON_KEYS)) fail();
    const lesson = record as Obj;
    visit(lesson.firstVisitAt);
  }
  const origin = instants.length > 0 ? Math.min(...instants) : 0;
  const at = (value: unknown) => (time(value) - origin).toString(36);
  const delta = (value: unknown, from: number) => (value === null ? null : (time(value) - from).toString(36));

  const lessonIndex = new Map(dictionary.lessons.map((id, index) => [id, index]));
  const quizIndex = new Map(dictionary.quizzes.map((quiz, index) => [quiz.id, index]));
  const lessonRef = (id: unknown): Json => (typeof id === 'string' ? (lessonIndex.get(id) ?? id) : fail());

  const packedLessons: Json[] = Object.entries(lessons as Obj).map(([id, value]) => {
    const record = value as Obj;
    const first = time(record.firstVisitAt);
    return [
      lessonRef(id),
      at(record.firstVisitAt),
      delta(record.lastVisitAt, first),
      delta(record.markedDoneAt, first),
      delta(record.unmarkedAt, first),
    ];
  });

  const packedQuizzes: Json[] = Object.entries(quizzes as Obj).map(([id, value]) => {
    if (!hasKeys(value, QUIZ_KEYS) || !Array.isArray(value.attempts)) fail();
    const record = value as Obj;
    const index = quizIndex.get(id);
    const questions = index === undefined ? null : (dictionary.quizzes[index]?.questions ?? null);
    const draft = record.draft;
    let packedDraft: Json = null;
    if (draft !== null) {
      if (!hasKeys(draft, DRAFT_KEYS)) fail();
      const d = draft as Obj;
      packedDraft = [
        d.seed ?? fail(),
        at(d.startedAt),
        d.answers ?? fail(),
        d.checked ?? fail(),
        d.hintsUsed ?? fail(),
      ];
    }
    const attempts = (record.attempts as Json[]).map((attemptValue) => {
      if (!hasKeys(attemptValue, ATTEMPT_KEYS)) fail();
      const attempt = attemptValue as Obj;
      const { answers, hintsUsed, questionScores } = attempt;
      if (!isObj(answers) || !isObj(hintsUsed) || !isObj(questionScores)) fail();
      const a = answers as Obj;
      const h = hintsUsed as Obj;
      const s = questionScores as Obj;
      const used = new Set([...Object.keys(a), ...Object.keys(h), ...Object.keys(s)]);
      const positional = questions !== null && [...used].every((questionId) => questions.includes(questionId));
      const perQuestion: Json = positional
        ? questions.map((questionId): Json => {
            const answer = a[questionId];
            const score = s[questionId];
            const hints = h[questionId];
            if (answer === undefined && score === undefined && hints === undefined) return null;
            if (answer === undefined && hints === undefined && typeof score === 'number') return score;
            if (answer !== undefined && score === 1 && hints === undefined) return [answer];
            if (answer === undefined) return [score ?? null, hints ?? null];
            return [answer, score ?? null, hints ?? null];
          })
        : { a, h, s };
      const start = time(attempt.startedAt);
      return [
        typeof attempt.seed === 'number' ? attempt.seed.toString(36) : fail(),
        at(attempt.startedAt),
        delta(attempt.finishedAt, start),
        attempt.mode === 'exam' ? 1 : attempt.mode === 'practice' ? 0 : fail(),
        attempt.score ?? fail(),
        attempt.passed === true ? 1 : attempt.passed === false ? 0 : fail(),
        perQuestion,
      ];
    });
    return [
      index ?? id,
      record.lessonId === null ? null : lessonRef(record.lessonId),
      questions === null ? '' : fingerprint(questions),
      packedDraft,
      record.draftSavedAt === null ? null : at(record.draftSavedAt),
      attempts,
    ];
  });

  let packedLocation: Json = null;
  if (lastLocation !== null) {
    if (!hasKeys(lastLocation, ['lessonId', 'path', 'at'])) fail();
    const place = lastLocation as Obj;
    packedLocation = [place.lessonId === null ? null : lessonRef(place.lessonId), place.path ?? fail(), at(place.at)];
  }
  let packedReset: Json = null;
  if (reset !== null) {
    if (!hasKeys(reset, ['at', 'id'])) fail();
    const mark = reset as Obj;
    packedReset = [at(mark.at), mark.id ?? fail()];
  }
  return [
    version as number,
    origin.toString(36),
    packedLessons,
    packedQuizzes,
    packedLocation,
    packedReset,
    courseFingerprint(dictionary),
  ];
}

/** The envelope back from `compactProgress`'s output; throws on anything malformed. */
export function expandProgress(packed: unknown, dictionary: CourseDictionary): Json {
  const bad = (what: string): never => {
    throw new Error(`suspend_data: ${what}`);
  };
  if (!Array.isArray(packed) || packed.length !== 7) bad('not compact progress');
  const [version, originText, lessons, quizzes, location, reset, course] = packed as Json[];
  // Written for another order of the course (another version of the package): positions would name the wrong ids.
  if (course !== courseFingerprint(dictionary)) bad('written for another version of the course');
  if (
    typeof version !== 'number' ||
    typeof originText !== 'string' ||
    !Array.isArray(lessons) ||
    !Array.isArray(quizzes)
  ) {
    bad('not compact progress');
  }
  const origin = parseInt(originText as string, 36);
  const num = (text: Json): number => {
    if (typeof text !== 'string' || !/^-?[0-9a-z]+$/.test(text)) bad('bad number');
    return parseInt(text as string, 36);
  };
  const iso = (ms: number) => {
    const date = new Date(ms);
    return Number.isFinite(date.getTime()) ? date.toISOString() : bad('bad date');
  };
  const at = (text: Json) => iso(origin + num(text));
  const lessonId = (ref: Json): string =>
    typeof ref === 'number'
      ? (dictionary.lessons[ref] ?? bad('unknown lesson'))
      : typeof ref === 'string'
        ? ref
        : bad('bad lesson');

  const lessonRecords: Obj = {};
  for (const entry of lessons as Json[]) {
    if (!Array.isArray(entry) || entry.length !== 5) bad('bad lesson record');
    const [ref, first, last, marked, unmarked] = entry as Json[];
    const start = origin + num(first ?? null);
    const from = (value: Json | undefined) => (value === null || value === undefined ? null : iso(start + num(value)));
    lessonRecords[lessonId(ref ?? null)] = {
      firstVisitAt: iso(start),
      lastVisitAt: from(last) ?? bad('no last visit'),
      markedDoneAt: from(marked),
      unmarkedAt: from(unmarked),
    };
  }

  const quizRecords: Obj = {};
  for (const entry of quizzes as Json[]) {
    if (!Array.isArray(entry) || entry.length !== 6) bad('bad quiz record');
    const [ref, lessonRefValue, print, draft, draftSavedAt, attempts] = entry as Json[];
    const known = typeof ref === 'number' ? (dictionary.quizzes[ref] ?? bad('unknown quiz')) : null;
    const id = known ? known.id : typeof ref === 'string' ? ref : bad('bad quiz');
    const questions = known && print === fingerprint(known.questions) ? known.questions : null;
    let expandedDraft: Json = null;
    if (draft !== null && draft !== undefined) {
      if (!Array.isArray(draft) || draft.length !== 5) bad('bad draft');
      const [seed, startedAt, answers, checked, hintsUsed] = draft as Json[];
      expandedDraft = {
        seed: seed ?? null,
        startedAt: at(startedAt ?? null),
        answers: answers ?? null,
        checked: checked ?? null,
        hintsUsed: hintsUsed ?? null,
      };
    }
    if (!Array.isArray(attempts)) bad('bad attempts');
    quizRecords[id] = {
      lessonId: lessonRefValue === null || lessonRefValue === undefined ? null : lessonId(lessonRefValue),
      attempts: (attempts as Json[]).map((attemptValue): Json => {
        if (!Array.isArray(attemptValue) || attemptValue.length !== 7) bad('bad attempt');
        const [seed, startedAt, finished, mode, score, passed, perQuestion] = attemptValue as Json[];
        const start = origin + num(startedAt ?? null);
        const answers: Obj = {};
        const hintsUsed: Obj = {};
        const questionScores: Obj = {};
        if (Array.isArray(perQuestion)) {
          // Written in a question order this version does not have: the details cannot be placed.
          if (questions && perQuestion.length === questions.length) {
            perQuestion.forEach((item, index) => {
              const questionId = questions[index] as string;
              if (item === null) return;
              if (typeof item === 'number') {
                questionScores[questionId] = item;
                return;
              }
              if (!Array.isArray(item)) bad('bad question entry');
              const parts = item as Json[];
              if (parts.length === 1) {
                answers[questionId] = parts[0] ?? null;
                questionScores[questionId] = 1;
                return;
              }
              const [answer, itemScore, hints] = parts.length === 2 ? [undefined, parts[0], parts[1]] : parts;
              if (answer !== undefined) answers[questionId] = answer;
              if (itemScore !== null && itemScore !== undefined) questionScores[questionId] = itemScore;
              if (hints !== null && hints !== undefined) hintsUsed[questionId] = hints;
            });
          }
        } else if (isObj(perQuestion)) {
          Object.assign(answers, perQuestion.a);
          Object.assign(hintsUsed, perQuestion.h);
          Object.assign(questionScores, perQuestion.s);
        } else bad('bad question entries');
        return {
          seed: num(seed ?? null),
          startedAt: iso(start),
          finishedAt: iso(start + num(finished ?? null)),
          mode: mode === 1 ? 'exam' : 'practice',
          answers,
          hintsUsed,
          questionScores,
          score: score ?? null,
          passed: passed === 1,
        };
      }),
      draft: expandedDraft,
      draftSavedAt: draftSavedAt === null || draftSavedAt === undefined ? null : at(draftSavedAt),
    };
  }

  let lastLocation: Json = null;
  if (location !== null && location !== undefined) {
    if (!Array.isArray(location) || location.length !== 3) bad('bad location');
    const [ref, path, when] = location as Json[];
    lastLocation = {
      lessonId: ref === null || ref === undefined ? null : lessonId(ref),
      path: path ?? null,
      at: at(when ?? null),
    };
  }
  let resetMark: Json = null;
  if (reset !== null && reset !== undefined) {
    if (!Array.isArray(reset) || reset.length !== 2) bad('bad reset');
    resetMark = { at: at((reset as Json[])[0] ?? null), id: (reset as Json[])[1] ?? null };
  }
  return {
    app: 'cours-docker',
    version: version as number,
    data: { lessons: lessonRecords, quizzes: quizRecords, lastLocation, reset: resetMark },
  };
}
