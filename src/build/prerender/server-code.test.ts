import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { serverCode } from './server-code';
import type { Manifest } from './size-report';

const A = 'content/m/a.mdx?lesson';
const B = 'content/m/b.mdx?lesson';
const C = 'content/m/c.mdx?lesson';
const D = 'content/n/d.mdx?lesson';

const manifest: Manifest = {
  'src/app/entry-server.tsx': {
    file: 'entry-server.mjs',
    isEntry: true,
    imports: ['_shared.mjs', C],
    dynamicImports: ['virtual:course-lessons'],
  },
  '_shared.mjs': { file: 'chunks/shared.mjs' },
  'virtual:course-lessons': { file: 'chunks/lesson-index.mjs', dynamicImports: [A, B, D] },
  [A]: { file: 'chunks/a.mjs', imports: ['_shared.mjs'] },
  [B]: { file: 'chunks/b.mjs' },
  // Imported statically by the entry: every page runs it.
  [C]: { file: 'chunks/c.mjs' },
  // A chunk that holds two lessons is not one lesson's own.
  [D]: { file: 'chunks/b.mjs' },
};

const files = new Map([
  ['entry-server.mjs', 'import "./chunks/shared.mjs"; import "./chunks/c.mjs";'],
  ['chunks/shared.mjs', 'export const shared = 1;'],
  ['chunks/lesson-index.mjs', 'export const lessonLoaders = { a: () => import("./a.mjs") };'],
  ['chunks/a.mjs', 'export default "leçon A";'],
  ['chunks/b.mjs', 'export default "leçons B et D";'],
  ['chunks/c.mjs', 'export default "leçon C";'],
]);

const edited = (path: string, text: string) => new Map([...files, [path, text]]);

describe('serverCode', () => {
  test("a lesson's own chunk is hashed apart; a chunk imported statically or shared by two lessons is shared code", () => {
    const code = serverCode(files, manifest, [A, B, C, D]);
    expect([...code.lessons.keys()]).toEqual([A]);
    // A lesson the manifest does not know (a source of another course) has no chunk of its own either.
    expect(serverCode(files, manifest, [A, 'content/x/y.mdx?lesson']).lessons.size).toBe(1);
  });

  test("editing a lesson's own chunk changes its hash only; editing any other file changes the shared code", () => {
    const code = serverCode(files, manifest, [A, B, C, D]);
    const lessonEdited = serverCode(edited('chunks/a.mjs', 'export default "leçon A, revue";'), manifest, [A, B, C, D]);
    expect(lessonEdited.shared).toBe(code.shared);
    expect(lessonEdited.lessons.get(A)).not.toBe(code.lessons.get(A));
    for (const path of [
      'entry-server.mjs',
      'chunks/shared.mjs',
      'chunks/lesson-index.mjs',
      'chunks/b.mjs',
      'chunks/c.mjs',
    ]) {
      const other = serverCode(edited(path, `${files.get(path)}\n// modifié`), manifest, [A, B, C, D]);
      expect(other.shared, path).not.toBe(code.shared);
      expect(other.lessons.get(A), path).toBe(code.lessons.get(A));
    }
    // A new file is a change of the shared code too.
    expect(serverCode(edited('chunks/new.mjs', ''), manifest, [A, B, C, D]).shared).not.toBe(code.shared);
  });

  test('property: any edit of a file counts once, for the lesson that owns it or for the shared code', () => {
    const paths = [...files.keys()];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.string(), (path, text) => {
        fc.pre(text !== files.get(path));
        const before = serverCode(files, manifest, [A, B, C, D]);
        const after = serverCode(edited(path, text), manifest, [A, B, C, D]);
        const changedLessons = [...before.lessons].filter(([source, hash]) => after.lessons.get(source) !== hash);
        const sharedChanged = before.shared !== after.shared;
        // Exactly one of the two moved: nothing is missed, nothing counted twice.
        expect(changedLessons.length + (sharedChanged ? 1 : 0)).toBe(1);
        expect(changedLessons.length === 1).toBe(path === 'chunks/a.mjs');
      }),
    );
  });
});
