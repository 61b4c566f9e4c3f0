import { expect, test } from 'vitest';
import { mdxComponents } from '../mdx/mdx-components';
import {
  calloutTypes,
  componentNamesAsText,
  frenchList,
  lessonComponent,
  lessonComponentNames,
  proseAttributesOf,
} from './lesson-components';

test('the MDX map provides every listed component but Diagram, which the build imports by file', () => {
  for (const name of lessonComponentNames.filter((component) => component !== 'Diagram')) {
    expect(mdxComponents[name as keyof typeof mdxComponents]).toBeTypeOf('function');
  }
  expect(Object.keys(mdxComponents).filter((key) => /^[A-Z]/.test(key))).toEqual(
    lessonComponentNames.filter((component) => component !== 'Diagram'),
  );
});

test('prose attributes, callout kinds and lookups read the one list', () => {
  expect(proseAttributesOf('Callout')).toEqual(['title']);
  expect(proseAttributesOf('Figure')).toEqual(['caption']);
  expect(proseAttributesOf('Terme')).toEqual([]);
  expect(proseAttributesOf('constructor')).toEqual([]);
  expect(lessonComponent('toString')).toBeUndefined();
  expect(calloutTypes[0]).toBe('info');
});

test('lists read as French prose', () => {
  expect(frenchList([], 'ou')).toBe('');
  expect(frenchList(['a'], 'ou')).toBe('a');
  expect(frenchList(['a', 'b'], 'et')).toBe('a et b');
  expect(componentNamesAsText('ou')).toBe('Callout, Figure, Terme ou Diagram');
});
