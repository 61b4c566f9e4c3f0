/**
 * The one MDX component map, handed to MDXProvider by the lesson page.
 * Instructors use these names in lessons with no import; the names are those of
 * src/lib/lesson-components.ts (TypeScript holds the two together). `Diagram` is turned
 * into an import of its file at build time (build/mdx/remark-course.ts), so it is not mapped here.
 * `Quiz` is added by the lesson route, which connects it to the progress store.
 */
import type { MDXComponents } from 'mdx/types';
import type { ComponentType } from 'react';
import type { LessonComponentName } from '../lib/lesson-components';
import { Callout } from './callout';
import { CodeBlock } from './code-block';
import { Figure } from './figure';
import { H2, H3, H4 } from './headings';
import { InlineCode } from './inline-code';
import { MdxLink } from './mdx-link';
import { Terme } from './terme';
import './mdx.css';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each component takes its own props
const lessonComponentMap: Record<Exclude<LessonComponentName, 'Diagram'>, ComponentType<any>> = {
  Callout,
  Figure,
  Terme,
};

export const mdxComponents: MDXComponents = {
  h2: H2,
  h3: H3,
  h4: H4,
  a: MdxLink,
  pre: CodeBlock,
  code: InlineCode,
  ...lessonComponentMap,
};
