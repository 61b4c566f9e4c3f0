/**
 * The Vite plugin that turns `content/` into the course:
 * - `virtual:course-frame`: what every page's first load knows of the outline, the modules without
 *   their lessons (their number, their minutes), and a loader of each module's lessons with its
 *   neighbours (`virtual:course-module-lessons/<module slug>`), which a lesson or module page preloads;
 * - `virtual:course-outline`: modules and lessons without bodies, and the quizzes' and labs'
 *   renames (old id → current id), loaded once a page has hydrated (src/features/course/known-outline.ts);
 * - `virtual:course-lessons`: one lazy import per lesson, so each body is its own chunk; the index
 *   itself is a chunk of its own (`lesson-index-…`), imported when the app starts, so that a first
 *   paint does not grow with the number of lessons (src/features/course/lesson-body.tsx). What is
 *   imported is `<lesson>.mdx?lesson`, a small module that re-exports the compiled lesson and adds
 *   its objectives and table of contents: the compiled lesson itself exports only its component,
 *   so that React Fast Refresh updates an edited lesson in place (scroll and quiz answers kept);
 * - `virtual:glossary`: the glossary with the lessons that use each term;
 * - `virtual:course-quizzes`: the question ids of every published quiz, and one lazy import per
 *   quiz (`virtual:course-quiz/<id>`: the quiz, normalised, with its lesson), so « Révisions »
 *   loads only the quizzes whose cards are due; the header reads the ids, after the first load,
 *   to count only cards whose question the course still has.
 * Content problems fail the build with every `file:line:col message`; in development
 * they are printed and shown in the overlay while the rest of the course keeps working.
 * An edit of a lesson's text is a hot update; a change of what the outline, the glossary or a
 * lesson's objectives and headings say (a new lesson, a title, a heading…) reloads the page.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { readCheckInput } from '../checks/check-input';
import { runChecks } from '../checks/content-checks';
import type { LoadedContent, LoadedLesson } from './content-loader';
import { createCourseSource, type CourseSource } from './course-source';
import { formatProblemReport } from '../checks/problems';
import type { CourseOutline, LessonMeta, ModuleLessons } from '../../lib/course-types';
import { courseFrame, moduleLessons, teachingIndex, type TeachingIndex } from '../../features/course/outline';

const OUTLINE_ID = 'virtual:course-outline';
const LESSONS_ID = 'virtual:course-lessons';
const GLOSSARY_ID = 'virtual:glossary';
const QUIZZES_ID = 'virtual:course-quizzes';
/** The prefix of one quiz's module: `virtual:course-quiz/<quiz id>`. */
const QUIZ_PREFIX = 'virtual:course-quiz/';
/** The module pages' lesson descriptions, one chunk per module: `virtual:course-descriptions/<module slug>`. */
const DESCRIPTIONS_ID = 'virtual:course-descriptions';
const DESCRIPTIONS_PREFIX = `${DESCRIPTIONS_ID}/`;
/** Each topic's teaching lessons, for the quizzes' review links (fetched with the quiz view). */
const TEACHING_ID = 'virtual:course-teaching';
/** The outline every page's first load carries: the modules without their lessons, and a loader of each one's lessons. */
const FRAME_ID = 'virtual:course-frame';
/** One module's lessons and its neighbours: `virtual:course-module-lessons/<module slug>`. */
const MODULE_LESSONS_PREFIX = 'virtual:course-module-lessons/';
const virtualIds = [OUTLINE_ID, LESSONS_ID, GLOSSARY_ID, QUIZZES_ID, DESCRIPTIONS_ID, TEACHING_ID, FRAME_ID];
/**
 * A virtual module's resolved id. The quiz index's, the lesson index's, the teaching index's and the
 * outline's end with a plain name, so that their chunks (the virtual modules with a chunk of their
 * own) are named `question-index-…`, `lesson-index-…`, `teaching-index-…` and `course-outline-…`, not
 * `_virtual_…`: some static hosts hide files whose name starts with `_`.
 */
