/**
 * Released ids stay: learners' progress is stored under lesson ids (visits, completions) and
 * quiz ids (attempts, scores, drafts), so an id listed in `content/known-ids.json` (every id
 * ever released) that no lesson or quiz carries any more would orphan that progress, unless
 * it is claimed in `previousIds`: a lesson's frontmatter for a lesson id, a ```quiz block for
 * a quiz id (a rename, which the progress store migrates).
 * `previousIds` must name retired ids only, each claimed once.
 *
 * The file is `{ "lessons": [...], "quizzes": [...] }`, each list sorted, one id per line. An
 * older file, one list of ids of both kinds, is still read: its ids may be kept by a lesson or
 * by a quiz alike, and the next `--update-known-ids` rewrites it by kind.
 */
import { frontmatterPosition, lessonQuizBlocks, quizPosition, type CheckInput } from './check-input';
import type { LoadedContent } from '../content/content-loader';
import type { ContentProblem } from './problems';
import { salvageUnloadedLessons } from './salvage';

export const KNOWN_IDS_FILE = 'content/known-ids.json';
const UPDATE_COMMAND = 'npm run check:content -- --update-known-ids';
/** How many quizzes new since the last update the message about a vanished quiz id may suggest. */
const MAX_SUGGESTIONS = 3;

/** Released ids by kind: lesson, quiz and lab ids are separate, as the progress store keeps them. */
export interface KnownIds {
  lessons: string[];
  quizzes: string[];
  /** Absent from files written before labs existed. */
  labs?: string[];
}

/** The file as read: ids by kind, or (a file written before quiz renames) one list of ids of either kind. */
export type KnownIdsFile = ({ format: 'by-kind' } & KnownIds) | { format: 'list'; ids: string[] };

/** Every lesson id and quiz id of the loaded content, each list sorted. */
export function collectCurrentIds(content: LoadedContent): KnownIds {
  const lessons = new Set<string>();
  const quizzes = new Set<string>();
  const labs = new Set<string>();
  for (const lesson of content.lessons) {
    lessons.add(lesson.meta.id);
    for (const quiz of lesson.quizzes) quizzes.add(quiz.id);
    for (const lab of lesson.labs) labs.add(lab.id);
  }
  return { lessons: [...lessons].sort(), quizzes: [...quizzes].sort(), labs: [...labs].sort() };
}

const sortedUnique = (ids: readonly string[]) => [...new Set(ids)].sort();

export function formatKnownIds(ids: KnownIds): string {
  const labs = sortedUnique(ids.labs ?? []);
  return `${JSON.stringify({ lessons: sortedUnique(ids.lessons), quizzes: sortedUnique(ids.quizzes), ...(labs.length > 0 ? { labs } : {}) }, null, 2)}\n`;
}

const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((id) => typeof id === 'string');

/** The file's ids, by kind or (older file) as one list; null when it is neither shape. */
export function readKnownIds(text: string): KnownIdsFile | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (isIdList(value)) return { format: 'list', ids: value };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { lessons, quizzes, labs, ...others } = value as Record<string, unknown>;
  if (Object.keys(others).length > 0 || !isIdList(lessons) || !isIdList(quizzes)) return null;
  if (labs !== undefined && !isIdList(labs)) return null;
  return { format: 'by-kind', lessons, quizzes, ...(labs === undefined ? {} : { labs }) };
}

/** Every id in the file, of any kind, or null when the file is unreadable. */
export function parseKnownIds(text: string): string[] | null {
  const known = readKnownIds(text);
  if (known === null) return null;
  return known.format === 'list' ? known.ids : [...known.lessons, ...known.quizzes, ...(known.labs ?? [])];
}

/** Where an id is written in the file: in its kind's list when the file has one. */
function lineOf(text: string, id: string, list?: keyof KnownIds): { line: number; column: number } {
  const lines = text.split('\n');
  const from =
    list === undefined
      ? 0
      : Math.max(
          0,
          lines.findIndex((line) => line.includes(JSON.stringify(list))),
        );
  const quoted = JSON.stringify(id);
  const index = lines.findIndex((line, number) => number >= from && line.includes(quoted));
  if (index === -1) return { line: 1, column: 1 };
  return { line: index + 1, column: (lines[index]?.indexOf(quoted) ?? 0) + 1 };
}

