// @vitest-environment node
import { expect, test } from 'vitest';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { loadContent } from './content-loader';
import { coursePlugin, outlineModuleCode } from './course-plugin';
import { courseFrame, moduleLessons } from '../../features/course/outline';
import { demoModule, lessonFile, writeTree } from '../shared/temp-tree';

const quiz = (id: string, header = '') =>
  `## Ici\n\n\`\`\`quiz\nid: ${id}\n${header}questions:\n  - id: q1\n    type: truefalse\n    prompt: Vrai.\n    answer: true\n\`\`\`\n`;

const lab = (id: string, header = '') =>
  `## Pratique\n\n\`\`\`lab\nid: ${id}\ntitle: Un lab\n${header}setup:\n  images: [alpine:3.24]\nsteps:\n  - id: lister\n    goal: Listez les conteneurs.\n    hints:\n      - "\`docker ps\`"\n    check:\n      commandRan: "docker ps"\n    explanation: La liste des conteneurs.\n\`\`\`\n`;

/** The code of `virtual:course-outline` as the plugin serves it for a content tree. */
function outlineModule(files: Record<string, string>): string {
  const plugin = coursePlugin({ root: writeTree({ 'content/demo/module.yaml': demoModule, ...files }) });
  const resolve = plugin.resolveId as (source: string) => string | null;
  const load = plugin.load as (id: string) => string | null;
  return load.call({}, resolve.call({}, 'virtual:course-outline') ?? '') ?? '';
}

/** The outline the module's code gives when it is evaluated. */
function outlineOf(code: string): unknown {
  expect(code.endsWith('\nexport { outline };')).toBe(true);
  return runInNewContext(`${code.replace(/\nexport \{ outline \};$/, '')}\noutline;`, {}) as unknown;
}

test('virtual:course-outline gives back the whole outline, though its text leaves out what can be rebuilt', () => {
  const root = writeTree({
    'content/demo/module.yaml': demoModule,
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', body: quiz('quiz-a') + lab('lab-a') + lab('lab-b') }),
    'content/demo/b.mdx': lessonFile({ id: 'demo-b', order: 2, body: quiz('quiz-b') }),
  });
  const { outline } = loadContent(root, { includeDrafts: false });
  const code = outlineModuleCode(outline);
  expect(outlineOf(code)).toEqual(outline);
  expect(outline.modules[0]!.lessons[0]).toMatchObject({ path: '/demo/a', labIds: ['lab-a', 'lab-b'] });
  expect(code).not.toContain('"path"');
  expect(code).not.toContain('"moduleSlug"');
  expect(code).not.toContain('"labIds"');
  // The real course too.
  const real = loadContent(resolve(import.meta.dirname, '../../..'), { includeDrafts: false }).outline;
  expect(outlineOf(outlineModuleCode(real))).toEqual(real);
});

test('an outline whose lessons cannot be rebuilt from the compact text stops the build', () => {
  const root = writeTree({
    'content/demo/module.yaml': demoModule,
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', body: quiz('quiz-a') }),
  });
  const { outline } = loadContent(root, { includeDrafts: false });
  const lesson = outline.modules[0]!.lessons[0]!;
  expect(() => outlineModuleCode({ ...outline, modules: [{ ...outline.modules[0]!, lessons: [{ ...lesson, path: '/ailleurs/a' }] }] })).toThrow(
    /demo-a ne peut pas être rebâtie/,
  );
  expect(() =>
    outlineModuleCode({ ...outline, modules: [{ ...outline.modules[0]!, lessons: [{ ...lesson, labIds: ['lab-x'] }] }] }),
  ).toThrow(/demo-a/);
});

test('virtual:course-outline carries the quiz renames, old id → current id, and no quiz body', () => {
  const code = outlineModule({
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', body: quiz('quiz-a', 'previousIds: [quiz-a-v1, quiz-a-v2]\n') }),
    'content/demo/b.mdx': lessonFile({ id: 'demo-b', order: 2, body: quiz('quiz-b') }),
  });
  expect(outlineOf(code)).toMatchObject({ quizRenames: { 'quiz-a-v1': 'quiz-a', 'quiz-a-v2': 'quiz-a' } });
  expect(code).not.toContain('truefalse');
});

