import { expect, test } from 'vitest';
import { highlight } from './highlight';
import {
  createSearchIndex,
  loadSearchIndex,
  makeExcerpt,
  searchCourse,
  serialiseSearchIndex,
  type SearchDocument,
} from './search-index';

function doc(id: string, fields: Partial<SearchDocument>): SearchDocument {
  return { id, kind: 'section', title: 'Leçon', heading: '', text: '', path: `/m/${id}`, module: 'Module', ...fields };
}

const documents: SearchDocument[] = [
  doc('body', {
    title: 'Les images',
    heading: 'Les couches',
    text: 'Chaque conteneur ajoute une couche inscriptible au-dessus de l’image.',
  }),
  doc('title', { kind: 'lesson', title: 'Conteneurs et machines virtuelles', text: 'Une introduction.' }),
  doc('heading', {
    title: 'Le réseau',
    heading: 'Le pont par défaut',
    text: 'Le réseau bridge relie les services entre eux.',
  }),
  doc('glossary:hyperviseur', {
    kind: 'glossary',
    title: 'hyperviseur',
    text: 'Logiciel qui crée et fait tourner des machines virtuelles.',
    path: '/glossaire#hyperviseur',
    module: '',
  }),
];
const index = createSearchIndex(documents);
const ids = (query: string) => searchCourse(index, query).map((hit) => hit.id);

test('a hit in a title ranks above a hit in the body', () => {
  expect(ids('conteneur')).toEqual(['title', 'body']);
});

test('singular finds plural and accents do not matter', () => {
  expect(ids('conteneurs')[0]).toBe('title');
  expect(ids('RESEAUX')[0]).toBe('heading');
  expect(ids('defaut')).toEqual(['heading']);
});

test('a prefix finds the word being typed', () => {
  expect(ids('hypervis')).toEqual(['glossary:hyperviseur']);
  expect(ids('inscrip')).toEqual(['body']);
});

test('a typo is tolerated', () => {
  expect(ids('hyperviseru')).toEqual(['glossary:hyperviseur']);
  expect(ids('conteneru')).toContain('title');
});

test('all words must match, and any word does when none has them all', () => {
  expect(ids('réseau bridge')).toEqual(['heading']);
  expect(ids('réseau xylophone')).toEqual(['heading']);
  expect(ids('')).toEqual([]);
  expect(ids('   ')).toEqual([]);
});

test('results carry where they lead and the matched words highlighted', () => {
  const [hit] = searchCourse(index, 'pont');
  expect(hit?.path).toBe('/m/heading');
  expect(hit?.heading).toEqual([
    { text: 'Le ', match: false },
    { text: 'pont', match: true },
    { text: ' par défaut', match: false },
  ]);
});

test('the index survives serialisation and refuses another version', () => {
  const loaded = loadSearchIndex(serialiseSearchIndex(index));
  expect(searchCourse(loaded, 'conteneur').map((hit) => hit.id)).toEqual(['title', 'body']);
  expect(() => loadSearchIndex(JSON.stringify({ version: 0, index: {} }))).toThrow(/another version/);
  expect(() => loadSearchIndex('null')).toThrow(/another version/);
});

test('highlighting marks every form of a matched word and leaves the elided article out', () => {
  expect(highlight('L’image et les Images.', new Set(['imag']))).toEqual([
    { text: 'L’', match: false },
    { text: 'image', match: true },
    { text: ' et les ', match: false },
    { text: 'Images', match: true },
    { text: '.', match: false },
  ]);
  expect(highlight('rien ici', new Set(['imag']))).toEqual([{ text: 'rien ici', match: false }]);
});

test('an excerpt is cut around the first match, at word boundaries', () => {
  const text = `${'mot '.repeat(60)}cible ${'fin '.repeat(60)}`.trim();
  const excerpt = makeExcerpt(text, new Set(['cibl']), 80);
  const joined = excerpt.map((segment) => segment.text).join('');
  expect(joined.startsWith('… mot')).toBe(true);
  expect(joined.endsWith('fin …')).toBe(true);
  expect(excerpt.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['cible']);
  expect(joined.length).toBeLessThanOrEqual(80 + 4);
  expect(makeExcerpt('court', new Set(['cour']))).toEqual([{ text: 'court', match: false }]);
});
