import { decodeLessonDetails, encodeLessonDetails } from '../../lib/lesson-details-meta';
import { expect, test } from 'vitest';
import { deferModules, escapeHtml, injectPage, pageFile, rebaseHeadersFile } from './prerender-html';

const template = `<!doctype html>
<html lang="fr">
  <head>
    <meta
      name="description"
      content="Par défaut"
    />
    <title>Cours Docker</title>
    <script type="module" crossorigin src="/base/assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const page = {
  page: '/virtualisation/definition',
  html: '<h1 id="page-title">Définition</h1><p>Texte</p>',
  title: 'Définition · Cours Docker',
  description: 'Ce que « virtualiser » veut dire & pourquoi',
  assets: { scripts: ['assets/definition-x.js'], styles: ['assets/quiz-y.css'] },
  base: '/base/',
};

test.each([
  ['/', 'index.html'],
  ['/glossaire', 'glossaire/index.html'],
  ['/virtualisation/definition', 'virtualisation/definition/index.html'],
  ['*', '404.html'],
])('page %s is written to %s', (key, file) => {
  expect(pageFile(key)).toBe(file);
});

test('the page goes into #root with its title, description and chunks', () => {
  const html = injectPage(template, page);
  expect(html).toContain('<title>Définition · Cours Docker</title>');
  expect(html).toContain('<meta name="description" content="Ce que « virtualiser » veut dire &amp; pourquoi" />');
  expect(html).not.toContain('Par défaut');
  expect(html).toContain(
    '<div id="root" data-page="/virtualisation/definition"><h1 id="page-title">Définition</h1><p>Texte</p></div><template id="root-end"></template>',
  );
  expect(html).toContain('<link rel="stylesheet" crossorigin href="/base/assets/quiz-y.css">');
  expect(html).toContain(
    '<meta name="cours-docker:modules" content="/base/assets/index-abc.js /base/assets/definition-x.js">',
  );
  expect(html.indexOf('cours-docker:modules')).toBeLessThan(html.indexOf('</head>'));
});

test('the first paint waits for the whole of #root: the head expects, render-blocking, a marker written just after it', () => {
  const html = injectPage(template, page);
  const head = html.slice(0, html.indexOf('</head>'));
  expect(head.match(/<link rel="expect"[^>]*>/g)).toEqual(['<link rel="expect" href="#root-end" blocking="render">']);
  expect(html).toContain('<p>Texte</p></div><template id="root-end"></template>');
  expect(html.match(/id="root-end"/g)).toHaveLength(1);
});

test('the app’s scripts wait for the first paint: no module tag is left, the stylesheets and the page’s markup stay', () => {
  const html = injectPage(template, {
    ...page,
    html: '<pre><code>&lt;script type="module"&gt;</code></pre><script src="/x.js"></script>',
  });
  const head = html.slice(0, html.indexOf('</head>'));
  expect(head).not.toMatch(/<script type="module"|modulepreload/);
  expect(head).toContain('<link rel="stylesheet" crossorigin href="/base/assets/quiz-y.css">');
  expect(html).toContain('<pre><code>&lt;script type="module"&gt;</code></pre><script src="/x.js"></script>');
  expect(html.match(/cours-docker:modules/g)).toHaveLength(1);
});

test('deferModules keeps the entry first and each URL once, and refuses what it cannot carry', () => {
  const built = `<head>
    <script type="module" crossorigin src="/assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/runtime-b.js">
    <link rel="modulepreload" crossorigin href="/assets/index-a.js">
    <link rel="modulepreload" crossorigin href="/assets/page-c.js">
  </head><body></body>`;
  expect(deferModules(built)).toContain(
    '<meta name="cours-docker:modules" content="/assets/index-a.js /assets/runtime-b.js /assets/page-c.js">',
  );
  expect(() => deferModules('<head></head>')).toThrow(/0 module scripts/);
  expect(() =>
    deferModules('<head><script type="module" src="/a.js"></script><script type="module" src="/b.js"></script></head>'),
  ).toThrow(/2 module scripts/);
  expect(() => deferModules('<head><script type="module" src="/a b.js"></script></head>')).toThrow(/meta/);
  expect(() => deferModules('<body></body>')).toThrow(/<\/head>/);
});

test('a lesson’s page carries its details in a meta element, escaped, that the browser reads back as written', () => {
  const details = encodeLessonDetails('virt-definition', {
    description: 'Une « leçon » & <des> "guillemets"',
    objectives: ['Dire « où » & <pourquoi>'],
    headings: [{ depth: 2, text: 'Le "noyau"', slug: 'le-noyau' }],
    wordCount: 1200,
  });
  const html = injectPage(template, { ...page, lessonDetails: details });
  const meta = /<meta name="cours-docker:lesson" content="([^"]*)">/.exec(html);
  expect(meta?.[1]).not.toMatch(/[<>]/);
  const read = meta?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  expect(decodeLessonDetails(read)).toEqual({
    lessonId: 'virt-definition',
    description: 'Une « leçon » & <des> "guillemets"',
    objectives: ['Dire « où » & <pourquoi>'],
    headings: [{ depth: 2, text: 'Le "noyau"', slug: 'le-noyau' }],
    wordCount: 1200,
  });
  expect(injectPage(template, page)).not.toContain('cours-docker:lesson');
});

test('markup the strict CSP would block fails the build, naming the page', () => {
  expect(() => injectPage(template, { ...page, html: '<p style="color:red">x</p>' })).toThrow(
    /\/virtualisation\/definition.*style=""/,
  );
  expect(() => injectPage(template, { ...page, html: '<script>alert(1)</script>' })).toThrow(/inline <script>/);
  expect(() => injectPage(template, { ...page, html: '<script src="/x.js"></script>' })).not.toThrow();
});

test('a template without its placeholders is an error, not a silent page', () => {
  expect(() => injectPage(template.replace('<div id="root"></div>', ''), page)).toThrow(/root/);
});

test('escapeHtml escapes what can break out of text or an attribute', () => {
  expect(escapeHtml('<a href="x">&</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
});

test('_headers paths move under the base path; headers and comments stay', () => {
  const text = '# comment\n/*\n  X-Content-Type-Options: nosniff\n/assets/*\n  Cache-Control: immutable\n';
  expect(rebaseHeadersFile(text, '/')).toBe(text);
  expect(rebaseHeadersFile(text, '/cours-docker/')).toBe(
    '# comment\n/cours-docker/*\n  X-Content-Type-Options: nosniff\n/cours-docker/assets/*\n  Cache-Control: immutable\n',
  );
});
