/**
 * The one MDX component map, handed to MDXProvider by the lesson page.
 * Instructors use these names in lessons with no import.
 * `Quiz` is added by the lesson route, which connects it to the progress store.
 */
import type { MDXComponents } from 'mdx/types';
import { Callout } from './callout';
import { CodeBlock } from './code-block';
import { Figure } from './figure';
import { H2, H3, H4 } from './headings';
import { InlineCode } from './inline-code';
import { MdxLink } from './mdx-link';
import { Terme } from './terme';

export const mdxComponents: MDXComponents = {
  h2: H2,
  h3: H3,
  h4: H4,
  a: MdxLink,
  pre: CodeBlock,
  code: InlineCode,
  Callout,
  Figure,
  Terme,
};
