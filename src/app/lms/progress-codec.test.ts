import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../../lib/quiz-records';
import { compactProgress, expandProgress, type CourseDictionary } from './progress-codec';

const dictionary: CourseDictionary = {
  lessons: ['intro', 'images'],
  quizzes: [
    { id: 'quiz-intro', questions: ['q1', 'q2', 'q3'] },
    { id: 'quiz-images', questions: ['a', 'b'] },
  ],
  labs: [{ id: 'lab-web', steps: ['lancer', 'lister', 'arreter'] }],
};

function envelope(extra: Record<string, JsonValue> = {}): JsonValue {
  return {
    app: 'cours-docker',
    version: 2,
    data: {
      lessons: {
        intro: {
          firstVisitAt: '2026-09-01T08:00:00.123Z',
          lastVisitAt: '2026-09-01T08:05:00.456Z',
          markedDoneAt: '2026-09-01T08:06:00.789Z',
          unmarkedAt: null,
        },
        images: {
          firstVisitAt: '2026-09-02T09:00:00.001Z',
          lastVisitAt: '2026-09-02T09:00:00.001Z',
          markedDoneAt: null,
          unmarkedAt: null,
        },
      },
      quizzes: {
        'quiz-intro': {
          lessonId: 'intro',
          attempts: [
            {
              seed: 123456789,
              startedAt: '2026-09-01T08:02:00.000Z',
              finishedAt: '2026-09-01T08:04:30.999Z',
              mode: 'exam',
              // Each form of a question's slot: a bare answer, an array answer, a number answer, a score alone, hints.
              answers: { q1: 'docker run --rm -it debian bash', q2: ['a', 'b'], q3: 7 },
              hintsUsed: {},
              questionScores: { q1: 1, q2: 1, q3: 1 },
              score: 1,
              passed: true,
            },
            {
              seed: 42,
              startedAt: '2026-09-01T07:59:00.000Z',
              finishedAt: '2026-09-01T08:01:00.000Z',
              mode: 'practice',
              answers: { q1: { b1: 'vmx' }, q2: true },
              hintsUsed: { q1: 1 },
              questionScores: { q1: 0.5, q2: 0, q3: 0 },
              score: 0.17,
              passed: false,
            },
          ],
          draft: null,
          draftSavedAt: null,
        },
      },
      lastLocation: { lessonId: 'images', path: '/images', at: '2026-09-02T09:00:00.001Z' },
      reset: null,
      ...extra,
    },
  };
}

/** Through the JSON text the codec compresses, and back. */
function roundTrip(document: JsonValue, read: CourseDictionary = dictionary): JsonValue {
  const compacted = compactProgress(document, dictionary);
  expect(compacted).not.toBeNull();
  return expandProgress(JSON.parse(JSON.stringify(compacted)) as JsonValue, read);
}

