/// <reference types="vite/client" />

declare module '*.mdx' {
  import type { MDXProps } from 'mdx/types';
  import type { ReactElement } from 'react';
  export const frontmatter: Record<string, unknown>;
  export default function MDXContent(props: MDXProps): ReactElement;
}

declare module 'virtual:course-outline' {
  import type { CourseOutline } from '@/lib/course-types';
  export const outline: CourseOutline;
}

declare module 'virtual:course-lessons' {
  import type { MDXProps } from 'mdx/types';
  import type { ReactElement } from 'react';
  export const lessonLoaders: Record<string, () => Promise<{ default: (props: MDXProps) => ReactElement }>>;
}

declare module 'virtual:glossary' {
  export interface GlossaryEntry {
    id: string;
    term: string;
    definition: string;
    lessons: { path: string; title: string }[];
  }
  export const glossary: GlossaryEntry[];
}
