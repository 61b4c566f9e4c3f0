// @vitest-environment node
import { expect, test } from 'vitest';
import { salvageLesson, salvageUnloadedLessons } from './salvage';
import { checkInputFor, lessonFile } from '../shared/temp-tree';

test('ids and topics are read from a file the loader rejected', () => {
  const source =
    '---\nid: demo-casse\ntopics: [c1, c2]\n---\n\na <3 b\n\n```quiz\nid: "quiz-casse"\nquestions:\n  - id: q1\n```\n';
  expect(salvageLesson('content/demo/casse.mdx', source)).toEqual({
    file: 'content/demo/casse.mdx',
    ids: ['demo-casse', 'quiz-casse', 'q1'],
    topics: ['c1', 'c2'],
  });
});

test('only the lessons that did not load are salvaged', () => {
  const input = checkInputFor({
    'content/demo/bonne.mdx': lessonFile({ id: 'demo-bonne' }),
    'content/demo/casse.mdx': lessonFile({ id: 'demo-casse', body: 'a <3 b\n' }),
  });
  expect(salvageUnloadedLessons(input).map((lesson) => [lesson.file, lesson.ids])).toEqual([
    ['content/demo/casse.mdx', ['demo-casse']],
  ]);
});
