// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { findTypographyIssues, fixTypography, maskCodeSpans } from './french-typography';

const NB = '\u00a0';
const NNB = '\u202f';
const messages = (text: string, options = {}) =>
  findTypographyIssues(text, options).map((issue) => [
    issue.index,
    issue.message.slice(0, issue.message.lastIndexOf(' : ')),
  ]);

test.each([
  `Pourquoi${NB}?`,
  `Pourquoi${NNB}?`,
  `Attention${NB}: la suite`,
  `Vraiment${NB}?!`,
  'Voir https://docs.docker.com/engine.',
  'Rendez-vous à 10:30 précises.',
  'Le sélecteur std::string.',
  'L’image nginx:latest et l’id sha256:…',
  `Il dit «${NB}bonjour${NB}».`,
  "Une apostrophe ’ typographique, et des 'guillemets' droits.",
  '?',
])('accepts %j', (text) => {
  expect(findTypographyIssues(text)).toEqual([]);
});

test.each([
  ['Pourquoi ?', [[9, 'Espace ordinaire avant « ? »']]],
  ['Attention: la suite', [[9, 'Il manque une espace insécable avant « : »']]],
  ['Fin !', [[4, 'Espace ordinaire avant « ! »']]],
  ['un ; deux', [[3, 'Espace ordinaire avant « ; »']]],
  ['Pourquoi\n?', [[9, 'Espace ordinaire avant « ? »']]],
  [`« bonjour${NB}»`, [[0, 'Espace ordinaire après le guillemet ouvrant «']]],
  [`«${NB}bonjour »`, [[10, 'Espace ordinaire avant le guillemet fermant »']]],
  ["Qu'est-ce", [[2, 'Apostrophe droite entre deux lettres']]],
])('rejects %j', (text, expected) => {
  expect(messages(text)).toEqual(expected);
});

test('a sign glued to inline content before the text is reported only when told', () => {
  expect(messages(': la liste')).toEqual([]);
  expect(messages(': la liste', { gluedStart: true })).toEqual([[0, 'Il manque une espace insécable avant « : »']]);
});

test('masked ranges (inline code, cloze blanks) are not checked', () => {
  const text = "Tapez `docker ps -a ; echo 'ok'` puis [[php]]:[[9000]]";
  const mask = [...maskCodeSpans(text), [text.indexOf('[['), text.indexOf(']]') + 2] as [number, number]];
  mask.push([text.lastIndexOf('[['), text.length]);
  expect(findTypographyIssues(text, { mask })).toEqual([]);
  expect(messages('La commande `docker ps`?', { mask: maskCodeSpans('La commande `docker ps`?') })).toEqual([
    [23, 'Il manque une espace insécable avant « ? »'],
  ]);
});

test('code spans are found with any number of backticks', () => {
  expect(maskCodeSpans('a `b` c ``d ` e`` f')).toEqual([
    [2, 5],
    [8, 17],
  ]);
});

test('fixTypography repairs what the rules reject', () => {
  expect(fixTypography("Qu'est-ce qu'un conteneur ? Voir : « ceci »")).toBe(
    `Qu’est-ce qu’un conteneur${NB}? Voir${NB}: «${NB}ceci${NB}»`,
  );
  expect(fixTypography('Attention!')).toBe(`Attention${NB}!`);
});

test('fixTypography leaves nothing for the checker to report', () => {
  const alphabet = fc.constantFrom('a', 'é', ' ', ':', '?', '!', ';', "'", '«', '»', '1');
  fc.assert(
    fc.property(fc.array(alphabet, { maxLength: 20 }), (chars) => {
      const fixed = fixTypography(chars.join(''));
      expect(findTypographyIssues(fixed).filter((issue) => !/guillemet/.test(issue.message))).toEqual([]);
    }),
  );
});
