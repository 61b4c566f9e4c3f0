// @vitest-environment node
import { expect, test } from 'vitest';
import { frontmatterPosition, lessonQuizBlocks, positionInFile, quizPosition } from './check-input';
import { checkInputFor, lessonFile } from '../shared/temp-tree';

test('the input holds every content text and every file the content may point to', () => {
  const input = checkInputFor({
    'content/demo/a.mdx': lessonFile({ id: 'demo-a' }),
    'content/demo/image.png': 'png',
    'public/images/b.png': 'png',
    'src/diagrams/hypervisors.tsx': '',
    'src/autre.ts': '',
  });
  expect([...input.files].sort()).toEqual([
    'content/demo/a.mdx',
    'content/demo/image.png',
    'content/demo/module.yaml',
    'public/images/b.png',
    'src/diagrams/hypervisors.tsx',
  ]);
  expect([...input.sources.keys()].sort()).toEqual(['content/demo/a.mdx', 'content/demo/module.yaml']);
});

test('positions are given in the lesson file, for offsets, frontmatter fields and quiz offsets', () => {
  const body = '## Ici\n\n```quiz\nid: quiz-a\nquestions: []\n```\n';
  const input = checkInputFor({ 'content/demo/a.mdx': lessonFile({ id: 'demo-a', topics: ['c1', 'c2'], body }) });
  const source = input.sources.get('content/demo/a.mdx') ?? '';
  expect(positionInFile(input, 'content/demo/a.mdx', source.indexOf('## Ici'))).toEqual({ line: 12, column: 1 });
  const [lesson] = input.content.lessons;
  expect(lesson && frontmatterPosition(lesson, ['topics', 1])).toEqual({ line: 9, column: 14 });
  const [block] = lesson ? lessonQuizBlocks(lesson) : [];
  expect(block?.yaml?.id).toBe('quiz-a');
  expect(block && quizPosition(block, block.source.indexOf('questions'))).toEqual({ line: 16, column: 1 });
});
