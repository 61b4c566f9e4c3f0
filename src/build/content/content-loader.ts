/**
 * Loads the whole `content/` tree: modules, lessons, glossary, syllabus.
 * Returns the course outline (no lesson bodies) and every problem found,
 * all at once, each with its file, line and column.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CourseOutline, LessonDetails, LessonMeta, ModuleMeta } from '../../lib/course-types';
import { parseQuizSource } from '../../features/quiz/parse-quiz-source';
import type { Quiz } from '../../features/quiz/quiz-schema';
import { parseLabSource } from '../../features/labs/parse-lab-source';
import { labSourceOptions } from './lab-options';
import {
  describeIssuePath,
  frontmatterSchema,
  glossarySchema,
  moduleSchema,
  syllabusSchema,
  type Glossary,
  type Syllabus,
} from './content-schema';
import type { BuildCache } from '../shared/build-cache';
import { analyseLessonCached, type LessonAnalysis } from './lesson-analysis';
import { keepParsedQuiz } from '../mdx/parsed-lessons';
import type { ContentProblem } from '../checks/problems';
import { parseLocatedYaml } from './yaml-locate';
import type { z } from 'zod';

export interface LoadedQuiz {
  id: string;
  /** The quiz's former ids (its `previousIds`), empty when it was never renamed. */
  previousIds: string[];
  line: number;
  questionIds: string[];
  questionTypes: string[];
  questionCount: number;
  /** The quiz, normalised: read here once for every plugin that needs it. */
  quiz: Quiz;
  /** The questions each attempt asks: its `draw` (an exam drawn from a pool), else all of them. */
  askedCount: number;
}

export interface LoadedLab {
  id: string;
  /** The lab's former ids (its `previousIds`), empty when it was never renamed. */
  previousIds: string[];
  /** Line of the opening fence. */
  line: number;
  title: string;
  stepIds: string[];
}

/** A lesson's outline entry with what only the build reads of its frontmatter. */
export interface LessonSourceMeta extends Omit<LessonMeta, 'draft'> {
  description: string;
  order: number;
  draft: boolean;
  /** The syllabus topics it teaches: the checks and the quizzes' review links use them, not the outline. */
  topics: string[];
  wordCount: number;
}

/**
 * The outline entry of a lesson: its place in the module and its topics stay in the build, its draft flag only
 * when set, its description and word count in its details (the lesson's chunk, the module's descriptions).
 */
function outlineEntry({
  order: _order,
  draft,
  description: _description,
  topics: _topics,
  wordCount: _wordCount,
  ...entry
}: LessonSourceMeta): LessonMeta {
  return draft ? { ...entry, draft } : entry;
}

export interface LoadedLesson {
  file: string;
  absPath: string;
  /** The file's text, as read once by the loader (the search index cuts it into sections). */
  source: string;
  meta: LessonSourceMeta;
  details: LessonDetails;
  previousIds: string[];
  analysis: LessonAnalysis;
  quizzes: LoadedQuiz[];
  labs: LoadedLab[];
}

export interface LoadedContent {
  root: string;
  outline: CourseOutline;
  lessons: LoadedLesson[];
  glossary: Glossary;
  syllabus: Syllabus | null;
  /**
   * Lessons whose frontmatter is invalid (already reported): in no outline and no list of ids,
   * but their body is still checked, and links to them are not reported as dead on top.
   */
  partialLessons: LoadedLesson[];
  problems: ContentProblem[];
}

export interface LoadOptions {
  /** Drafts are shown in development and left out of production builds. */
  includeDrafts: boolean;
  /** Where the lessons' analyses are kept between builds (none by default). */
  cache?: BuildCache;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function readYamlFile<T>(absPath: string, file: string, schema: z.ZodType<T>, problems: ContentProblem[]): T | null {
  const located = parseLocatedYaml(readFileSync(absPath, 'utf8'));
  for (const error of located.syntaxErrors) {
    problems.push({ file, ...error, message: `YAML invalide : ${error.message}` });
  }
  if (located.syntaxErrors.length > 0) return null;
  const parsed = schema.safeParse(located.value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    problems.push({ file, ...located.locate(issue.path), message: describeSchemaIssue(issue) });
  }
  return null;
}

export function describeSchemaIssue(issue: z.core.$ZodIssue): string {
  const field = describeIssuePath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return `champ inconnu ${issue.keys.map((key) => `« ${key} »`).join(', ')}${field ? ` dans « ${field} »` : ''} : retirez-le ou corrigez son nom.`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `le champ « ${field} » est obligatoire et manque.`;
  }
  return field ? `le champ « ${field} » ${issue.message}.` : `${issue.message}.`;
}

