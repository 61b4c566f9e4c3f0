import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { routes } from './router';
import { lazyRouteSources, patternPages, staticPageAt, staticPageList } from '../lib/pages';
import { paths } from '../lib/paths';

const root = `${join(import.meta.dirname, '../..')}/`;

test('every page of the table has its route module, a unique path and a unique size row', () => {
  const all = [...staticPageList, ...Object.values(patternPages)];
  for (const page of all) expect(existsSync(`${root}${page.source}`), page.source).toBe(true);
  const staticPaths = staticPageList.map((page) => page.path);
  expect(new Set(staticPaths).size).toBe(staticPaths.length);
  const rows = all.map((page) => page.sizeKind);
  expect(new Set(rows).size).toBe(rows.length);
});

test('the router serves exactly the table, static pages first and the 404 last', () => {
  const children = routes[0]?.children?.map((route) => route.path) ?? [];
  expect(children).toEqual([
    ...staticPageList.map((page) => page.path),
    patternPages.module.pattern,
    patternPages.lesson.pattern,
    patternPages.notFound.pattern,
  ]);
});

test('paths, lazy chunks and lookups come from the table', () => {
  expect(paths.progress.href()).toBe(staticPageAt('/progression')?.path);
  expect(paths.glossary.href('cgroup')).toBe('/glossaire#cgroup');
  expect(Object.keys(lazyRouteSources)).toEqual(staticPageList.filter((page) => page.lazy).map((page) => page.path));
  expect(staticPageAt('/inconnue')).toBeUndefined();
});
