// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { checkContent, updateKnownIds } from './content-checks';
import { formatProblem } from './problems';
import { demoModule, lessonFile, writeTree } from '../shared/temp-tree';

test('loader problems and check problems come together, sorted, in French sentences', () => {
  const root = writeTree({
    'content/demo/module.yaml': demoModule,
    'content/demo/b.mdx': lessonFile({ id: 'demo-b', body: '## Ici\n\n<Encadre />\n' }),
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', body: '## Ici\n\nUn <!-- commentaire -->\n' }),
  });
  expect(checkContent(root).problems.map(formatProblem)).toEqual([
    'content/demo/a.mdx:14:5  Les commentaires HTML <!-- … --> ne sont pas permis en MDX : écrivez {/* … */} à la place.',
    'content/demo/b.mdx:14:1  Le composant <Encadre> n’existe pas : utilisez l’un des composants Callout, Figure, Terme ou Diagram (ou corrigez la casse du nom).',
  ]);
});

test('--update-known-ids writes the current ids by kind, and refuses while other problems remain', () => {
  const root = writeTree({
    'content/demo/module.yaml': demoModule,
    // A list written before quiz renames: rewritten by kind.
    'content/known-ids.json': '[\n  "demo-supprimee"\n]\n',
    'content/demo/a.mdx': lessonFile({
      id: 'demo-a',
      previousIds: ['demo-ancien'],
      // A published lesson's quiz has at least four questions (check-unfinished.ts).
      body: `## Ici\n\n\`\`\`quiz\nid: quiz-a\npreviousIds: [quiz-ancien]\nquestions:\n${[1, 2, 3, 4]
        .map((n) => `  - id: q${n}\n    type: truefalse\n    prompt: Vrai.\n    answer: true\n`)
        .join('')}\`\`\`\n`,
    }),
  });
  expect(checkContent(root).problems).toHaveLength(1);
  expect(updateKnownIds(root)).toMatchObject({
    written: true,
    ids: { lessons: ['demo-a', 'demo-ancien'], quizzes: ['quiz-a', 'quiz-ancien'] },
  });
  expect(readFileSync(join(root, 'content/known-ids.json'), 'utf8')).toBe(
    '{\n  "lessons": [\n    "demo-a",\n    "demo-ancien"\n  ],\n  "quizzes": [\n    "quiz-a",\n    "quiz-ancien"\n  ]\n}\n',
  );
  expect(checkContent(root).problems).toEqual([]);

  const broken = writeTree({
    'content/demo/module.yaml': demoModule,
    'content/demo/a.mdx': lessonFile({ id: 'demo-a', body: 'a <3\n' }),
  });
  const refused = updateKnownIds(broken);
  expect(refused.written).toBe(false);
  expect(refused.problems).toHaveLength(1);
});
