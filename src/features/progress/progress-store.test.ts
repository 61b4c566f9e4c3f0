import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import v1Snapshot from './fixtures/progress-v1.json';
import { attempt, draft, lessonRecord, minute, progress } from './fixtures/progress-builders';
import {
  BATCHED_WRITE_DELAY_MS,
  createProgressStore,
  PROGRESS_KEY,
  type ProgressStore,
  type ProgressStoreOptions,
} from './progress-store';
import { isMarkedDone, toEnvelope, type ProgressData } from './progress-schema';

let clock = 0;
const stores: ProgressStore[] = [];

/** A store on jsdom's localStorage, with a clock that moves one minute per reading. */
function makeStore(options: ProgressStoreOptions = {}): ProgressStore {
  const store = createProgressStore({
    now: () => new Date(minute((clock += 1))),
    randomId: () => `reset-${clock}`,
    storageManager: null,
    ...options,
  });
  stores.push(store);
  return store;
}

function stored(): unknown {
  const raw = localStorage.getItem(PROGRESS_KEY);
  return raw === null ? null : JSON.parse(raw);
}

function storedData(): ProgressData {
  return (stored() as { data: ProgressData }).data;
}

/** What the browser sends the other tabs when one tab writes the key. */
function otherTabWrote(value: string | null) {
  window.dispatchEvent(new StorageEvent('storage', { key: PROGRESS_KEY, newValue: value, storageArea: localStorage }));
}

beforeEach(() => {
  localStorage.clear();
  clock = 0;
});

afterEach(() => {
  for (const store of stores.splice(0)) store.dispose();
  vi.restoreAllMocks();
});

test('starts empty and saves each change under one versioned key', () => {
  const store = makeStore();
  expect(store.getState().data).toEqual(progress());
  expect(store.getState().storage).toBe('ok');
  store.getState().visitLesson('virt-definition', '/virtualisation/definition');
  expect(stored()).toEqual({ app: 'cours-docker', version: 4, data: store.getState().data });
  expect(storedData().lastLocation).toMatchObject({ lessonId: 'virt-definition', path: '/virtualisation/definition' });
});

test('progress survives a reload', () => {
  const first = makeStore();
  first.getState().visitLesson('virt-definition', '/virtualisation/definition');
  first.getState().setLessonDone('virt-definition', true);
  first.getState().recordQuizAttempt('quiz-virt-definition', 'virt-definition', attempt());
  const reloaded = makeStore();
  expect(reloaded.getState().data).toEqual(first.getState().data);
  expect(isMarkedDone(reloaded.getState().data.lessons['virt-definition'])).toBe(true);
});

test('marking done, then not done, then done again', () => {
  const store = makeStore();
  const { setLessonDone } = store.getState();
  setLessonDone('virt-domaines', true);
  expect(isMarkedDone(store.getState().data.lessons['virt-domaines'])).toBe(true);
  setLessonDone('virt-domaines', false);
  expect(isMarkedDone(store.getState().data.lessons['virt-domaines'])).toBe(false);
  setLessonDone('virt-domaines', true);
  expect(isMarkedDone(storedData().lessons['virt-domaines'])).toBe(true);
});

test('a draft is saved, and cleared when its attempt is recorded', () => {
  const store = makeStore();
  const inProgress = draft({ seed: 4, startedAt: minute(100), answers: { x: 'overlay2' } });
  store.getState().saveQuizDraft('quiz-virt-definition', 'virt-definition', inProgress);
  expect(storedData().quizzes['quiz-virt-definition']?.draft).toEqual(inProgress);
  store
    .getState()
    .recordQuizAttempt(
      'quiz-virt-definition',
      'virt-definition',
      attempt({ seed: 4, startedAt: minute(100), finishedAt: minute(101) }),
    );
  const record = storedData().quizzes['quiz-virt-definition'];
  expect(record?.draft).toBeNull();
  expect(record?.attempts).toHaveLength(1);
  expect(record?.lessonId).toBe('virt-definition');
});

