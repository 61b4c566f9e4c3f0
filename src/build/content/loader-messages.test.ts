// @vitest-environment node
import { expect, test } from 'vitest';
import { frenchLoaderProblem } from './loader-messages';

const at = (message: string, line = 3, column = 4) => ({ file: 'content/a/b.mdx', line, column, message });
const reword = (message: string) => frenchLoaderProblem(at(message)).message;

test.each([
  [
    'erreur de syntaxe MDX : Unexpected character `!` (U+0021) before name, expected a character that can start a name, such as a letter, `$`, or `_` (note: to create a comment in MDX, use `{/* text */}`)',
    'Les commentaires HTML <!-- … --> ne sont pas permis en MDX : écrivez {/* … */} à la place.',
  ],
  [
    'erreur de syntaxe MDX : Unexpected character `3` (U+0033) before name, expected a character that can start a name, such as a letter, `$`, or `_`',
    'Le signe < ouvre une balise en MDX : écrivez &lt; dans le texte, ou mettez le passage entre accents graves (`a < b`).',
  ],
  [
    'erreur de syntaxe MDX : Unexpected end of file in expression, expected a corresponding closing brace for `{`',
    'Une accolade { ouvre du code JavaScript en MDX : écrivez \\{ dans le texte, ou mettez le passage entre accents graves.',
  ],
  [
    'erreur de syntaxe MDX : Unexpected closing tag `</Foo>`, expected corresponding closing tag for `<Callout>` (5:1-5:10)',
    'La balise fermante </Foo> ne correspond pas à la balise ouverte <Callout> : fermez d’abord <Callout>, ou corrigez le nom.',
  ],
  [
    'le champ « order » Invalid input: expected number, received string.',
    'Le champ « order » doit être un nombre, pas un texte : corrigez sa valeur.',
  ],
  [
    'le champ « duration » Too big: expected number to be <=120.',
    'Le champ « duration » doit valoir au plus 120 : corrigez sa valeur.',
  ],
  [
    'le champ « objectives.[0] » Too small: expected string to have >=1 characters.',
    'Le champ « objectives.[0] » est vide : écrivez un texte.',
  ],
  [
    'le champ « kind » Invalid option: expected one of "lesson"|"practice"|"assessment".',
    'Le champ « kind » doit valoir lesson, practice, assessment : corrigez sa valeur.',
  ],
  [
    'le champ « title » est obligatoire et manque.',
    'Le champ « title » est obligatoire et manque : ajoutez-le à l’en-tête de la leçon.',
  ],
  [
    'order 2 est déjà pris par content/a/c.mdx dans ce module : choisissez un autre numéro.',
    'Le numéro d’ordre (order) 2 est déjà pris par content/a/c.mdx dans ce module : choisissez un autre numéro.',
  ],
  [
    'l’id « x » est déjà utilisé par content/a/c.mdx : chaque leçon a un id unique.',
    'L’id « x » est déjà utilisé par content/a/c.mdx : chaque leçon a un id unique.',
  ],
  ['Le trou n°1 est vide : écrivez une réponse.', 'Le trou n°1 est vide : écrivez une réponse.'],
])('rewords %j', (message, expected) => {
  expect(reword(message)).toBe(expected);
});

test('an unclosed tag is reported where it opens, as micromark only says in its message', () => {
  const problem = frenchLoaderProblem(
    at('erreur de syntaxe MDX : Expected a closing tag for `<Callout>` (12:1-12:22)', 1, 1),
  );
  expect(problem).toEqual({
    file: 'content/a/b.mdx',
    line: 12,
    column: 1,
    message:
      'La balise <Callout> n’est jamais fermée : ajoutez </Callout> après son contenu (ou écrivez <Callout /> si elle n’a pas de contenu).',
  });
});

test('a field the file does have was of the wrong type, not missing', () => {
  const lookup = (_file: string, field: string) =>
    field === 'duration' ? ({ found: true, value: 'cinq' } as const) : ({ found: false } as const);
  expect(frenchLoaderProblem(at('le champ « duration » est obligatoire et manque.'), lookup).message).toBe(
    'Le champ « duration » contient le texte « cinq », qui n’a pas le bon type : écrivez un nombre entier de minutes, par exemple 10.',
  );
  expect(frenchLoaderProblem(at('le champ « title » est obligatoire et manque.'), lookup).message).toBe(
    'Le champ « title » est obligatoire et manque : ajoutez-le à l’en-tête de la leçon.',
  );
});
