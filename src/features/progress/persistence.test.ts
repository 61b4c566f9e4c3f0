import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import v1Snapshot from './fixtures/progress-v1.json';
import { lessonRecord, minute, progress, progressArb } from './fixtures/progress-builders';
import { isSameProgress, mergeProgress } from './merge';
import {
  addRenames,
  mergeCopies,
  NO_RENAMES,
  planIncoming,
  planLoad,
  planWrite,
  readStored,
  writeStored,
  type StoredReading,
} from './persistence';
import { PROGRESS_VERSION, type ProgressData } from './progress-schema';

const at = () => minute(500);

/** Any text at all, and texts that look like ours but are not quite. */
const anyTextArb = fc.oneof(
  fc.string(),
  fc.json(),
  fc.jsonValue().map((value) => JSON.stringify({ app: 'cours-docker', version: PROGRESS_VERSION, data: value })),
  fc
    .tuple(fc.integer({ min: -2, max: PROGRESS_VERSION + 2 }), fc.jsonValue())
    .map(([version, data]) => JSON.stringify({ app: 'cours-docker', version, data })),
  progressArb().map((data) => writeStored(data).slice(0, -3)),
);

/** Progress as a store holds it: every copy in memory has come through a merge (which drops duplicate attempts). */
const memoryArb = progressArb().map((data) => mergeProgress(data, data));

function dataOf(reading: StoredReading): ProgressData | null {
  return reading.kind === 'data' || reading.kind === 'newer' ? reading.data : null;
}

describe('reading and writing the stored text', () => {
  test('what is written reads back the same (fast-check)', () => {
    fc.assert(
      fc.property(progressArb(), (data) => {
        expect(readStored(writeStored(data), at)).toEqual({ kind: 'data', data, version: PROGRESS_VERSION });
      }),
    );
  });

  test('any text is read without throwing, and only as one of the four readings (fast-check)', () => {
    fc.assert(
      fc.property(fc.option(anyTextArb), (raw) => {
        const reading = readStored(raw, at);
        expect(['empty', 'data', 'newer', 'corrupt']).toContain(reading.kind);
        expect(reading.kind === 'empty').toBe(raw === null);
      }),
    );
  });

  test('an older version is migrated, dated when asked, and asks the date only then', () => {
    let asked = 0;
    const reading = readStored(JSON.stringify(v1Snapshot), () => {
      asked += 1;
      return minute(7);
    });
    expect(reading.kind).toBe('data');
    expect(reading.kind === 'data' && reading.version).toBe(1);
    expect(asked).toBe(1);
    readStored(writeStored(progress()), () => {
      asked += 1;
      return minute(8);
    });
    expect(asked).toBe(1);
  });

  test('a newer version keeps what can be read of it; one that cannot be read at all gives nothing, and is not corrupt', () => {
    const data = progress({ lessons: { 'virt-definition': lessonRecord() } });
    const newer = JSON.stringify({ app: 'cours-docker', version: PROGRESS_VERSION + 1, data });
    expect(readStored(newer, at)).toEqual({ kind: 'newer', version: PROGRESS_VERSION + 1, data });
    const unreadable = JSON.stringify({ app: 'cours-docker', version: PROGRESS_VERSION + 1, data: 'autre' });
    expect(readStored(unreadable, at)).toEqual({ kind: 'newer', version: PROGRESS_VERSION + 1, data: null });
  });
});

describe('the first load', () => {
  test('the current version is known as it is; an older one is migrated and to be written back; corrupt text is to be set aside', () => {
    const text = writeStored(progress({ lessons: { 'virt-definition': lessonRecord() } }));
    expect(planLoad(text, at)).toMatchObject({ corrupt: false, known: text, migrated: false, newerVersion: null });
    expect(planLoad(JSON.stringify(v1Snapshot), at)).toMatchObject({ corrupt: false, known: null, migrated: true });
    expect(planLoad('{abîmé', at)).toEqual({
      data: null,
      corrupt: true,
      newerVersion: null,
      known: null,
      migrated: false,
    });
    expect(planLoad(null, at)).toEqual({
      data: null,
      corrupt: false,
      newerVersion: null,
      known: null,
      migrated: false,
    });
  });
});