test('invalid ids, paths and records are ignored, so the stored data always stays valid', () => {
  const store = makeStore();
  store.getState().visitLesson('__proto__', '/a/b');
  store.getState().visitLesson('virt-definition', 'https://ailleurs.example/');
  store.getState().recordQuizAttempt('quiz-a', 'lesson-a', { ...attempt(), score: 7 });
  store.getState().saveQuizDraft('quiz-a', 'lesson-a', { ...draft(), seed: 0.5 });
  expect(store.getState().data).toEqual(progress());
  expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
});

test.each([
  ['text that is not JSON', 'ceci n’est pas du JSON {'],
  ['JSON of another shape', '{"lessons": ["virt-definition"]}'],
  ['our envelope with broken data', JSON.stringify({ app: 'cours-docker', version: 2, data: { lessons: 3 } })],
  ['a v1 document with broken data', JSON.stringify({ version: 1, completed: 'tout', scores: {} })],
  ['JSON with a prototype key', '{"__proto__": {"x": 1}}'],
])('corrupted data (%s): starts clean, sets the raw text aside, says so', (_label, raw) => {
  localStorage.setItem(PROGRESS_KEY, raw);
  const store = makeStore();
  const state = store.getState();
  expect(state.data).toEqual(progress());
  expect(state.recoveredCorrupt).toBe(true);
  expect(state.storage).toBe('ok');
  expect(state.corruptBackups).toHaveLength(1);
  const backupKey = state.corruptBackups[0] ?? '';
  expect(backupKey).toMatch(/^cours-docker:progress:corrupt-\d+$/);
  expect(localStorage.getItem(backupKey)).toBe(raw);
  // New progress is saved normally, and the raw text is not set aside twice.
  state.visitLesson('virt-definition', '/virtualisation/definition');
  expect(Object.keys(storedData().lessons)).toEqual(['virt-definition']);
  expect(store.getState().corruptBackups).toHaveLength(1);
  // The next load is clean.
  expect(makeStore().getState().recoveredCorrupt).toBe(false);
});

test('a set-aside copy can be deleted', () => {
  localStorage.setItem(PROGRESS_KEY, 'abîmé');
  const store = makeStore();
  const [backupKey = ''] = store.getState().corruptBackups;
  store.getState().deleteCorruptBackup(backupKey);
  expect(localStorage.getItem(backupKey)).toBeNull();
  expect(store.getState().corruptBackups).toEqual([]);
});

test('when the raw text cannot be set aside (storage full), it is kept in memory for download', () => {
  localStorage.setItem(PROGRESS_KEY, 'abîmé');
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('plein', 'QuotaExceededError');
  });
  const store = makeStore();
  expect(store.getState().recoveredCorrupt).toBe(true);
  expect(store.getState().unsavedCorruptText).toBe('abîmé');
});

test('an older version (v1) is migrated, saved as v2, and the old blob kept aside', () => {
  localStorage.setItem(PROGRESS_KEY, JSON.stringify(v1Snapshot));
  const store = makeStore();
  const data = store.getState().data;
  expect(Object.keys(data.lessons).sort()).toEqual(['cont-conteneurs', 'virt-avantages', 'virt-definition']);
  expect(data.quizzes['quiz-virt-definition']?.attempts[0]?.score).toBe(0.85);
  expect(data.lastLocation?.path).toBe('/conteneurisation/conteneurs');
  expect(store.getState().recoveredCorrupt).toBe(false);
  expect(stored()).toEqual(toEnvelope(data));
  expect(JSON.parse(localStorage.getItem(`${PROGRESS_KEY}:backup-v1`) ?? 'null')).toEqual(v1Snapshot);
});

test('a newer version is shown read-only and never overwritten', () => {
  const newerData = { ...progress({ lessons: { 'virt-definition': lessonRecord() } }), badges: ['curieux'] };
  const raw = JSON.stringify({ app: 'cours-docker', version: 5, data: newerData });
  localStorage.setItem(PROGRESS_KEY, raw);
  const store = makeStore();
  expect(store.getState().storage).toBe('read-only');
  expect(store.getState().storedVersion).toBe(5);
  expect(Object.keys(store.getState().data.lessons)).toEqual(['virt-definition']);
  store.getState().visitLesson('virt-domaines', '/virtualisation/domaines');
  store.getState().resetProgress();
  expect(localStorage.getItem(PROGRESS_KEY)).toBe(raw);
  expect(store.getState().recoveredCorrupt).toBe(false);
});

