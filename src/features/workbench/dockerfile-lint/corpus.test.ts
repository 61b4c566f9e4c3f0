// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { analyseLesson } from '../../../build/content/lesson-analysis';
import { lintDockerfile } from './lint-dockerfile';

const folder = new URL('../../../../tests/fixtures/dockerfiles/', import.meta.url);
const contentFolder = new URL('../../../../content/conteneurisation/', import.meta.url);
const expected = parse(readFileSync(new URL('expected.yaml', folder), 'utf8')) as Record<string, string[]>;
const files = readdirSync(folder)
  .filter((name) => name.endsWith('.Dockerfile'))
  .sort();

test('the corpus has at least 30 Dockerfiles, good and bad, each with its expected findings', () => {
  expect(files.length).toBeGreaterThanOrEqual(30);
  expect(Object.keys(expected).sort()).toEqual(files);
  expect(files.filter((name) => (expected[name] ?? []).length === 0).length).toBeGreaterThanOrEqual(8);
  expect(files.filter((name) => (expected[name] ?? []).length > 0).length).toBeGreaterThanOrEqual(15);
});

test.each(files)('%s gives the expected findings', (name) => {
  const findings = lintDockerfile(readFileSync(new URL(name, folder), 'utf8'));
  expect(findings.map((finding) => `${finding.rule} ${finding.line}:${finding.column}`)).toEqual(expected[name]);
});

// The course-* fixtures are the lessons' own Dockerfiles: if a lesson's example changes, its fixture must follow.
const lessonBlocks = readdirSync(contentFolder)
  .filter((name) => name.endsWith('.mdx'))
  .flatMap((name) => {
    const source = readFileSync(new URL(name, contentFolder), 'utf8');
    const blocks: string[] = [];
    const pattern = /^```dockerfile[^\n]*\n([\s\S]*?)^```/gm;
    for (let match = pattern.exec(source); match; match = pattern.exec(source)) blocks.push(match[1]!);
    expect(analyseLesson(source).syntaxError).toBeNull();
    return blocks;
  });

test.each(files.filter((name) => name.startsWith('course-')))('%s is still the example the lesson shows', (name) => {
  let text = readFileSync(new URL(name, folder), 'utf8');
  // An extract carries a comment saying so and the base image that lets it build: the rest is the lesson's text.
  if (text.startsWith('# Extrait')) text = text.split('\n').slice(2).join('\n');
  expect(lessonBlocks.some((block) => block.includes(text))).toBe(true);
});