function resolvedId(id: string): string {
  if (id === QUIZZES_ID) return `\0${QUIZZES_ID}/question-index`;
  if (id === LESSONS_ID) return `\0${LESSONS_ID}/lesson-index`;
  if (id === TEACHING_ID) return `\0${TEACHING_ID}/teaching-index`;
  if (id === OUTLINE_ID) return `\0${OUTLINE_ID}/course-outline`;
  return `\0${id}`;
}
/** The query that turns a lesson file's id into the id of the module wrapping it. */
export const LESSON_QUERY = '?lesson';

/**
 * What a page reload must pick up: the outline, the topics' teaching lessons, the glossary, and each
 * lesson's objectives and headings (not its word count, which only changes a reading-time estimate
 * and would make every keystroke reload).
 */
export function reloadSignature(content: LoadedContent | null): string {
  if (!content) return '';
  const details = content.lessons.map(({ file, details: { wordCount: _wordCount, ...details } }) => [file, details]);
  return JSON.stringify([
    content.outline.modules,
    courseTeaching(content),
    content.outline.quizRenames,
    content.outline.labRenames,
    glossaryWithUsages(content),
    details,
  ]);
}

/**
 * A lesson's entry as the outline's modules write it: what can be rebuilt from it is left out of the
 * text and put back as the module is evaluated (REBUILD_LESSON): its module's slug, its path, its
 * labs' ids, which its labs list in the same order, and its quiz's id when it has the one quiz named
 * after it, `quiz-<lesson id>`, as most lessons do. Throws when the lesson could not be rebuilt, so
 * that a change to the outline's shape cannot silently break it.
 */
function compactLesson(
  { moduleSlug, path, labIds, quizIds, ...lesson }: LessonMeta,
  module: { slug: string },
): Omit<LessonMeta, 'moduleSlug' | 'path' | 'labIds' | 'quizIds'> & { quizIds?: string[] } {
  const rebuiltIds = lesson.labs?.map((lab) => lab.id);
  if (
    moduleSlug !== module.slug ||
    path !== `/${module.slug}/${lesson.slug}` ||
    JSON.stringify(labIds) !== JSON.stringify(rebuiltIds)
  ) {
    throw new Error(`cours-docker : la leçon ${lesson.id} ne peut pas être rebâtie depuis le plan compact.`);
  }
  return quizIds.length === 1 && quizIds[0] === `quiz-${lesson.id}` ? lesson : { ...lesson, quizIds };
}

/** The code that puts back what `compactLesson` left out. */
const REBUILD_LESSON = [
  'const rebuild = (lesson, moduleSlug) => {',
  '  lesson.moduleSlug = moduleSlug;',
  '  lesson.path = `/${moduleSlug}/${lesson.slug}`;',
  '  lesson.quizIds ??= [`quiz-${lesson.id}`];',
  '  if (lesson.labs) lesson.labIds = lesson.labs.map((lab) => lab.id);',
  '};',
].join('\n');

/**
 * The code of `virtual:course-outline`: every page loads it once hydrated, and it grows with the
 * number of lessons, so its lessons are written compact (`compactLesson`). The build checks that the
 * rebuilt outline is the outline.
 */
export function outlineModuleCode(outline: CourseOutline): string {
  const compact = {
    ...outline,
    modules: outline.modules.map((module) => ({
      ...module,
      lessons: module.lessons.map((lesson) => compactLesson(lesson, module)),
    })),
  };
  return [
    REBUILD_LESSON,
    `const outline = ${JSON.stringify(compact)};`,
    'for (const module of outline.modules) for (const lesson of module.lessons) rebuild(lesson, module.slug);',
    'export { outline };',
  ].join('\n');
}

/**
 * The code of `virtual:course-module-lessons/<module slug>`: the module's lessons, written compact
 * like the outline's, and its neighbours in the course path (from other modules: written whole).
 */