test('virtual:course-outline has no quiz renames when no quiz was renamed', () => {
  const code = outlineModule({ 'content/demo/a.mdx': lessonFile({ id: 'demo-a', body: quiz('quiz-a') }) });
  expect(outlineOf(code)).not.toHaveProperty('quizRenames');
});

test('an old id that is still another quiz’s id is left out, so that quiz keeps its progress', () => {
  const code = outlineModule({
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', body: quiz('quiz-a', 'previousIds: [quiz-b, quiz-a-v1]\n') }),
    'content/demo/b.mdx': lessonFile({ id: 'demo-b', order: 2, body: quiz('quiz-b') }),
  });
  expect(outlineOf(code)).toMatchObject({ quizRenames: { 'quiz-a-v1': 'quiz-a' } });
  expect(outlineOf(code)).not.toHaveProperty(['quizRenames', 'quiz-b']);
});

test('virtual:course-outline carries the lab renames, old id → current id, and no lab body', () => {
  const code = outlineModule({
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', body: lab('lab-a', 'previousIds: [lab-a-v1]\n') }),
    'content/demo/b.mdx': lessonFile({ id: 'demo-b', order: 2, body: lab('lab-b', 'previousIds: [lab-a]\n') }),
  });
  // lab-a is still a lab's id: it is not renamed away from it.
  expect(outlineOf(code)).toMatchObject({ labRenames: { 'lab-a-v1': 'lab-a' } });
  expect(outlineOf(code)).not.toHaveProperty(['labRenames', 'lab-a']);
  expect(code).not.toContain('commandRan');
});

function servedModule(files: Record<string, string>, id: string): string {
  const plugin = coursePlugin({ root: writeTree({ 'content/demo/module.yaml': demoModule, ...files }) });
  const resolve = plugin.resolveId as (source: string) => string | null;
  const load = plugin.load as (id: string) => string | null;
  return load.call({}, resolve.call({}, id) ?? '') ?? '';
}

test('virtual:course-quizzes holds the question ids and one lazy import per quiz, never a quiz body', () => {
  const files = {
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', body: quiz('quiz-a') }),
    'content/demo/b.mdx': lessonFile({ id: 'demo-b', order: 2, body: quiz('quiz-b') }),
  };
  const code = servedModule(files, 'virtual:course-quizzes');
  expect(code).toContain('export const questionIds = {"quiz-a":["q1"],"quiz-b":["q1"]};');
  expect(code).toContain('"quiz-a": () => import("virtual:course-quiz/quiz-a"),');
  expect(code).toContain('"quiz-b": () => import("virtual:course-quiz/quiz-b"),');
  expect(code).not.toContain('truefalse');
  // Each quiz's own module: the quiz with its lesson, and nothing of the other quizzes.
  const quizA = servedModule(files, 'virtual:course-quiz/quiz-a');
  const entry = JSON.parse(quizA.replace(/^export default /, '').replace(/;$/, '')) as Record<string, unknown>;
  expect(entry).toMatchObject({ lessonPath: '/demo/a', quiz: { id: 'quiz-a', questions: [{ id: 'q1' }] } });
  expect(quizA).not.toContain('quiz-b');
});

test('a lesson whose one quiz is named after it (quiz-<lesson id>) has its quiz ids rebuilt, the others written', () => {
  const root = writeTree({
    'content/demo/module.yaml': demoModule,
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', body: quiz('quiz-demo-a') }),
    'content/demo/b.mdx': lessonFile({ id: 'demo-b', order: 2, body: quiz('quiz-autre') }),
    'content/demo/c.mdx': lessonFile({ id: 'demo-c', order: 3, body: quiz('quiz-demo-c') + quiz('quiz-c2') }),
    'content/demo/d.mdx': lessonFile({ id: 'demo-d', order: 4 }),
  });
  const { outline } = loadContent(root, { includeDrafts: false });
  const code = outlineModuleCode(outline);
  expect(outlineOf(code)).toEqual(outline);
  expect(outline.modules[0]!.lessons.map((lesson) => lesson.quizIds)).toEqual([
    ['quiz-demo-a'],
    ['quiz-autre'],
    ['quiz-demo-c', 'quiz-c2'],
    [],
  ]);
  expect(code.match(/"quizIds"/g)).toHaveLength(3);
  expect(code).not.toContain('"quiz-demo-a"');
});