test('a newer version this app cannot read at all is still left alone', () => {
  const raw = JSON.stringify({ app: 'cours-docker', version: 5, data: { format: 'tout autre' } });
  localStorage.setItem(PROGRESS_KEY, raw);
  const store = makeStore();
  expect(store.getState().storage).toBe('read-only');
  expect(store.getState().data).toEqual(progress());
  store.getState().setLessonDone('virt-definition', true);
  expect(localStorage.getItem(PROGRESS_KEY)).toBe(raw);
  expect(store.getState().corruptBackups).toEqual([]);
});

test.each([
  ['quota exceeded', new DOMException('plein', 'QuotaExceededError')],
  ['setItem throwing', new Error('SecurityError')],
])('%s: works in memory, says storage is unavailable, never throws; saves again once possible', (_label, error) => {
  const store = makeStore();
  const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw error;
  });
  expect(() => store.getState().visitLesson('virt-definition', '/virtualisation/definition')).not.toThrow();
  expect(store.getState().storage).toBe('unavailable');
  expect(store.getState().data.lessons['virt-definition']).toBeDefined();
  setItem.mockRestore();
  store.getState().setLessonDone('virt-domaines', true);
  expect(store.getState().storage).toBe('ok');
  expect(Object.keys(storedData().lessons)).toEqual(['virt-definition', 'virt-domaines']);
});

test('storage disabled altogether (localStorage throws on access): memory only', () => {
  const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('refusé', 'SecurityError');
    },
  });
  try {
    const store = makeStore();
    expect(store.getState().storage).toBe('unavailable');
    store.getState().visitLesson('virt-definition', '/virtualisation/definition');
    expect(store.getState().data.lessons['virt-definition']).toBeDefined();
    expect(store.getState().storage).toBe('unavailable');
  } finally {
    if (descriptor) Object.defineProperty(window, 'localStorage', descriptor);
  }
});

test('two tabs: each write merges what the other stored, never last-writer-wins', () => {
  const tabA = makeStore();
  const tabB = makeStore();
  tabA.getState().setLessonDone('virt-definition', true);
  // Tab B has not heard of it (no storage event yet) and writes its own progress.
  tabB.getState().recordQuizAttempt('quiz-virt-avantages', 'virt-avantages', attempt({ score: 1 }));
  const both = storedData();
  expect(isMarkedDone(both.lessons['virt-definition'])).toBe(true);
  expect(both.quizzes['quiz-virt-avantages']?.attempts).toHaveLength(1);
  // B's memory now holds A's progress too, since its write merged it.
  expect(isMarkedDone(tabB.getState().data.lessons['virt-definition'])).toBe(true);
  // A stale A writes again: B's attempt survives.
  tabA.getState().visitLesson('virt-domaines', '/virtualisation/domaines');
  expect(storedData().quizzes['quiz-virt-avantages']?.attempts).toHaveLength(1);
  expect(Object.keys(storedData().lessons)).toEqual(['virt-definition', 'virt-domaines']);
});

test('two tabs: the storage event brings the other tab’s progress into memory without writing', () => {
  const tabA = makeStore();
  const tabB = makeStore();
  tabB.getState().setLessonDone('cont-conteneurs', true);
  const written = localStorage.getItem(PROGRESS_KEY);
  const setItem = vi.spyOn(Storage.prototype, 'setItem');
  otherTabWrote(written);
  expect(isMarkedDone(tabA.getState().data.lessons['cont-conteneurs'])).toBe(true);
  expect(setItem).not.toHaveBeenCalled();
});

test('two tabs: a reset in one is not undone by the other’s older copy, whose later progress is kept', () => {
  const tabA = makeStore();
  const tabB = makeStore();
  tabA.getState().setLessonDone('virt-definition', true);
  otherTabWrote(localStorage.getItem(PROGRESS_KEY));
  expect(tabB.getState().data.lessons['virt-definition']).toBeDefined();
  tabA.getState().resetProgress();
  // B missed the event and writes from its older copy.
  tabB.getState().visitLesson('virt-domaines', '/virtualisation/domaines');
  const data = storedData();
  expect(data.lessons['virt-definition']).toBeUndefined();
  expect(data.lessons['virt-domaines']).toBeDefined();
  expect(data.reset).not.toBeNull();
  otherTabWrote(localStorage.getItem(PROGRESS_KEY));
  expect(tabA.getState().data.lessons['virt-domaines']).toBeDefined();
  expect(tabA.getState().data.lessons['virt-definition']).toBeUndefined();
});

