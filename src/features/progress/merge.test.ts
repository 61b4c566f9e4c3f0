import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  adoptForMerge,
  capAttempts,
  compareResetMarks,
  mergeAttempts,
  mergeProgress,
  RECENT_ATTEMPTS_KEPT,
} from './merge';
import { compareInstants, isMarkedDone, type ProgressData } from './progress-schema';
import {
  attempt,
  draft,
  lessonRecord,
  minute,
  progress,
  progressArb,
  quizRecord,
  sampleQuizIds,
} from './fixtures/progress-builders';

/** What must never depend on how merges are grouped: everything but a straddling lesson's first visit and a quiz's lesson id. */
function meaningful(data: ProgressData) {
  return {
    lessons: Object.fromEntries(
      Object.entries(data.lessons).map(([id, { lastVisitAt, markedDoneAt, unmarkedAt }]) => [
        id,
        { lastVisitAt, markedDoneAt, unmarkedAt },
      ]),
    ),
    quizzes: Object.fromEntries(
      Object.entries(data.quizzes).map(([id, { attempts, draft: saved, draftSavedAt }]) => [
        id,
        { attempts, draft: saved, draftSavedAt },
      ]),
    ),
    lastLocation: data.lastLocation,
    reset: data.reset,
    certificate: data.certificate,
  };
}

function bestScore(data: ProgressData, quizId: string): number {
  return Math.max(-1, ...(data.quizzes[quizId]?.attempts.map((a) => a.score) ?? []));
}

function hasPassed(data: ProgressData, quizId: string): boolean {
  return data.quizzes[quizId]?.attempts.some((a) => a.passed) ?? false;
}

