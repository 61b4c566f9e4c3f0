/**
 * The learner's progress: one zustand store holding the state and its actions, persisted under one
 * versioned localStorage key ('cours-docker:progress').
 *
 * The store keeps state and actions only. What is read, migrated, merged and written is decided by
 * persistence.ts, pure functions over the stored text; the storage itself is reached through one
 * thin adapter, progress-storage.ts (over lib/safe-storage, which never throws). The same plans
 * serve the three moments the stored text matters: the first load, each write, and other tabs'
 * writes heard through the `storage` event.
 *
 * How writes stay safe across tabs
 * --------------------------------
 * Several tabs share the key, and each holds its own copy in memory. No write ever stores this
 * tab's copy as it is: every change is written by `writeMerged`, which, synchronously,
 * 1. reads the blob currently stored (another tab may have written since we last looked),
 * 2. parses it (and migrates it, if older) and merges it with this tab's copy (merge.ts:
 *    a union that never loses a visit, a completion, an attempt or a best score; resets and
 *    "not done" win only when they are later),
 * 3. writes the merge, and takes the merge as this tab's copy too.
 * Steps 1–3 run without yielding, so no other script of this tab runs in between; another tab
 * writing in that instant is caught by the `storage` event, whose handler merges the other tab's
 * blob into memory (it does not write: that blob already holds everything the other tab merged).
 * A stale copy therefore never overwrites newer data: at worst it is merged with it.
 * (When the stored text is still the one this tab last wrote or merged, step 2 is skipped: memory
 * already holds all of it. Renamed ids, see `applyRenames`, are moved again after every merge.)
 *
 * A quiz's draft, saved at each keystroke of a typed answer, may be written in a batch
 * (`saveQuizDraft(…, 'batched')`): memory changes at once, the write follows within
 * BATCHED_WRITE_DELAY_MS, or at once when the page is hidden or left, or with any other write.
 *
 * Faults, each with a defined behaviour:
 * - nothing usable in storage (disabled, private mode, setItem throwing, quota): the store works
 *   in memory, `storage` is 'unavailable', and writes are retried at each change;
 * - the key holds non-JSON or JSON of the wrong shape: start clean, keep the raw text under
 *   'cours-docker:progress:corrupt-<ms timestamp>', raise `recoveredCorrupt`;
 * - the key holds an older version: migrated (migrations.ts), the old blob kept under
 *   'cours-docker:progress:backup-v<n>' before it is first overwritten;
 * - the key holds a newer version: `storage` is 'read-only', what can be read is shown, and the
 *   key is never written by this version.
 */
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import {
  quizAttemptSchema,
  quizDraftSchema,
  type QuizAttempt,
  type QuizDraft,
  type QuizSaved,
} from '../../lib/quiz-records';
import { cardKey, reviewCardSchema, type ReviewCard } from '../../lib/review-cards';
import { readItem } from '../../lib/safe-storage';
import { adoptForMerge, isSameProgress, mergeAttempts, mergeProgress } from './merge';
import { renameIds, type IdRenames } from './migrations';
import { addRenames, NO_RENAMES, planIncoming, planLoad, planWrite } from './persistence';
import type { ImportedProgress } from './progress-file';
import {
  CERTIFICATE_NAME_MAX,
  appPathSchema,
  compareInstants,
  createEmptyProgress,
  idSchema,
  isMarkedDone,
  type LabRecord,
  type LabSessionEntry,
  type LessonRecord,
  type ProgressData,
  type QuizRecord,
  labEditsSchema,
  labSessionEntrySchema,
  MAX_LAB_SESSION,
} from './progress-schema';
import { createProgressStorage, subscribeToLeave } from './progress-storage';
import { selectLabSaved, selectQuizSaved, type LabSaved } from './selectors';

export const PROGRESS_KEY = 'cours-docker:progress';
/** Unreadable data found under the progress key is set aside under this prefix plus a millisecond timestamp. */
export const CORRUPT_BACKUP_PREFIX = `${PROGRESS_KEY}:corrupt-`;

export type StorageStatus = 'ok' | 'unavailable' | 'read-only';
/** The browser's answer to navigator.storage.persist(), for the progress page. */
export type Persistence = 'unknown' | 'unsupported' | 'granted' | 'denied';
export type ImportMode = 'merge' | 'replace';

