/**
 * One version per image across the course: when the same image repository is
 * written with two different tags (`redis:8-alpine` here, `redis:7.4-alpine`
 * there), the learner cannot tell whether the difference matters, and copied
 * commands pull two images. Every reference whose tag differs from the one the
 * course uses most for that repository is reported at its place.
 *
 * A lesson that shows several versions on purpose (pinning, tags, update bots)
 * lists the repositories in its frontmatter, `severalImageTags: [nginx]`: their
 * references in that lesson are left out, and an entry that no longer matches
 * two tags in the lesson is reported so the opt-out does not outlive its reason.
 *
 * A reference is `repository:tag` in any text of a lesson (prose, code, quiz).
 * A tag made only of digits is read as an image tag only on a line that names
 * an image (`FROM`, `image:`, a `docker run|pull|…` command), so `php:9000` or
 * `localhost:8080` in a URL-like text are not taken for images.
 */
import { frontmatterPosition, positionInFile, type CheckInput } from './check-input';
import type { LoadedLesson } from '../content/content-loader';
import type { ContentProblem } from './problems';

/** Where a reference is written, and what it names once Docker Hub's defaults are removed. */
export interface ImageReference {
  repository: string;
  tag: string;
  /** Offset of the reference in the text it was read from. */
  offset: number;
}

const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
// optional registry (a host with a dot or a port, or localhost), path components, then `:tag`
const REFERENCE = new RegExp(
  `(?<![\\p{L}\\p{N}_.\\/:@$=-])((?:(?:[a-z0-9-]+(?:\\.[a-z0-9-]+)+|localhost)(?::\\d+)?\\/)?${COMPONENT}(?:\\/${COMPONENT})*):([\\w](?:[\\w.-]{0,126}[\\w])?)(?![\\p{L}\\p{N}_:\\/]|\\.[\\p{L}\\p{N}])`,
  'gu',
);
/** A line that names an image, where `redis:8` is an image and not a host and port. */
const IMAGE_LINE =
  /^\s*(?:FROM\s|-?\s*image:|.*\bdocker\s+(?:container\s+|image\s+)?(?:run|create|pull|push|tag|history|inspect|rmi|save|scout\s+\w+)\b)/i;
/**
 * `USER app:app`, `--user node:node`, `chown app:app`: a user and a group; `-v nom:/chemin`: a mount;
 * `--network container:web`, `--security-opt no-new-privileges:true`: an option's own value.
 */
const NOT_AN_IMAGE_BEFORE =
  /(?:\bUSER|--user|(?:^|[^\w-])-[uv]|\bchown|--chown|--volume|--network|--net|--pid|--ipc|--security-opt)\s+$/;

function normalizeRepository(name: string): string {
  return name.replace(/^(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
}

/** The image references written in a text, in order. */
export function findImageReferences(text: string): ImageReference[] {
  const references: ImageReference[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    const [, name = '', tag = ''] = match;
    const offset = match.index;
    const lastComponent = name.slice(name.lastIndexOf('/') + 1);
    // a repository starts with a letter (8080:80, 10:42 are not images); sha256:… is a digest
    if (!/^[a-z]/.test(lastComponent) || /^sha\d+$/.test(name)) continue;
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    const before = text.slice(lineStart, offset);
    if (NOT_AN_IMAGE_BEFORE.test(before)) continue;
    if (/^\d+$/.test(tag)) {
      const lineEnd = text.indexOf('\n', offset);
      if (!IMAGE_LINE.test(text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd))) continue;
    }
    references.push({ repository: normalizeRepository(name), tag, offset });
  }
  return references;
}

/** The repositories a lesson shows in several versions on purpose, with their place in the frontmatter. */
function severalImageTags(lesson: LoadedLesson): { repository: string; index: number }[] {
  const value = lesson.analysis.frontmatter?.value;
  if (typeof value !== 'object' || value === null || !('severalImageTags' in value)) return [];
  const list: unknown = value.severalImageTags;
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry, index) => (typeof entry === 'string' ? [{ repository: entry, index }] : []));
}

interface Occurrence extends ImageReference {
  file: string;
  line: number;
  column: number;
}

/** The tag the course uses most for each repository; on a tie, the one met first. */
function mainTags(occurrences: Occurrence[]): Map<string, { tag: string; uses: Occurrence[] }> {
  const byRepository = new Map<string, Map<string, Occurrence[]>>();
  for (const occurrence of occurrences) {
    const tags = byRepository.get(occurrence.repository) ?? new Map<string, Occurrence[]>();
    tags.set(occurrence.tag, [...(tags.get(occurrence.tag) ?? []), occurrence]);
    byRepository.set(occurrence.repository, tags);
  }
  const mains = new Map<string, { tag: string; uses: Occurrence[] }>();
  for (const [repository, tags] of byRepository) {
    let main: { tag: string; uses: Occurrence[] } | null = null;
    for (const [tag, uses] of tags) if (main === null || uses.length > main.uses.length) main = { tag, uses };
    if (main) mains.set(repository, main);
  }
  return mains;
}

export function checkImageTags(input: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const held: Occurrence[] = [];
  const exempted: { lesson: LoadedLesson; repository: string; index: number; tags: Set<string> }[] = [];

  for (const lesson of input.content.lessons) {
    const references = findImageReferences(input.sources.get(lesson.file) ?? '');
    const exempt = severalImageTags(lesson).map((entry) => ({ ...entry, name: normalizeRepository(entry.repository) }));
    for (const { repository, index, name } of exempt) {
      const tags = new Set(references.filter((ref) => ref.repository === name).map((ref) => ref.tag));
      exempted.push({ lesson, repository, index, tags });
    }
    const exemptNames = new Set(exempt.map((entry) => entry.name));
    for (const reference of references) {
      if (exemptNames.has(reference.repository)) continue;
      held.push({ ...reference, file: lesson.file, ...positionInFile(input, lesson.file, reference.offset) });
    }
  }

  const mains = mainTags(held);
  for (const occurrence of held) {
    const main = mains.get(occurrence.repository);
    if (!main || occurrence.tag === main.tag) continue;
    const first = main.uses[0];
    const where = first ? `, d’abord ${first.file}:${first.line}` : '';
    problems.push({
      file: occurrence.file,
      line: occurrence.line,
      column: occurrence.column,
      message: `L’image « ${occurrence.repository} » est ici en version « ${occurrence.tag} », mais le cours utilise « ${occurrence.repository}:${main.tag} » (${main.uses.length} fois${where}) : gardez une seule version par image dans tout le cours, ou, si la leçon montre exprès plusieurs versions, ajoutez « ${occurrence.repository} » à severalImageTags dans son en-tête.`,
    });
  }

  // an opt-out stays only while the lesson writes the image in a version the rule would report
  for (const { lesson, repository, index, tags } of exempted) {
    const main = mains.get(normalizeRepository(repository))?.tag;
    const other = [...tags].some((tag) => tag !== main) && (main !== undefined || tags.size > 1);
    if (other) continue;
    problems.push({
      file: lesson.file,
      ...frontmatterPosition(lesson, ['severalImageTags', index]),
      message: `severalImageTags liste « ${repository} », mais la leçon n’écrit cette image ${tags.size === 0 ? 'nulle part' : 'que dans la version du cours'} : retirez « ${repository} » de la liste.`,
    });
  }
  return problems;
}
