/// <reference types="vite/client" />

declare module '*.mdx' {
  import type { MDXProps } from 'mdx/types';
  import type { ReactElement } from 'react';
  export default function MDXContent(props: MDXProps): ReactElement;
}

declare module 'virtual:course-outline' {
  import type { CourseOutline } from '@/lib/course-types';
  export const outline: CourseOutline;
}

declare module 'virtual:course-frame' {
  import type { CourseFrame, ModuleLessons } from '@/lib/course-types';
  /** The modules without their lessons (src/build/content/course-plugin.ts). */
  export const frame: CourseFrame;
  /** Each module's lessons and neighbours, a chunk per module. */
  export const moduleLessonsLoaders: Record<string, () => Promise<{ default: ModuleLessons }>>;
}

declare module 'virtual:course-descriptions' {
  /** Each module's lesson descriptions (lesson id → description), a chunk per module (src/build/content/course-plugin.ts). */
  export const descriptionLoaders: Record<string, () => Promise<{ default: Record<string, string> }>>;
}

declare module 'virtual:course-lessons' {
  import type { MDXProps } from 'mdx/types';
  import type { ReactElement } from 'react';
  import type { LessonDetails } from '@/lib/course-types';
  /** A lesson: its compiled body and its details (src/build/content/course-plugin.ts). */
  export interface LessonModule {
    default: (props: MDXProps) => ReactElement;
    details: LessonDetails;
  }
  export const lessonLoaders: Record<string, () => Promise<LessonModule>>;
}

declare module 'virtual:course-teaching' {
  import type { TeachingIndex } from '@/features/course/outline';
  /** Each syllabus topic's teaching lessons, in course order (src/build/content/course-plugin.ts). */
  export const teaching: TeachingIndex;
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

declare module 'virtual:lms-course-dictionary' {
  // An ambient module cannot import by a relative path: the type is referenced inline.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  export const courseDictionary: import('./app/lms/progress-codec').CourseDictionary;
}

declare module 'virtual:course-quizzes' {
  import type { Quiz } from '@/features/quiz/quiz-schema';
  /** A published quiz, with the lesson holding it. */
  export interface CourseQuizEntry {
    lessonPath: string;
    lessonTitle: string;
    quiz: Quiz;
  }
  /** Each published quiz's question ids, by quiz id (src/build/content/course-plugin.ts). */
  export const questionIds: Record<string, string[]>;
  /** Each published quiz's own module (`virtual:course-quiz/<id>`), loaded on demand. */
  export const quizLoaders: Record<string, () => Promise<{ default: CourseQuizEntry }>>;
}
