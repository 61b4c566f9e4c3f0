import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { mergeCatalogues, translate } from '../lib/i18n';
import { progressMessages } from '../features/progress/messages';
import { quizMessages } from '../features/quiz/messages';
import { completionMessages } from '../features/completion/messages';
import { glossaryMessages } from '../features/glossary/messages';
import { catalogue as baseCatalogue } from './catalogue';
import { lmsMessages } from './lms/messages';
import { labMessages } from '../features/labs/messages';

// Lazy catalogues are checked with the base one: every key must exist in both languages.
const catalogue = mergeCatalogues(
  baseCatalogue,
  quizMessages,
  progressMessages,
  glossaryMessages,
  completionMessages,
  lmsMessages,
  labMessages,
);

test('every interface message exists in French and in English', () => {
  const fr = Object.keys(catalogue.fr).sort();
  const en = Object.keys(catalogue.en).sort();
  expect(
    fr.filter((key) => !en.includes(key)),
    'missing in English',
  ).toEqual([]);
  expect(
    en.filter((key) => !fr.includes(key)),
    'missing in French',
  ).toEqual([]);
  for (const key of fr) {
    expect(catalogue.fr[key]?.trim(), key).not.toBe('');
    expect(catalogue.en[key]?.trim(), key).not.toBe('');
  }
});

test('placeholders are the same in both languages', () => {
  const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(catalogue.fr)) {
    expect(placeholders(catalogue.en[key]), key).toEqual(placeholders(catalogue.fr[key]));
  }
});

test('translate fills placeholders, formats numbers per language and shows unknown keys as is', () => {
  expect(translate({ a: '{n} leçons' }, 'fr', 'a', { n: 1500 })).toBe('1\u202f500 leçons');
  expect(translate({ a: '{n} lessons' }, 'en', 'a', { n: 1500 })).toBe('1,500 lessons');
  expect(translate({ a: '{n} leçons' }, 'fr', 'a', { n: 999 })).toBe('999 leçons');
  expect(translate({ a: '{n} s' }, 'fr', 'a', { n: 2.5 })).toBe('2,5 s');
  expect(translate({ a: '{n} s' }, 'en', 'a', { n: 2.5 })).toBe('2.5 s');
  expect(translate({ a: '{n} °C' }, 'fr', 'a', { n: -3 })).toBe(`${new Intl.NumberFormat('fr-FR').format(-3)} °C`);
  expect(translate({}, 'fr', 'missing.key')).toBe('missing.key');
});

test('a key defined by two features is refused', () => {
  expect(() =>
    mergeCatalogues({ fr: { 'x.a': '1' }, en: { 'x.a': '1' } }, { fr: { 'x.a': '2' }, en: { 'x.a': '2' } }),
  ).toThrow(/duplicate message key "x.a"/);
});

test('every message a component asks for by a literal key exists in the catalogues', () => {
  const srcDir = join(import.meta.dirname, '..');
  const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.startsWith('build'),
  );
  const missing: string[] = [];
  let checked = 0;
  for (const file of files) {
    const source = readFileSync(join(srcDir, file), 'utf8');
    for (const [, key] of source.matchAll(/\bt\('([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)) {
      checked += 1;
      if (key && !(key in catalogue.fr)) missing.push(`${file}: ${key}`);
    }
  }
  expect(checked, 'keys found in the sources').toBeGreaterThan(100);
  expect(missing).toEqual([]);
});

test('French messages follow French typography: no-break space before : ; ? ! and inside « », curly apostrophe', () => {
  for (const [key, text] of Object.entries(catalogue.fr)) {
    expect(text, key).not.toMatch(/ [:;?!»]|« /);
    expect(text, key).not.toMatch(/[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/);
  }
});
