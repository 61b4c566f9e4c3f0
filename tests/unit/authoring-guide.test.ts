// @vitest-environment node
/**
 * The authoring guide's examples are copied by instructors, so they are checked like
 * content: every ```quiz block with the quiz parser, every frontmatter with the lesson
 * schema, the module.yaml example with the module schema, and every MDX snippet (with
 * the quizzes) inside a lesson run through the whole checker, in a copy of the course.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Code } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { afterAll, expect, test } from 'vitest';
import { readCheckInput } from '../../src/build/checks/check-input';
import { imageFile } from '../../src/build/checks/check-images';
import { samplePng } from '../../src/build/shared/temp-tree';
import { checkUnfinished } from '../../src/build/checks/check-unfinished';
import { checkQuizSections } from '../../src/build/checks/check-quiz-sections';
import { guideLanguages } from '../../src/build/mdx/code-languages';
import { calloutTypes, lessonComponentNames } from '../../src/lib/lesson-components';
import { contentChecks, runChecks } from '../../src/build/checks/content-checks';
import { loadContent } from '../../src/build/content/content-loader';
import { frontmatterSchema, moduleSchema } from '../../src/build/content/content-schema';
import { formatProblem } from '../../src/build/checks/problems';
import { parseQuizSource } from '../../src/features/quiz/parse-quiz-source';
import { questionTypes } from '../../src/features/quiz/quiz-schema';
import { parse as parseYaml } from 'yaml';

const projectRoot = resolve(__dirname, '../..');
const guide = readFileSync(resolve(projectRoot, 'docs/authoring.md'), 'utf8');
const blocks: Code[] = [];
visit(unified().use(remarkParse).parse(guide), 'code', (node) => {
  blocks.push(node);
});
const quizBlocks = blocks.filter((block) => block.lang === 'quiz');
const mdxBlocks = blocks.filter((block) => block.lang === 'mdx');
const frontmatterBlocks = mdxBlocks.filter((block) => block.value.startsWith('---\n'));
const snippets = mdxBlocks.filter((block) => !block.value.startsWith('---\n'));

const copies: string[] = [];
/** A temporary copy of the course's content and diagrams, removed after the tests. */
function copyCourse(): string {
  const root = mkdtempSync(join(tmpdir(), 'cours-docker-guide-'));
  copies.push(root);
  cpSync(resolve(projectRoot, 'content'), join(root, 'content'), { recursive: true });
  cpSync(resolve(projectRoot, 'src/diagrams'), join(root, 'src/diagrams'), { recursive: true });
  return root;
}

afterAll(() => {
  for (const root of copies) rmSync(root, { recursive: true, force: true });
});

test('the guide has a quiz example of each of the nine question types, and of each option', () => {
  const types = new Set<string>();
  for (const block of quizBlocks) {
    for (const question of parseQuizSource(block.value).quiz?.questions ?? []) types.add(question.type);
  }
  expect([...types].sort()).toEqual([...questionTypes].sort());
  // The complete lesson example carries its quiz (with `section`) inside its ````mdx block.
  const options = [...quizBlocks, ...mdxBlocks].map((block) => block.value).join('\n');
  for (const option of ['mode: exam', 'passMark:', 'maxAttempts:', 'hintPenalty:', 'draw:', 'section:', 'hints:']) {
    expect(options).toContain(option);
  }
});

test.each(quizBlocks.map((block) => [block.position?.start.line ?? 0, block.value] as const))(
  'the quiz example at line %i parses with no error',
  (_line, source) => {
    expect(parseQuizSource(source).errors).toEqual([]);
  },
);

test('every frontmatter example is valid for the lesson schema', () => {
  expect(frontmatterBlocks.length).toBeGreaterThanOrEqual(3);
  for (const block of frontmatterBlocks) {
    const yaml = /^---\n([\s\S]*?)\n---/.exec(block.value)?.[1] ?? '';
    const parsed = frontmatterSchema.safeParse(parseYaml(yaml));
    expect(parsed.error?.issues ?? []).toEqual([]);
  }
});

test('the module.yaml example is valid for the module schema', () => {
  const moduleBlock = blocks.find((block) => block.lang === 'yaml' && /module\.yaml/.test(block.meta ?? ''));
  expect(moduleSchema.safeParse(parseYaml(moduleBlock?.value ?? '')).success).toBe(true);
});

test('every component, callout type and code language is documented with an example', () => {
  for (const component of lessonComponentNames) {
    expect(snippets.some((block) => block.value.includes(`<${component} `))).toBe(true);
  }
  for (const type of calloutTypes) expect(guide).toContain(`\`${type}\``);
  for (const language of guideLanguages) expect(guide).toContain(`\`${language}\``);
});

test('the diagrams the guide lists exist', () => {
  const listed = /Schémas disponibles\s*:\s*(.*)\./u.exec(guide)?.[1] ?? '';
  const names = [...listed.matchAll(/`([a-z0-9-]+)`/g)].map((match) => match[1]);
  expect(names.length).toBeGreaterThan(10);
  const diagrams = readdirSync(resolve(projectRoot, 'src/diagrams'));
  for (const name of names) expect(diagrams).toContain(`${name}.tsx`);
});

test('the MDX snippets and the quizzes, put in a lesson of the real course, pass the checker', () => {
  const root = copyCourse();
  const lessonPath = 'content/conteneurisation/guide-exemples.mdx';
  // The snippets show images an author would add, to public/images/ or next to the lesson.
  for (const match of snippets
    .map((block) => block.value)
    .join('\n')
    .matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)) {
    const path = imageFile(lessonPath, match[1] ?? '');
    if (path === null) continue;
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, samplePng);
  }
  const lesson = [
    '---',
    'id: guide-exemples',
    'title: Les exemples du guide',
    'description: Tous les exemples du guide de rédaction.',
    'order: 99',
    'duration: 10',
    'objectives:',
    '  - Vérifier les exemples du guide.',
    'topics: []',
    '---',
    '',
    ...snippets.map((block) => `${block.value}\n`),
    ...quizBlocks.map((block) => `\`\`\`quiz\n${block.value}\n\`\`\`\n`),
  ].join('\n');
  writeFileSync(join(root, lessonPath), lesson);
  const input = readCheckInput(loadContent(root, { includeDrafts: true }));
  // Quiz examples stand alone: their `section` anchors belong to lessons of their own, and each
  // shows a question or two, not a whole lesson's quiz (check-unfinished.ts counts those).
  const problems = runChecks(
    input,
    contentChecks.filter((check) => check !== checkQuizSections && check !== checkUnfinished),
  );
  expect(problems.filter((problem) => problem.file.endsWith('guide-exemples.mdx')).map(formatProblem)).toEqual([]);
});

test('the complete lesson examples pass the whole checker as they are', () => {
  const lessons = frontmatterBlocks.filter((block) => /\n---\n[\s\S]*\S/.test(block.value));
  expect(lessons.length).toBeGreaterThanOrEqual(1);
  const root = copyCourse();
  lessons.forEach((block, index) =>
    writeFileSync(join(root, `content/conteneurisation/guide-lecon-${index}.mdx`), block.value),
  );
  const problems = runChecks(readCheckInput(loadContent(root, { includeDrafts: true })));
  expect(problems.filter((problem) => problem.file.includes('guide-lecon-')).map(formatProblem)).toEqual([]);
});
