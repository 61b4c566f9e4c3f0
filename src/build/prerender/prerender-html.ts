/**
 * Pure helpers of the prerender: where each page's HTML file goes, and how the rendered page is
 * put into the built index.html (title, description, root markup, the page's own chunks).
 * The result has no style attribute and no inline script of its own: what the first paint needs
 * (the head script, the stylesheets) is inlined from the build's own files, and the build adds
 * their hashes to the CSP (`cspHashes`, `addCspHashes`), so the policy stays strict.
 */
import { createHash } from 'node:crypto';
import { LESSON_META_NAME } from '../../lib/lesson-details-meta';
import type { PageAssets } from './prerender-chunks';

/** The key of the 404 page, as src/app/prerender-pages.ts names it. */
export const NOT_FOUND_PAGE = '*';

/** The id of the empty element written just after #root, which the first paint waits for (decision 011). */
export const ROOT_END_ID = 'root-end';

/** The file a page is written to, relative to the build folder: '/' → index.html, '/a/b' → a/b/index.html. */
export function pageFile(page: string): string {
  if (page === NOT_FOUND_PAGE) return '404.html';
  const trimmed = page.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'index.html' : `${trimmed}/index.html`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface PageToInject {
  page: string;
  html: string;
  title: string;
  description: string;
  assets: PageAssets;
  /** A lesson's page: its details (JSON), written in `<meta name="cours-docker:lesson">` for the page's frame to hydrate with. */
  lessonDetails?: string;
  /** The deploy's base path, with slashes: '/' or '/cours-docker/'. */
  base: string;
  /**
   * A built file's text, by its path in the build folder ('head.js', 'assets/index-x.css'): given,
   * the head script and the page's stylesheets go inline (`inlineHeadAssets`).
   */
  readBuilt?: (path: string) => string;
}

function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 120), index + 200);
}

function replaceOnce(html: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(html)) throw new Error(`prerender: index.html has no ${what}`);
  return html.replace(pattern, () => replacement);
}

/**
 * A prerendered page shows its content before any script runs, so its scripts wait for the first
 * paint: the app's module script and the page's modulepreload links leave the <head> for one
 * <meta name="cours-docker:modules"> listing their URLs (entry first), which public/head.js
 * turns back into the same tags once the page has painted. On a slow connection the HTML and the
 * stylesheets, which the first paint needs, get the whole bandwidth. Only the head is read: the
 * page's own markup is left alone.
 */
