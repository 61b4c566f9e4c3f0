/**
 * Pure helpers of the prerender: where each page's HTML file goes, and how the rendered page is
 * put into the built index.html (title, description, root markup, the page's own chunks).
 * The result has no inline script and no style attribute, so a strict CSP holds.
 */
import type { PageAssets } from './prerender-chunks.ts';

/** The key of the 404 page, as src/app/prerender-pages.ts names it. */
export const NOT_FOUND_PAGE = '*';

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
  /** The deploy's base path, with slashes: '/' or '/cours-docker/'. */
  base: string;
}

function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 120), index + 200);
}

function replaceOnce(html: string, pattern: RegExp, replacement: string, what: string): string {
  if (!pattern.test(html)) throw new Error(`prerender: index.html has no ${what}`);
  return html.replace(pattern, () => replacement);
}

/**
 * A prerendered page shows its content before any script runs: the app's modules (deferred
 * anyway) are fetched at low priority, so on a slow connection the HTML and the stylesheets,
 * which the first paint needs, get the bandwidth first.
 */
export function lowerScriptPriority(html: string): string {
  return html.replace(
    /<(script type="module"|link rel="modulepreload")(?![^>]*\bfetchpriority=)/g,
    '<$1 fetchpriority="low"',
  );
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
    ...page.assets.styles.map((file) => `<link rel="stylesheet" crossorigin href="${page.base}${file}">`),
    ...page.assets.scripts.map((file) => `<link rel="modulepreload" crossorigin href="${page.base}${file}">`),
  ];
  if (links.length > 0) html = replaceOnce(html, /<\/head>/, `  ${links.join('\n    ')}\n  </head>`, '</head>');
  html = lowerScriptPriority(html);
  return replaceOnce(
    html,
    /<div id="root">\s*<\/div>/,
    `<div id="root" data-page="${escapeHtml(page.page)}">${page.html}</div>`,
    'empty <div id="root">',
  );
}

/** Netlify's `_headers` paths are absolute from the site's root: put them under the base path. */
export function rebaseHeadersFile(text: string, base: string): string {
  if (base === '/') return text;
  return text.replace(/^\/(\S*)/gm, (_whole, rest: string) => `${base}${rest}`);
}
