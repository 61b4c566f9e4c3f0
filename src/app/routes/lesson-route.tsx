import { useEffect } from 'react';
import { useParams } from 'react-router';
import { outline } from 'virtual:course-outline';
import { LessonBody } from '../../features/course/lesson-body';
import { LessonPage } from '../../features/course/lesson-page';
import { findLesson, findModule } from '../../features/course/outline';
import { useProgressStore } from '../../features/progress/progress-store';
import { isMarkedDone } from '../../features/progress/progress-schema';
import { mdxComponents } from '../../mdx/mdx-components';
import { useProgressLookup } from '../progress-bindings';
import { usePageTitle } from '../use-page-title';
import { LessonContext, LessonQuiz } from './lesson-quiz';
import { NotFoundRoute } from './not-found-route';

const lessonComponents = { ...mdxComponents, Quiz: LessonQuiz };

export function LessonRoute() {
  const { moduleSlug = '', lessonSlug = '' } = useParams();
  const module = findModule(outline, moduleSlug);
  const lesson = findLesson(outline, moduleSlug, lessonSlug);
  usePageTitle(lesson?.title ?? null);
  const lookup = useProgressLookup();
  const visitLesson = useProgressStore((state) => state.visitLesson);
  const setLessonDone = useProgressStore((state) => state.setLessonDone);
  const markedDone = useProgressStore((state) => (lesson ? isMarkedDone(state.data.lessons[lesson.id]) : false));

  useEffect(() => {
    if (lesson) visitLesson(lesson.id, lesson.path);
  }, [lesson, visitLesson]);

  if (!module || !lesson) return <NotFoundRoute />;
  return (
    <LessonContext value={lesson}>
      <LessonPage
        outline={outline}
        module={module}
        lesson={lesson}
        lookup={lookup}
        markedDone={markedDone}
        onToggleDone={(done) => setLessonDone(lesson.id, done)}
      >
        <LessonBody lessonId={lesson.id} components={lessonComponents} />
      </LessonPage>
    </LessonContext>
  );
}