test('two tabs: a newer deploy writing in another tab turns this one read-only', () => {
  const tab = makeStore();
  const newer = JSON.stringify({ app: 'cours-docker', version: 5, data: progress() });
  localStorage.setItem(PROGRESS_KEY, newer);
  otherTabWrote(newer);
  expect(tab.getState().storage).toBe('read-only');
  tab.getState().visitLesson('virt-definition', '/virtualisation/definition');
  expect(localStorage.getItem(PROGRESS_KEY)).toBe(newer);
});

test('two tabs: unreadable or removed data from another tab is ignored in memory', () => {
  const tab = makeStore();
  tab.getState().visitLesson('virt-definition', '/virtualisation/definition');
  const before = tab.getState().data;
  otherTabWrote('n’importe quoi');
  otherTabWrote(null);
  expect(tab.getState().data).toBe(before);
});

test('import, merge: adds without lowering a score or un-completing a lesson', () => {
  const store = makeStore();
  store.getState().setLessonDone('virt-definition', true);
  store.getState().recordQuizAttempt('quiz-virt-definition', 'virt-definition', attempt({ score: 0.9 }));
  const file = progress({
    lessons: {
      'virt-definition': lessonRecord({ markedDoneAt: minute(1), unmarkedAt: minute(50), lastVisitAt: minute(50) }),
    },
    quizzes: {
      'quiz-virt-definition': {
        lessonId: 'virt-definition',
        attempts: [attempt({ seed: 9, score: 0.2, passed: false })],
        draft: null,
        draftSavedAt: null,
      },
    },
    reset: { at: minute(40), id: 'autre' },
  });
  store.getState().importProgress({ data: file, fromVersion: 2, exportedAt: null }, 'merge');
  const data = storedData();
  expect(isMarkedDone(data.lessons['virt-definition'])).toBe(true);
  expect(data.quizzes['quiz-virt-definition']?.attempts.map((a) => a.score).sort()).toEqual([0.2, 0.9]);
  expect(data.reset).toBeNull();
});

test('import, replace: the file’s progress replaces the current one, here and against older copies', () => {
  const store = makeStore();
  const otherTab = makeStore();
  store.getState().setLessonDone('virt-definition', true);
  otherTabWrote(localStorage.getItem(PROGRESS_KEY));
  const file = progress({ lessons: { 'cont-conteneurs': lessonRecord({ markedDoneAt: minute(1) }) } });
  store.getState().importProgress({ data: file, fromVersion: 2, exportedAt: null }, 'replace');
  expect(Object.keys(storedData().lessons)).toEqual(['cont-conteneurs']);
  // The other tab's older copy does not bring back what was replaced.
  otherTab.getState().visitLesson('virt-domaines', '/virtualisation/domaines');
  expect(Object.keys(storedData().lessons)).toEqual(['cont-conteneurs', 'virt-domaines']);
});

test('reset empties the progress', () => {
  const store = makeStore();
  store.getState().setLessonDone('virt-definition', true);
  store.getState().resetProgress();
  expect(storedData()).toMatchObject({ lessons: {}, quizzes: {}, lastLocation: null });
  expect(makeStore().getState().data.lessons).toEqual({});
});

test('durable storage is requested once, after the first save, and its answer kept', async () => {
  const persist = vi.fn(() => Promise.resolve(true));
  const persisted = vi.fn(() => Promise.resolve(false));
  const store = makeStore({ storageManager: { persist, persisted } });
  expect(store.getState().persistence).toBe('unknown');
  store.getState().visitLesson('virt-definition', '/virtualisation/definition');
  store.getState().visitLesson('virt-domaines', '/virtualisation/domaines');
  await vi.waitFor(() => expect(store.getState().persistence).toBe('granted'));
  expect(persist).toHaveBeenCalledTimes(1);
});