interface Claim {
  /** The `previousIds` it is listed in: a lesson's frontmatter, or a quiz block's. */
  kind: 'lesson' | 'quiz';
  /** Names the claimant after « par »: the lesson file, or « le quiz « … » de » its file. */
  by: string;
  /** Names the claimant after « de » (« du quiz « … » de » its file); unused for lessons. */
  of: string;
  /** One per `previousIds` list, so an id listed twice in one list is left to the quiz parser. */
  list: string;
}

interface QuizPlace {
  id: string;
  file: string;
  line: number;
}

export function checkKnownIds(input: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { lessons } = input.content;

  const lessonCarriers = new Map<string, string>();
  const quizCarriers = new Map<string, string>();
  const quizPlaces: QuizPlace[] = [];
  for (const lesson of lessons) {
    lessonCarriers.set(lesson.meta.id, lesson.file);
    for (const block of lessonQuizBlocks(lesson)) {
      // A quiz the parser rejected keeps its id: its own error is reported already.
      const id = block.yaml?.id ?? /^id:[ \t]*["']?([a-z0-9-]+)/m.exec(block.source)?.[1];
      if (!id) continue;
      quizCarriers.set(id, lesson.file);
      const idString = block.yaml?.idString;
      quizPlaces.push({
        id,
        file: lesson.file,
        line: idString ? quizPosition(block, idString.start).line : block.line,
      });
    }
  }
  // A file that did not load: its ids are read as they are written, of either kind.
  for (const salvaged of salvageUnloadedLessons(input)) {
    for (const id of salvaged.ids) {
      lessonCarriers.set(id, salvaged.file);
      quizCarriers.set(id, salvaged.file);
    }
  }

  const claims = new Map<string, Claim>();
  const claim = (id: string, claimant: Claim, place: ContentProblem): void => {
    const carrier = lessonCarriers.get(id) ?? quizCarriers.get(id);
    const earlier = claims.get(id);
    if (carrier !== undefined) {
      problems.push({
        ...place,
        message:
          claimant.kind === 'lesson'
            ? `L’id « ${id} » est listé dans previousIds alors que ${carrier} le porte encore : retirez-le de previousIds.`
            : `L’ancien id «\u00a0${id}\u00a0» est listé dans les previousIds ${claimant.of} alors que ${carrier} le porte encore\u00a0: un ancien id ne peut pas être un id actuel, retirez-le de previousIds.`,
      });
    } else if (earlier === undefined) {
      claims.set(id, claimant);
    } else if (earlier.list !== claimant.list) {
      problems.push({
        ...place,
        message:
          claimant.kind === 'lesson'
            ? `L’ancien id « ${id} » est déjà repris par ${earlier.by} : une seule leçon peut reprendre la progression d’un ancien id, retirez-le d’ici.`
            : `L’ancien id «\u00a0${id}\u00a0» est déjà repris par ${earlier.by}\u00a0: un seul quiz peut reprendre la progression d’un ancien id, retirez-le des previousIds ${claimant.of}.`,
      });
    }
  };
  for (const lesson of lessons) {
    lesson.previousIds.forEach((id, index) => {
      const place = { file: lesson.file, ...frontmatterPosition(lesson, ['previousIds', index]), message: '' };
      claim(id, { kind: 'lesson', by: lesson.file, of: `de ${lesson.file}`, list: lesson.file }, place);
    });
    for (const block of lessonQuizBlocks(lesson)) {
      const yaml = block.yaml;
      if (!yaml) continue;
      const quiz = yaml.id === null ? null : `quiz «\u00a0${yaml.id}\u00a0» de ${lesson.file}`;
      const claimant: Claim = {
        kind: 'quiz',
        by: quiz === null ? `un quiz de ${lesson.file}` : `le ${quiz}`,
        of: quiz === null ? `d’un quiz de ${lesson.file}` : `du ${quiz}`,
        list: `${lesson.file}:${block.line}`,
      };
      for (const previous of yaml.previousIds) {
        const place = { file: lesson.file, ...quizPosition(block, previous.start), message: '' };
        claim(previous.value, claimant, place);
      }
    }
  }

  const text = input.sources.get(KNOWN_IDS_FILE);
  if (text === undefined) return problems;
  const known = readKnownIds(text);
  if (known === null) {
    problems.push({
      file: KNOWN_IDS_FILE,
      line: 1,
      column: 1,
      message: `Ce fichier doit lister en JSON les ids publiés, { "lessons": […], "quizzes": […] }, chaque id entre guillemets\u00a0: régénérez-le avec ${UPDATE_COMMAND}.`,
    });
    return problems;
  }
  const lessonMessage = (id: string, what: string) =>
    `L’id « ${id} » a été publié mais plus aucune leçon ni aucun quiz ne le porte, ce qui rendrait orpheline la progression des apprenants : rétablissez-le, ou ajoutez-le aux previousIds ${what} qui le remplace.`;
  if (known.format === 'list') {
    for (const id of known.ids) {
      if (lessonCarriers.has(id) || quizCarriers.has(id) || claims.has(id)) continue;
      problems.push({
        file: KNOWN_IDS_FILE,
        ...lineOf(text, id),
        message: lessonMessage(id, 'de la leçon ou du quiz'),
      });
    }
    return problems;
  }
  for (const id of known.lessons) {
    if (lessonCarriers.has(id) || claims.get(id)?.kind === 'lesson') continue;
    problems.push({ file: KNOWN_IDS_FILE, ...lineOf(text, id, 'lessons'), message: lessonMessage(id, 'de la leçon') });
  }
  // Quizzes released since the last update: the likely new name of a vanished quiz id.
  const released = new Set(known.quizzes);
  const newQuizzes = quizPlaces.filter((place) => !released.has(place.id));
  const suggestion =
    newQuizzes.length > 0 && newQuizzes.length <= MAX_SUGGESTIONS
      ? ` (peut-être ${newQuizzes.map((place) => `«\u00a0${place.id}\u00a0», ${place.file}:${place.line}`).join(', ou ')})`
      : '';
  for (const id of known.quizzes) {
    if (quizCarriers.has(id) || claims.get(id)?.kind === 'quiz') continue;
    problems.push({
      file: KNOWN_IDS_FILE,
      ...lineOf(text, id, 'quizzes'),
      message: `L’id de quiz «\u00a0${id}\u00a0» a été publié mais plus aucun quiz ne le porte, ce qui ferait perdre aux apprenants leurs tentatives, leurs notes et leurs examens réussis\u00a0: rétablissez-le, ou ajoutez la ligne previousIds: [${id}] au bloc quiz qui le remplace${suggestion}.`,
    });
  }
  problems.push(...checkKnownLabIds(input, text, known.labs ?? []));
  return problems;
}

/**
 * Lab ids follow the same rule: a released lab id that no lab carries nor claims in its
 * `previousIds` would orphan the learners' steps and sessions.
 */
function checkKnownLabIds(input: CheckInput, text: string, released: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const carriers = new Set<string>();
  const claimed = new Map<string, string>();
  for (const lesson of input.content.lessons) {
    for (const lab of lesson.labs) carriers.add(lab.id);
  }
  for (const lesson of input.content.lessons) {
    for (const lab of lesson.labs) {
      for (const previous of lab.previousIds) {
        const place = { file: lesson.file, line: lab.line + 1, column: 1 };
        if (carriers.has(previous)) {
          problems.push({
            ...place,
            message: `L’ancien id «\u00a0${previous}\u00a0» est listé dans les previousIds du lab «\u00a0${lab.id}\u00a0» alors qu’un lab le porte encore\u00a0: retirez-le de previousIds.`,
          });
        } else if (claimed.has(previous)) {
          problems.push({
            ...place,
            message: `L’ancien id «\u00a0${previous}\u00a0» est déjà repris par le lab «\u00a0${claimed.get(previous) ?? ''}\u00a0»\u00a0: un seul lab peut reprendre la progression d’un ancien id.`,
          });
        } else claimed.set(previous, lab.id);
      }
    }
  }
  for (const id of released) {
    if (carriers.has(id) || claimed.has(id)) continue;
    problems.push({
      file: KNOWN_IDS_FILE,
      ...lineOf(text, id, 'labs'),
      message: `L’id de lab «\u00a0${id}\u00a0» a été publié mais plus aucun lab ne le porte, ce qui ferait perdre aux apprenants leurs étapes réussies et leur session\u00a0: rétablissez-le, ou ajoutez la ligne previousIds: [${id}] au bloc lab qui le remplace.`,
    });
  }
  return problems;
}
