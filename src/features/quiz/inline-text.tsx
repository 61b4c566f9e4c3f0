/** Renders a quiz string's `code` and **bold** as React elements (never as HTML). */
import { Fragment } from 'react';
import { splitCodeWords } from '../../lib/code-words';
import { parseInline, type InlineNode } from './inline-markup';

function renderNodes(nodes: InlineNode[]) {
  return nodes.map((node, index) => {
    if (node.kind === 'code') {
      // A flag alone (`--no-stream`) never breaks after its hyphens; the code stays one text node.
      const [word] = splitCodeWords(node.text);
      const whole = word !== undefined && word.keepWhole && word.text === node.text;
      return (
        <code key={index} className={whole ? 'code-word' : undefined}>
          {node.text}
        </code>
      );
    }
    if (node.kind === 'bold') return <strong key={index}>{renderNodes(node.children)}</strong>;
    return <Fragment key={index}>{node.text}</Fragment>;
  });
}

export function InlineText({ text }: { text: string }) {
  return <>{renderNodes(parseInline(text))}</>;
}
