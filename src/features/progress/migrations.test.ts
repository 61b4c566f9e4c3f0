import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import v1Snapshot from './fixtures/progress-v1.json';
import v2Snapshot from './fixtures/progress-v2.json';
import v3Snapshot from './fixtures/progress-v3.json';
import {
  detectVersion,
  migrateProgress,
  progressV1Schema,
  progressV2DataSchema,
  progressV3DataSchema,
  renameIds,
  v1ToV2,
  v2ToV3,
  type ProgressV1,
} from './migrations';
import { isMarkedDone, progressDataSchema, toEnvelope, type ProgressData } from './progress-schema';
import {
  attempt,
  draft,
  labRecord,
  lessonRecord,
  minute,
  progress,
  progressArb,
  quizRecord,
} from './fixtures/progress-builders';

const migratedAt = '2025-03-01T09:00:00.000Z';

/** What version 1 could say about some v2 data: used to check that the migration lost nothing. */
function viewAsV1(data: ProgressData): ProgressV1 {
  const scores = Object.fromEntries(
    Object.entries(data.quizzes).map(([quizId, quiz]) => [
      quizId,
      Math.max(...quiz.attempts.map((a) => a.score)) * 100,
    ]),
  );
  return {
    version: 1,
    completed: Object.entries(data.lessons)
      .filter(([, record]) => isMarkedDone(record))
      .map(([lessonId]) => lessonId),
    scores,
    ...(data.lastLocation ? { lastPath: data.lastLocation.path } : {}),
  };
}

test('the v1 snapshot is a valid v1 document', () => {
  expect(progressV1Schema.safeParse(v1Snapshot).success).toBe(true);
});

test('a v1 snapshot migrates to v2 with nothing lost', () => {
  const outcome = migrateProgress(v1Snapshot, migratedAt);
  expect(outcome.status).toBe('migrated');
  if (outcome.status !== 'migrated') return;
  expect(outcome.fromVersion).toBe(1);
  expect(progressDataSchema.safeParse(outcome.data).success).toBe(true);
  expect(viewAsV1(outcome.data)).toEqual(v1Snapshot);
});

test('v1ToV2 turns completions into marked lessons, scores into attempts and the path into the last place', () => {
  const data = v1ToV2(progressV1Schema.parse(v1Snapshot), migratedAt);
  expect(data.lessons['virt-definition']).toEqual({
    firstVisitAt: migratedAt,
    lastVisitAt: migratedAt,
    markedDoneAt: migratedAt,
    unmarkedAt: null,
  });
  expect(data.quizzes['quiz-virt-definition']?.attempts).toEqual([
    expect.objectContaining({ score: 0.85, passed: true, startedAt: migratedAt, finishedAt: migratedAt }),
  ]);
  // Version 1 kept no pass/fail: the course's default pass mark (70 %) decides.
  expect(data.quizzes['quiz-virt-avantages']?.attempts[0]?.passed).toBe(false);
  expect(data.quizzes['exam-virtualisation']?.attempts[0]?.passed).toBe(true);
  expect(data.quizzes['quiz-virt-definition']?.lessonId).toBeNull();
  expect(data.lastLocation).toEqual({ lessonId: null, path: '/conteneurisation/conteneurs', at: migratedAt });
  expect(data.reset).toBeNull();
});

test('a v1 document without a last path migrates to no last place', () => {
  const data = v1ToV2({ version: 1, completed: [], scores: {} }, migratedAt);
  expect(data).toEqual({ lessons: {}, quizzes: {}, lastLocation: null, reset: null });
});

test('the current envelope is read as it is', () => {
  const data = progress({ lessons: { 'virt-definition': lessonRecord({ lastVisitAt: minute(3) }) } });
  expect(migrateProgress(toEnvelope(data))).toEqual({ status: 'current', data });
});

test('a newer version is reported, with what this version can read of it', () => {
  const data = progress({ lessons: { 'virt-definition': lessonRecord() } });
  const newer = { app: 'cours-docker', version: 5, data: { ...data, badges: ['x'] } };
  expect(migrateProgress(newer)).toEqual({ status: 'newer', version: 5, data });
  expect(migrateProgress({ app: 'cours-docker', version: 9, data: 'autre chose' })).toEqual({
    status: 'newer',
    version: 9,
    data: null,
  });
});

test.each([
  ['a string', 'bonjour', 'not-ours'],
  ['null', null, 'not-ours'],
  ['an array', [1, 2], 'not-ours'],
  ['another app', { app: 'autre', version: 2, data: {} }, 'not-ours'],
  ['an object of no known version', { version: 7, completed: [] }, 'not-ours'],
  ['our envelope with no version', { app: 'cours-docker', data: {} }, 'wrong-shape'],
  ['our envelope with wrong data', { app: 'cours-docker', version: 2, data: { lessons: [] } }, 'wrong-shape'],
  ['a v1 score above 100', { version: 1, completed: [], scores: { q: 150 } }, 'wrong-shape'],
  ['a v1 completion with a hostile id', { version: 1, completed: ['<script>'], scores: {} }, 'wrong-shape'],
  [
    'a v1 path that is a URL',
    { version: 1, completed: [], scores: {}, lastPath: 'javascript:alert(1)' },
    'wrong-shape',
  ],
])('%s is refused as %s', (_label, raw, reason) => {
  expect(migrateProgress(raw)).toEqual({ status: 'invalid', reason });
});