test('durable storage: a refusal is kept, and a browser without the API says so', async () => {
  const refusing = makeStore({
    storageManager: { persist: () => Promise.resolve(false), persisted: () => Promise.resolve(false) },
  });
  refusing.getState().visitLesson('virt-definition', '/virtualisation/definition');
  await vi.waitFor(() => expect(refusing.getState().persistence).toBe('denied'));
  const without = makeStore({ storageManager: null });
  without.getState().visitLesson('virt-definition', '/virtualisation/definition');
  expect(without.getState().persistence).toBe('unsupported');
});

test('durable storage: with progress saved in an earlier visit, the page load learns the answer without a new save', async () => {
  makeStore({ storageManager: null }).getState().visitLesson('virt-definition', '/virtualisation/definition');
  const persist = vi.fn(() => Promise.resolve(false));
  const reloaded = makeStore({ storageManager: { persist, persisted: () => Promise.resolve(false) } });
  await vi.waitFor(() => expect(reloaded.getState().persistence).toBe('denied'));
  expect(persist).toHaveBeenCalledTimes(1);
  const granting = makeStore({
    storageManager: { persist: () => Promise.resolve(true), persisted: () => Promise.resolve(false) },
  });
  await vi.waitFor(() => expect(granting.getState().persistence).toBe('granted'));
});

test('durable storage: a browser without the API says so before any save', () => {
  expect(makeStore({ storageManager: null }).getState().persistence).toBe('unsupported');
  expect(makeStore({ storageManager: { persisted: () => Promise.resolve(false) } }).getState().persistence).toBe(
    'unsupported',
  );
});

test('the certificate name is kept with the progress: it survives a reload, another tab and an import', () => {
  const first = makeStore();
  first.getState().setCertificateName('Ada\tLovelace');
  expect(first.getState().data.certificate?.name).toBe('Ada Lovelace');
  expect(makeStore().getState().data.certificate?.name).toBe('Ada Lovelace');
  expect(storedData().certificate?.name).toBe('Ada Lovelace');

  // Another tab writes a later name: this tab takes it, and its own next change does not undo it.
  const later = { ...storedData(), certificate: { name: 'Ada King', at: minute(500) } };
  localStorage.setItem(PROGRESS_KEY, JSON.stringify(toEnvelope(later)));
  otherTabWrote(localStorage.getItem(PROGRESS_KEY));
  expect(first.getState().data.certificate?.name).toBe('Ada King');
  first.getState().visitLesson('virt-definition', '/virtualisation/definition');
  expect(storedData().certificate?.name).toBe('Ada King');

  // A merged import with an older name keeps the newer one.
  first
    .getState()
    .importProgress(
      { data: progress({ certificate: { name: 'Ancien nom', at: minute(2) } }), fromVersion: 2, exportedAt: null },
      'merge',
    );
  expect(first.getState().data.certificate?.name).toBe('Ada King');

  first.getState().setCertificateName('x'.repeat(300));
  expect(first.getState().data.certificate?.name).toHaveLength(100);
  first.getState().resetProgress();
  expect(first.getState().data.certificate).toBeUndefined();
});

test('the notice can be dismissed for this page load', () => {
  const store = makeStore();
  store.getState().dismissNotice();
  expect(store.getState().noticeDismissed).toBe(true);
  expect(makeStore().getState().noticeDismissed).toBe(false);
});

test('the initial state does not depend on storage, so a prerendered page hydrates without mismatch', () => {
  localStorage.setItem(PROGRESS_KEY, JSON.stringify({ app: 'cours-docker', version: 5, data: progress() }));
  localStorage.setItem(`${PROGRESS_KEY}:corrupt-1`, 'x');
  const store = makeStore();
  expect(store.getState().storage).toBe('read-only');
  expect(store.getInitialState()).toMatchObject({
    data: progress(),
    storage: 'ok',
    recoveredCorrupt: false,
    corruptBackups: [],
    persistence: 'unknown',
  });
});

