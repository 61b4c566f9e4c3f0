// @vitest-environment node
import { expect, test } from 'vitest';
import { locateYamlStrings } from './yaml-strings';

test('strings at each pattern are found in source order, with wildcards over lists', () => {
  const source = '- id: a\n  term: Terme A\n  definition: Définition A.\n- id: b\n  term: Terme B\n  definition: 3\n';
  const { strings, positionOf } = locateYamlStrings(source, [
    ['*', 'definition'],
    ['*', 'term'],
  ]);
  expect(strings.map((string) => [string.field, string.value])).toEqual([
    ['[0].term', 'Terme A'],
    ['[0].definition', 'Définition A.'],
    ['[1].term', 'Terme B'],
  ]);
  expect(positionOf(strings[1]?.start ?? 0)).toEqual({ line: 3, column: 15 });
});

test('a missing path or an invalid YAML text yields nothing', () => {
  expect(locateYamlStrings('title: x', [['summary']]).strings).toEqual([]);
  expect(locateYamlStrings('title: [', [['title']]).strings).toEqual([]);
});
