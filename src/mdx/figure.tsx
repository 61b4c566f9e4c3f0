import type { ReactNode } from 'react';

/** A figure with its caption; images inside keep their own alt text. */
export function Figure({ caption, children }: { caption?: string; children?: ReactNode }) {
  return (
    <figure className="figure">
      {children}
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
