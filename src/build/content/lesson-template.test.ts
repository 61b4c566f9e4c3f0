// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  freshId,
  lessonTemplate,
  modulePrefix,
  newLessonOrder,
  slugifyTitle,
  TEMPLATE_PLACEHOLDERS,
  withOrder,
} from './lesson-template';
import { checkInputFor } from '../shared/temp-tree';
import { runChecks } from '../checks/content-checks';
import { formatProblem } from '../checks/problems';

test.each([
  ['Une leçon de test', 'une-lecon-de-test'],
  ['Qu’est-ce qu’un conteneur ?', 'qu-est-ce-qu-un-conteneur'],
  ['  Les cœurs & les Œuvres : 2e partie ', 'les-coeurs-les-oeuvres-2e-partie'],
  ['Élément à éviter', 'element-a-eviter'],
])('slugifies %j', (title, slug) => {
  expect(slugifyTitle(title)).toBe(slug);
});

test('the prefix is the one the module’s ids share, else the module id', () => {
  expect(modulePrefix('virtualisation', ['virt-definition', 'virt-usages', 'autre-x'])).toBe('virt');
  expect(modulePrefix('demo', [])).toBe('demo');
});

test('a fresh id never reuses a taken one', () => {
  expect(freshId('virt-test', new Set())).toBe('virt-test');
  expect(freshId('virt-test', new Set(['virt-test', 'virt-test-2']))).toBe('virt-test-3');
});

test('the template is a lesson the checker accepts as it is', () => {
  const clean = lessonTemplate({ id: 'demo-test', quizId: 'quiz-test', title: 'Une leçon de test', order: 1 });
  expect(runChecks(checkInputFor({ 'content/demo/test.mdx': clean })).map(formatProblem)).toEqual([]);
});

test('the title is written as given (new:lesson fixes its typography first), quoted when YAML needs it', () => {
  const lesson = lessonTemplate({
    id: 'demo-test',
    quizId: 'quiz-test',
    title: 'Titre : avec « deux-points »',
    order: 3,
  });
  const input = checkInputFor({ 'content/demo/test.mdx': lesson });
  expect(runChecks(input).map(formatProblem)).toEqual([
    'content/demo/test.mdx:3:15  Espace ordinaire avant « : » : remplacez-la par une espace insécable (U+00A0 ou U+202F).',
    'content/demo/test.mdx:3:22  Espace ordinaire après le guillemet ouvrant « : remplacez-la par une espace insécable (U+00A0 ou U+202F).',
    'content/demo/test.mdx:3:36  Espace ordinaire avant le guillemet fermant » : remplacez-la par une espace insécable (U+00A0 ou U+202F).',
  ]);
  const [lessonMeta] = input.content.lessons.map((loaded) => loaded.meta);
  expect(lessonMeta).toMatchObject({ id: 'demo-test', order: 3, duration: 10, topics: [], quizIds: ['quiz-test'] });
  expect(lessonMeta?.title).toBe('Titre : avec « deux-points »');
});

test('the template is a draft and carries every placeholder the checker looks for', () => {
  const text = lessonTemplate({ id: 'demo-test', quizId: 'quiz-test', title: 'Titre', order: 1 });
  expect(text).toContain('\ntopics: []\ndraft: true\n---\n');
  for (const placeholder of TEMPLATE_PLACEHOLDERS) expect(text).toContain(placeholder);
});

type Kind = 'lesson' | 'practice' | 'assessment';
/** A module: distinct orders, lessons and other pages mixed, as the checker allows. */
const moduleArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 40 }), { maxLength: 12 })
  .chain((orders) =>
    fc.tuple(
      fc.constant(orders),
      fc.array(fc.constantFrom<Kind>('lesson', 'lesson', 'practice', 'assessment'), {
        minLength: orders.length,
        maxLength: orders.length,
      }),
    ),
  )
  .map(([orders, kinds]) => orders.map((order, index) => ({ id: `l${order}`, order, kind: kinds[index] ?? 'lesson' })));

test('a new lesson goes after every lesson and before the pages that close the module, which move down', () => {
  fc.assert(
    fc.property(moduleArb, (lessons) => {
      const { order, moved } = newLessonOrder(lessons);
      const after = lessons.map((lesson) => (moved.includes(lesson) ? { ...lesson, order: lesson.order + 1 } : lesson));
      // Orders stay distinct, the new one included.
      expect(new Set([...after.map((lesson) => lesson.order), order]).size).toBe(lessons.length + 1);
      // Before it: every lesson of kind « lesson » that was there, none moved.
      const lastLesson = Math.max(0, ...lessons.filter((lesson) => lesson.kind === 'lesson').map((l) => l.order));
      expect(order).toBeGreaterThan(lastLesson);
      // After it: only the practice pages and exams that closed the module, in their order.
      const later = after.filter((lesson) => lesson.order > order).sort((a, b) => a.order - b.order);
      expect(later.every((lesson) => lesson.kind !== 'lesson')).toBe(true);
      expect(later.map((lesson) => lesson.id)).toEqual(
        [...lessons]
          .filter((lesson) => lesson.order > lastLesson)
          .sort((a, b) => a.order - b.order)
          .map((l) => l.id),
      );
    }),
  );
});

test('the new lesson takes the practice page’s place in a module that ends with practice and exam', () => {
  const lessons = [
    { id: 'a', order: 1, kind: 'lesson' as const },
    { id: 'p', order: 7, kind: 'practice' as const },
    { id: 'e', order: 8, kind: 'assessment' as const },
  ];
  expect(newLessonOrder(lessons)).toEqual({ order: 7, moved: [lessons[1], lessons[2]] });
  expect(newLessonOrder(lessons.slice(0, 1))).toEqual({ order: 2, moved: [] });
});

test('withOrder rewrites the order line only, and refuses any other line', () => {
  const source = '---\nid: x\norder: 7\nduration: 5\n---\n\nTexte.\n';
  expect(withOrder(source, 3, 8)).toBe(source.replace('order: 7', 'order: 8'));
  expect(() => withOrder(source, 2, 8)).toThrow(/order: <nombre>/);
});
