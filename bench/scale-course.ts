/**
 * A larger course for the benchmark's scale mode: extra modules whose lessons are copies of
 * the real ones (same shape: frontmatter, headings, components, diagrams, quizzes), with fresh
 * ids and orders, so the content checker accepts them, until the course has `total` lessons.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GeneratedFile {
  /** Path relative to the project root. */
  path: string;
  text: string;
}

const LESSONS_PER_MODULE = 30;

function listRealLessons(contentDir: string): { module: string; file: string; text: string }[] {
  const lessons: { module: string; file: string; text: string }[] = [];
  for (const entry of readdirSync(contentDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    for (const file of readdirSync(join(contentDir, entry.name))) {
      if (file.endsWith('.mdx'))
        lessons.push({ module: entry.name, file, text: readFileSync(join(contentDir, entry.name, file), 'utf8') });
    }
  }
  return lessons.sort((a, b) => `${a.module}/${a.file}`.localeCompare(`${b.module}/${b.file}`));
}

/** A copy of a real lesson with new lesson, quiz and lab ids (suffixed) and a new order. */
export function cloneLesson(text: string, suffix: string, order: number): string {
  const end = text.indexOf('\n---', 4);
  if (!text.startsWith('---') || end < 0) throw new Error('scale: a lesson without frontmatter');
  const frontmatter = text
    .slice(0, end)
    .replace(/^id: (.+)$/m, (_whole, id: string) => `id: ${id.trim()}-${suffix}`)
    .replace(/^order: \d+$/m, `order: ${order}`)
    .replace(/^previousIds:.*$/m, '');
  // Quiz and lab ids sit at the top level of each block's YAML, unindented; a copy claims no former id.
  const body = text
    .slice(end)
    .replace(
      /^(```(?:quiz|lab)\n(?:[^\n]*\n)*?)id: ([^\n]+)$/gm,
      (_whole, head: string, id: string) => `${head}id: ${id.trim()}-${suffix}`,
    )
    .replace(/^previousIds:[^\n]*\n(?:[ \t]+-[^\n]*\n)*/gm, '');
  return frontmatter + body;
}

/** Files to add to a copy of the project so that its course has `total` lessons. */
export function generateScaledCourse(contentDir: string, total: number): GeneratedFile[] {
  // Plain lessons only: practice and assessment pages have per-module rules of their own.
  const realLessons = listRealLessons(contentDir);
  const sources = realLessons.filter((lesson) => /^kind: lesson$/m.test(lesson.text) || !/^kind:/m.test(lesson.text));
  const real = realLessons.length;
  if (sources.length === 0) throw new Error('scale: no lesson to copy');
  const files: GeneratedFile[] = [];
  const extra = Math.max(0, total - real);
  for (let index = 0; index < extra; index += 1) {
    const moduleNumber = Math.floor(index / LESSONS_PER_MODULE) + 1;
    const slug = `extension-${String(moduleNumber).padStart(2, '0')}`;
    const position = (index % LESSONS_PER_MODULE) + 1;
    if (position === 1) {
      files.push({
        path: `content/${slug}/module.yaml`,
        text: `id: ${slug}\ntitle: Extension ${moduleNumber}\norder: ${100 + moduleNumber}\nsummary: Un module généré pour mesurer le site quand le cours grandit.\n`,
      });
    }
    const source = sources[index % sources.length]!;
    files.push({
      path: `content/${slug}/lecon-${String(position).padStart(2, '0')}.mdx`,
      text: cloneLesson(source.text, `x${index + 1}`, position),
    });
  }
  return files;
}
