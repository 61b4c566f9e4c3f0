/**
 * The only markup allowed in quiz strings: `inline code` and **bold** (bold may contain
 * code). Anything else stays literal text; an unmatched marker is kept as typed.
 */

export type InlineNode =
  { kind: 'text'; text: string } | { kind: 'code'; text: string } | { kind: 'bold'; children: InlineNode[] };

function parseCodeOnly(text: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let buffer = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        if (buffer) nodes.push({ kind: 'text', text: buffer });
        buffer = '';
        nodes.push({ kind: 'code', text: text.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    buffer += text[i];
    i += 1;
  }
  if (buffer) nodes.push({ kind: 'text', text: buffer });
  return nodes;
}

export function parseInline(text: string): InlineNode[] {
  const nodes: InlineNode[] = [];
  let buffer = '';
  let i = 0;
  const flush = () => {
    if (buffer) nodes.push(...parseCodeOnly(buffer));
    buffer = '';
  };
  while (i < text.length) {
    if (text[i] === '`') {
      // Code first: ** inside backticks is literal.
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        buffer += text.slice(i, end + 1);
        i = end + 1;
        continue;
      }
    }
    if (text.startsWith('**', i)) {
      const end = findClosingBold(text, i + 2);
      if (end !== -1) {
        flush();
        nodes.push({ kind: 'bold', children: parseCodeOnly(text.slice(i + 2, end)) });
        i = end + 2;
        continue;
      }
    }
    buffer += text[i];
    i += 1;
  }
  flush();
  return nodes;
}

/** The closing `**` after `from`, skipping code spans; -1 when none or when the bold would be empty. */
function findClosingBold(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    if (text[i] === '`') {
      const end = text.indexOf('`', i + 1);
      if (end > i + 1) {
        i = end + 1;
        continue;
      }
    }
    if (text.startsWith('**', i)) return i > from ? i : -1;
    i += 1;
  }
  return -1;
}

/** The text without markers, for places that cannot hold markup (<option>, aria-label). */
export function inlineToPlainText(text: string): string {
  const flatten = (nodes: InlineNode[]): string =>
    nodes.map((node) => (node.kind === 'bold' ? flatten(node.children) : node.text)).join('');
  return flatten(parseInline(text));
}