describe('structured progress form', () => {
  it('gives back every form of an answer, score and hint, and every date to the millisecond', () => {
    expect(roundTrip(envelope())).toEqual(envelope());
  });

  it('carries the certificate name and a field it does not know, dates and `~` texts included', () => {
    const document = envelope({
      certificate: { name: '~Ada Lovelace', at: '2026-09-03T10:00:00.000Z' },
      cards: { 'card-1': { doneAt: '2020-01-01T00:00:00.000Z', notes: ['~~x', 'x'], steps: [1, null, false] } },
    });
    expect(roundTrip(document)).toEqual(document);
    expect(JSON.stringify(compactProgress(document, dictionary))).not.toContain('2026-09-03T10:00:00.000Z');
  });

  it('carries a practice attempt’s first tries and a draft’s first checks, in the compact form', () => {
    const document = envelope() as { data: { quizzes: Record<string, Record<string, JsonValue>> } };
    const record = document.data.quizzes['quiz-intro']!;
    const [exam, practice] = record.attempts as Record<string, JsonValue>[];
    record.attempts = [exam!, { ...practice!, firstTryScores: { q1: 0, q2: 0, q3: 0 } }];
    record.draft = {
      seed: 7,
      startedAt: '2026-09-01T08:10:00.000Z',
      answers: { q1: 'x' },
      checked: { q1: 1 },
      hintsUsed: {},
      firstChecked: { q1: 0 },
    };
    record.draftSavedAt = '2026-09-01T08:11:00.000Z';
    const compacted = JSON.stringify(compactProgress(document, dictionary));
    expect(compacted).not.toContain('firstTryScores');
    expect(roundTrip(document as JsonValue)).toEqual(document);
  });

  it('carries any JSON in a field it does not know (fast-check)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const cards = JSON.parse(JSON.stringify(value)) as JsonValue;
        const document = envelope({ cards });
        expect(roundTrip(document)).toEqual(document);
      }),
    );
  });

  it('keeps scores and results, without per-question details, when the questions changed since', () => {
    const changed: CourseDictionary = {
      ...dictionary,
      quizzes: [{ id: 'quiz-intro', questions: ['q1', 'q2', 'q4'] }, dictionary.quizzes[1]!],
    };
    const decoded = roundTrip(envelope(), changed) as { data: { quizzes: Record<string, { attempts: unknown[] }> } };
    const [first] = decoded.data.quizzes['quiz-intro']?.attempts ?? [];
    expect(first).toMatchObject({ score: 1, passed: true, answers: {}, questionScores: {}, hintsUsed: {} });
  });

  it('carries labs: steps by position, the session with its simulated times, another lab by its id', () => {
    const document = envelope({
      labs: {
        'lab-web': {
          lessonId: 'intro',
          steps: { lancer: '2026-09-01T08:10:00.000Z', arreter: '2026-09-01T08:12:30.250Z' },
          completedAt: null,
          session: [
            { line: 'docker run -d --name web nginx:1.30-alpine', at: 0 },
            { line: '~ docker ps', at: 61_250 },
            { line: 'docker stop web', at: 61_250 },
          ],
          sessionSavedAt: '2026-09-01T08:12:31.000Z',
        },
        'lab-retire': {
          lessonId: 'ancienne-lecon',
          steps: { etape: '2026-09-02T10:00:00.000Z' },
          completedAt: '2026-09-02T10:00:00.000Z',
          session: [],
          sessionSavedAt: null,
        },
      },
    });
    expect(roundTrip(document)).toEqual(document);
    const text = JSON.stringify(compactProgress(document, dictionary));
    expect(text).not.toContain('lab-web');
    expect(text).not.toContain('lancer');
    expect(text).toContain('lab-retire');
  });

  it('carries the files written in a lab’s editor with its session, and refuses a malformed edits slot', () => {
    const document = envelope({
      labs: {
        'lab-web': {
          lessonId: 'intro',
          steps: { lancer: '2026-09-01T08:10:00.000Z' },
          completedAt: null,
          session: [{ line: 'docker build -t monapp .', at: 0 }],
          sessionSavedAt: '2026-09-01T08:12:31.000Z',
          edits: [
            { after: 0, files: { Dockerfile: 'FROM node:22-alpine\n', 'server.js': '~ tilde' } },
            { after: 1, files: { 'server.js': 'console.log(1)\n' } },
          ],
        },
      },
    });
    expect(roundTrip(document)).toEqual(document);
    const packed = compactProgress(document, dictionary) as JsonValue[];
    const labs = packed[packed.length - 1] as JsonValue[][];
    expect(labs[0]).toHaveLength(7);
    labs[0]![6] = [[0, 'pas des fichiers']];
    expect(() => expandProgress(JSON.parse(JSON.stringify(packed)) as JsonValue, dictionary)).toThrow();
  });

  it('writes a completed lab whose steps are all dated at its completion in two or three slots', () => {
    const done = '2026-09-01T08:12:30.250Z';
    const lab = (lessonId: string | null) => ({
      lessonId,
      steps: { lancer: done, lister: done, arreter: done },
      completedAt: done,
      session: [],
      sessionSavedAt: null,
    });
    for (const [lessonId, slots] of [
      [null, 2],
      ['intro', 3],
    ] as const) {
      const document = envelope({ labs: { 'lab-web': lab(lessonId) } });
      expect(roundTrip(document)).toEqual(document);
      const packed = compactProgress(document, dictionary) as JsonValue[];
      expect((packed[packed.length - 1] as JsonValue[][])[0]).toHaveLength(slots);
    }
  });

  it('refuses labs written for another list of steps', () => {
    const document = envelope({
      labs: {
        'lab-web': {
          lessonId: null,
          steps: { lister: '2026-09-01T08:10:00.000Z' },
          completedAt: null,
          session: [],
          sessionSavedAt: null,
        },
      },
    });
    const compacted = compactProgress(document, dictionary);
    const moved: CourseDictionary = { ...dictionary, labs: [{ id: 'lab-web', steps: ['lister', 'lancer'] }] };
    expect(() => expandProgress(compacted, moved)).toThrow(/another version of the course/);
  });

  it('refuses a text whose extra fields would replace the known ones', () => {
    const compacted = compactProgress(envelope(), dictionary) as JsonValue[];
    compacted[8] = { lessons: {} };
    expect(() => expandProgress(compacted, dictionary)).toThrow(/suspend_data/);
  });

  it('leaves to the generic form records of another shape', () => {
    const document = envelope() as { data: { lessons: Record<string, Record<string, JsonValue>> } };
    document.data.lessons.intro!.labsSeen = 3;
    expect(compactProgress(document as unknown as JsonValue, dictionary)).toBeNull();
  });
});
