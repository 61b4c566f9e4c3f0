// @vitest-environment node
import { expect, test } from 'vitest';
import { checkQuizSections } from './check-quiz-sections';
import { formatProblem } from './problems';
import { checkInputFor, lessonFile } from '../shared/temp-tree';

const question = (id: string, section: string) =>
  `  - id: ${id}\n    type: truefalse\n    prompt: Vrai.\n    section: ${section}\n    answer: true\n`;

test('a section must be the anchor of a heading of the same lesson', () => {
  const body = `## Les volumes nommés\n\n### Détails\n\n\`\`\`quiz\nid: quiz-demo\nquestions:\n${question('q1', 'les-volumes-nommés')}${question('q2', 'détails')}${question('q3', '"#détails"')}${question('q4', 'absente')}\`\`\`\n`;
  const input = checkInputFor({ 'content/demo/lecon.mdx': lessonFile({ id: 'demo-lecon', body }) });
  expect(checkQuizSections(input).map(formatProblem)).toEqual([
    'content/demo/lecon.mdx:32:14  La section « #détails » de la question « q3 » n’est l’ancre d’aucun titre de cette leçon : écrivez l’ancre sans #, l’une de les-volumes-nommés, détails.',
    'content/demo/lecon.mdx:37:14  La section « absente » de la question « q4 » n’est l’ancre d’aucun titre de cette leçon : écrivez l’ancre sans #, l’une de les-volumes-nommés, détails.',
  ]);
});
