/**
 * The export file and the checks an imported file goes through before anything is touched.
 * An imported file is refused, with a reason the page turns into a French message, when it is
 * too big, not JSON, cut short, hostile (keys reaching a prototype), not ours, from a newer
 * version, or not of the expected shape. What it holds is only ever shown as numbers and dates.
 */
import type { CourseOutline } from '../../lib/course-types';
import { migrateProgress } from './migrations';
import {
  APP_NAME,
  PROGRESS_VERSION,
  instantSchema,
  isMarkedDone,
  laterInstant,
  type ProgressData,
} from './progress-schema';
import { parseJsonSafely } from './safe-json';
import { isLessonCompleted } from './selectors';

/** Larger files are refused unread: a real progress file weighs a few hundred kilobytes at most. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface ProgressExportFile {
  app: typeof APP_NAME;
  version: typeof PROGRESS_VERSION;
  exportedAt: string;
  data: ProgressData;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** `cours-docker-progression-2025-03-01.json`, with the learner's local date. */
export function exportFilename(now: Date): string {
  return `cours-docker-progression-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export function buildExportFile(data: ProgressData, now: Date): { filename: string; text: string } {
  const file: ProgressExportFile = { app: APP_NAME, version: PROGRESS_VERSION, exportedAt: now.toISOString(), data };
  return { filename: exportFilename(now), text: `${JSON.stringify(file, null, 2)}\n` };
}

export type ImportErrorCode =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'truncated'
  | 'hostile'
  | 'not-ours'
  | 'newer-version'
  | 'invalid'
  | 'unreadable';

export interface ImportedProgress {
  data: ProgressData;
  /** The schema version the file was written with (older ones are migrated). */
  fromVersion: number;
  exportedAt: string | null;
}

export interface ProgressSummary {
  lessonsVisited: number;
  lessonsCompleted: number;
  quizzes: number;
  attempts: number;
  /** The file's export date, else its latest activity, else null. */
  date: string | null;
}

export type ImportResult =
  { ok: true; file: ImportedProgress; summary: ProgressSummary } | { ok: false; error: ImportErrorCode };

function latestActivity(data: ProgressData): string | null {
  let latest: string | null = data.lastLocation?.at ?? null;
  for (const record of Object.values(data.lessons)) {
    latest = laterInstant(latest, laterInstant(record.lastVisitAt, record.markedDoneAt));
  }
  for (const quiz of Object.values(data.quizzes)) {
    for (const attempt of quiz.attempts) latest = laterInstant(latest, attempt.finishedAt);
  }
  return latest;
}

/**
 * Counts for the confirmation step. With the outline, "completed" follows the course's rule
 * (marked done, or every quiz passed); without it, lessons marked done.
 */
export function summarizeProgress(
  data: ProgressData,
  outline?: CourseOutline,
  exportedAt?: string | null,
): ProgressSummary {
  const lessonsCompleted = outline
    ? outline.modules.flatMap((module) => module.lessons).filter((lesson) => isLessonCompleted(data, lesson)).length
    : Object.values(data.lessons).filter((record) => isMarkedDone(record)).length;
  const quizzes = Object.values(data.quizzes).filter((quiz) => quiz.attempts.length > 0);
  return {
    lessonsVisited: Object.keys(data.lessons).length,
    lessonsCompleted,
    quizzes: quizzes.length,
    attempts: quizzes.reduce((sum, quiz) => sum + quiz.attempts.length, 0),
    date: exportedAt ?? latestActivity(data),
  };
}

function readExportedAt(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('exportedAt' in raw)) return null;
  const parsed = instantSchema.safeParse(raw.exportedAt);
  return parsed.success ? parsed.data : null;
}

/** Validates the text of a file; nothing is changed whatever it holds. */
export function parseProgressFile(text: string, options: { outline?: CourseOutline; now?: Date } = {}): ImportResult {
  // A string of more characters than the limit is more bytes than the limit.
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'too-large' };
  const json = parseJsonSafely(text);
  if (!json.ok) {
    const errors = { empty: 'empty', syntax: 'not-json', truncated: 'truncated', hostile: 'hostile' } as const;
    return { ok: false, error: errors[json.reason] };
  }
  const outcome = migrateProgress(json.value, (options.now ?? new Date()).toISOString());
  switch (outcome.status) {
    case 'invalid':
      return { ok: false, error: outcome.reason === 'not-ours' ? 'not-ours' : 'invalid' };
    case 'newer':
      return { ok: false, error: 'newer-version' };
    case 'current':
    case 'migrated': {
      const exportedAt = readExportedAt(json.value);
      const fromVersion = outcome.status === 'current' ? PROGRESS_VERSION : outcome.fromVersion;
      return {
        ok: true,
        file: { data: outcome.data, fromVersion, exportedAt },
        summary: summarizeProgress(outcome.data, options.outline, exportedAt),
      };
    }
  }
}

/** Reads a chosen file, refusing one over the size limit before reading it. */
export async function readProgressFile(
  file: Blob,
  options: { outline?: CourseOutline; now?: Date } = {},
): Promise<ImportResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, error: 'too-large' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  return parseProgressFile(text, options);
}
