import { useEffect, useMemo } from 'react';
import { useParams } from 'react-router';
import { useKnownOutline, useModuleLessons } from '../../features/course/known-outline';
import { LessonBody, useLessonDetails } from '../../features/course/lesson-body';
import { LessonPage } from '../../features/course/lesson-page';
import { useProgressStore } from '../../features/progress/progress-store';
import { isMarkedDone } from '../../features/progress/progress-schema';
import { hasPassedAllQuizzes } from '../../features/progress/selectors';
import { mdxComponents } from '../../mdx/mdx-components';
import { useProgressLookup } from '../progress-bindings';
import { usePageTitle } from '../use-page-title';
import { LessonContext, LessonQuiz } from '../lesson-quiz';
import type { LessonMeta, ModuleFrame, ModuleLessons } from '../../lib/course-types';
import { NotFoundRoute } from './not-found-route';

const lessonComponents = { ...mdxComponents, Quiz: LessonQuiz };

export function LessonRoute() {
  const { moduleSlug = '', lessonSlug = '' } = useParams();
  const { frame } = useKnownOutline();
  const module = frame.modules.find((candidate) => candidate.slug === moduleSlug);
  const part = useModuleLessons(moduleSlug);
  const lesson = part?.lessons.find((candidate) => candidate.slug === lessonSlug);
  usePageTitle(lesson?.title ?? null);
  const visitLesson = useProgressStore((state) => state.visitLesson);

  const lessonId = lesson?.id;
  const lessonPath = lesson?.path;
  useEffect(() => {
    if (lessonId && lessonPath) visitLesson(lessonId, lessonPath);
  }, [lessonId, lessonPath, visitLesson]);

  if (!module || !part || !lesson) return <NotFoundRoute />;
  return <LessonView module={module} part={part} lesson={lesson} />;
}

/** Renders once the lesson's chunk (body, objectives, table of contents) is loaded. */
function LessonView({ module, part, lesson }: { module: ModuleFrame; part: ModuleLessons; lesson: LessonMeta }) {
  const outline = useKnownOutline();
  const details = useLessonDetails(lesson.id);
  const fullLesson = useMemo(() => ({ ...lesson, ...details }), [lesson, details]);
  const lookup = useProgressLookup();
  const setLessonDone = useProgressStore((state) => state.setLessonDone);
  const markedDone = useProgressStore((state) => isMarkedDone(state.data.lessons[lesson.id]));
  const quizzesPassed = useProgressStore((state) => hasPassedAllQuizzes(state.data, lesson));
  return (
    <LessonContext value={fullLesson}>
      <LessonPage
        outline={outline}
        module={module}
        part={part}
        lesson={fullLesson}
        lookup={lookup}
        markedDone={markedDone}
        quizzesPassed={quizzesPassed}
        onToggleDone={(done) => setLessonDone(lesson.id, done)}
      >
        <LessonBody lessonId={lesson.id} components={lessonComponents} />
      </LessonPage>
    </LessonContext>
  );
}
