// @vitest-environment node
import { expect, test } from 'vitest';
import { checkCodeBlocks } from './check-code-blocks';
import { formatProblem } from './problems';
import { checkInputFor, lessonFile } from '../shared/temp-tree';

test('known languages and unlabelled blocks pass; an unknown language is reported at its fence', () => {
  const body =
    '## Ici\n\n```shell\n$ docker ps\n```\n\n```yaml title="compose.yaml"\na: 1\n```\n\n```\ntexte\n```\n\n```dokerfile\nFROM nginx\n```\n';
  const input = checkInputFor({ 'content/demo/lecon.mdx': lessonFile({ id: 'demo-lecon', body }) });
  expect(checkCodeBlocks(input).map(formatProblem)).toEqual([
    'content/demo/lecon.mdx:26:1  Le langage de bloc de code « dokerfile » est inconnu : utilisez dockerfile, yaml, json, shell, promql, text, ini, nginx ou php (ou quiz pour un quiz, lab pour un lab).',
  ]);
});
