/**
 * Released ids stay: learners' progress is stored under lesson and quiz ids, so
 * an id listed in `content/known-ids.json` (every id ever released) that no
 * lesson or quiz carries any more would orphan that progress, unless a lesson
 * claims it in `previousIds` (a rename, which the progress store migrates).
 * `previousIds` must name retired ids only, each claimed by one lesson.
 */
import { frontmatterPosition, lessonQuizBlocks, type CheckInput } from './check-input.ts';
import type { LoadedContent } from './content-loader.ts';
import type { ContentProblem } from './problems.ts';
import { salvageUnloadedLessons } from './salvage.ts';

export const KNOWN_IDS_FILE = 'content/known-ids.json';
const UPDATE_COMMAND = 'npm run check:content -- --update-known-ids';

/** Every lesson id and quiz id of the loaded content, sorted. */
export function collectCurrentIds(content: LoadedContent): string[] {
  const ids = new Set<string>();
  for (const lesson of content.lessons) {
    ids.add(lesson.meta.id);
    for (const quiz of lesson.quizzes) ids.add(quiz.id);
  }
  return [...ids].sort();
}

export function formatKnownIds(ids: readonly string[]): string {
  return `${JSON.stringify([...new Set(ids)].sort(), null, 2)}\n`;
}

/** The ids in the file, or null when it is not a JSON list of strings. */
export function parseKnownIds(text: string): string[] | null {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((id) => typeof id === 'string') ? value : null;
  } catch {
    return null;
  }
}

function lineOf(text: string, id: string): { line: number; column: number } {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line.includes(JSON.stringify(id)));
  if (index === -1) return { line: 1, column: 1 };
  return { line: index + 1, column: (lines[index]?.indexOf('"') ?? 0) + 1 };
}

export function checkKnownIds(input: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { lessons } = input.content;

  const carriers = new Map<string, string>();
  for (const lesson of lessons) {
    carriers.set(lesson.meta.id, lesson.file);
    for (const block of lessonQuizBlocks(lesson)) {
      // A quiz the parser rejected keeps its id: its own error is reported already.
      const id = block.yaml?.id ?? /^id:[ \t]*["']?([a-z0-9-]+)/m.exec(block.source)?.[1];
      if (id) carriers.set(id, lesson.file);
    }
  }
  for (const salvaged of salvageUnloadedLessons(input)) {
    for (const id of salvaged.ids) carriers.set(id, salvaged.file);
  }

  const renamedBy = new Map<string, string>();
  for (const lesson of lessons) {
    lesson.previousIds.forEach((id, index) => {
      const place = frontmatterPosition(lesson, ['previousIds', index]);
      const carrier = carriers.get(id);
      const claimant = renamedBy.get(id);
      if (carrier !== undefined) {
        problems.push({
          file: lesson.file,
          ...place,
          message: `L’id « ${id} » est listé dans previousIds alors que ${carrier} le porte encore : retirez-le de previousIds.`,
        });
      } else if (claimant !== undefined) {
        problems.push({
          file: lesson.file,
          ...place,
          message: `L’ancien id « ${id} » est déjà repris par ${claimant} : une seule leçon peut reprendre la progression d’un ancien id, retirez-le d’ici.`,
        });
      } else {
        renamedBy.set(id, lesson.file);
      }
    });
  }

  const text = input.sources.get(KNOWN_IDS_FILE);
  if (text === undefined) return problems;
  const known = parseKnownIds(text);
  if (known === null) {
    problems.push({
      file: KNOWN_IDS_FILE,
      line: 1,
      column: 1,
      message: `Ce fichier doit être une liste JSON d’ids entre guillemets : régénérez-le avec ${UPDATE_COMMAND}.`,
    });
    return problems;
  }
  for (const id of known) {
    if (carriers.has(id) || renamedBy.has(id)) continue;
    problems.push({
      file: KNOWN_IDS_FILE,
      ...lineOf(text, id),
      message: `L’id « ${id} » a été publié mais plus aucune leçon ni aucun quiz ne le porte, ce qui rendrait orpheline la progression des apprenants : rétablissez-le, ou ajoutez-le aux previousIds de la leçon qui le remplace.`,
    });
  }
  return problems;
}
