/**
 * Parses YAML while keeping positions, so a schema issue at `questions[2].choices`
 * can be reported at the line where that node is written.
 */
import { LineCounter, parseDocument, isCollection, type Document, type ParsedNode } from 'yaml';

export interface LocatedYaml {
  value: unknown;
  /** The first syntax error, if any (what follows a slip is misread, so later errors are left out). */
  syntaxErrors: { line: number; column: number; message: string }[];
  /** 1-based line and column (inside the YAML text) of the node at `path`, or of its nearest existing parent. */
  locate: (path: readonly PropertyKey[]) => { line: number; column: number };
}

export function parseLocatedYaml(source: string): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc: Document.Parsed<ParsedNode> = parseDocument(source, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
  });
  // Only the first syntax error (in the text's order): the parser misreads what follows a slip
  // and reports knock-on errors on the valid lines after it.
  const syntaxErrors = [...doc.errors]
    .sort((a, b) => a.pos[0] - b.pos[0])
    .slice(0, 1)
    .map((error) => {
      const pos = lineCounter.linePos(error.pos[0]);
      return { line: pos.line, column: pos.col, message: error.message.split('\n')[0] ?? error.message };
    });
  const locate = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let offset = doc.contents?.range[0] ?? 0;
    for (const key of path) {
      if (!isCollection(node)) break;
      const pair = (node.items as unknown[]).find((item, index) => {
        if (typeof key === 'number') return index === key;
        return typeof item === 'object' && item !== null && 'key' in item && String(item.key) === String(key);
      });
      if (pair === undefined) break;
      if (typeof key === 'number') {
        node = pair;
        const range = (pair as { range?: [number, number] }).range;
        if (range) offset = range[0];
      } else {
        const p = pair as { key: { range?: [number, number] }; value: unknown };
        if (p.key.range) offset = p.key.range[0];
        node = p.value;
      }
    }
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  let value: unknown = null;
  if (syntaxErrors.length === 0) value = doc.toJS();
  return { value, syntaxErrors, locate };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/;

/** A lesson file's frontmatter: the YAML between its opening `---` fences, and its offset in the file. */
export function frontmatterOf(source: string): { text: string; start: number } | null {
  const match = FRONTMATTER.exec(source);
  if (match?.[1] === undefined) return null;
  return { text: match[1], start: match[0].indexOf(match[1]) };
}
