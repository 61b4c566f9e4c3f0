/**
 * The course outline as the build produces it (virtual:course-outline).
 * Shared by every feature: it carries no lesson body, only what navigation needs. Modules and
 * lessons come in course order, and only published lessons: the frontmatter's `order` and `draft`
 * stay in the build (src/build/content/content-loader.ts), which every page's first load is spared.
 */
export type LessonKind = 'lesson' | 'practice' | 'assessment';

export interface LessonHeading {
  depth: 2 | 3;
  text: string;
  slug: string;
}

export interface LessonMeta {
  id: string;
  moduleSlug: string;
  slug: string;
  /** `/module/lesson`, without the base path. */
  path: string;
  title: string;
  /** Estimated minutes. */
  duration: number;
  kind: LessonKind;
  /** Only on a draft lesson, which only the dev server's outline carries (`npm run build` leaves drafts out). */
  draft?: true;
  quizIds: string[];
  /** The lesson's labs (```lab blocks), in page order; absent when it has none. */
  labIds?: string[];
  /** The same labs with what the progress page shows of them (title, number of steps); absent when none. */
  labs?: LabSummary[];
  /** Ids this lesson had before (frontmatter `previousIds`): learners' progress under them moves here. Absent when none. */
  previousIds?: string[];
}

export interface LabSummary {
  id: string;
  title: string;
  stepCount: number;
}

/**
 * What only the lesson page needs: it travels in the lesson's own chunk (exported by the
 * MDX module), so the outline every page loads stays small. The module page reads the
 * descriptions of its lessons from a chunk of their own (virtual:course-descriptions).
 */
export interface LessonDetails {
  /** The frontmatter's description: the lesson page's lead, and the module page's line under its title. */
  description: string;
  objectives: string[];
  headings: LessonHeading[];
  /** The words of its text (the reading time's estimate). */
  wordCount: number;
}

/** A lesson with its details, once its chunk is loaded. */
export type LessonWithDetails = LessonMeta & LessonDetails;

export interface ModuleMeta {
  id: string;
  slug: string;
  title: string;
  summary: string;
  lessons: LessonMeta[];
}

export interface CourseOutline {
  modules: ModuleMeta[];
  /**
   * Old quiz id → current id, from the quizzes' `previousIds`: the app moves learners' attempts
   * and drafts to the current id at start, without loading any lesson. Absent when none.
   */
  quizRenames?: Record<string, string>;
  /** Old lab id → current id, from the labs' `previousIds` (steps done and session move). Absent when none. */
  labRenames?: Record<string, string>;
}

/**
 * A module as every page's first load knows it (`virtual:course-frame`): its lessons are not listed,
 * so that a first visit does not grow with the course; they come with the page that shows them
 * (ModuleLessons) or with the whole outline, loaded once the page has hydrated.
 */
export interface ModuleFrame {
  id: string;
  slug: string;
  title: string;
  summary: string;
  lessonCount: number;
  /** The sum of its lessons' estimated minutes. */
  duration: number;
}

export interface CourseFrame {
  modules: ModuleFrame[];
  /** Where « Commencer » leads: the course's first lesson, null for a course without lessons. */
  firstLesson: LessonMeta | null;
}

/**
 * One module's lessons, with the lessons on either side of it in the course path (the previous
 * module's last, the next module's first): what a lesson or module page needs of the outline
 * (`virtual:course-module-lessons/<module slug>`, preloaded with the page).
 */
export interface ModuleLessons {
  lessons: LessonMeta[];
  previous?: LessonMeta;
  next?: LessonMeta;
}

/**
 * What a page knows of the outline: always the frame; the lessons of the modules it loaded; the
 * whole outline once it is here (null before). The prerender renders each page with what the
 * browser has when it hydrates it (src/features/course/known-outline.ts).
 */
export interface KnownOutline {
  frame: CourseFrame;
  /** Module slug → its lessons, for the modules whose lessons are here (all, once `full` is). */
  lessons: Readonly<Record<string, ModuleLessons>>;
  full: CourseOutline | null;
}

/** What a learner has done with a lesson, as pages show it. */
export type LessonStatus = 'not-started' | 'in-progress' | 'done';
