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

/** What a learner has done with a lesson, as pages show it. */
export type LessonStatus = 'not-started' | 'in-progress' | 'done';