test('detectVersion finds the version of bare v1 documents and of envelopes', () => {
  expect(detectVersion(v1Snapshot)).toEqual({ ok: true, version: 1, payload: v1Snapshot });
  expect(detectVersion({ app: 'cours-docker', version: 2, data: 1 })).toEqual({ ok: true, version: 2, payload: 1 });
});

test('renamed ids: progress moves to the new id and merges with what is there', () => {
  const data = progress({
    lessons: {
      'virt-ancien': lessonRecord({ firstVisitAt: minute(1), lastVisitAt: minute(2), markedDoneAt: minute(2) }),
      'virt-nouveau': lessonRecord({ firstVisitAt: minute(5), lastVisitAt: minute(6) }),
    },
    quizzes: { 'quiz-virt-ancien': quizRecord({ lessonId: 'virt-ancien', attempts: [attempt()] }) },
    lastLocation: { lessonId: 'virt-ancien', path: '/virtualisation/ancien', at: minute(2) },
  });
  const renamed = renameIds(data, {
    lessons: { 'virt-ancien': 'virt-nouveau' },
    quizzes: { 'quiz-virt-ancien': 'quiz-virt-nouveau' },
  });
  expect(renamed?.lessons).toEqual({
    'virt-nouveau': { firstVisitAt: minute(1), lastVisitAt: minute(6), markedDoneAt: minute(2), unmarkedAt: null },
  });
  expect(renamed?.quizzes).toEqual({
    'quiz-virt-nouveau': quizRecord({ lessonId: 'virt-nouveau', attempts: [attempt()] }),
  });
  expect(renamed?.lastLocation?.lessonId).toBe('virt-nouveau');
  expect(renameIds(data, { lessons: { 'autre-id': 'encore-autre' }, quizzes: {} })).toBeNull();
  expect(renameIds(data, { lessons: { constructor: 'x' }, quizzes: { constructor: 'x' } })).toBeNull();
});

test('renamed quiz ids: attempts and draft move to the new id, merged with those already there', () => {
  const inProgress = draft({ seed: 7, startedAt: minute(30) });
  const data = progress({
    quizzes: {
      'quiz-ancien': quizRecord({
        lessonId: 'virt-definition',
        attempts: [attempt({ seed: 1, score: 0.9 })],
        draft: inProgress,
        draftSavedAt: minute(31),
      }),
      'quiz-nouveau': quizRecord({
        lessonId: 'virt-definition',
        attempts: [attempt({ seed: 2, startedAt: minute(10) })],
      }),
    },
  });
  const renamed = renameIds(data, { lessons: {}, quizzes: { 'quiz-ancien': 'quiz-nouveau' } });
  expect(Object.keys(renamed?.quizzes ?? {})).toEqual(['quiz-nouveau']);
  const record = renamed?.quizzes['quiz-nouveau'];
  expect(record?.attempts.map((kept) => kept.seed).sort()).toEqual([1, 2]);
  expect(record?.draft).toEqual(inProgress);
  expect(record?.draftSavedAt).toBe(minute(31));
});

test('lesson ids and quiz ids are renamed apart: one kind’s rename never moves the other’s record', () => {
  const data = progress({
    lessons: { partage: lessonRecord() },
    quizzes: { partage: quizRecord({ lessonId: 'virt-definition', attempts: [attempt()] }) },
  });
  const lessonsOnly = renameIds(data, { lessons: { partage: 'lecon-renommee' }, quizzes: {} });
  expect(Object.keys(lessonsOnly?.lessons ?? {})).toEqual(['lecon-renommee']);
  expect(Object.keys(lessonsOnly?.quizzes ?? {})).toEqual(['partage']);
  const quizzesOnly = renameIds(data, { lessons: {}, quizzes: { partage: 'quiz-renomme' } });
  expect(Object.keys(quizzesOnly?.lessons ?? {})).toEqual(['partage']);
  expect(Object.keys(quizzesOnly?.quizzes ?? {})).toEqual(['quiz-renomme']);
});

