import type { ComponentPropsWithoutRef } from 'react';
import { splitCodeWords } from '../lib/code-words';

/**
 * Inline code of a lesson: a flag such as `--no-stream` never breaks after its hyphens. Code inside a
 * block (`pre`) comes highlighted as elements, not as one string, and is left as it is.
 */
export function InlineCode({ children, ...rest }: ComponentPropsWithoutRef<'code'>) {
  if (typeof children !== 'string') return <code {...rest}>{children}</code>;
  return (
    <code {...rest}>
      {splitCodeWords(children).map((word, index) =>
        word.keepWhole ? (
          <span key={index} className="code-word">
            {word.text}
          </span>
        ) : (
          word.text
        ),
      )}
    </code>
  );
}