function listDirectories(path: string): string[] {
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** A lesson read from disk: loaded, or only partly when its frontmatter is invalid. */
type ReadLesson = { lesson: LoadedLesson; complete: true } | { lesson: LoadedLesson; complete: false } | null;

/** What can be used of an invalid frontmatter: its valid-looking fields, else neutral values. */
function partialMeta(raw: unknown, moduleSlug: string, slug: string): LessonSourceMeta {
  const data = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const kind = data.kind === 'practice' || data.kind === 'assessment' ? data.kind : 'lesson';
  return {
    id: text(data.id),
    moduleSlug,
    slug,
    path: `/${moduleSlug}/${slug}`,
    title: text(data.title),
    description: text(data.description),
    order: typeof data.order === 'number' ? data.order : 0,
    duration: typeof data.duration === 'number' ? data.duration : 0,
    topics: [],
    kind,
    draft: data.draft === true,
    quizIds: [],
    wordCount: 0,
  };
}

type QuizParse = ReturnType<typeof parseQuizSource>;
/** What the loader keeps of a lab's parse: its problems, former ids, and the few fields it reads. */
interface LabParse {
  errors: { line: number; column: number; message: string }[];
  previousIds: string[];
  lab: { id: string; title: string; stepIds: string[] } | null;
}

const isParse = (value: unknown): value is { errors: unknown[]; previousIds: unknown[] } =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as { errors?: unknown }).errors) &&
  Array.isArray((value as { previousIds?: unknown }).previousIds);

/** A quiz block's parse, kept in the build cache under its text (the parser is code: the cache's fingerprint). */
function parseQuizCached(source: string, cache: BuildCache | undefined): QuizParse {
  const stored = cache?.read<unknown>('quiz-parse', source);
  // Kept for the compiler of this build (parsed-lessons.ts); what JSON gives back embeds the same.
  const parsed = isParse(stored) ? (stored as QuizParse) : parseQuizSource(source);
  if (parsed !== stored) cache?.write('quiz-parse', source, parsed);
  keepParsedQuiz(source, parsed);
  return parsed;
}

function parseLabCached(source: string, cache: BuildCache | undefined): LabParse {
  const stored = cache?.read<unknown>('lab-parse', source);
  if (isParse(stored)) return stored as LabParse;
  const { lab, errors, previousIds } = parseLabSource(source, labSourceOptions);
  const parsed: LabParse = {
    errors,
    previousIds,
    lab: lab ? { id: lab.id, title: lab.title, stepIds: lab.steps.map((step) => step.id) } : null,
  };
  cache?.write('lab-parse', source, parsed);
  return parsed;
}