export interface ProgressState {
  data: ProgressData;
  storage: StorageStatus;
  /** The version found in storage when it is newer than this app's (read-only), else null. */
  storedVersion: number | null;
  /** The key held unreadable data at load: it was set aside and the progress started clean. */
  recoveredCorrupt: boolean;
  /** Keys holding set-aside unreadable data, oldest first. */
  corruptBackups: string[];
  /** Unreadable text that could not be set aside (storage full): kept in memory for download. */
  unsavedCorruptText: string | null;
  persistence: Persistence;
  /** The storage notice was dismissed in this page load. */
  noticeDismissed: boolean;

  visitLesson: (lessonId: string, path: string) => void;
  setLessonDone: (lessonId: string, done: boolean) => void;
  /**
   * Saves a quiz's draft in memory at once; 'batched' (a typed answer, saved at each keystroke) lets its write
   * wait a little, joined with the next ones (see the header): nothing is lost when the page is left.
   */
  saveQuizDraft: (quizId: string, lessonId: string, draft: QuizDraft | null, write?: 'now' | 'batched') => void;
  recordQuizAttempt: (quizId: string, lessonId: string, attempt: QuizAttempt) => void;
  /** Appends a command to a lab's session (refused past MAX_LAB_SESSION commands: false). */
  recordLabCommand: (labId: string, lessonId: string, entry: LabSessionEntry) => boolean;
  /** Marks steps of a lab done; `stepCount` is the lab's number of steps (all done: the lab is completed). */
  recordLabSteps: (labId: string, lessonId: string, stepIds: string[], stepCount: number) => void;
  /**
   * Keeps files the learner wrote in a lab's workbench editor, after the session's commands so far (replayed with
   * the session); false when they cannot be kept (a bad path, a file or the lab's edits over their bounds).
   */
  recordLabFiles: (labId: string, lessonId: string, files: Record<string, string>) => boolean;
  /** Empties a lab's session (the terminal starts again from the lab's starting state); steps done stay. */
  resetLabSession: (labId: string, lessonId: string) => void;
  /**
   * Stores review cards (« Révisions ») under `cardKey(quizId, questionId)`; a card answered later than
   * the one stored replaces it, an older one changes nothing (merge.ts). Invalid cards are refused.
   */
  recordReviewCards: (cards: readonly ReviewCard[]) => void;
  /** The name written on the certificate (kept with the progress; cut to CERTIFICATE_NAME_MAX characters). */
  setCertificateName: (name: string) => void;
  importProgress: (file: ImportedProgress, mode: ImportMode) => void;
  resetProgress: () => void;
  /**
   * Moves progress kept under renamed lesson and quiz ids (content `previousIds`: old id → new id)
   * to the new ids, now and after every later change or merge. Maps add up across calls.
   */
  applyRenames: (renames: Partial<IdRenames>) => void;
  dismissNotice: () => void;
  deleteCorruptBackup: (key: string) => void;
}

/**
 * The store's API with `setState` typed as zustand's persist middleware typed it when it kept this
 * store (its result may be the persisted value), so code written against that type is unchanged.
 * The write is done, or batched, when `setState` returns.
 */
type ProgressStoreApi = Omit<StoreApi<ProgressState>, 'setState'> & {
  setState: {
    (
      partial:
        ProgressState | Partial<ProgressState> | ((state: ProgressState) => ProgressState | Partial<ProgressState>),
      replace?: false,
    ): void | { data: unknown };
    (state: ProgressState | ((state: ProgressState) => ProgressState), replace: true): void | { data: unknown };
  };
};

/** How long a batched write may wait for the next keystrokes (it is written at once when the page is left). */
export const BATCHED_WRITE_DELAY_MS = 500;

interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
}

export interface ProgressStoreOptions {
  key?: string;
  now?: () => Date;
  randomId?: () => string;
  /** navigator.storage, or a stand-in in tests; null for none. */
  storageManager?: StorageManagerLike | null;
}

function defaultRandomId(): string {
  try {
    return crypto.randomUUID();
  } catch {
    return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  }
}

function defaultStorageManager(): StorageManagerLike | null {
  try {
    return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
  } catch {
    return null;
  }
}

/** An instant at or after `now` and strictly after `previous`, so that an action always wins over the one before. */
function stampAfter(now: Date, previous: string | null): string {
  const stamp = now.toISOString();
  if (previous === null || compareInstants(stamp, previous) > 0) return stamp;
  const base = Date.parse(previous);
  return new Date((Number.isFinite(base) ? base : now.getTime()) + 1).toISOString();
}