test('renamed lessons: their progress moves to the new id, and is saved', () => {
  const store = makeStore();
  store.getState().setLessonDone('virt-ancien', true);
  store.getState().applyRenames({ lessons: { 'virt-ancien': 'virt-definition' } });
  expect(Object.keys(storedData().lessons)).toEqual(['virt-definition']);
  expect(isMarkedDone(store.getState().data.lessons['virt-definition'])).toBe(true);
});

const quizRenamesAtStart = {
  lessons: { 'virt-ancien': 'virt-definition' },
  quizzes: { 'quiz-ancien': 'quiz-virt-definition' },
};

test('renamed quizzes: attempts and draft stored under the old id are found under the new one', () => {
  const store = makeStore();
  const finished = attempt({ seed: 1, score: 0.9 });
  const inProgress = draft({ seed: 2, startedAt: minute(100), answers: { x: 'overlay2' } });
  store.getState().recordQuizAttempt('quiz-ancien', 'virt-ancien', finished);
  store.getState().saveQuizDraft('quiz-ancien', 'virt-ancien', inProgress);
  store.getState().applyRenames(quizRenamesAtStart);
  for (const data of [store.getState().data, storedData()]) {
    expect(Object.keys(data.quizzes)).toEqual(['quiz-virt-definition']);
    // The quiz record's lesson follows the lesson's rename too.
    expect(data.quizzes['quiz-virt-definition']).toMatchObject({
      lessonId: 'virt-definition',
      attempts: [finished],
      draft: inProgress,
    });
  }
  // A reload applies the renames again at start: nothing is left under the old ids.
  const reloaded = makeStore();
  reloaded.getState().applyRenames(quizRenamesAtStart);
  expect(reloaded.getState().data.quizzes['quiz-virt-definition']?.attempts).toEqual([finished]);
  expect(reloaded.getState().data.quizzes['quiz-ancien']).toBeUndefined();
});

test('renamed quizzes: an older copy from another tab does not bring the old id back', () => {
  // Another tab, still on the old content, keeps writing under the old quiz id.
  const older = JSON.stringify(
    toEnvelope(
      progress({
        quizzes: {
          'quiz-ancien': {
            lessonId: 'virt-ancien',
            attempts: [attempt({ seed: 3, startedAt: minute(200) })],
            draft: draft({ seed: 4, startedAt: minute(210) }),
            draftSavedAt: minute(211),
          },
        },
      }),
    ),
  );
  localStorage.setItem(PROGRESS_KEY, older);
  const store = makeStore();
  store.getState().recordQuizAttempt('quiz-ancien', 'virt-ancien', attempt({ seed: 1 }));
  store.getState().applyRenames(quizRenamesAtStart);
  const renamed = () => store.getState().data.quizzes['quiz-virt-definition'];
  expect(Object.keys(store.getState().data.quizzes)).toEqual(['quiz-virt-definition']);

  // Its write reaches this tab through the storage event…
  localStorage.setItem(PROGRESS_KEY, older);
  otherTabWrote(older);
  expect(Object.keys(store.getState().data.quizzes)).toEqual(['quiz-virt-definition']);
  expect(
    renamed()
      ?.attempts.map((kept) => kept.seed)
      .sort(),
  ).toEqual([1, 3]);
  expect(renamed()?.draft?.seed).toBe(4);

  // …or is found in storage by this tab's next write, before the event arrives.
  localStorage.setItem(PROGRESS_KEY, older.replace('"seed":3', '"seed":5'));
  store.getState().visitLesson('virt-definition', '/virtualisation/definition');
  for (const data of [store.getState().data, storedData()]) {
    expect(Object.keys(data.quizzes)).toEqual(['quiz-virt-definition']);
    expect(data.quizzes['quiz-virt-definition']?.attempts.map((kept) => kept.seed).sort()).toEqual([1, 3, 5]);
    expect(Object.keys(data.lessons)).toEqual(['virt-definition']);
  }
});

test('renamed quizzes: an imported file holding the old id lands under the new id', () => {
  const store = makeStore();
  store.getState().applyRenames(quizRenamesAtStart);
  const file = progress({
    quizzes: { 'quiz-ancien': { lessonId: 'virt-ancien', attempts: [attempt()], draft: null, draftSavedAt: null } },
  });
  store.getState().importProgress({ data: file, fromVersion: 2, exportedAt: null }, 'merge');
  expect(Object.keys(storedData().quizzes)).toEqual(['quiz-virt-definition']);
  expect(storedData().quizzes['quiz-virt-definition']?.lessonId).toBe('virt-definition');
});

