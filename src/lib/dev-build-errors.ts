/**
 * Development only: where a file of the course failed to compile, as the Vite dev server reports
 * it to the page (the `vite:error` event behind its error overlay). A lesson whose body cannot be
 * loaded says which file and which line are at fault instead of blaming the network. In a
 * production build `import.meta.env.DEV` is false and all of this is left out.
 */
import { useSyncExternalStore } from 'react';

export interface BuildErrorPlace {
  /** The file as the dev server names it (absolute, or relative to the project). */
  file: string;
  line?: number;
  column?: number;
}

/** The part of Vite's error payload read here (`vite/types/hmrPayload` ErrorPayload['err']). */
export interface ReportedBuildError {
  id?: string;
  loc?: { file?: string; line: number; column: number };
}

let places: readonly BuildErrorPlace[] = [];
const listeners = new Set<() => void>();

function publish(next: readonly BuildErrorPlace[]): void {
  places = next;
  for (const listener of listeners) listener();
}

/** Keeps the place of a compile error the dev server reported (the latest per file). */
export function recordBuildError(error: ReportedBuildError): void {
  const file = (error.loc?.file ?? error.id ?? '').replace(/[?#].*$/, '');
  if (!file) return;
  const place: BuildErrorPlace = error.loc ? { file, line: error.loc.line, column: error.loc.column } : { file };
  publish([...places.filter((known) => known.file !== file), place]);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getPlaces = () => places;
const noPlaces: readonly BuildErrorPlace[] = [];
const getNoPlaces = () => noPlaces;

/** The reported error in `source` (a path relative to the project, `content/…/x.mdx`), if any. */
export function useBuildError(source: string | null): BuildErrorPlace | null {
  const known = useSyncExternalStore(subscribe, getPlaces, getNoPlaces);
  if (source === null) return null;
  return known.find((place) => place.file === source || place.file.endsWith(`/${source}`)) ?? null;
}

/**
 * The lesson file behind a failed import of its module in development: the dev server serves
 * `content/<module>/<lesson>.mdx` at that path, and the browser names the URL it could not import.
 */
export function failedLessonSource(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  return /\/(content\/[^/?#\s]+\/[^/?#\s]+\.mdx)\b/.exec(message)?.[1] ?? null;
}

if (import.meta.env.DEV && import.meta.hot) {
  import.meta.hot.on('vite:error', (payload: { err: ReportedBuildError }) => recordBuildError(payload.err));
}
