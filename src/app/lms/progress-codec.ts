/**
 * A compact form of the progress envelope for SCORM 1.2's 4,096 characters, used when the
 * generic form (lib/lms/suspend-codec.ts) is too long. It knows the envelope's structure (lesson
 * records, quiz records, attempts) and the course (lesson, quiz and question ids, in course order,
 * from the build), so ids become positions and dates offsets:
 * - lessons and quizzes of the course are written as their index in the course (ids of others as text);
 * - an attempt's answers, scores and hints are written in the quiz's question order, without the
 *   question ids (a right answer without hints as the answer alone when its type allows it; one fingerprint of every quiz's question list is stored for the whole text); an
 *   attempt on questions the course does not have keeps its ids;
 * - dates are base-36 millisecond offsets, each from the date written before it (a learner's
 *   dates follow each other closely, so the offsets are short); exact: they decode to the same
 *   ISO text;
 * - a lab is written as its index, its steps' dates in the lab's step order (1 when every step is dated at
 *   the lab's completion; nothing more when it also has no session), and its terminal
 *   session as the lines typed with their simulated times as offsets, then (when there are any) the
 *   files written in its editor as [after, files] pairs;
 * - the data's other fields (the certificate's name, fields a later schema adds) are carried as
 *   they are, with their ISO dates as offsets (`~` + base 36; a text starting with `~` gets one more).
 * Lesson and quiz records, attempts and drafts must have exactly their known fields; a document of
 * another shape goes through the generic form. A text written for another order of lessons and
 * quizzes (a fingerprint of the order is stored) is refused, never read with the wrong ids.
 * Decoding a text written when some quiz had other questions (another version of the package)
 * keeps every attempt's score and result and drops the per-question details, which may no longer
 * match the questions.
 */
import type { JsonValue } from '../../lib/quiz-records';

export interface CourseDictionary {
  /** Lesson ids, in course order. */
  lessons: readonly string[];
  /** Quiz ids in course order, each with its question ids in order. */
  quizzes: readonly { id: string; questions: readonly string[] }[];
  /** Lab ids in course order, each with its step ids in order (absent: a course without labs). */
  labs?: readonly { id: string; steps: readonly string[] }[];
}

type Json = JsonValue;
type Obj = { [key: string]: Json };

const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Exactly `keys`, plus any of `optional`. */
function hasKeys(value: unknown, keys: readonly string[], optional: readonly string[] = []): value is Obj {
  if (!isObj(value)) return false;
  const own = Object.keys(value);
  const extra = own.filter((key) => !keys.includes(key));
  return keys.every((key) => key in value) && extra.every((key) => optional.includes(key));
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

/** An answer written alone in its question's slot: one no other form of the slot takes. */
function bare(answer: Json): boolean {
  return typeof answer === 'string' || typeof answer === 'boolean' || isObj(answer);
}

class NotCompactable extends Error {}

/** Every quiz's question list: per-question details written in another one would name other questions. */
export function questionsFingerprint(dictionary: CourseDictionary): string {
  return fingerprint(dictionary.quizzes.flatMap((quiz) => [quiz.id, ...quiz.questions, '']));
}

/** The data's fields the structured form knows; any other is carried generically. */
const DATA_KEYS = ['lessons', 'quizzes', 'lastLocation', 'reset'];

/** A JSON value with every canonical instant replaced by `~` + its offset from `origin` (base 36). */
function packExtra(value: Json, origin: number): Json {
  if (typeof value === 'string') {
    const time = instant(value);
    if (time !== null) return `~${(time - origin).toString(36)}`;
    return value.startsWith('~') ? `~${value}` : value;
  }
  if (Array.isArray(value)) return value.map((item) => packExtra(item, origin));
  if (isObj(value))
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, packExtra(item, origin)]));
  return value;
}

function unpackExtra(value: Json, origin: number): Json {
  if (typeof value === 'string') {
    if (value.startsWith('~~')) return value.slice(1);
    if (!value.startsWith('~')) return value;
    const offset = value.slice(1);
    const date = new Date(origin + parseInt(offset, 36));
    if (!/^-?[0-9a-z]+$/.test(offset) || !Number.isFinite(date.getTime())) {
      throw new Error('suspend_data: bad date');
    }
    return date.toISOString();
  }
  if (Array.isArray(value)) return value.map((item) => unpackExtra(item, origin));
  if (isObj(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, unpackExtra(item, origin)]));
  }
  return value;
}