describe('version 2 → version 3 (labs)', () => {
  test('the v2 snapshot is a valid v2 document', () => {
    const detected = detectVersion(v2Snapshot);
    expect(detected).toEqual({ ok: true, version: 2, payload: v2Snapshot.data });
    expect(progressV2DataSchema.safeParse(v2Snapshot.data).success).toBe(true);
  });

  test('a v2 snapshot imports intact, with no lab yet', () => {
    const outcome = migrateProgress(v2Snapshot, migratedAt);
    expect(outcome).toEqual({ status: 'migrated', fromVersion: 2, data: { ...v2Snapshot.data, labs: {}, cards: {} } });
    if (outcome.status !== 'migrated') return;
    expect(progressDataSchema.safeParse(outcome.data).success).toBe(true);
  });

  test('a v1 document goes through both steps', () => {
    const outcome = migrateProgress(v1Snapshot, migratedAt);
    expect(outcome.status === 'migrated' && outcome.data.labs).toEqual({});
  });

  test('the certificate name of a v2 document is carried; one that does not read costs nothing else', () => {
    const certificate = { name: 'Ada Lovelace', at: '2026-11-30T10:00:00.000Z' };
    const named = migrateProgress({ ...v2Snapshot, data: { ...v2Snapshot.data, certificate } }, migratedAt);
    expect(named).toEqual({
      status: 'migrated',
      fromVersion: 2,
      data: { ...v2Snapshot.data, labs: {}, cards: {}, certificate },
    });
    const broken = { ...v2Snapshot, data: { ...v2Snapshot.data, certificate: { name: 'x'.repeat(500), at: 3 } } };
    const outcome = migrateProgress(broken, migratedAt);
    expect(outcome).toEqual({ status: 'migrated', fromVersion: 2, data: { ...v2Snapshot.data, labs: {}, cards: {} } });
  });

  test('a field a v2 deploy added without a bump goes through the migration untouched', () => {
    const withExtra = { ...v2Snapshot.data, learnerName: 'Camille' };
    expect(v2ToV3(progressV2DataSchema.parse(withExtra))).toMatchObject({ learnerName: 'Camille', labs: {} });
  });

  test('any v2 data migrates to the same data plus empty labs', () => {
    fc.assert(
      fc.property(progressArb(), (data) => {
        const { labs: _labs, cards: _cards, ...v2 } = data;
        const outcome = migrateProgress({ app: 'cours-docker', version: 2, data: v2 }, migratedAt);
        expect(outcome).toEqual({ status: 'migrated', fromVersion: 2, data: { ...v2, labs: {}, cards: {} } });
      }),
    );
  });

  test('v2 data of the wrong shape is refused, not half-read', () => {
    expect(migrateProgress({ app: 'cours-docker', version: 2, data: { ...v2Snapshot.data, quizzes: 3 } })).toEqual({
      status: 'invalid',
      reason: 'wrong-shape',
    });
  });

  test('a renamed lab keeps its steps and session under its new id', () => {
    const data = progress({ labs: { 'lab-ancien': labRecord({ steps: { lancer: minute(2) } }) } });
    const renamed = renameIds(data, { lessons: {}, quizzes: {}, labs: { 'lab-ancien': 'lab-nouveau' } });
    expect(renamed?.labs).toEqual({ 'lab-nouveau': labRecord({ steps: { lancer: minute(2) } }) });
  });
});

describe('version 3 → version 4 (review cards)', () => {
  test('the v3 snapshot is a valid v3 document, labs and certificate included', () => {
    expect(detectVersion(v3Snapshot)).toEqual({ ok: true, version: 3, payload: v3Snapshot.data });
    expect(progressV3DataSchema.safeParse(v3Snapshot.data).success).toBe(true);
  });

  test('a v3 snapshot imports intact, with no card yet', () => {
    const outcome = migrateProgress(v3Snapshot, migratedAt);
    expect(outcome).toEqual({ status: 'migrated', fromVersion: 3, data: { ...v3Snapshot.data, cards: {} } });
  });

  test('v1 and v2 documents go through every step', () => {
    for (const snapshot of [v1Snapshot, v2Snapshot]) {
      const outcome = migrateProgress(snapshot, migratedAt);
      expect(outcome.status === 'migrated' && outcome.data.cards).toEqual({});
    }
  });

  test('any v3 data migrates to the same data plus no card', () => {
    fc.assert(
      fc.property(progressArb(), (data) => {
        const { cards: _cards, ...v3 } = data;
        const outcome = migrateProgress({ app: 'cours-docker', version: 3, data: v3 }, migratedAt);
        expect(outcome).toEqual({ status: 'migrated', fromVersion: 3, data: { ...v3, cards: {} } });
      }),
    );
  });

  test('v3 data of the wrong shape is refused, not half-read', () => {
    const broken = { ...v3Snapshot, data: { ...v3Snapshot.data, labs: [] } };
    expect(migrateProgress(broken)).toEqual({ status: 'invalid', reason: 'wrong-shape' });
  });

  test('a renamed quiz keeps its cards, under their new key', () => {
    const card = {
      quizId: 'quiz-ancien',
      questionId: 'q1',
      due: minute(30),
      stability: 2.3,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 3,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
      lastReview: minute(1),
    };
    const data = progress({ cards: { 'quiz-ancien:q1': card } });
    const renamed = renameIds(data, { lessons: {}, quizzes: { 'quiz-ancien': 'quiz-nouveau' } });
    expect(renamed?.cards).toEqual({ 'quiz-nouveau:q1': { ...card, quizId: 'quiz-nouveau' } });
  });
});
