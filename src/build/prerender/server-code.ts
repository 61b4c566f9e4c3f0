/**
 * What a prerendered page was rendered by, told apart so that an edited lesson renders again only
 * the pages that show it (prerender-plugin.ts). The server build puts each lesson's body in a chunk
 * of its own, loaded when a page asks for that lesson; everything else (the app, the outline, the
 * shared chunks) every page may run. So the server build is read as:
 * - `shared`: the hash of every file but the lessons' own chunks;
 * - `lessons`: each lesson chunk's hash, by the lesson's source.
 * The server build names its chunks without a hash, so that an edited lesson's chunk keeps its
 * name and the loaders that import it do not change. A page rendered with the same `shared` and the
 * same chunks of the lessons it asked for renders the same (the render reports which lessons it
 * asked for: src/features/course/lesson-body.tsx).
 */
import { hashText } from '../shared/build-cache';
import type { Manifest } from './size-report';

export interface ServerCode {
  shared: string;
  /** Each lesson chunk's hash, by the lesson's source (`lessonSource`, prerender-chunks.ts). */
  lessons: Map<string, string>;
}

/**
 * `files`: the server build's files (path relative to its folder → its text, or a hash of it), its
 * manifest left out;
 * `manifest`: that manifest; `lessonSources`: the course's lessons' sources. A lesson chunk that
 * another chunk imports statically, or that holds more than one lesson, is not a lesson's own:
 * it stays in `shared`.
 */
export function serverCode(
  files: ReadonlyMap<string, string>,
  manifest: Manifest,
  lessonSources: Iterable<string>,
): ServerCode {
  const staticImports = new Set(Object.values(manifest).flatMap((chunk) => chunk.imports ?? []));
  const lessonFiles = new Map<string, string>();
  const fileUsers = new Map<string, number>();
  for (const source of lessonSources) {
    const chunk = manifest[source];
    if (!chunk || staticImports.has(source) || !files.has(chunk.file)) continue;
    lessonFiles.set(source, chunk.file);
    fileUsers.set(chunk.file, (fileUsers.get(chunk.file) ?? 0) + 1);
  }
  for (const [source, file] of lessonFiles) if (fileUsers.get(file) !== 1) lessonFiles.delete(source);
  const own = new Set(lessonFiles.values());
  const sharedParts = [...files.keys()]
    .sort()
    .filter((path) => !own.has(path))
    .flatMap((path) => [path, files.get(path)!]);
  const lessons = new Map([...lessonFiles].map(([source, file]) => [source, hashText(file, files.get(file)!)]));
  return { shared: hashText(...sharedParts), lessons };
}