/** The course's order of lessons and quizzes: positions written under another order would name other ids. */
export function courseFingerprint(dictionary: CourseDictionary): string {
  const labs = dictionary.labs ?? [];
  return fingerprint([
    ...dictionary.lessons,
    '',
    ...dictionary.quizzes.map((quiz) => quiz.id),
    // Steps are written by position: another step list would give a date to another step.
    ...(labs.length > 0 ? ['', ...labs.flatMap((lab) => [lab.id, ...lab.steps, ''])] : []),
  ]);
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
/** Optional fields of an attempt and of a draft (practice first tries), written last when present. */
const ATTEMPT_OPTIONAL_KEYS = ['firstTryScores'];
const DRAFT_KEYS = ['seed', 'startedAt', 'answers', 'checked', 'hintsUsed'];
const DRAFT_OPTIONAL_KEYS = ['firstChecked'];
const LAB_KEYS = ['lessonId', 'steps', 'completedAt', 'session', 'sessionSavedAt'];

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
  if (typeof version !== 'number' || !isObj(data) || !DATA_KEYS.every((key) => key in data)) fail();
  const { lessons, quizzes, lastLocation, reset } = data as Obj;
  if (!isObj(lessons) || !isObj(quizzes)) fail();

  const instants: number[] = [];
  const time = (value: unknown): number => instant(value) ?? fail();
  for (const record of Object.values(lessons as Obj)) {
    if (!hasKeys(record, LESSON_KEYS)) fail();
    instants.push(time((record as Obj).firstVisitAt));
  }
  const origin = instants.length > 0 ? Math.min(...instants) : 0;
  // Each date from the one written before it, in the order `expandProgress` reads them.
  let cursor = origin;
  const at = (value: unknown) => {
    const moment = time(value);
    const offset = moment - cursor;
    cursor = moment;
    return offset.toString(36);
  };
  const delta = (value: unknown, from: number) => (value === null ? null : (time(value) - from).toString(36));

  const lessonIndex = new Map(dictionary.lessons.map((id, index) => [id, index]));
  const quizIndex = new Map(dictionary.quizzes.map((quiz, index) => [quiz.id, index]));
  const lessonRef = (id: unknown): Json => (typeof id === 'string' ? (lessonIndex.get(id) ?? id) : fail());

  const packedLessons: Json[] = Object.entries(lessons as Obj).map(([id, value]) => {
    const record = value as Obj;
    const first = time(record.firstVisitAt);
    const packed: Json[] = [
      lessonRef(id),
      at(record.firstVisitAt),
      delta(record.lastVisitAt, first),
      delta(record.markedDoneAt, first),
      delta(record.unmarkedAt, first),
    ];
    // Dates the lesson does not have yet (never unmarked, not done) are left out at the end.
    while (packed.length > 3 && packed.at(-1) === null) packed.pop();
    return packed;
  });

  const packedQuizzes: Json[] = Object.entries(quizzes as Obj).map(([id, value]) => {
    if (!hasKeys(value, QUIZ_KEYS) || !Array.isArray(value.attempts)) fail();
    const record = value as Obj;
    const index = quizIndex.get(id);
    const questions = index === undefined ? null : (dictionary.quizzes[index]?.questions ?? null);
    const draft = record.draft;
    let packedDraft: Json = null;
    if (draft !== null) {
      if (!hasKeys(draft, DRAFT_KEYS, DRAFT_OPTIONAL_KEYS)) fail();
      const d = draft as Obj;
      packedDraft = [
        d.seed ?? fail(),
        at(d.startedAt),
        d.answers ?? fail(),
        d.checked ?? fail(),
        d.hintsUsed ?? fail(),
        ...(d.firstChecked === undefined ? [] : [d.firstChecked]),
      ];
    }
    const attempts = (record.attempts as Json[]).map((attemptValue) => {
      if (!hasKeys(attemptValue, ATTEMPT_KEYS, ATTEMPT_OPTIONAL_KEYS)) fail();
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
            // A right answer without hints: the answer alone when it cannot be taken for another form
            // (null, a number and an array are), else in an array of one.
            if (answer !== undefined && score === 1 && hints === undefined) return bare(answer) ? answer : [answer];
            if (answer === undefined) return [score ?? null, hints ?? null];
            return [answer, score ?? null, hints ?? null];
          })
        : { a, h, s };
      const start = time(attempt.startedAt);
      // First tries (practice): in question order when the details are, else by id; absent, left out.
      const first = attempt.firstTryScores;
      let packedFirst: Json[] = [];
      if (first !== undefined) {
        if (!isObj(first)) fail();
        const f = first as Obj;
        const inOrder = positional && Object.keys(f).every((questionId) => questions.includes(questionId));
        packedFirst = [inOrder ? questions.map((questionId) => f[questionId] ?? null) : f];
      }
      return [
        typeof attempt.seed === 'number' ? attempt.seed.toString(36) : fail(),
        at(attempt.startedAt),
        delta(attempt.finishedAt, start),
        attempt.mode === 'exam' ? 1 : attempt.mode === 'practice' ? 0 : fail(),
        attempt.score ?? fail(),
        attempt.passed === true ? 1 : attempt.passed === false ? 0 : fail(),
        perQuestion,
        ...packedFirst,
      ];
    });
    const draftSavedAt = record.draftSavedAt === null ? null : at(record.draftSavedAt);
    const head: Json[] = [index ?? id, record.lessonId === null ? null : lessonRef(record.lessonId)];
    // Without a draft (the usual case), the draft's two slots are left out.
    return packedDraft === null && draftSavedAt === null
      ? [...head, attempts]
      : [...head, packedDraft, draftSavedAt, attempts];
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
  // Labs (schema version 3): written when the data has them, after the reset mark.
  let packedLabs: Json[] | null = null;
  const { labs } = data as Obj;
  if (labs !== undefined) {
    if (!isObj(labs)) fail();
    const labIndex = new Map((dictionary.labs ?? []).map((lab, index) => [lab.id, index]));
    packedLabs = Object.entries(labs as Obj).map(([id, value]) => {
      if (!hasKeys(value, LAB_KEYS, ['edits'])) fail();
      const record = value as Obj;
      const { steps, session } = record;
      if (!isObj(steps) || !Array.isArray(session)) fail();
      const index = labIndex.get(id);
      const known = index === undefined ? null : (dictionary.labs?.[index]?.steps ?? null);
      const doneSteps = steps as Obj;
      const positional = known !== null && Object.keys(doneSteps).every((stepId) => known.includes(stepId));
      const completedAt = record.completedAt === null ? null : at(record.completedAt);
      // A completed lab whose every step is dated at its completion (SCORM 1.2's cut) is written as 1.
      const allAtCompletion =
        positional &&
        record.completedAt !== null &&
        known.length > 0 &&
        known.every((stepId) => doneSteps[stepId] === record.completedAt);
      const packedSteps: Json = allAtCompletion
        ? 1
        : positional
          ? known.map((stepId) => (doneSteps[stepId] === undefined ? null : at(doneSteps[stepId])))
          : Object.fromEntries(Object.entries(doneSteps).map(([stepId, when]) => [stepId, at(when)]));
      let previous = 0;
      const packedSession: Json[] = (session as Json[]).map((entry) => {
        if (!hasKeys(entry, ['line', 'at']) || typeof entry.line !== 'string' || typeof entry.at !== 'number') fail();
        const { line, at: moment } = entry as { line: string; at: number };
        const offset = (moment - previous).toString(36);
        previous = moment;
        return [line, offset];
      });
      const sessionSavedAt = record.sessionSavedAt === null ? null : at(record.sessionSavedAt);
      const head: Json[] = [
        index ?? id,
        record.lessonId === null ? null : lessonRef(record.lessonId),
        completedAt,
        packedSteps,
      ];
      // All its steps at its completion and no session: its index, lesson and completion say it all (the lesson
      // left out when it has none).
      if (allAtCompletion && packedSession.length === 0 && record.sessionSavedAt === null && record.edits === undefined)
        return record.lessonId === null ? [index ?? id, completedAt] : head.slice(0, 3);
      // The editor's files, as [after, files] pairs in a seventh slot when there are any.
      const { edits } = record;
      if (edits !== undefined && !Array.isArray(edits)) fail();
      const packedEdits: Json[] = ((edits ?? []) as Json[]).map((edit) => {
        if (!hasKeys(edit, ['after', 'files']) || typeof edit.after !== 'number' || !isObj(edit.files)) fail();
        const { after, files } = edit as { after: number; files: Obj };
        if (Object.values(files).some((content) => typeof content !== 'string')) fail();
        return [after, files];
      });
      if (packedEdits.length > 0) return [...head, packedSession, sessionSavedAt, packedEdits];
      // Without a session (the usual case once cut for SCORM 1.2), its two slots are left out.
      return packedSession.length === 0 && sessionSavedAt === null ? head : [...head, packedSession, sessionSavedAt];
    });
  }
  const extra: Obj = {};
  for (const [key, value] of Object.entries(data as Obj)) {
    if (!DATA_KEYS.includes(key) && !(key === 'labs' && packedLabs !== null)) extra[key] = packExtra(value, origin);
  }
  return [
    version as number,
    origin.toString(36),
    packedLessons,
    packedQuizzes,
    packedLocation,
    packedReset,
    courseFingerprint(dictionary),
    questionsFingerprint(dictionary),
    extra,
    ...(packedLabs === null ? [] : [packedLabs]),
  ];
}

