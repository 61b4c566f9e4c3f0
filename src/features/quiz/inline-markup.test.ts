// @vitest-environment node
import { expect, test } from 'vitest';
import { inlineToPlainText, parseInline } from './inline-markup';

test.each([
  ['plain text', [{ kind: 'text', text: 'plain text' }]],
  [
    'run `docker ps` now',
    [
      { kind: 'text', text: 'run ' },
      { kind: 'code', text: 'docker ps' },
      { kind: 'text', text: ' now' },
    ],
  ],
  [
    'a **bold** word',
    [
      { kind: 'text', text: 'a ' },
      { kind: 'bold', children: [{ kind: 'text', text: 'bold' }] },
      { kind: 'text', text: ' word' },
    ],
  ],
  [
    '**the `-d` flag**',
    [
      {
        kind: 'bold',
        children: [
          { kind: 'text', text: 'the ' },
          { kind: 'code', text: '-d' },
          { kind: 'text', text: ' flag' },
        ],
      },
    ],
  ],
  ['`**not bold**`', [{ kind: 'code', text: '**not bold**' }]],
  ['unclosed `code', [{ kind: 'text', text: 'unclosed `code' }]],
  ['unclosed **bold', [{ kind: 'text', text: 'unclosed **bold' }]],
  ['empty **** bold', [{ kind: 'text', text: 'empty **** bold' }]],
  ['<b>html</b> stays text', [{ kind: 'text', text: '<b>html</b> stays text' }]],
  ['', []],
])('parseInline(%j)', (text, nodes) => {
  expect(parseInline(text)).toEqual(nodes);
});

test('inlineToPlainText drops the markers', () => {
  expect(inlineToPlainText('**Lister** les `images`')).toBe('Lister les images');
  expect(inlineToPlainText('a ` b')).toBe('a ` b');
});