test('review cards are stored by question, the later answer wins, and invalid ones are refused', () => {
  const store = makeStore();
  const card = {
    quizId: 'quiz-virt-definition',
    questionId: 'hote-invite',
    due: '2026-01-08T09:00:00.000Z',
    stability: 2.3,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 3,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state: 2,
    lastReview: '2026-01-05T09:00:00.000Z',
  };
  store.getState().recordReviewCards([card]);
  const key = 'quiz-virt-definition:hote-invite';
  expect(store.getState().data.cards[key]).toEqual(card);
  store.getState().recordReviewCards([{ ...card, reps: 0, lastReview: '2026-01-01T09:00:00.000Z' }]);
  expect(store.getState().data.cards[key]).toEqual(card);
  const later = { ...card, reps: 2, lastReview: '2026-01-08T09:00:00.000Z', due: '2026-01-20T09:00:00.000Z' };
  store.getState().recordReviewCards([later, { ...card, questionId: 'x', stability: -1 }]);
  expect(store.getState().data.cards).toEqual({ [key]: later });
  expect((JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}') as { data: ProgressData }).data.cards).toEqual({
    [key]: later,
  });
});

describe('a draft typed at each keystroke is written in a batch', () => {
  const quizId = 'quiz-virt-definition';
  const lessonId = 'virt-definition';
  const typed = (text: string) => draft({ seed: 4, startedAt: minute(100), answers: { x: text } });

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('memory changes at once; a burst of keystrokes is one write, soon after', () => {
    const store = makeStore();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    for (const text of ['o', 'ov', 'ove', 'overlay2'])
      store.getState().saveQuizDraft(quizId, lessonId, typed(text), 'batched');
    expect(store.getState().data.quizzes[quizId]?.draft).toEqual(typed('overlay2'));
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
    vi.advanceTimersByTime(BATCHED_WRITE_DELAY_MS);
    expect(storedData().quizzes[quizId]?.draft).toEqual(typed('overlay2'));
    expect(setItem.mock.calls.filter(([key]) => key === PROGRESS_KEY)).toHaveLength(1);
  });

  test.each([
    ['the page is left (pagehide)', () => window.dispatchEvent(new Event('pagehide'))],
    [
      'the page is hidden (visibilitychange)',
      () => {
        vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
        document.dispatchEvent(new Event('visibilitychange'));
      },
    ],
  ])('nothing waits once %s: the draft is written at once', (_label, leave) => {
    const store = makeStore();
    store.getState().saveQuizDraft(quizId, lessonId, typed('overlay'), 'batched');
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
    leave();
    expect(storedData().quizzes[quizId]?.draft).toEqual(typed('overlay'));
    // Written once: the timer finds nothing left to write.
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    vi.advanceTimersByTime(BATCHED_WRITE_DELAY_MS);
    expect(setItem).not.toHaveBeenCalled();
  });

  test('any other change writes the waiting draft with it; a page still shown keeps batching', () => {
    const store = makeStore();
    store.getState().saveQuizDraft(quizId, lessonId, typed('overlay'), 'batched');
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
    store.getState().visitLesson(lessonId, '/virtualisation/definition');
    expect(storedData().quizzes[quizId]?.draft).toEqual(typed('overlay'));
    expect(storedData().lessons[lessonId]).toBeDefined();
  });

  test('a batched draft merges with another tab’s progress like any write, and survives a reload', () => {
    const tabA = makeStore();
    const tabB = makeStore();
    tabA.getState().saveQuizDraft(quizId, lessonId, typed('overlay2'), 'batched');
    tabB.getState().setLessonDone('cont-conteneurs', true);
    vi.advanceTimersByTime(BATCHED_WRITE_DELAY_MS);
    expect(storedData().quizzes[quizId]?.draft).toEqual(typed('overlay2'));
    expect(isMarkedDone(storedData().lessons['cont-conteneurs'])).toBe(true);
    expect(makeStore().getState().data.quizzes[quizId]?.draft).toEqual(typed('overlay2'));
  });
});