function loadLesson(
  root: string,
  moduleSlug: string,
  fileName: string,
  problems: ContentProblem[],
  cache: BuildCache | undefined,
): ReadLesson {
  const absPath = join(root, 'content', moduleSlug, fileName);
  const file = toPosix(relative(root, absPath));
  const slug = fileName.replace(/\.mdx$/, '');
  const source = readFileSync(absPath, 'utf8');
  const analysis = analyseLessonCached(source, cache);
  if (analysis.syntaxError) {
    const { line, column, message } = analysis.syntaxError;
    problems.push({ file, line, column, message: `erreur de syntaxe MDX : ${message}` });
    return null;
  }
  // An invalid frontmatter is reported, and the body is still read: its own problems (a dead
  // link, a quiz mistake…) are reported in the same run rather than after the fix.
  let data: z.infer<typeof frontmatterSchema> | null = null;
  const frontmatter = analysis.frontmatter;
  if (!frontmatter) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message: 'l’en-tête YAML (entre deux lignes ---) manque en tête du fichier.',
    });
  } else {
    const offset = analysis.frontmatterLine - 1;
    for (const error of frontmatter.syntaxErrors) {
      problems.push({
        file,
        line: error.line + offset,
        column: error.column,
        message: `en-tête YAML invalide : ${error.message}`,
      });
    }
    if (frontmatter.syntaxErrors.length === 0) {
      const parsed = frontmatterSchema.safeParse(frontmatter.value);
      if (parsed.success) data = parsed.data;
      else {
        for (const issue of parsed.error.issues) {
          const place = frontmatter.locate(issue.path);
          problems.push({ file, line: place.line + offset, column: place.column, message: describeSchemaIssue(issue) });
        }
      }
    }
  }
  const quizzes: LoadedQuiz[] = [];
  for (const block of analysis.quizBlocks) {
    const { quiz, errors, previousIds } = parseQuizCached(block.source, cache);
    for (const error of errors) {
      // The YAML starts on the line after the opening fence.
      problems.push({ file, line: block.line + error.line, column: error.column, message: error.message });
    }
    if (quiz) {
      quizzes.push({
        id: quiz.id,
        previousIds,
        line: block.line,
        questionIds: quiz.questions.map((question) => question.id),
        questionTypes: quiz.questions.map((question) => question.type),
        questionCount: quiz.questions.length,
        quiz,
        askedCount: Math.min(quiz.draw ?? quiz.questions.length, quiz.questions.length),
      });
    }
  }
  const labs: LoadedLab[] = [];
  for (const block of analysis.labBlocks) {
    const { lab, errors, previousIds } = parseLabCached(block.source, cache);
    for (const error of errors) {
      problems.push({ file, line: block.line + error.line, column: error.column, message: error.message });
    }
    if (lab) {
      labs.push({
        id: lab.id,
        previousIds,
        line: block.line,
        title: lab.title,
        stepIds: lab.stepIds,
      });
    }
  }
  const details: LessonDetails = {
    description: data?.description ?? '',
    objectives: data?.objectives ?? [],
    headings: analysis.headings
      .filter((heading): heading is typeof heading & { depth: 2 | 3 } => heading.depth === 2 || heading.depth === 3)
      .map(({ depth, text, slug: anchor }) => ({ depth, text, slug: anchor })),
    wordCount: analysis.wordCount,
  };
  if (!data) {
    const meta = partialMeta(frontmatter?.value, moduleSlug, slug);
    return {
      complete: false,
      lesson: { file, absPath, source, meta, details, previousIds: [], analysis, quizzes: [], labs: [] },
    };
  }
  const meta: LessonSourceMeta = {
    id: data.id,
    moduleSlug,
    slug,
    path: `/${moduleSlug}/${slug}`,
    title: data.title,
    description: data.description,
    order: data.order,
    duration: data.duration,
    topics: data.topics,
    kind: data.kind,
    draft: data.draft,
    quizIds: quizzes.map((quiz) => quiz.id),
    ...(labs.length > 0
      ? {
          labIds: labs.map((lab) => lab.id),
          labs: labs.map((lab) => ({ id: lab.id, title: lab.title, stepCount: lab.stepIds.length })),
        }
      : {}),
    wordCount: analysis.wordCount,
    ...(data.previousIds.length > 0 ? { previousIds: data.previousIds } : {}),
  };
  return {
    complete: true,
    lesson: { file, absPath, source, meta, details, previousIds: data.previousIds, analysis, quizzes, labs },
  };
}

/** Line and column in the lesson file of a frontmatter field (`['topics', 1]`). */
export function frontmatterPosition(
  lesson: LoadedLesson,
  path: readonly PropertyKey[],
): { line: number; column: number } {
  const place = lesson.analysis.frontmatter?.locate(path) ?? { line: 1, column: 1 };
  return { line: place.line + lesson.analysis.frontmatterLine - 1, column: place.column };
}