export function moduleLessonsCode(part: ModuleLessons, moduleSlug: string): string {
  const lessons = part.lessons.map((lesson) => compactLesson(lesson, { slug: moduleSlug }));
  return [
    REBUILD_LESSON,
    `const part = ${JSON.stringify({ ...part, lessons })};`,
    `for (const lesson of part.lessons) rebuild(lesson, ${JSON.stringify(moduleSlug)});`,
    'export default part;',
  ].join('\n');
}

/** `virtual:course-frame`: the course's frame and a loader of each module's lessons. */
export function courseFrameModule(outline: CourseOutline): string {
  return [
    `export const frame = ${JSON.stringify(courseFrame(outline))};`,
    moduleLoadersCode('moduleLessonsLoaders', outline, MODULE_LESSONS_PREFIX),
  ].join('\n');
}

/** `export const <name> = { "<module slug>": () => import("<prefix><module slug>"), … }`: a chunk per module. */
function moduleLoadersCode(name: string, outline: CourseOutline, prefix: string): string {
  const loaders = outline.modules.map(
    (module) => `  ${JSON.stringify(module.slug)}: () => import(${JSON.stringify(`${prefix}${module.slug}`)}),`,
  );
  return `export const ${name} = {\n${loaders.join('\n')}\n};`;
}

/** The topics' teaching lessons of the course (`virtual:course-teaching`). */
export function courseTeaching(content: LoadedContent): TeachingIndex {
  const topics = new Map(content.lessons.map((lesson) => [lesson.meta.id, lesson.meta.topics]));
  return teachingIndex(content.outline, (lesson) => topics.get(lesson.id) ?? []);
}

/** The module a lesson loader imports: the compiled lesson, with its details (objectives, table of contents…). */
export function lessonWrapperModule(lesson: LoadedLesson): string {
  return [
    `export { default } from ${JSON.stringify(lesson.absPath)};`,
    `export const details = ${JSON.stringify(lesson.details)};`,
  ].join('\n');
}

export interface CoursePluginOptions {
  root: string;
  /** The course, read once and shared with the other plugins (by default, the plugin's own). */
  source?: CourseSource;
}

export function glossaryWithUsages(content: LoadedContent) {
  const published = new Set(content.outline.modules.flatMap((module) => module.lessons.map((lesson) => lesson.id)));
  return content.glossary.map((entry) => ({
    ...entry,
    lessons: content.lessons
      .filter((lesson) => published.has(lesson.meta.id))
      .filter((lesson) => lesson.analysis.jsx.some((use) => use.name === 'Terme' && use.attributes.id === entry.id))
      .map((lesson) => ({ path: lesson.meta.path, title: lesson.meta.title })),
  }));
}

/** The published lessons' quizzes by id, normalised, with the lesson that holds each (virtual:course-quiz/<id>). */
export function courseQuizzes(content: LoadedContent) {
  const byId = new Map(content.lessons.map((lesson) => [lesson.meta.id, lesson]));
  const entries = content.outline.modules.flatMap((module) =>
    module.lessons.flatMap((lesson) =>
      // The quizzes the loader read (one that does not parse is a content problem, failing the build).
      (byId.get(lesson.id)?.quizzes ?? []).map(
        ({ quiz }) => [quiz.id, { lessonPath: lesson.path, lessonTitle: lesson.title, quiz }] as const,
      ),
    ),
  );
  return Object.fromEntries(entries);
}

/** `virtual:course-quizzes`: each quiz's question ids, and a loader of each quiz's own module. */
export function courseQuizzesModule(content: LoadedContent): string {
  const quizzes = Object.entries(courseQuizzes(content));
  const questionIds = Object.fromEntries(quizzes.map(([id, entry]) => [id, entry.quiz.questions.map((q) => q.id)]));
  const loaders = quizzes.map(
    ([id]) => `  ${JSON.stringify(id)}: () => import(${JSON.stringify(`${QUIZ_PREFIX}${id}`)}),`,
  );
  return [
    `export const questionIds = ${JSON.stringify(questionIds)};`,
    `export const quizLoaders = {\n${loaders.join('\n')}\n};`,
  ].join('\n');
}

