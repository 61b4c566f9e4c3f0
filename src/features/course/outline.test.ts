import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { CourseOutline, LessonMeta } from '../../lib/course-types';
import {
  courseFrame,
  findLesson,
  findModule,
  findTeachingLesson,
  knownOutline,
  listLessons,
  moduleLessons,
  neighboursIn,
  readingMinutes,
  teachingIndex,
  totalDuration,
} from './outline';

function lesson(id: string, moduleSlug: string, extra: Partial<LessonMeta> = {}): LessonMeta {
  return {
    id,
    moduleSlug,
    slug: id,
    path: `/${moduleSlug}/${id}`,
    title: id,
    duration: 10,
    kind: 'lesson',
    quizIds: [],
    ...extra,
  };
}

/** A lesson's neighbours read from the whole course in order: what a module's chunk must give. */
function findNeighbours(course: CourseOutline, lessonId: string): { previous?: LessonMeta; next?: LessonMeta } {
  const lessons = listLessons(course);
  const index = lessons.findIndex((lesson) => lesson.id === lessonId);
  if (index === -1) return {};
  return { previous: lessons[index - 1], next: lessons[index + 1] };
}

const outline: CourseOutline = {
  modules: [
    { id: 'a', slug: 'a', title: 'A', summary: '', lessons: [lesson('a1', 'a'), lesson('a2', 'a')] },
    { id: 'b', slug: 'b', title: 'B', summary: '', lessons: [lesson('b1', 'b', { duration: 15 })] },
  ],
};

test('lessons are found by module and slug, and unknown ones are not', () => {
  expect(findModule(outline, 'b')?.title).toBe('B');
  expect(findLesson(outline, 'a', 'a2')?.id).toBe('a2');
  expect(findLesson(outline, 'a', 'b1')).toBeUndefined();
  expect(findLesson(outline, 'zzz', 'a1')).toBeUndefined();
});

test('previous and next follow the course order across modules', () => {
  const neighbours = (moduleSlug: string, lessonId: string) =>
    neighboursIn(moduleLessons(outline, moduleSlug)!, lessonId);
  expect(neighbours('a', 'a2')).toEqual({
    previous: outline.modules[0]?.lessons[0],
    next: outline.modules[1]?.lessons[0],
  });
  expect(neighbours('a', 'a1').previous).toBeUndefined();
  expect(neighbours('b', 'b1').next).toBeUndefined();
});

test('durations add up and reading time rounds at 200 words a minute', () => {
  expect(totalDuration(outline.modules.flatMap((module) => module.lessons))).toBe(35);
  expect(readingMinutes({ wordCount: 900 })).toBe(5);
  expect(readingMinutes({ wordCount: 10 })).toBe(1);
});

test('a question is sent to the lesson that teaches its topic, in its module first, never to an exam or a draft', () => {
  const course: CourseOutline = {
    modules: [
      {
        id: 'a',
        slug: 'a',
        title: 'A',
        summary: '',
        lessons: [
          lesson('a-draft', 'a', { draft: true }),
          lesson('a1', 'a'),
          lesson('a-pratique', 'a', { kind: 'practice' }),
          lesson('a-exam', 'a', { kind: 'assessment' }),
        ],
      },
      { id: 'b', slug: 'b', title: 'B', summary: '', lessons: [lesson('b1', 'b')] },
    ],
  };
  const topics: Record<string, string[]> = {
    'a-draft': ['t1'],
    a1: ['t1', 't2'],
    'a-pratique': ['t3'],
    'a-exam': ['t1', 't3'],
    b1: ['t2'],
  };
  const index = teachingIndex(course, (taught) => topics[taught.id] ?? []);
  // Only what a review link needs travels in the index.
  expect(index.t2).toEqual([
    { id: 'a1', moduleSlug: 'a', slug: 'a1', title: 'a1' },
    { id: 'b1', moduleSlug: 'b', slug: 'b1', title: 'b1' },
  ]);
  expect(findTeachingLesson(index, ['t1'], 'a')?.id).toBe('a1');
  expect(findTeachingLesson(index, ['t2'], 'b')?.id).toBe('b1');
  expect(findTeachingLesson(index, ['t2'], 'a')?.id).toBe('a1');
  expect(findTeachingLesson(index, ['t3'], 'a')).toBeUndefined();
  expect(findTeachingLesson(index, ['zz', 't2'], 'b')?.id).toBe('b1');
  expect(findTeachingLesson(index, [], 'a')).toBeUndefined();
});

/** Courses of 0–5 modules of 0–4 lessons each (empty modules included: the course path skips them). */
const courses = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 5 }).map((sizes): CourseOutline => ({
  modules: sizes.map((size, m) => ({
    id: `m${m}`,
    slug: `m${m}`,
    title: `Module ${m}`,
    summary: '',
    lessons: Array.from({ length: size }, (_, l) => lesson(`m${m}-l${l}`, `m${m}`, { duration: l + m + 1 })),
  })),
}));

test('the frame says of each module what its lessons add up to, and where the course starts', () => {
  fc.assert(
    fc.property(courses, (course) => {
      const frame = courseFrame(course);
      expect(frame.modules.map(({ id, slug, title, summary }) => ({ id, slug, title, summary }))).toEqual(
        course.modules.map(({ id, slug, title, summary }) => ({ id, slug, title, summary })),
      );
      course.modules.forEach((module, index) => {
        expect(frame.modules[index]).toMatchObject({
          lessonCount: module.lessons.length,
          duration: totalDuration(module.lessons),
        });
        expect(frame.modules[index]).not.toHaveProperty('lessons');
      });
      expect(frame.firstLesson).toEqual(listLessons(course)[0] ?? null);
    }),
  );
});

test('from its module’s lessons alone, a lesson has the same neighbours as in the whole course', () => {
  fc.assert(
    fc.property(courses, (course) => {
      for (const module of course.modules) {
        const part = moduleLessons(course, module.slug)!;
        expect(part.lessons).toEqual(module.lessons);
        for (const shown of module.lessons)
          expect(neighboursIn(part, shown.id)).toEqual(findNeighbours(course, shown.id));
      }
    }),
  );
});

test('a slug that is no module has no lessons; the whole outline makes every module’s lessons known', () => {
  expect(moduleLessons(outline, 'zzz')).toBeUndefined();
  const known = knownOutline(courseFrame(outline), outline);
  expect(known.full).toBe(outline);
  expect(Object.keys(known.lessons)).toEqual(['a', 'b']);
  expect(known.lessons.b).toEqual({ lessons: outline.modules[1]!.lessons, previous: outline.modules[0]!.lessons[1] });
  expect(neighboursIn(known.lessons.a!, 'b1')).toEqual({});
});