describe('mergeProgress: properties', () => {
  test('is commutative', () => {
    fc.assert(
      fc.property(progressArb(), progressArb(), (a, b) => {
        expect(mergeProgress(a, b)).toEqual(mergeProgress(b, a));
      }),
    );
  });

  test('is idempotent: merging a merge with itself, or with one of its inputs, changes nothing', () => {
    fc.assert(
      fc.property(progressArb(), progressArb(), (a, b) => {
        const merged = mergeProgress(a, b);
        expect(mergeProgress(merged, merged)).toEqual(merged);
        expect(mergeProgress(merged, b)).toEqual(merged);
        expect(mergeProgress(a, merged)).toEqual(merged);
        expect(mergeProgress(mergeProgress(a, a), a)).toEqual(mergeProgress(a, a));
      }),
    );
  });

  test('is associative for copies of the same epoch (no reset between them)', () => {
    fc.assert(
      fc.property(
        progressArb({ withReset: false }),
        progressArb({ withReset: false }),
        progressArb({ withReset: false }),
        (a, b, c) => {
          expect(mergeProgress(mergeProgress(a, b), c)).toEqual(mergeProgress(a, mergeProgress(b, c)));
        },
      ),
    );
  });

  test('is associative across resets on everything that matters', () => {
    fc.assert(
      fc.property(progressArb(), progressArb(), progressArb(), (a, b, c) => {
        const left = mergeProgress(mergeProgress(a, b), c);
        const right = mergeProgress(a, mergeProgress(b, c));
        expect(meaningful(left)).toEqual(meaningful(right));
      }),
      { numRuns: 300 },
    );
  });

  test('never lowers a best score nor drops a passed quiz, absent a newer reset', () => {
    fc.assert(
      fc.property(progressArb(), progressArb(), (a, b) => {
        const merged = mergeProgress(a, b);
        for (const input of [a, b]) {
          const other = input === a ? b : a;
          if (compareResetMarks(other.reset, input.reset) > 0) continue;
          for (const quizId of sampleQuizIds) {
            expect(bestScore(merged, quizId)).toBeGreaterThanOrEqual(bestScore(input, quizId));
            if (hasPassed(input, quizId)) expect(hasPassed(merged, quizId)).toBe(true);
          }
        }
      }),
    );
  });

  test('never drops a lesson marked done, absent a newer reset or a later "not done"', () => {
    fc.assert(
      fc.property(progressArb(), progressArb(), (a, b) => {
        const merged = mergeProgress(a, b);
        for (const [input, other] of [
          [a, b],
          [b, a],
        ] as const) {
          if (compareResetMarks(other.reset, input.reset) > 0) continue;
          for (const [lessonId, record] of Object.entries(input.lessons)) {
            if (!isMarkedDone(record) || record.markedDoneAt === null) continue;
            const undoneLater = other.lessons[lessonId]?.unmarkedAt;
            if (undoneLater && compareInstants(undoneLater, record.markedDoneAt) > 0) continue;
            expect(isMarkedDone(merged.lessons[lessonId])).toBe(true);
          }
        }
      }),
    );
  });

  test('keeps the later certificate name, absent a newer reset, and adds none that no copy had', () => {
    fc.assert(
      fc.property(progressArb(), progressArb(), (a, b) => {
        const merged = mergeProgress(a, b);
        if (a.certificate === undefined && b.certificate === undefined) {
          expect('certificate' in merged).toBe(false);
        }
        for (const [input, other] of [
          [a, b],
          [b, a],
        ] as const) {
          if (input.certificate === undefined || compareResetMarks(other.reset, input.reset) > 0) continue;
          expect(merged.certificate).toBeDefined();
          expect(compareInstants(merged.certificate?.at ?? '', input.certificate.at)).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  test('an imported copy adopted for merging never lowers a score nor un-completes a lesson', () => {
    fc.assert(
      fc.property(progressArb(), progressArb(), (current, file) => {
        const merged = mergeProgress(current, adoptForMerge(file, current));
        expect(merged.reset).toEqual(current.reset);
        for (const quizId of sampleQuizIds) {
          expect(bestScore(merged, quizId)).toBeGreaterThanOrEqual(bestScore(current, quizId));
          expect(bestScore(merged, quizId)).toBeGreaterThanOrEqual(bestScore(file, quizId));
        }
        for (const [lessonId, record] of Object.entries(current.lessons)) {
          if (isMarkedDone(record)) expect(isMarkedDone(merged.lessons[lessonId])).toBe(true);
        }
      }),
    );
  });
});

describe('mergeProgress: cases', () => {
  test('lessons: earliest first visit, latest last visit, later "done" wins over earlier "not done"', () => {
    const a = progress({
      lessons: {
        'virt-definition': lessonRecord({ firstVisitAt: minute(2), lastVisitAt: minute(9), unmarkedAt: minute(4) }),
      },
    });
    const b = progress({
      lessons: {
        'virt-definition': lessonRecord({ firstVisitAt: minute(1), lastVisitAt: minute(5), markedDoneAt: minute(5) }),
        'virt-domaines': lessonRecord(),
      },
    });
    const merged = mergeProgress(a, b);
    expect(merged.lessons['virt-definition']).toEqual({
      firstVisitAt: minute(1),
      lastVisitAt: minute(9),
      markedDoneAt: minute(5),
      unmarkedAt: minute(4),
    });
    expect(isMarkedDone(merged.lessons['virt-definition'])).toBe(true);
    expect(Object.keys(merged.lessons)).toEqual(['virt-definition', 'virt-domaines']);
  });

  test('a later "not done" in one tab wins over an earlier "done" in the other', () => {
    const a = progress({ lessons: { l: lessonRecord({ lastVisitAt: minute(3), markedDoneAt: minute(3) }) } });
    const b = progress({
      lessons: { l: lessonRecord({ lastVisitAt: minute(7), markedDoneAt: minute(3), unmarkedAt: minute(7) }) },
    });
    expect(isMarkedDone(mergeProgress(a, b).lessons.l)).toBe(false);
  });

  test('attempts are unioned and deduplicated by (startedAt, finishedAt, seed), oldest first', () => {
    const first = attempt({ startedAt: minute(1), finishedAt: minute(2), score: 0.4 });
    const second = attempt({ startedAt: minute(3), finishedAt: minute(4), score: 0.9 });
    const a = progress({ quizzes: { q: quizRecord({ attempts: [second, first] }) } });
    const b = progress({ quizzes: { q: quizRecord({ attempts: [{ ...first }] }) } });
    expect(mergeProgress(a, b).quizzes.q?.attempts).toEqual([first, second]);
  });

  test('the later draft save wins, and a cleared draft is a save', () => {
    const old = quizRecord({ draft: draft({ answers: { x: 'ancien' } }), draftSavedAt: minute(1) });
    const cleared = quizRecord({ draft: null, draftSavedAt: minute(2) });
    const newer = quizRecord({ draft: draft({ answers: { x: 'nouveau' } }), draftSavedAt: minute(3) });
    expect(
      mergeProgress(progress({ quizzes: { q: old } }), progress({ quizzes: { q: cleared } })).quizzes.q?.draft,
    ).toBeNull();
    expect(
      mergeProgress(progress({ quizzes: { q: cleared } }), progress({ quizzes: { q: newer } })).quizzes.q?.draft,
    ).toEqual(newer.draft);
  });

  test('the latest last place wins', () => {
    const early = { lessonId: 'a', path: '/m/a', at: minute(1) };
    const late = { lessonId: 'b', path: '/m/b', at: minute(2) };
    expect(mergeProgress(progress({ lastLocation: late }), progress({ lastLocation: early })).lastLocation).toEqual(
      late,
    );
    expect(mergeProgress(progress({ lastLocation: null }), progress({ lastLocation: early })).lastLocation).toEqual(
      early,
    );
  });

  test('a reset drops what the other copy did before it and keeps what it did after', () => {
    const stale = progress({
      lessons: {
        before: lessonRecord({ firstVisitAt: minute(1), lastVisitAt: minute(2), markedDoneAt: minute(2) }),
        straddling: lessonRecord({ firstVisitAt: minute(1), lastVisitAt: minute(20), markedDoneAt: minute(3) }),
      },
      quizzes: {
        q: quizRecord({
          attempts: [attempt({ finishedAt: minute(4) }), attempt({ startedAt: minute(15), finishedAt: minute(16) })],
          draft: draft(),
          draftSavedAt: minute(5),
        }),
      },
      lastLocation: { lessonId: 'before', path: '/m/before', at: minute(2) },
    });
    const reset = progress({ reset: { at: minute(10), id: 'r' } });
    const merged = mergeProgress(stale, reset);
    expect(merged.reset).toEqual({ at: minute(10), id: 'r' });
    expect(merged.lessons).toEqual({
      straddling: { firstVisitAt: minute(10), lastVisitAt: minute(20), markedDoneAt: null, unmarkedAt: null },
    });
    expect(merged.quizzes.q?.attempts.map((a) => a.finishedAt)).toEqual([minute(16)]);
    expect(merged.quizzes.q?.draft).toBeNull();
    expect(merged.lastLocation).toBeNull();
  });

  test('of two resets, the later one wins whatever the order', () => {
    const early = progress({
      reset: { at: minute(1), id: 'a' },
      lessons: { l: lessonRecord({ lastVisitAt: minute(5) }) },
    });
    const late = progress({ reset: { at: minute(8), id: 'b' } });
    expect(mergeProgress(early, late)).toEqual(mergeProgress(late, early));
    expect(mergeProgress(early, late).lessons).toEqual({});
  });

  test('ids that name prototype properties stay plain data', () => {
    const hostile = JSON.parse('{"__proto__": {"firstVisitAt": "x"}}') as Record<string, never>;
    const merged = mergeProgress(progress({ lessons: hostile }), progress());
    expect(Object.getPrototypeOf(merged.lessons)).toBe(Object.prototype);
    expect(Object.keys(merged.lessons)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).firstVisitAt).toBeUndefined();
  });
});

describe('capAttempts', () => {
  const many = Array.from({ length: RECENT_ATTEMPTS_KEPT + 20 }, (_, index) =>
    attempt({ startedAt: minute(index), finishedAt: minute(index), score: index === 5 ? 1 : index === 3 ? 0.75 : 0.2 }),
  );

  test('keeps the recent attempts, the best and the first passed', () => {
    const kept = capAttempts(many);
    expect(kept).toHaveLength(RECENT_ATTEMPTS_KEPT + 2);
    expect(kept.map((a) => a.score)).toContain(1);
    expect(kept.find((a) => a.passed)?.finishedAt).toBe(minute(3));
    expect(kept.at(-1)?.finishedAt).toBe(minute(RECENT_ATTEMPTS_KEPT + 19));
  });

  test('capping in steps gives the same result as capping once', () => {
    const half = many.slice(0, 30);
    const rest = many.slice(30);
    expect(mergeAttempts(capAttempts(half), rest)).toEqual(capAttempts(many));
  });
});

test('review cards: the copy answered later wins, whole, whatever the order', () => {
  const card = (lastReview: string | null, due: string, reps: number) => ({
    quizId: 'q-a',
    questionId: 'x',
    due,
    stability: 2.3,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 3,
    learningSteps: 0,
    reps,
    lapses: 0,
    state: 2,
    lastReview,
  });
  const earlier = progress({ cards: { 'q-a:x': card(minute(1), minute(40), 1) } });
  const later = progress({ cards: { 'q-a:x': card(minute(5), minute(10), 2) } });
  expect(mergeProgress(earlier, later).cards['q-a:x']?.lastReview).toBe(minute(5));
  expect(mergeProgress(later, earlier)).toEqual(mergeProgress(earlier, later));
  // A reset forgets the cards answered before it.
  const reset = progress({ reset: { at: minute(3), id: 'r1' } });
  expect(mergeProgress(reset, earlier).cards).toEqual({});
  expect(mergeProgress(reset, later).cards['q-a:x']?.reps).toBe(2);
});