export function loadContent(root: string, options: LoadOptions): LoadedContent {
  const problems: ContentProblem[] = [];
  const contentDir = join(root, 'content');
  const modules: (ModuleMeta & { order: number })[] = [];
  const lessons: LoadedLesson[] = [];
  const partialLessons: LoadedLesson[] = [];
  const publishedQuizzes: LoadedQuiz[] = [];
  const publishedLabs: LoadedLesson['labs'] = [];

  for (const moduleSlug of existsSync(contentDir) ? listDirectories(contentDir) : []) {
    const moduleFile = join(contentDir, moduleSlug, 'module.yaml');
    const moduleRel = toPosix(relative(root, moduleFile));
    const files = readdirSync(join(contentDir, moduleSlug))
      .filter((name) => name.endsWith('.mdx'))
      .sort();
    if (!existsSync(moduleFile)) {
      if (files.length > 0) {
        problems.push({
          file: moduleRel,
          line: 1,
          column: 1,
          message: 'le fichier module.yaml du module manque (title, order, summary).',
        });
      }
      continue;
    }
    const moduleData = readYamlFile(moduleFile, moduleRel, moduleSchema, problems);
    const moduleLessons: LoadedLesson[] = [];
    for (const fileName of files) {
      const read = loadLesson(root, moduleSlug, fileName, problems, options.cache);
      if (!read) continue;
      if (!read.complete) {
        partialLessons.push(read.lesson);
        continue;
      }
      const { lesson } = read;
      lessons.push(lesson);
      if (lesson.meta.draft && !options.includeDrafts) continue;
      moduleLessons.push(lesson);
    }
    const byOrder = new Map<number, LoadedLesson>();
    for (const lesson of moduleLessons) {
      const other = byOrder.get(lesson.meta.order);
      if (other) {
        problems.push({
          file: lesson.file,
          ...frontmatterPosition(lesson, ['order']),
          message: `order ${lesson.meta.order} est déjà pris par ${other.file} dans ce module : choisissez un autre numéro.`,
        });
      } else {
        byOrder.set(lesson.meta.order, lesson);
      }
    }
    if (!moduleData) continue;
    publishedQuizzes.push(...moduleLessons.flatMap((lesson) => lesson.quizzes));
    publishedLabs.push(...moduleLessons.flatMap((lesson) => lesson.labs));
    modules.push({
      id: moduleData.id,
      slug: moduleSlug,
      title: moduleData.title,
      order: moduleData.order,
      summary: moduleData.summary,
      lessons: moduleLessons
        .map((lesson) => lesson.meta)
        .sort((a, b) => a.order - b.order)
        .map(outlineEntry),
    });
  }
  modules.sort((a, b) => a.order - b.order);

  const byId = new Map<string, LoadedLesson>();
  for (const lesson of lessons) {
    const other = byId.get(lesson.meta.id);
    if (other) {
      problems.push({
        file: lesson.file,
        ...frontmatterPosition(lesson, ['id']),
        message: `l’id « ${lesson.meta.id} » est déjà utilisé par ${other.file} : chaque leçon a un id unique.`,
      });
    } else {
      byId.set(lesson.meta.id, lesson);
    }
  }
  const quizOwners = new Map<string, LoadedLesson>();
  for (const lesson of lessons) {
    for (const quiz of lesson.quizzes) {
      const other = quizOwners.get(quiz.id);
      if (other) {
        problems.push({
          file: lesson.file,
          line: quiz.line + 1,
          column: 1,
          message: `l’id de quiz « ${quiz.id} » est déjà utilisé dans ${other.file} : chaque quiz a un id unique.`,
        });
      } else {
        quizOwners.set(quiz.id, lesson);
      }
    }
  }

  const labOwners = new Map<string, LoadedLesson>();
  for (const lesson of lessons) {
    for (const lab of lesson.labs) {
      const other = labOwners.get(lab.id);
      if (other) {
        problems.push({
          file: lesson.file,
          line: lab.line + 1,
          column: 1,
          message: `l’id de lab « ${lab.id} » est déjà utilisé dans ${other.file} : chaque lab a un id unique.`,
        });
      } else {
        labOwners.set(lab.id, lesson);
      }
    }
  }

  const glossaryPath = join(contentDir, 'glossary.yaml');
  const glossary = existsSync(glossaryPath)
    ? (readYamlFile(glossaryPath, 'content/glossary.yaml', glossarySchema, problems) ?? [])
    : [];
  const syllabusPath = join(contentDir, 'syllabus.yaml');
  const syllabus = existsSync(syllabusPath)
    ? readYamlFile(syllabusPath, 'content/syllabus.yaml', syllabusSchema, problems)
    : null;

  // Old quiz id → current id. An old id that is still a quiz's id is never renamed (the checker
  // reports it): the app would otherwise move that quiz's progress away.
  const quizRenames: Record<string, string> = {};
  for (const quiz of publishedQuizzes) {
    for (const previousId of quiz.previousIds) {
      if (!quizOwners.has(previousId) && !Object.hasOwn(quizRenames, previousId)) quizRenames[previousId] = quiz.id;
    }
  }
  // Old lab id → current id, on the same rule: a lab's steps done and session follow it.
  const labRenames: Record<string, string> = {};
  for (const lab of publishedLabs) {
    for (const previousId of lab.previousIds) {
      if (!labOwners.has(previousId) && !Object.hasOwn(labRenames, previousId)) labRenames[previousId] = lab.id;
    }
  }
  const outline: CourseOutline = {
    modules: modules.map(({ order: _order, ...module }) => module),
    ...(Object.keys(quizRenames).length > 0 ? { quizRenames } : {}),
    ...(Object.keys(labRenames).length > 0 ? { labRenames } : {}),
  };
  return { root, outline, lessons, glossary, syllabus, partialLessons, problems };
}