test('virtual:course-frame carries the modules without their lessons, and a loader of each one’s lessons', () => {
  const files = {
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', body: quiz('quiz-demo-a') + lab('lab-a') }),
    'content/demo/b.mdx': lessonFile({ id: 'demo-b', order: 2 }),
  };
  const root = writeTree({ 'content/demo/module.yaml': demoModule, ...files });
  const { outline } = loadContent(root, { includeDrafts: false });
  const frameCode = servedModule(files, 'virtual:course-frame');
  const frame = runInNewContext(
    `${frameCode.replace(/^export const frame = /, 'const frame = ').replace(/\nexport const moduleLessonsLoaders[\s\S]*$/, '')}\nframe;`,
    {},
  ) as unknown;
  expect(frame).toEqual(courseFrame(outline));
  expect(frameCode).toContain('"demo": () => import("virtual:course-module-lessons/demo"),');
  // Of the lessons, only the first (where « Commencer » leads).
  expect(frameCode).not.toContain('demo-b');
  // A module's lessons: compact like the outline's, whole once evaluated.
  const partCode = servedModule(files, 'virtual:course-module-lessons/demo');
  expect(partCode.endsWith('\nexport default part;')).toBe(true);
  const part = runInNewContext(`${partCode.replace(/\nexport default part;$/, '')}\npart;`, {}) as unknown;
  expect(part).toEqual(moduleLessons(outline, 'demo'));
  expect(partCode).not.toContain('"path"');
});

test('the topics stay out of the outline; their teaching lessons have a module of their own', () => {
  const plugin = coursePlugin({
    root: writeTree({
      'content/demo/module.yaml': demoModule,
      'content/demo/a.mdx': lessonFile({ id: 'demo-a', topics: ['c1', 'c2'] }),
      'content/demo/b.mdx': lessonFile({ id: 'demo-b', order: 2, topics: ['c2'] }),
      'content/demo/brouillon.mdx': lessonFile({ id: 'demo-brouillon', order: 3, topics: ['c3'], draft: true }),
    }),
  });
  const load = plugin.load as (id: string) => string | null;
  const resolve = plugin.resolveId as (id: string) => string | null;
  expect(resolve.call({}, 'virtual:course-teaching')).toBe('\0virtual:course-teaching/teaching-index');
  const lesson = (id: string, slug: string) => ({ id, moduleSlug: 'demo', slug, title: 'Une leçon' });
  expect(load.call({}, '\0virtual:course-teaching/teaching-index')).toBe(
    `export const teaching = ${JSON.stringify({ c1: [lesson('demo-a', 'a')], c2: [lesson('demo-a', 'a'), lesson('demo-b', 'b')] })};`,
  );
  const outline = load.call({}, '\0virtual:course-outline') ?? '';
  expect(outline).not.toContain('"topics"');
  expect(outline).not.toContain('"wordCount"');
});

test('a module’s lesson descriptions have a module of their own, and the outline leaves them out', () => {
  const plugin = coursePlugin({
    root: writeTree({
      'content/demo/module.yaml': demoModule,
      'content/demo/a.mdx': lessonFile({ id: 'demo-a' }),
      'content/demo/b.mdx': lessonFile({ id: 'demo-b', order: 2 }),
    }),
  });
  const load = plugin.load as (id: string) => string | null;
  const resolve = plugin.resolveId as (id: string) => string | null;
  expect(resolve.call({}, 'virtual:course-descriptions/demo')).toBe('\0virtual:course-descriptions/demo');
  expect(load.call({}, '\0virtual:course-descriptions')).toContain(
    '"demo": () => import("virtual:course-descriptions/demo")',
  );
  expect(load.call({}, '\0virtual:course-descriptions/demo')).toBe(
    'export default {"demo-a":"Une leçon de test.","demo-b":"Une leçon de test."};',
  );
  expect(load.call({}, resolve.call({}, 'virtual:course-outline')!)).not.toContain('Une leçon de test.');
  expect(load.call({}, resolve.call({}, 'virtual:course-frame')!)).not.toContain('Une leçon de test.');
  expect(load.call({}, resolve.call({}, 'virtual:course-module-lessons/demo')!)).not.toContain('Une leçon de test.');
});
