/**
 * Every published quiz of the course, normalised, in course order (module, then lesson), with
 * the lesson it belongs to. For Node tools: the question bank export and the LMS tests.
 */
import { parseQuizSource } from '../../features/quiz/parse-quiz-source';
import type { Quiz } from '../../features/quiz/quiz-schema';
import type { CourseOutline, LessonMeta, ModuleMeta } from '../../lib/course-types';
import { loadContent } from './content-loader';

export interface CourseQuiz {
  module: ModuleMeta;
  lesson: LessonMeta;
  quiz: Quiz;
}

export interface CourseQuizzes {
  outline: CourseOutline;
  quizzes: CourseQuiz[];
}

export function loadCourseQuizzes(root: string): CourseQuizzes {
  const content = loadContent(root, { includeDrafts: false });
  if (content.problems.length > 0) {
    const first = content.problems[0];
    throw new Error(`content has problems (npm run check:content): ${first?.file ?? ''} ${first?.message ?? ''}`);
  }
  const byId = new Map(content.lessons.map((lesson) => [lesson.meta.id, lesson]));
  const quizzes: CourseQuiz[] = [];
  for (const module of content.outline.modules) {
    for (const lesson of module.lessons) {
      for (const block of byId.get(lesson.id)?.analysis.quizBlocks ?? []) {
        const { quiz, errors } = parseQuizSource(block.source);
        if (!quiz) throw new Error(`${lesson.id}: quiz unreadable: ${errors[0]?.message ?? ''}`);
        quizzes.push({ module, lesson, quiz });
      }
    }
  }
  return { outline: content.outline, quizzes };
}
