/**
 * The LMS package's build (`vite build --mode lms`, see docs/decisions/006-lms-packages.md):
 * - `virtual:lms-course-dictionary`: lesson ids, quiz ids with their question ids and lab ids with
 *   their step ids, in course order, for the compact suspend_data (src/app/lms/progress-codec.ts); only the LMS entry imports it;
 * - in lms mode, index.html starts src/app/lms/lms-main.tsx instead of src/main.tsx.
 */
import type { Plugin } from 'vite';
import type { CourseSource } from '../content/course-source';

const DICTIONARY_ID = 'virtual:lms-course-dictionary';
const RESOLVED_ID = `\0${DICTIONARY_ID}`;

export function lmsPlugin(options: { source: CourseSource; lms: boolean }): Plugin {
  return {
    name: 'cours-docker:lms',
    resolveId(id) {
      return id === DICTIONARY_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const content = options.source.current();
      const byLesson = new Map(content.lessons.map((lesson) => [lesson.meta.id, lesson]));
      const lessons = content.outline.modules.flatMap((module) => module.lessons);
      const dictionary = {
        lessons: lessons.map((lesson) => lesson.id),
        quizzes: lessons.flatMap((lesson) =>
          (byLesson.get(lesson.id)?.quizzes ?? []).map((quiz) => ({ id: quiz.id, questions: quiz.questionIds })),
        ),
        labs: lessons.flatMap((lesson) =>
          (byLesson.get(lesson.id)?.labs ?? []).map((lab) => ({ id: lab.id, steps: lab.stepIds })),
        ),
      };
      return `export const courseDictionary = ${JSON.stringify(dictionary)};`;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!options.lms) return html;
        if (!html.includes('/src/main.tsx')) throw new Error('lms build: index.html no longer loads /src/main.tsx');
        return html.replace('/src/main.tsx', '/src/app/lms/lms-main.tsx');
      },
    },
  };
}
