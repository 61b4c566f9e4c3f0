import { expect, test } from 'vitest';
import { escapeHtml, injectPage, pageFile, rebaseHeadersFile } from './prerender-html';

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
    '<div id="root" data-page="/virtualisation/definition"><h1 id="page-title">Définition</h1><p>Texte</p></div>',
  );
  expect(html).toContain('<link rel="stylesheet" crossorigin href="/base/assets/quiz-y.css">');
  expect(html).toContain(
    '<link rel="modulepreload" fetchpriority="low" crossorigin href="/base/assets/definition-x.js">',
  );
  expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
});

test('the app’s scripts are fetched at low priority, the stylesheets are not, the page’s own markup is left alone', () => {
  const html = injectPage(template, {
    ...page,
    html: '<pre><code>&lt;script type="module"&gt;</code></pre>',
  });
  expect(html).toContain('<script type="module" fetchpriority="low" crossorigin src="/base/assets/index-abc.js">');
  expect(html).toContain(
    '<link rel="modulepreload" fetchpriority="low" crossorigin href="/base/assets/definition-x.js">',
  );
  expect(html).toContain('<link rel="stylesheet" crossorigin href="/base/assets/quiz-y.css">');
  expect(html).toContain('<pre><code>&lt;script type="module"&gt;</code></pre>');
  expect(html.match(/fetchpriority/g)).toHaveLength(2);
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