export function deferModules(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) throw new Error('prerender: index.html has no </head>');
  let head = html.slice(0, headEnd);
  const entries: string[] = [];
  const preloads: string[] = [];
  head = head.replace(/[ \t]*<script type="module"[^>]*\ssrc="([^"]+)"[^>]*><\/script>\n?/g, (_tag, url: string) => {
    entries.push(url);
    return '';
  });
  head = head.replace(/[ \t]*<link rel="modulepreload"[^>]*\shref="([^"]+)"[^>]*>\n?/g, (_tag, url: string) => {
    preloads.push(url);
    return '';
  });
  if (entries.length !== 1) throw new Error(`prerender: index.html has ${entries.length} module scripts, not one`);
  const urls = [...entries, ...preloads.filter((url) => !entries.includes(url))];
  for (const url of urls) {
    if (/[\s"<>]/.test(url)) throw new Error(`prerender: a module URL cannot go into a meta: ${url}`);
  }
  const meta = `  <meta name="cours-docker:modules" content="${urls.join(' ')}">\n  `;
  return `${head}${meta}${html.slice(headEnd)}`;
}

/** The built index.html with one page rendered into it. */
export function injectPage(template: string, page: PageToInject): string {
  const inlineStyle = /\sstyle="/.exec(page.html);
  if (inlineStyle) {
    throw new Error(
      `prerender: ${page.page} renders a style="" attribute, which the CSP (style-src 'self') blocks: …${around(page.html, inlineStyle.index)}…`,
    );
  }
  const inlineScript = /<script(?![^>]*\bsrc=)/i.exec(page.html);
  if (inlineScript) {
    throw new Error(
      `prerender: ${page.page} renders an inline <script>, which the CSP (script-src 'self') blocks: …${around(page.html, inlineScript.index)}…`,
    );
  }
  let html = template;
  html = replaceOnce(html, /<title>[^<]*<\/title>/, `<title>${escapeHtml(page.title)}</title>`, '<title>');
  html = replaceOnce(
    html,
    /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
    `<meta name="description" content="${escapeHtml(page.description)}" />`,
    'meta description',
  );
  const links = [
    // The first paint waits for the page's whole markup (decision 011): one layout of the page, then a page that
    // answers at once, rather than a top painted early and the rest laid out while the learner starts to read.
    // Chromium ends the wait when the element is inserted, not when it is closed: hence a marker after #root.
    `<link rel="expect" href="#${ROOT_END_ID}" blocking="render">`,
    ...(page.lessonDetails ? [`<meta name="${LESSON_META_NAME}" content="${escapeHtml(page.lessonDetails)}">`] : []),
    ...page.assets.styles.map((file) => `<link rel="stylesheet" crossorigin href="${page.base}${file}">`),
    ...page.assets.scripts.map((file) => `<link rel="modulepreload" crossorigin href="${page.base}${file}">`),
  ];
  html = replaceOnce(html, /<\/head>/, `  ${links.join('\n    ')}\n  </head>`, '</head>');
  html = deferModules(html);
  if (page.readBuilt) html = inlineHeadAssets(html, page.base, page.readBuilt);
  return replaceOnce(
    html,
    /<div id="root">\s*<\/div>/,
    `<div id="root" data-page="${escapeHtml(page.page)}">${page.html}</div><template id="${ROOT_END_ID}"></template>`,
    'empty <div id="root">',
  );
}

/** Netlify's `_headers` paths are absolute from the site's root: put them under the base path. */
export function rebaseHeadersFile(text: string, base: string): string {
  if (base === '/') return text;
  return text.replace(/^\/(\S*)/gm, (_whole, rest: string) => `${base}${rest}`);
}

/**
 * The first paint needs the head script (theme before paint) and the stylesheets: in the <head>,
 * each is replaced by its text, so the page paints from its HTML alone, one round trip sooner.
 * Each file's text is the same on every page, so the CSP needs one hash per file.
 */
export function inlineHeadAssets(html: string, base: string, readBuilt: (path: string) => string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd < 0) throw new Error('prerender: index.html has no </head>');
  const builtPath = (url: string, tag: string) => {
    if (!url.startsWith(base)) throw new Error(`prerender: ${tag} points outside the base path ${base}: ${url}`);
    return url.slice(base.length);
  };
  const text = (path: string, closing: string) => {
    const content = readBuilt(path);
    if (content.toLowerCase().includes(closing))
      throw new Error(`prerender: ${path} contains ${closing}, it cannot be inlined`);
    return content;
  };
  const head = html
    .slice(0, headEnd)
    .replace(/<link rel="stylesheet"[^>]*\shref="([^"]+\.css)"[^>]*>/g, (tag, url: string) => {
      return `<style>${text(builtPath(url, tag), '</style')}</style>`;
    })
    .replace(/<script src="([^"]*\/head\.js)"><\/script>/g, (tag, url: string) => {
      return `<script>${text(builtPath(url, tag), '</script')}</script>`;
    });
  return `${head}${html.slice(headEnd)}`;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The CSP hashes of a page's inline <script> and <style> elements, each once, sorted. */
export function cspHashes(html: string): { scripts: string[]; styles: string[] } {
  const collect = (pattern: RegExp) =>
    [...new Set([...html.matchAll(pattern)].map((match) => sha256(match[1]!)))].sort();
  return {
    scripts: collect(/<script(?![^>]*\ssrc=)(?:\s[^>]*)?>([\s\S]*?)<\/script>/g),
    styles: collect(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/g),
  };
}

/**
 * A `_headers` file whose Content-Security-Policy lines allow these inline elements by hash:
 * `script-src` and `style-src` get them after their sources; nothing else changes, no
 * 'unsafe-inline' is ever added. A policy without these directives is an error.
 */
export function addCspHashes(text: string, hashes: { scripts: readonly string[]; styles: readonly string[] }): string {
  return text.replace(/^(\s*Content-Security-Policy:\s*)(.*)$/gm, (_line, prefix: string, policy: string) => {
    return `${prefix}${policyWithHashes(policy, hashes)}`;
  });
}

export function policyWithHashes(
  policy: string,
  hashes: { scripts: readonly string[]; styles: readonly string[] },
): string {
  const directives = policy.split(';').map((part) => part.trim());
  const add = (name: string, extra: readonly string[]) => {
    const index = directives.findIndex((directive) => directive.split(/\s+/)[0] === name);
    if (index < 0) throw new Error(`prerender: the Content-Security-Policy has no ${name} directive`);
    const sources = directives[index]!.split(/\s+/);
    directives[index] = [...sources, ...extra.filter((hash) => !sources.includes(hash))].join(' ');
  };
  add('script-src', hashes.scripts);
  add('style-src', hashes.styles);
  return directives.filter(Boolean).join('; ');
}