export function createProgressStore(options: ProgressStoreOptions = {}) {
  const key = options.key ?? PROGRESS_KEY;
  const storage = createProgressStorage(key);
  const now = options.now ?? (() => new Date());
  const randomId = options.randomId ?? defaultRandomId;
  const storageManager = options.storageManager === undefined ? defaultStorageManager() : options.storageManager;
  const migratedAt = () => now().toISOString();

  /** Raw text already set aside, so the same corrupt blob is never backed up twice. */
  let setAsideRaw: string | null = null;
  /** Unreadable text that could not be set aside (storage full), until it can be. */
  let unsavedCorruptText: string | null = null;
  /** Set while this module applies a merge to memory: such changes are never written back. */
  let applying = false;
  /** Set while a change whose write may wait is applied (see `saveQuizDraft`). */
  let batching = false;
  let pendingWrite: ReturnType<typeof setTimeout> | null = null;
  let persistenceRequested = false;
  /** Old id → new id, from `applyRenames`: applied to every merge, so other copies cannot bring old ids back. */
  let renames: IdRenames = NO_RENAMES;
  /**
   * The stored text last written or merged by this tab. Memory only ever grows from it (every
   * change is a merge, see merge.ts), so finding it still stored means nobody else wrote since.
   */
  let knownRaw: string | null = null;

  /** Changes the state without writing it (the change came from storage, or is a status). */
  function apply(patch: Partial<ProgressState>): void {
    if (Object.keys(patch).length === 0) return;
    applying = true;
    try {
      useStore.setState(patch);
    } finally {
      applying = false;
    }
  }

  /** Sets unreadable text aside under a backup key; returns what the state should say. */
  function setAside(raw: string): Pick<ProgressState, 'recoveredCorrupt' | 'corruptBackups' | 'unsavedCorruptText'> {
    if (setAsideRaw !== raw) {
      setAsideRaw = raw;
      unsavedCorruptText = storage.setAside(raw, now().getTime()) ? null : raw;
    }
    return { recoveredCorrupt: true, corruptBackups: storage.corruptBackups(), unsavedCorruptText };
  }

  function requestPersistence(): void {
    if (persistenceRequested) return;
    persistenceRequested = true;
    const persistFn = storageManager?.persist;
    if (!storageManager || !persistFn) {
      apply({ persistence: 'unsupported' });
      return;
    }
    void (async () => {
      try {
        const already = (await storageManager.persisted?.()) ?? false;
        const granted = already || (await persistFn.call(storageManager));
        apply({ persistence: granted ? 'granted' : 'denied' });
      } catch {
        apply({ persistence: 'unsupported' });
      }
    })();
  }

  /** The one write path: read what is stored, merge, write the merge (see the header). */
  function writeMerged(): void {
    cancelPendingWrite();
    const state = useStore.getState();
    if (state.storage === 'read-only') return;
    const raw = storage.read();
    // Text this tab wrote or already merged is contained in memory: it is not parsed and merged again.
    const at = raw !== null && raw !== knownRaw ? migratedAt() : '';
    const plan = planWrite(state.data, raw, knownRaw, renames, () => at);
    if (plan.kind === 'stop') {
      // A newer deploy wrote meanwhile: stop writing, keep what we have in memory.
      apply({ storage: 'read-only', storedVersion: plan.version });
      return;
    }
    const patch: Partial<ProgressState> = {};
    if (plan.setAside && raw !== null) Object.assign(patch, setAside(raw));
    if (plan.backupOfVersion !== null && raw !== null) storage.keepOlderVersion(plan.backupOfVersion, raw);
    const written = storage.write(plan.text);
    if (written) knownRaw = plan.text;
    const status = written ? 'ok' : 'unavailable';
    if (status !== state.storage) patch.storage = status;
    if (!isSameProgress(plan.data, state.data)) patch.data = plan.data;
    apply(patch);
    if (written) requestPersistence();
  }

  function cancelPendingWrite(): void {
    if (pendingWrite === null) return;
    clearTimeout(pendingWrite);
    pendingWrite = null;
  }

  /** A batched write: one write for a burst of changes, soon, or when the page is left. */
  function writeSoon(): void {
    pendingWrite ??= setTimeout(writeMerged, BATCHED_WRITE_DELAY_MS);
  }

  /** Writes a batched change now, if one waits. */
  function flush(): void {
    if (pendingWrite !== null) writeMerged();
  }

  const useStore = create<ProgressState>()((set, get) => {
    /** Applies a change to the data; the store's listener below then writes it through `writeMerged`. */
    const change = (update: (data: ProgressData) => ProgressData | null, write: 'now' | 'batched' = 'now') => {
      const next = update(get().data);
      if (!next) return;
      batching = write === 'batched';
      try {
        set({ data: next });
      } finally {
        batching = false;
      }
    };

    const quizRecord = (data: ProgressData, quizId: string, lessonId: string): QuizRecord =>
      data.quizzes[quizId] ?? { lessonId, attempts: [], draft: null, draftSavedAt: null };

    const withQuiz = (data: ProgressData, quizId: string, record: QuizRecord): ProgressData => ({
      ...data,
      quizzes: { ...data.quizzes, [quizId]: record },
    });

    const labRecord = (data: ProgressData, labId: string, lessonId: string): LabRecord =>
      data.labs[labId] ?? { lessonId, steps: {}, completedAt: null, session: [], sessionSavedAt: null };

    const withLab = (data: ProgressData, labId: string, record: LabRecord): ProgressData => ({
      ...data,
      labs: { ...data.labs, [labId]: record },
    });

    const withLesson = (data: ProgressData, lessonId: string, record: LessonRecord): ProgressData => ({
      ...data,
      lessons: { ...data.lessons, [lessonId]: record },
    });

    // Ids and records are checked before they enter the data: stored data must always parse,
    // or the next load would have to set the whole progress aside as corrupt.
    const validIds = (...ids: string[]) => ids.every((id) => idSchema.safeParse(id).success);

    return {
      // The initial state is the same everywhere, browser or prerender, so a prerendered page
      // hydrates without mismatch (zustand serves it as the server snapshot); what storage
      // holds is applied right after, by `merge`.
      data: createEmptyProgress(),
      storage: 'ok',
      storedVersion: null,
      recoveredCorrupt: false,
      corruptBackups: [],
      unsavedCorruptText: null,
      persistence: 'unknown',
      noticeDismissed: false,

      visitLesson: (lessonId, path) => {
        if (!validIds(lessonId) || !appPathSchema.safeParse(path).success) return;
        change((data) => {
          const record = data.lessons[lessonId];
          const at = stampAfter(now(), record?.lastVisitAt ?? null);
          const visited: LessonRecord = record
            ? { ...record, lastVisitAt: at }
            : { firstVisitAt: at, lastVisitAt: at, markedDoneAt: null, unmarkedAt: null };
          return { ...withLesson(data, lessonId, visited), lastLocation: { lessonId, path, at } };
        });
      },

      setLessonDone: (lessonId, done) => {
        if (!validIds(lessonId)) return;
        change((data) => {
          const record = data.lessons[lessonId];
          if (isMarkedDone(record) === done) return null;
          const at = stampAfter(now(), record ? (done ? record.unmarkedAt : record.markedDoneAt) : null);
          const base: LessonRecord = record ?? {
            firstVisitAt: at,
            lastVisitAt: at,
            markedDoneAt: null,
            unmarkedAt: null,
          };
          const lastVisitAt = compareInstants(at, base.lastVisitAt) > 0 ? at : base.lastVisitAt;
          return withLesson(
            data,
            lessonId,
            done ? { ...base, lastVisitAt, markedDoneAt: at } : { ...base, lastVisitAt, unmarkedAt: at },
          );
        });
      },

      saveQuizDraft: (quizId, lessonId, draft, write = 'now') => {
        if (!validIds(quizId, lessonId)) return;
        if (draft !== null && !quizDraftSchema.safeParse(draft).success) return;
        change((data) => {
          const record = quizRecord(data, quizId, lessonId);
          const draftSavedAt = stampAfter(now(), record.draftSavedAt);
          return withQuiz(data, quizId, { ...record, lessonId, draft, draftSavedAt });
        }, write);
      },

      recordQuizAttempt: (quizId, lessonId, attempt) => {
        if (!validIds(quizId, lessonId)) return;
        const parsed = quizAttemptSchema.safeParse(attempt);
        if (!parsed.success) return;
        change((data) => {
          const record = quizRecord(data, quizId, lessonId);
          const finished = parsed.data;
          const isItsDraft =
            record.draft !== null &&
            record.draft.seed === finished.seed &&
            record.draft.startedAt === finished.startedAt;
          return withQuiz(data, quizId, {
            ...record,
            lessonId,
            attempts: mergeAttempts(record.attempts, [finished]),
            // The draft of the finished attempt is done with; clearing it is dated so it wins merges.
            ...(isItsDraft ? { draft: null, draftSavedAt: stampAfter(now(), record.draftSavedAt) } : {}),
          });
        });
      },

      recordLabCommand: (labId, lessonId, entry) => {
        if (!validIds(labId, lessonId) || !labSessionEntrySchema.safeParse(entry).success) return false;
        const current = get().data.labs[labId];
        if ((current?.session.length ?? 0) >= MAX_LAB_SESSION) return false;
        change((data) => {
          const record = labRecord(data, labId, lessonId);
          const sessionSavedAt = stampAfter(now(), record.sessionSavedAt);
          return withLab(data, labId, {
            ...record,
            lessonId,
            session: [...record.session, { line: entry.line, at: entry.at }],
            sessionSavedAt,
          });
        });
        return true;
      },

      recordLabFiles: (labId, lessonId, files) => {
        if (!validIds(labId, lessonId) || Object.keys(files).length === 0) return false;
        const record = get().data.labs[labId] ?? labRecord(get().data, labId, lessonId);
        const after = record.session.length;
        const edits = [...(record.edits ?? [])];
        const last = edits[edits.length - 1];
        if (last !== undefined && last.after === after)
          edits[edits.length - 1] = { after, files: { ...last.files, ...files } };
        else edits.push({ after, files: { ...files } });
        if (!labEditsSchema.safeParse(edits).success) return false;
        change((data) => {
          const current = labRecord(data, labId, lessonId);
          return withLab(data, labId, {
            ...current,
            lessonId,
            edits,
            sessionSavedAt: stampAfter(now(), current.sessionSavedAt),
          });
        });
        return true;
      },

      recordLabSteps: (labId, lessonId, stepIds, stepCount) => {
        if (!validIds(labId, lessonId, ...stepIds)) return;
        change((data) => {
          const record = labRecord(data, labId, lessonId);
          const fresh = stepIds.filter((stepId) => !Object.hasOwn(record.steps, stepId));
          if (fresh.length === 0) return null;
          const at = now().toISOString();
          const steps = { ...record.steps, ...Object.fromEntries(fresh.map((stepId) => [stepId, at])) };
          const completedAt =
            record.completedAt ?? (Object.keys(steps).length >= stepCount && stepCount > 0 ? at : null);
          return withLab(data, labId, { ...record, lessonId, steps, completedAt });
        });
      },

      resetLabSession: (labId, lessonId) => {
        if (!validIds(labId, lessonId)) return;
        change((data) => {
          const record = labRecord(data, labId, lessonId);
          const sessionSavedAt = stampAfter(now(), record.sessionSavedAt);
          const { edits: _dropped, ...kept } = record;
          return withLab(data, labId, { ...kept, lessonId, session: [], sessionSavedAt });
        });
      },

      recordReviewCards: (cards) => {
        const valid = cards.filter(
          (card) => reviewCardSchema.safeParse(card).success && validIds(cardKey(card.quizId, card.questionId)),
        );
        if (valid.length === 0) return;
        change((data) => {
          const incoming = Object.fromEntries(valid.map((card) => [cardKey(card.quizId, card.questionId), card]));
          const merged = mergeProgress(data, { ...createEmptyProgress(), cards: incoming, reset: data.reset });
          return isSameProgress(merged, data) ? null : merged;
        });
      },

      setCertificateName: (name) => {
        // Control characters (a pasted tab or line break) become spaces; the rest is kept as typed.
        // eslint-disable-next-line no-control-regex -- exactly the characters refused
        const clean = name.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, CERTIFICATE_NAME_MAX);
        change((data) => {
          if (data.certificate?.name === clean) return null;
          return { ...data, certificate: { name: clean, at: stampAfter(now(), data.certificate?.at ?? null) } };
        });
      },

      importProgress: (file, mode) => {
        // The only change that can bring old ids in (a file saved before a rename): they are moved at once.
        const imported = (data: ProgressData): ProgressData => {
          if (mode === 'merge') return mergeProgress(data, adoptForMerge(file.data, data));
          // Replace: the file's data starts a new epoch, so older copies in other tabs cannot bring back what it replaced.
          const replaced: ProgressData = { ...file.data, reset: { at: now().toISOString(), id: randomId() } };
          return mergeProgress(replaced, replaced);
        };
        change((data) => {
          const next = imported(data);
          return renameIds(next, renames) ?? next;
        });
      },

      resetProgress: () => {
        change(() => ({ ...createEmptyProgress(), reset: { at: now().toISOString(), id: randomId() } }));
      },

      applyRenames: (newRenames) => {
        renames = addRenames(renames, newRenames);
        change((data) => renameIds(data, renames));
      },

      dismissNotice: () => apply({ noticeDismissed: true }),

      deleteCorruptBackup: (backupKey) => {
        storage.deleteCorruptBackup(backupKey);
        apply({ corruptBackups: storage.corruptBackups() });
      },
    };
  });

  // Every change made through the store (its actions, or `setState` from outside) is written, at once
  // or batched; what this module applies from storage is not.
  useStore.subscribe(() => {
    if (applying) return;
    if (batching) writeSoon();
    else writeMerged();
  });

  // The first load. The initial state above is the same everywhere, browser or prerender, so a
  // prerendered page hydrates without mismatch (`getInitialState` serves it as the server snapshot);
  // what storage holds is applied right after, here.
  const raw = storage.read();
  const loaded = planLoad(raw, migratedAt);
  knownRaw = loaded.known;
  apply({
    ...(loaded.data ? { data: loaded.data } : {}),
    storage: loaded.newerVersion !== null ? 'read-only' : storage.isAvailable() ? 'ok' : 'unavailable',
    storedVersion: loaded.newerVersion,
    ...(loaded.corrupt && raw !== null
      ? setAside(raw)
      : { recoveredCorrupt: false, corruptBackups: storage.corruptBackups(), unsavedCorruptText: null }),
  });
  // Migrated from an older version: written at once in the current one (the old text kept aside).
  if (loaded.migrated) writeMerged();
  const savedBefore = raw !== null && !loaded.corrupt;

  // Progress made in another tab: merge it into memory (see the header).
  const unsubscribeTabs = storage.subscribe((incoming) => {
    const state = useStore.getState();
    if (incoming === null || incoming === knownRaw || state.storage === 'read-only') return;
    const at = migratedAt();
    const plan = planIncoming(state.data, incoming, knownRaw, renames, () => at);
    if (plan.kind === 'read-only') apply({ storage: 'read-only', storedVersion: plan.version });
    if (plan.kind !== 'merge') return;
    knownRaw = plan.known;
    if (!isSameProgress(plan.data, state.data)) apply({ data: plan.data });
  });
  // A batched write waits for nothing once the learner leaves: hidden, closed or navigated away.
  const unsubscribeLeave = subscribeToLeave(flush);

  // What the browser does with durable storage, so the progress page can say what happened, not
  // what will: a browser without the API says so at once; one that already keeps the data says so;
  // and progress saved in an earlier visit was asked for then, so the answer is asked again now.
  // With nothing saved yet, asking is left to the first save.
  if (!storageManager?.persist) {
    apply({ persistence: 'unsupported' });
    persistenceRequested = true;
  } else {
    void Promise.resolve(storageManager.persisted?.() ?? false)
      .then((granted) => {
        if (granted) apply({ persistence: 'granted' });
        else if (savedBefore && useStore.getState().storage === 'ok') {
          requestPersistence();
        }
      })
      .catch(() => undefined);
  }

  return Object.assign(useStore as UseBoundStore<ProgressStoreApi>, {
    /** Writes a batched change now, if one waits. */
    flush,
    /** Writes what waits, then stops listening to other tabs and to the page (tests create several stores). */
    dispose: () => {
      flush();
      unsubscribeTabs();
      unsubscribeLeave();
    },
  });
}