describe('a write', () => {
  test('never loses this tab’s progress, whatever is stored: corrupt text is set aside, not merged (fast-check)', () => {
    fc.assert(
      fc.property(memoryArb, fc.option(anyTextArb), (memory, raw) => {
        const plan = planWrite(memory, raw, null, NO_RENAMES, at);
        if (plan.kind === 'stop') {
          expect(readStored(raw, at).kind).toBe('newer');
          return;
        }
        // Whatever was stored, merging memory into what is written again changes nothing: memory is all in it.
        expect(isSameProgress(mergeProgress(plan.data, memory), plan.data)).toBe(true);
        expect(readStored(plan.text, at)).toEqual({ kind: 'data', data: plan.data, version: PROGRESS_VERSION });
        expect(plan.setAside).toBe(readStored(raw, at).kind === 'corrupt');
      }),
    );
  });

  test('merges what another tab stored, and holds both copies (fast-check)', () => {
    fc.assert(
      fc.property(memoryArb, memoryArb, (memory, other) => {
        const plan = planWrite(memory, writeStored(other), null, NO_RENAMES, at);
        expect(plan.kind).toBe('write');
        if (plan.kind !== 'write') return;
        expect(plan.data).toEqual(mergeProgress(other, memory));
        expect(isSameProgress(mergeProgress(plan.data, other), plan.data)).toBe(true);
        expect(plan.backupOfVersion).toBeNull();
      }),
    );
  });

  test('writing twice is writing once: the second write of the same memory over the first changes nothing (fast-check)', () => {
    fc.assert(
      fc.property(memoryArb, fc.option(anyTextArb), (memory, raw) => {
        const first = planWrite(memory, raw, null, NO_RENAMES, at);
        if (first.kind !== 'write') return;
        const second = planWrite(first.data, first.text, null, NO_RENAMES, at);
        expect(second).toMatchObject({ kind: 'write', setAside: false, backupOfVersion: null });
        if (second.kind !== 'write') return;
        expect(isSameProgress(second.data, first.data)).toBe(true);
        expect(dataOf(readStored(second.text, at))).toEqual(first.data);
      }),
    );
  });

  test('the text this tab last wrote is not read again; an older version is kept aside once written over', () => {
    const memory = progress({ lessons: { 'virt-domaines': lessonRecord() } });
    const known = writeStored(progress({ lessons: { 'virt-definition': lessonRecord() } }));
    const plan = planWrite(memory, known, known, NO_RENAMES, at);
    expect(plan).toMatchObject({ kind: 'write', data: memory });
    const fromV1 = planWrite(memory, JSON.stringify(v1Snapshot), null, NO_RENAMES, at);
    expect(fromV1).toMatchObject({ kind: 'write', backupOfVersion: 1, setAside: false });
  });

  test('a newer version stored meanwhile stops the write', () => {
    const newer = JSON.stringify({ app: 'cours-docker', version: PROGRESS_VERSION + 1, data: progress() });
    expect(planWrite(progress(), newer, null, NO_RENAMES, at)).toEqual({ kind: 'stop', version: PROGRESS_VERSION + 1 });
  });
});

describe('another tab’s write', () => {
  test('is merged into memory: merging is commutative and idempotent, so the order tabs hear each other does not matter (fast-check)', () => {
    fc.assert(
      fc.property(memoryArb, memoryArb, (memory, other) => {
        const text = writeStored(other);
        const plan = planIncoming(memory, text, null, NO_RENAMES, at);
        expect(plan.kind).toBe('merge');
        if (plan.kind !== 'merge') return;
        expect(plan.known).toBe(text);
        expect(isSameProgress(plan.data, mergeCopies(other, memory, NO_RENAMES))).toBe(true);
        expect(isSameProgress(mergeCopies(plan.data, other, NO_RENAMES), plan.data)).toBe(true);
        // Hearing the same text again changes nothing.
        const again = planIncoming(plan.data, text, null, NO_RENAMES, at);
        expect(again.kind === 'merge' && isSameProgress(again.data, plan.data)).toBe(true);
      }),
    );
  });

  test('unreadable, removed or already known text is ignored; a newer version turns the tab read-only (fast-check)', () => {
    fc.assert(
      fc.property(memoryArb, fc.option(anyTextArb), (memory, raw) => {
        const plan = planIncoming(memory, raw, null, NO_RENAMES, at);
        const kind = readStored(raw, at).kind;
        const expected = { empty: 'ignore', corrupt: 'ignore', newer: 'read-only', data: 'merge' }[kind];
        expect(plan.kind).toBe(expected);
        if (raw !== null) expect(planIncoming(memory, raw, raw, NO_RENAMES, at)).toEqual({ kind: 'ignore' });
      }),
    );
  });

  test('renamed ids are moved again after a merge, so a copy holding an old id cannot bring it back', () => {
    const renames = addRenames(NO_RENAMES, { lessons: { 'ancien-id': 'virt-definition' } });
    const other = progress({ lessons: { 'ancien-id': lessonRecord({ markedDoneAt: minute(3) }) } });
    const plan = planIncoming(progress(), writeStored(other), null, renames, at);
    expect(plan.kind === 'merge' && Object.keys(plan.data.lessons)).toEqual(['virt-definition']);
    expect(addRenames(renames, { quizzes: { 'quiz-ancien': 'quiz-nouveau' } })).toEqual({
      lessons: { 'ancien-id': 'virt-definition' },
      quizzes: { 'quiz-ancien': 'quiz-nouveau' },
      labs: {},
    });
  });
});

test('what a corrupt text reads as is never progress', () => {
  for (const raw of ['', 'null', '[]', '{"app":"autre","version":4,"data":{}}', '{"__proto__":{"x":1}}']) {
    expect(dataOf(readStored(raw, at))).toBeNull();
  }
});
