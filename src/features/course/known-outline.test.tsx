import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, test, vi } from 'vitest';
import { frame } from 'virtual:course-frame';
import { outline } from 'virtual:course-outline';
import {
  getKnownOutline,
  holdHydrationSnapshot,
  KnownOutlineContext,
  loadCourseOutline,
  loadModuleLessons,
  resetKnownOutline,
  useKnownOutline,
  useModuleLessons,
} from './known-outline';
import { courseFrame, moduleLessons } from './outline';

afterEach(() => {
  resetKnownOutline();
});

test('the frame every page carries is the outline’s, without the lessons', () => {
  expect(frame).toEqual(courseFrame(outline));
  expect(getKnownOutline()).toEqual({ frame, lessons: {}, full: null });
});

test('a module’s lessons load once, with its neighbours; a path that is no module has none', async () => {
  const part = await loadModuleLessons('conteneurisation');
  expect(part).toEqual(moduleLessons(outline, 'conteneurisation'));
  expect(getKnownOutline().lessons).toEqual({ conteneurisation: part });
  expect(await loadModuleLessons('conteneurisation')).toBe(part);
  expect(await loadModuleLessons('constructor')).toBeUndefined();
  expect(await loadModuleLessons('inconnu')).toBeUndefined();
  expect(getKnownOutline().full).toBeNull();
});

test('the whole outline makes every module’s lessons known', async () => {
  expect(await loadCourseOutline()).toBe(outline);
  const known = getKnownOutline();
  expect(known.full).toBe(outline);
  expect(Object.keys(known.lessons)).toEqual(outline.modules.map((module) => module.slug));
});

function Counts() {
  const known = useKnownOutline();
  return (
    <p>
      {Object.keys(known.lessons).length} modules connus, plan {known.full ? 'complet' : 'partiel'}
    </p>
  );
}

test('hydration renders with what the page knew when it started hydrating, then with what came since', async () => {
  const part = await loadModuleLessons('virtualisation');
  const container = document.createElement('div');
  container.innerHTML = renderToString(
    <KnownOutlineContext value={{ frame, lessons: { virtualisation: part! }, full: null }}>
      <Counts />
    </KnownOutlineContext>,
  );
  document.body.append(container);
  holdHydrationSnapshot();
  // The whole outline arrives before React hydrates (a returning learner's cache).
  await loadCourseOutline();
  const recoverable = vi.fn();
  act(() => {
    hydrateRoot(container, <Counts />, { onRecoverableError: recoverable });
  });
  expect(recoverable).not.toHaveBeenCalled();
  expect(container.textContent).toBe(`${outline.modules.length} modules connus, plan complet`);
  container.remove();
});

function ModuleTitles({ slug }: { slug: string }) {
  const part = useModuleLessons(slug);
  return <p>{part ? part.lessons.map((lesson) => lesson.title).join(' · ') : 'aucun module'}</p>;
}

test('a path that names no module does not wait for the outline', () => {
  render(
    <Suspense fallback={<p>en attente</p>}>
      <ModuleTitles slug="inconnu" />
    </Suspense>,
  );
  expect(screen.getByText('aucun module')).toBeInTheDocument();
  expect(getKnownOutline().full).toBeNull();
});

test('a module whose lessons are not here suspends while the outline loads, and is there once it has', async () => {
  const tree = (
    <Suspense fallback={<p>en attente</p>}>
      <ModuleTitles slug="observabilite" />
    </Suspense>
  );
  const { unmount } = render(tree);
  expect(screen.getByText('en attente')).toBeInTheDocument();
  // What it waits for: the whole outline, which it asked for.
  expect(await loadCourseOutline()).toBe(outline);
  unmount();
  render(tree);
  const titles = outline.modules.find((module) => module.slug === 'observabilite')!.lessons.map(({ title }) => title);
  expect(screen.getByText(titles.join(' · '))).toBeInTheDocument();
});

test('the lessons a page already had keep their objects when the whole outline arrives', async () => {
  const part = await loadModuleLessons('virtualisation');
  await loadCourseOutline();
  expect(getKnownOutline().lessons.virtualisation).toBe(part);
  expect(getKnownOutline().lessons.conteneurisation).toEqual(moduleLessons(outline, 'conteneurisation'));
});