/** The app's progress store. */
export const useProgressStore = createProgressStore();

export type ProgressStore = ReturnType<typeof createProgressStore>;

/** What the quiz component is given back for one quiz; re-renders only when that quiz's record changes. */
export function useQuizSaved(quizId: string): QuizSaved {
  return useProgressStore(selectQuizSaved(quizId));
}

/** A lab's steps done and saved session; re-renders only when that lab's record changes. */
export function useLabSaved(labId: string): LabSaved {
  return useProgressStore(selectLabSaved(labId));
}

/** The progress data, for selectors.ts (`selectLessonStatus(data, lesson)`, …). */
export function useProgressData(): ProgressData {
  return useProgressStore((state) => state.data);
}

/** The text of a set-aside unreadable blob, for download. */
export function readCorruptBackup(backupKey: string): string | null {
  return backupKey.startsWith(CORRUPT_BACKUP_PREFIX) ? readItem(backupKey) : null;
}

/** When a blob was set aside, from its key, as an ISO instant (null if the key says nothing). */
export function corruptBackupDate(backupKey: string): string | null {
  const stamp = Number(backupKey.slice(backupKey.lastIndexOf('-') + 1));
  return Number.isFinite(stamp) && stamp > 0 ? new Date(stamp).toISOString() : null;
}
