// @vitest-environment node
import { expect, test } from 'vitest';
import { checkTypography } from './check-typography';
import { formatProblem, sortProblems } from './problems';
import { checkInputFor, lessonFile } from '../shared/temp-tree';

const NB = '\u00a0';
/** `file:line:col  First words`, enough to tell the rules apart. */
const short = (problem: string) => {
  const [place = '', message = ''] = problem.split('  ');
  return `${place}  ${message.split(' ').slice(0, 2).join(' ')}`;
};

test('clean prose, code and quiz strings pass', () => {
  const body = [
    `## Pourquoi${NB}?`,
    '',
    `Voici la commande \`docker run -d -p 8080:80 nginx ; echo 'ok'\`${NB}: elle lance «${NB}nginx${NB}».`,
    '',
    '```shell',
    "$ echo 'a' ; docker ps ?",
    '```',
    '',
    '```quiz',
    'id: quiz-x',
    'questions:',
    '  - id: q1',
    '    type: cloze',
    `    prompt: Complétez${NB}!`,
    '    text: "fastcgi_pass [[php]]:[[9000]] et `a ; b`"',
    '```',
  ].join('\n');
  const input = checkInputFor({ 'content/demo/lecon.mdx': lessonFile({ id: 'demo-lecon', body }) });
  expect(checkTypography(input)).toEqual([]);
});

test('each mistake is reported at its own line and column, wherever the learner reads it', () => {
  const body = [
    '## Pourquoi ?',
    '',
    '- Une liste',
    "  sur deux lignes, l'apostrophe.",
    '',
    '<Callout type="tip" title="Vraiment ?">',
    '  Dans l’encadré **gras**: suite.',
    '</Callout>',
    '',
    '```quiz',
    'id: quiz-x',
    'title: Le quiz !',
    'questions:',
    '  - id: q1',
    '    type: single',
    "    prompt: 'L''image ?'",
    '    choices:',
    '      - text: « Oui »',
    '        correct: true',
    '        feedback: >-',
    '          Bien vu,',
    '          c’est ça !',
    '      - text: Non',
    '    hints: ["Un indice ?"]',
    '    explanation: "Le `code ; ok` et l\'explication."',
    '```',
  ].join('\n');
  const input = checkInputFor({
    'content/demo/lecon.mdx': lessonFile({ id: 'demo-lecon', body }).replace('title: Une leçon', 'title: Une leçon ?'),
  });
  expect(sortProblems(checkTypography(input)).map(formatProblem).map(short)).toEqual([
    'content/demo/lecon.mdx:3:18  Espace ordinaire',
    'content/demo/lecon.mdx:12:13  Espace ordinaire',
    'content/demo/lecon.mdx:15:21  Apostrophe droite',
    'content/demo/lecon.mdx:17:37  Espace ordinaire',
    'content/demo/lecon.mdx:18:26  Il manque',
    'content/demo/lecon.mdx:23:16  Espace ordinaire',
    'content/demo/lecon.mdx:27:15  Apostrophe droite',
    'content/demo/lecon.mdx:27:23  Espace ordinaire',
    'content/demo/lecon.mdx:29:15  Espace ordinaire',
    'content/demo/lecon.mdx:29:21  Espace ordinaire',
    'content/demo/lecon.mdx:33:20  Espace ordinaire',
    'content/demo/lecon.mdx:35:24  Espace ordinaire',
    'content/demo/lecon.mdx:36:38  Apostrophe droite',
  ]);
});

test('module summaries and glossary definitions are checked too', () => {
  const input = checkInputFor({
    'content/demo/module.yaml': 'id: demo\ntitle: Démo\norder: 1\nsummary: "Un module : le test."\n',
    'content/glossary.yaml': "- id: a\n  term: Terme\n  definition: L'explication.\n",
  });
  expect(sortProblems(checkTypography(input)).map(formatProblem).map(short)).toEqual([
    'content/demo/module.yaml:4:21  Espace ordinaire',
    'content/glossary.yaml:3:16  Apostrophe droite',
  ]);
});