/**
 * An attempt's first tries back: by id as written, or in question order when the course's questions
 * are the ones it was written for (else, like the other per-question details, they are dropped).
 */
function expandFirstTries(first: Json | undefined, questions: readonly string[] | null): Obj {
  if (first === undefined) return {};
  if (isObj(first)) return { firstTryScores: first };
  if (!Array.isArray(first)) throw new Error('suspend_data: bad first tries');
  if (questions === null || first.length !== questions.length) return {};
  const scores: Obj = {};
  first.forEach((score, index) => {
    if (score !== null) scores[questions[index] as string] = score;
  });
  return { firstTryScores: scores };
}

/** The envelope back from `compactProgress`'s output; throws on anything malformed. */
export function expandProgress(packed: unknown, dictionary: CourseDictionary): Json {
  const bad = (what: string): never => {
    throw new Error(`suspend_data: ${what}`);
  };
  if (!Array.isArray(packed) || (packed.length !== 9 && packed.length !== 10)) bad('not compact progress');
  const [version, originText, lessons, quizzes, location, reset, course, questionsPrint, extra, labs] =
    packed as Json[];
  // Written for another order of the course (another version of the package): positions would name the wrong ids.
  if (course !== courseFingerprint(dictionary)) bad('written for another version of the course');
  if (
    typeof version !== 'number' ||
    typeof originText !== 'string' ||
    !Array.isArray(lessons) ||
    !Array.isArray(quizzes) ||
    !isObj(extra)
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
  // Each date is written from the one before it (see `compact`), read here in the same order.
  let cursor = origin;
  const at = (text: Json) => {
    cursor += num(text);
    return iso(cursor);
  };
  const sameQuestions = questionsPrint === questionsFingerprint(dictionary);
  const lessonId = (ref: Json): string =>
    typeof ref === 'number'
      ? (dictionary.lessons[ref] ?? bad('unknown lesson'))
      : typeof ref === 'string'
        ? ref
        : bad('bad lesson');

  const lessonRecords: Obj = {};
  for (const entry of lessons as Json[]) {
    if (!Array.isArray(entry) || entry.length < 3 || entry.length > 5) bad('bad lesson record');
    const [ref, first, last, marked, unmarked] = entry as Json[];
    at(first ?? null);
    const start = cursor;
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
    if (!Array.isArray(entry) || (entry.length !== 5 && entry.length !== 3)) bad('bad quiz record');
    const fields = entry as Json[];
    const [ref, lessonRefValue, draft, draftSavedAt, attempts] =
      fields.length === 3 ? [fields[0], fields[1], null, null, fields[2]] : fields;
    const known = typeof ref === 'number' ? (dictionary.quizzes[ref] ?? bad('unknown quiz')) : null;
    const id = known ? known.id : typeof ref === 'string' ? ref : bad('bad quiz');
    const questions = known && sameQuestions ? known.questions : null;
    let expandedDraft: Json = null;
    if (draft !== null && draft !== undefined) {
      if (!Array.isArray(draft) || (draft.length !== 5 && draft.length !== 6)) bad('bad draft');
      const [seed, startedAt, answers, checked, hintsUsed, firstChecked] = draft as Json[];
      expandedDraft = {
        seed: seed ?? null,
        startedAt: at(startedAt ?? null),
        answers: answers ?? null,
        checked: checked ?? null,
        hintsUsed: hintsUsed ?? null,
        ...(firstChecked === undefined ? {} : { firstChecked }),
      };
    }
    if (!Array.isArray(attempts)) bad('bad attempts');
    const expandedAttempts = (attempts as Json[]).map((attemptValue): Json => {
      if (!Array.isArray(attemptValue) || (attemptValue.length !== 7 && attemptValue.length !== 8)) {
        bad('bad attempt');
      }
      const [seed, startedAt, finished, mode, score, passed, perQuestion, first] = attemptValue as Json[];
      at(startedAt ?? null);
      const start = cursor;
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
            if (bare(item)) {
              answers[questionId] = item;
              questionScores[questionId] = 1;
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
        ...expandFirstTries(first, questions),
      };
    });
    quizRecords[id] = {
      lessonId: lessonRefValue === null || lessonRefValue === undefined ? null : lessonId(lessonRefValue),
      attempts: expandedAttempts,
      draft: expandedDraft,
      draftSavedAt: draftSavedAt === null || draftSavedAt === undefined ? null : at(draftSavedAt),
    };
  }

  if (Object.keys(extra as Obj).some((key) => DATA_KEYS.includes(key) || (key === 'labs' && labs !== undefined))) {
    bad('bad extra fields');
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
  let labRecords: Obj | null = null;
  if (labs !== undefined) {
    if (!Array.isArray(labs)) bad('bad labs');
    labRecords = {};
    for (const entry of labs as Json[]) {
      if (
        !Array.isArray(entry) ||
        (entry.length !== 2 && entry.length !== 3 && entry.length !== 4 && entry.length !== 6 && entry.length !== 7)
      )
        bad('bad lab record');
      const slots = entry as Json[];
      const [ref, lessonRefValue, completed, packedSteps, session, sessionSavedAt, edits] =
        slots.length === 2 ? [slots[0] ?? null, null, slots[1] ?? null] : slots;
      const steps = slots.length <= 3 ? 1 : packedSteps;
      const known = typeof ref === 'number' ? (dictionary.labs?.[ref] ?? bad('unknown lab')) : null;
      const id = known ? known.id : typeof ref === 'string' ? ref : bad('bad lab');
      const completedAt = completed === null || completed === undefined ? null : at(completed);
      const doneSteps: Obj = {};
      if (steps === 1) {
        if (!known || completedAt === null) bad('bad lab steps');
        for (const stepId of known?.steps ?? []) doneSteps[stepId] = completedAt;
      } else if (Array.isArray(steps)) {
        if (!known || steps.length !== known.steps.length) bad('bad lab steps');
        steps.forEach((when, index) => {
          if (when !== null) doneSteps[known?.steps[index] as string] = at(when);
        });
      } else if (isObj(steps)) {
        for (const [stepId, when] of Object.entries(steps)) doneSteps[stepId] = at(when);
      } else bad('bad lab steps');
      let previous = 0;
      const lines = session === undefined ? [] : Array.isArray(session) ? session : bad('bad lab session');
      const expandedSession = lines.map((item): Json => {
        if (!Array.isArray(item) || item.length !== 2 || typeof item[0] !== 'string') bad('bad lab session');
        previous += num((item as Json[])[1] ?? null);
        return { line: (item as Json[])[0] ?? null, at: previous };
      });
      let expandedEdits: Json[] | null = null;
      if (edits !== undefined) {
        if (!Array.isArray(edits) || edits.length === 0) bad('bad lab edits');
        expandedEdits = (edits as Json[]).map((item): Json => {
          if (!Array.isArray(item) || item.length !== 2 || typeof item[0] !== 'number' || !isObj(item[1]))
            bad('bad lab edits');
          const [after, files] = item as Json[];
          return { after: after ?? null, files: files ?? null };
        });
      }
      labRecords[id] = {
        lessonId: lessonRefValue === null || lessonRefValue === undefined ? null : lessonId(lessonRefValue),
        steps: doneSteps,
        completedAt,
        session: expandedSession,
        sessionSavedAt: sessionSavedAt === null || sessionSavedAt === undefined ? null : at(sessionSavedAt),
        ...(expandedEdits === null ? {} : { edits: expandedEdits }),
      };
    }
  }
  return {
    app: 'cours-docker',
    version: version as number,
    data: {
      lessons: lessonRecords,
      quizzes: quizRecords,
      ...(labRecords === null ? {} : { labs: labRecords }),
      lastLocation,
      reset: resetMark,
      ...(unpackExtra(extra ?? null, origin) as Obj),
    },
  };
}