/** The loaders of each module's lesson descriptions (virtual:course-descriptions). */
export function courseDescriptionsModule(content: LoadedContent): string {
  return moduleLoadersCode('descriptionLoaders', content.outline, DESCRIPTIONS_PREFIX);
}

/** One module's lesson descriptions by lesson id (virtual:course-descriptions/<module slug>). */
export function moduleDescriptionsModule(content: LoadedContent, moduleSlug: string): string | null {
  const module = content.outline.modules.find((candidate) => candidate.slug === moduleSlug);
  if (!module) return null;
  const byId = new Map(content.lessons.map((lesson) => [lesson.meta.id, lesson.details.description]));
  const descriptions = Object.fromEntries(module.lessons.map((lesson) => [lesson.id, byId.get(lesson.id) ?? '']));
  return `export default ${JSON.stringify(descriptions)};`;
}

export function coursePlugin(options: CoursePluginOptions): Plugin {
  let content: LoadedContent | null = null;
  let source = options.source ?? null;
  let isBuild = false;
  let server: ViteDevServer | null = null;

  const course = () => (source ??= createCourseSource(options.root, { includeDrafts: !isBuild }));
  const load = () => (content = course().reload());
  const current = () => content ?? (content = course().current());

  const reportInDev = (loaded: LoadedContent) => {
    if (!server) return;
    // In development the whole checker runs (links, typography, syllabus…), as `npm run check:content` would.
    const problems = runChecks(readCheckInput(loaded));
    if (problems.length === 0) return;
    const report = formatProblemReport(problems);
    server.config.logger.error(`\n${report}\n`, { timestamp: true });
    const first = problems[0];
    server.ws.send({
      type: 'error',
      err: {
        message: report,
        stack: '',
        plugin: 'cours-docker:content',
        ...(first
          ? {
              id: resolve(options.root, first.file),
              loc: { file: resolve(options.root, first.file), line: first.line, column: first.column },
            }
          : {}),
      },
    });
  };

  return {
    name: 'cours-docker:content',
    enforce: 'pre',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    buildStart() {
      const loaded = current();
      if (isBuild && loaded.problems.length > 0) {
        this.error(`Le contenu du cours a des erreurs :\n${formatProblemReport(loaded.problems)}`);
      }
      for (const lesson of loaded.lessons) this.addWatchFile(lesson.absPath);
    },
    configureServer(devServer) {
      server = devServer;
      const contentDir = resolve(options.root, 'content');
      devServer.watcher.add(contentDir);
      const handleChange = (path: string) => {
        if (!path.startsWith(contentDir)) return;
        const before = reloadSignature(content);
        const loaded = load();
        reportInDev(loaded);
        // The next request of these modules is served fresh (word counts included)…
        for (const id of virtualIds) {
          const module = devServer.moduleGraph.getModuleById(resolvedId(id));
          if (module) devServer.moduleGraph.invalidateModule(module);
        }
        for (const module of devServer.moduleGraph.idToModuleMap.values()) {
          if (
            module.id?.endsWith(LESSON_QUERY) ||
            module.id?.startsWith(`\0${QUIZ_PREFIX}`) ||
            module.id?.startsWith(`\0${DESCRIPTIONS_PREFIX}`) ||
            module.id?.startsWith(`\0${MODULE_LESSONS_PREFIX}`)
          ) {
            devServer.moduleGraph.invalidateModule(module);
          }
        }
        // …and the page reloads only when what it shows outside the lesson's body changed: a
        // change of the body alone is Vite's hot update of the compiled lesson.
        if (reloadSignature(loaded) !== before) devServer.ws.send({ type: 'full-reload' });
      };
      devServer.watcher.on('add', handleChange);
      devServer.watcher.on('unlink', handleChange);
      devServer.watcher.on('change', handleChange);
      reportInDev(current());
    },
    hotUpdate({ modules }) {
      // A lesson file's change is the hot update of its compiled body alone, which Fast Refresh
      // applies in place; the wrapper beside it only changes with what the page reload above
      // picks up, and updating it would let the change climb to the app and reload the page.
      return modules.filter((module) => !module.id?.endsWith(LESSON_QUERY));
    },
    resolveId(id) {
      return virtualIds.includes(id) ||
        id.startsWith(QUIZ_PREFIX) ||
        id.startsWith(DESCRIPTIONS_PREFIX) ||
        id.startsWith(MODULE_LESSONS_PREFIX)
        ? resolvedId(id)
        : null;
    },
    load(id) {
      if (id.endsWith(LESSON_QUERY)) {
        const absPath = id.slice(0, -LESSON_QUERY.length);
        const lesson = current().lessons.find((candidate) => candidate.absPath === absPath);
        if (!lesson) this.error(`cours-docker : ${absPath} n’est pas une leçon chargée.`);
        return lessonWrapperModule(lesson);
      }
      if (!id.startsWith('\0virtual:')) return null;
      const loaded = current();
      if (id === resolvedId(OUTLINE_ID)) {
        return outlineModuleCode(loaded.outline);
      }
      if (id === resolvedId(LESSONS_ID)) {
        const entries = loaded.outline.modules.flatMap((module) =>
          module.lessons.map((lesson) => {
            const file = resolve(options.root, 'content', lesson.moduleSlug, `${lesson.slug}.mdx`);
            return `  ${JSON.stringify(lesson.id)}: () => import(${JSON.stringify(`${file}${LESSON_QUERY}`)}),`;
          }),
        );
        return `export const lessonLoaders = {\n${entries.join('\n')}\n};`;
      }
      if (id === resolvedId(QUIZZES_ID)) return courseQuizzesModule(loaded);
      if (id === `\0${DESCRIPTIONS_ID}`) return courseDescriptionsModule(loaded);
      if (id === `\0${FRAME_ID}`) return courseFrameModule(loaded.outline);
      if (id.startsWith(`\0${MODULE_LESSONS_PREFIX}`)) {
        const moduleSlug = id.slice(MODULE_LESSONS_PREFIX.length + 1);
        const part = moduleLessons(loaded.outline, moduleSlug);
        if (!part) this.error(`cours-docker : aucun module publié n’a le nom ${moduleSlug}.`);
        return moduleLessonsCode(part, moduleSlug);
      }
      if (id.startsWith(`\0${DESCRIPTIONS_PREFIX}`)) {
        const moduleSlug = id.slice(DESCRIPTIONS_PREFIX.length + 1);
        const code = moduleDescriptionsModule(loaded, moduleSlug);
        if (code === null) this.error(`cours-docker : aucun module publié n’a le nom ${moduleSlug}.`);
        return code;
      }
      if (id.startsWith(`\0${QUIZ_PREFIX}`)) {
        const quizId = id.slice(QUIZ_PREFIX.length + 1);
        const quizzes = courseQuizzes(loaded);
        if (!Object.hasOwn(quizzes, quizId)) this.error(`cours-docker : aucun quiz publié n’a l’id ${quizId}.`);
        return `export default ${JSON.stringify(quizzes[quizId])};`;
      }
      if (id === resolvedId(TEACHING_ID)) return `export const teaching = ${JSON.stringify(courseTeaching(loaded))};`;
      if (id === `\0${GLOSSARY_ID}`) {
        return `export const glossary = ${JSON.stringify(glossaryWithUsages(loaded))};`;
      }
      return null;
    },
  };
}
