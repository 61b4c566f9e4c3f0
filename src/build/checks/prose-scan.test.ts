// @vitest-environment node
import { expect, test } from 'vitest';
import { analyseLesson } from '../content/lesson-analysis';
import { keepProseScans, scanProse, takeProseScan } from './prose-scan';

const source = [
  '---',
  'id: x',
  '---',
  '',
  'Du texte avec `du code` et un <Terme id="a">terme</Terme>: suite.',
  '',
  '<Callout type="tip" title="Un titre">',
  '  Dans l’encadré.',
  '</Callout>',
  '',
  '![Une image](/images/a.png) ![](b.png)',
  '',
  '{/* un commentaire */} {nom}',
  '',
  '```shell',
  '$ docker ps ; echo',
  '```',
].join('\n');

test('prose text nodes carry their offset and whether inline content precedes them', () => {
  const { texts } = scanProse(source);
  expect(texts.map((text) => text.value)).toContain('Du texte avec ');
  const glued = texts.find((text) => text.value === ': suite.');
  expect(glued?.gluedStart).toBe(true);
  expect(source.slice(glued?.offset, glued?.end)).toBe(': suite.');
  expect(texts.find((text) => text.value === 'Du texte avec ')?.gluedStart).toBe(false);
  expect(texts.some((text) => text.value.includes('docker'))).toBe(false);
});

test('images, string attributes and JavaScript are listed', () => {
  const scan = scanProse(source);
  expect(scan.images.map(({ url, alt }) => ({ url, alt }))).toEqual([
    { url: '/images/a.png', alt: 'Une image' },
    { url: 'b.png', alt: '' },
  ]);
  expect(scan.attributes.map(({ element, name, value }) => `${element}.${name}=${value}`)).toEqual([
    'Terme.id=a',
    'Callout.type=tip',
    'Callout.title=Un titre',
  ]);
  const title = scan.attributes.find((attribute) => attribute.name === 'title');
  expect(source.slice(title?.offset, title?.end)).toBe('title="Un titre"');
  expect(scan.code.map(({ kind, value }) => `${kind}:${value}`)).toEqual([
    'expression:/* un commentaire */',
    'expression:nom',
  ]);
});

test('a file that is not valid MDX gives an empty reading', () => {
  expect(scanProse('a <3 b')).toEqual({ texts: [], images: [], attributes: [], code: [] });
});

test('npm run check:content parses a lesson once: its analysis gives the checks the same prose reading', () => {
  const source =
    '---\ntitle: Un titre\n---\n\nDu texte avec `du code` et ![une image](i.png).\n\n<Callout type="info">Un encadré.</Callout>\n';
  // Not asked for (a build, the dev server): nothing kept.
  analyseLesson(source);
  expect(takeProseScan(source)).toBeUndefined();

  keepProseScans();
  try {
    analyseLesson(source);
    const kept = takeProseScan(source);
    expect(kept).toEqual(scanProse(source));
    expect(kept?.texts.length).toBeGreaterThan(0);
    expect(kept?.images).toEqual([{ url: 'i.png', alt: 'une image', offset: source.indexOf('![') }]);
    // Taken once: the checks keep it from there.
    expect(takeProseScan(source)).toBeUndefined();
    // A lesson that does not parse gives nothing to keep.
    analyseLesson('a <3 b');
    expect(takeProseScan('a <3 b')).toBeUndefined();
  } finally {
    keepProseScans(false);
  }
});
