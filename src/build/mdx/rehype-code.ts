/**
 * Highlights code blocks at build time with shiki, emitting classes (no inline
 * styles, so a strict Content-Security-Policy holds and no highlighter ships to
 * the browser). Colours come from CSS variables defined in the app's styles,
 * one set per theme. The block's language and optional `title="…"` reach the
 * `pre` component as data attributes.
 */
import type { Element, ElementContent, Root } from 'hast';
import { createCssVariablesTheme, createHighlighter, type BundledLanguage, type HighlighterGeneric } from 'shiki';
import { visit } from 'unist-util-visit';
import { highlightedLanguages, languageAliases } from './code-languages';
import { promqlGrammar } from './promql-grammar';

const theme = createCssVariablesTheme({ name: 'cours-docker', variablePrefix: '--shiki-' });

let highlighterPromise: Promise<HighlighterGeneric<BundledLanguage, string>> | null = null;

function getHighlighter() {
  highlighterPromise ??= createHighlighter({
    themes: [theme],
    langs: [...highlightedLanguages, promqlGrammar],
  }) as Promise<HighlighterGeneric<BundledLanguage, string>>;
  return highlighterPromise;
}

/** `title="compose.yaml"` (or title='…') from a code fence's meta string. */
export function readTitle(meta: string | undefined | null): string | null {
  if (!meta) return null;
  const match = /title=(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(meta);
  return match ? (match[1] ?? match[2] ?? match[3] ?? null) : null;
}

/** Shell blocks that show a prompt (`$ `) are sessions: commands plus their output. */
function resolveLanguage(lang: string, code: string): string {
  const name = languageAliases[lang] ?? lang;
  if (name === 'bash' && /^\$ /m.test(code)) return 'shellsession';
  return name;
}

function tokenClass(color: string | undefined): string | null {
  const match = color ? /var\(--shiki-(token-[a-z-]+)\)/.exec(color) : null;
  return match?.[1] ? `tk-${match[1].slice('token-'.length)}` : null;
}

function textOf(node: Element): string {
  let text = '';
  visit(node, 'text', (child) => {
    text += child.value;
  });
  return text;
}

export function rehypeCode() {
  return async (tree: Root) => {
    const blocks: { pre: Element; code: Element }[] = [];
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'pre') return;
      const code = node.children.find(
        (child): child is Element => child.type === 'element' && child.tagName === 'code',
      );
      if (code) blocks.push({ pre: node, code });
    });
    if (blocks.length === 0) return;
    const highlighter = await getHighlighter();
    const loaded = new Set(highlighter.getLoadedLanguages());
    for (const { pre, code } of blocks) {
      const classes = Array.isArray(code.properties.className) ? code.properties.className.map(String) : [];
      const lang = classes.find((name) => name.startsWith('language-'))?.slice('language-'.length) ?? 'text';
      const meta = (code.data as { meta?: string } | undefined)?.meta ?? null;
      const source = textOf(code).replace(/\n$/, '');
      const language = resolveLanguage(lang, source);
      const lines: ElementContent[] = [];
      if (loaded.has(language)) {
        const { tokens } = highlighter.codeToTokens(source, {
          lang: language as BundledLanguage,
          theme: 'cours-docker',
        });
        tokens.forEach((line, index) => {
          const spans: ElementContent[] = line.map((token) => {
            const className = tokenClass(token.color);
            return className
              ? {
                  type: 'element',
                  tagName: 'span',
                  properties: { className: [className] },
                  children: [{ type: 'text', value: token.content }],
                }
              : { type: 'text', value: token.content };
          });
          lines.push({ type: 'element', tagName: 'span', properties: { className: ['line'] }, children: spans });
          if (index < tokens.length - 1) lines.push({ type: 'text', value: '\n' });
        });
      } else {
        source.split('\n').forEach((line, index, all) => {
          lines.push({
            type: 'element',
            tagName: 'span',
            properties: { className: ['line'] },
            children: [{ type: 'text', value: line }],
          });
          if (index < all.length - 1) lines.push({ type: 'text', value: '\n' });
        });
      }
      code.children = lines;
      code.properties = { className: [`language-${language}`] };
      const title = readTitle(meta);
      pre.properties = { ...pre.properties, dataLang: language, ...(title ? { dataTitle: title } : {}) };
    }
  };
}
