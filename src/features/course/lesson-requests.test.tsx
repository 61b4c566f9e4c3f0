// @vitest-environment node
/**
 * The prerender renders a page again when a lesson it asked for changes
 * (src/build/prerender/server-code.ts): the record of the lessons a render asks for must hold
 * every one, those whose chunk or details this thread had already loaded for an earlier page too.
 */
import { prerender } from 'react-dom/static';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { I18nProvider } from '../../lib/i18n';
import { LessonBody, preloadLesson, preloadLessonBody, recordLessonRequests } from './lesson-body';
import { courseMessages } from './messages';

vi.mock('virtual:course-lessons', () => {
  const lesson = (text: string) => () =>
    Promise.resolve({
      default: () => <p>{text}</p>,
      details: { description: text, objectives: [], headings: [], wordCount: 2 },
    });
  return { lessonLoaders: { a: lesson('Leçon A.'), b: lesson('Leçon B.'), c: lesson('Leçon C.') } };
});

beforeEach(() => {
  vi.stubEnv('SSR', true);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

async function renderBody(lessonId: string): Promise<string> {
  const { prelude } = await prerender(
    <I18nProvider lang="fr" catalogue={courseMessages}>
      <LessonBody lessonId={lessonId} components={{}} />
    </I18nProvider>,
  );
  return new Response(prelude).text();
}

test('a render records the lessons whose body or details it asked for, already loaded ones included', async () => {
  const first = await recordLessonRequests(() => renderBody('a'));
  expect(first.result).toContain('Leçon A.');
  expect(first.lessons).toEqual(['a']);

  // The same thread, a later page: « a » is loaded already, and still counts.
  const second = await recordLessonRequests(async () => {
    await preloadLesson('c');
    await preloadLessonBody('b');
    return renderBody('a');
  });
  expect(second.lessons).toEqual(['a', 'b', 'c']);
  // Details asked for again come from this thread's memory, and still count.
  expect((await recordLessonRequests(() => preloadLesson('c'))).lessons).toEqual(['c']);

  // A page that asks for no lesson records none.
  expect((await recordLessonRequests(() => Promise.resolve('accueil'))).lessons).toEqual([]);
});

test('one page at a time: a record inside another is refused, and a failed render leaves no record open', async () => {
  const outer = recordLessonRequests(async () => {
    await expect(recordLessonRequests(() => preloadLesson('a'))).rejects.toThrow('one page at a time');
    return 'extérieur';
  });
  await expect(outer).resolves.toEqual({ result: 'extérieur', lessons: [] });

  await expect(recordLessonRequests(() => Promise.reject(new Error('rendu raté')))).rejects.toThrow('rendu raté');
  expect((await recordLessonRequests(() => preloadLesson('b'))).lessons).toEqual(['b']);
});

test("the browser records nothing: there the record's code is left out", async () => {
  vi.stubEnv('SSR', false);
  expect((await recordLessonRequests(() => preloadLesson('a'))).lessons).toEqual([]);
});
