// @vitest-environment node
import { readFileSync, existsSync } from 'node:fs';
import { expect, test } from 'vitest';
import { analyseLesson } from '../../build/content/lesson-analysis';
import { lessons } from './lessons';

const root = new URL('../../../content/', import.meta.url);

test.each(Object.entries(lessons))('the lesson section %s exists in the course', (_key, link) => {
  const file = new URL(`.${link.path}.mdx`, root);
  expect(existsSync(file), `${link.path} has no lesson file`).toBe(true);
  const slugs = analyseLesson(readFileSync(file, 'utf8')).headings.map((heading) => heading.slug);
  expect(slugs).toContain(link.anchor);
});
