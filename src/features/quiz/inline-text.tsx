/** Renders a quiz string's `code` and **bold** as React elements (never as HTML). */
import { Fragment } from 'react';
import { splitCodeWords } from '../../lib/code-words.ts';
import { parseInline, type InlineNode } from './inline-markup.ts';

function renderNodes(nodes: InlineNode[]) {
  return nodes.map((node, index) => {
    if (node.kind === 'code') {
      return (
        <code key={index}>
          {splitCodeWords(node.text).map((word, at) =>
            word.keepWhole ? (
              <span key={at} className="code-word">
                {word.text}
              </span>
            ) : (
              word.text
            ),
          )}
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
