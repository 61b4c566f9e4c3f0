/**
 * The content checker behind `npm run check:content`: loads the whole `content/`
 * tree (drafts included) and runs every check, returning all problems at once.
 * The loader already reports the frontmatter schema, duplicate lesson and quiz
 * ids, order collisions and every quiz's own mistakes (through the quiz parser);
 * each check below is a pure function of the same input, in its own module.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCheckInput, type Check, type CheckInput } from './check-input';
import { checkCodeBlocks } from './check-code-blocks';
import { checkComponents } from './check-components';
import { checkImageTags } from './check-image-tags';
import { checkImages } from './check-images';
import { checkKnownIds, collectCurrentIds, formatKnownIds, KNOWN_IDS_FILE, type KnownIds } from './check-known-ids';
import { checkLinks } from './check-links';
import { checkMdxCode } from './check-mdx-code';
import { checkQuizSections } from './check-quiz-sections';
import { checkSyllabus } from './check-syllabus';
import { checkTypography } from './check-typography';
import { checkUnfinished } from './check-unfinished';
import { noBuildCache, projectInputsFingerprint, type BuildCache } from '../shared/build-cache';
import { loadContent, type LoadedContent } from '../content/content-loader';
import { frenchLoaderProblem, type FrontmatterLookup } from '../content/loader-messages';
import { sortProblems, type ContentProblem } from './problems';
import { frontmatterOf, parseLocatedYaml } from '../content/yaml-locate';

export interface CheckResult {
  content: LoadedContent;
  problems: ContentProblem[];
}

/** Every check after loading, in the order their problems are easiest to fix. */
export const contentChecks: readonly Check[] = [
  checkMdxCode,
  checkComponents,
  checkLinks,
  checkImages,
  checkCodeBlocks,
  checkImageTags,
  checkQuizSections,
  checkUnfinished,
  checkSyllabus,
  checkTypography,
  checkKnownIds,
];

/** Reads a frontmatter field as written, so a wrong type is not reworded as a missing field. */
function frontmatterLookup(input: CheckInput): FrontmatterLookup {
  return (file, field) => {
    const text = frontmatterOf(input.sources.get(file) ?? '')?.text;
    let value: unknown = text === undefined ? undefined : parseLocatedYaml(text).value;
    for (const key of field.split('.')) {
      const index = /^\[(\d+)\]$/.exec(key)?.[1];
      if (Array.isArray(value) && index !== undefined && Number(index) < value.length)
        value = value[Number(index)] as unknown;
      else if (typeof value === 'object' && value !== null && !Array.isArray(value) && key in value) {
        value = (value as Record<string, unknown>)[key];
      } else return { found: false };
    }
    return { found: true, value };
  };
}

export function runChecks(input: CheckInput, checks: readonly Check[] = contentChecks): ContentProblem[] {
  const lookup = frontmatterLookup(input);
  const loaded = input.content.problems.map((problem) => frenchLoaderProblem(problem, lookup));
  return sortProblems([...loaded, ...checks.flatMap((check) => check(input))]);
}

export function checkContent(root: string, cache?: BuildCache): CheckResult {
  const content = loadContent(root, { includeDrafts: true, cache });
  return { content, problems: runChecks(readCheckInput(content, cache)) };
}

/** What a clean run reports: how much content it checked. */
export interface CheckSummary {
  lessons: number;
  quizzes: number;
  labs: number;
  terms: number;
}

export function summariseContent(content: LoadedContent): CheckSummary {
  return {
    lessons: content.lessons.length,
    quizzes: content.lessons.reduce((sum, lesson) => sum + lesson.quizzes.length, 0),
    labs: content.lessons.reduce((sum, lesson) => sum + lesson.labs.length, 0),
    terms: content.glossary.length,
  };
}

function isSummary(value: unknown): value is CheckSummary {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['lessons', 'quizzes', 'labs', 'terms'].every((key) => Number.isSafeInteger(record[key]));
}

/**
 * `npm run check:content`: when every file the project holds under `src/`, `content/` and
 * `public/`, and its configuration (`projectInputsFingerprint`), are those of the last clean run,
 * that run's summary without checking again; otherwise the whole check, whose clean result is kept
 * for the next run. A run with problems keeps nothing: it reports them again each time.
 */
export function checkContentOnce(
  root: string,
  cache: BuildCache = noBuildCache,
): { summary: CheckSummary; problems: ContentProblem[]; unchanged: boolean } {
  const key = cache === noBuildCache ? '' : projectInputsFingerprint(root);
  const kept = key ? cache.read<unknown>('content-check', key) : undefined;
  if (isSummary(kept)) return { summary: kept, problems: [], unchanged: true };
  const { content, problems } = checkContent(root, cache);
  const summary = summariseContent(content);
  // Kept only if nothing changed while it ran (its result may be that of neither state).
  if (key && problems.length === 0 && projectInputsFingerprint(root) === key)
    cache.write('content-check', key, summary);
  return { summary, problems, unchanged: false };
}

export interface KnownIdsUpdate {
  /** Problems that prevent a safe update (a lesson that does not load would lose its ids). */
  problems: ContentProblem[];
  /** The ids written (or that would be), by kind, each list sorted. */
  ids: KnownIds;
  written: boolean;
}

/**
 * Rewrites `content/known-ids.json` with the current lesson and quiz ids, when
 * everything else is clean: that is how a deliberate removal is accepted.
 */
export function updateKnownIds(root: string): KnownIdsUpdate {
  const content = loadContent(root, { includeDrafts: true });
  const checks = contentChecks.filter((check) => check !== checkKnownIds);
  const problems = runChecks(readCheckInput(content), checks);
  // Renamed ids stay listed: the previousIds of their lesson or quiz must keep them, or the progress migration would stop.
  const current = collectCurrentIds(content);
  const sorted = (ids: string[]) => [...new Set(ids)].sort();
  const ids: KnownIds = {
    lessons: sorted([...current.lessons, ...content.lessons.flatMap((lesson) => lesson.previousIds)]),
    quizzes: sorted([
      ...current.quizzes,
      ...content.lessons.flatMap((lesson) => lesson.quizzes.flatMap((quiz) => quiz.previousIds)),
    ]),
    labs: sorted([
      ...(current.labs ?? []),
      ...content.lessons.flatMap((lesson) => lesson.labs.flatMap((lab) => lab.previousIds)),
    ]),
  };
  if (problems.length > 0) return { problems, ids, written: false };
  writeFileSync(join(root, KNOWN_IDS_FILE), formatKnownIds(ids));
  return { problems, ids, written: true };
}
