// @vitest-environment node
import { expect, test } from 'vitest';
import { parseClozeText } from '../../quiz-schema';
import { clozePieces } from './cloze-pieces';

const pieces = (text: string) => clozePieces(parseClozeText(text).segments);

test('inline code around blanks is code, its blanks too, and the backticks are gone', () => {
  expect(pieces('Les fichiers sont dans `/var/lib/[[docker]]/[[volumes]]/pgdata/_data`.')).toEqual([
    { kind: 'text', text: 'Les fichiers sont dans ', code: false },
    { kind: 'text', text: '/', code: true },
    { kind: 'blank', id: 'b1', code: true, before: 'var/lib/', after: '/' },
    { kind: 'blank', id: 'b2', code: true, before: '', after: '/pgdata/' },
    { kind: 'text', text: '_data', code: true },
    { kind: 'text', text: '.', code: false },
  ]);
});

test('`{{.` stays glued to its blank', () => {
  const shown = pieces('`docker stats --no-stream --[[format]] "table {{.Name}}\\t{{.[[CPUPerc]]}}"`');
  expect(shown).toContainEqual({ kind: 'blank', id: 'b2', code: true, before: 'e}}\\t{{.', after: '}}"' });
  expect(shown).toContainEqual({ kind: 'blank', id: 'b1', code: true, before: '--', after: '' });
});

test('prose blanks are not code; an unpaired backtick leaves everything as typed', () => {
  expect(pieces('Le pilote est [[overlay2]].')).toEqual([
    { kind: 'text', text: 'Le pilote est ', code: false },
    { kind: 'blank', id: 'b1', code: false, before: '', after: '.' },
  ]);
  expect(pieces('Un ` seul [[trou]]')).toEqual([
    { kind: 'text', text: 'Un ` seul ', code: false },
    { kind: 'blank', id: 'b1', code: false, before: '', after: '' },
  ]);
});
