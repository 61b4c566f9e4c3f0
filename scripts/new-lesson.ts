/**
 * `npm run new:lesson -- <module> "<Titre>" [--root <dir>]`: creates
 * content/<module>/<slug>.mdx, a draft with a valid frontmatter (a fresh id, and the
 * place before the module's practice page and exam, which move one place down) and a
 * commented template showing each component, then prints its path and its address.
 * Never overwrites a file; refuses an unknown module.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KNOWN_IDS_FILE, parseKnownIds } from '../src/build/checks/check-known-ids';
import { frontmatterPosition, loadContent } from '../src/build/content/content-loader';
import { fixTypography } from '../src/build/checks/french-typography';
import {
  freshId,
  lessonTemplate,
  modulePrefix,
  newLessonOrder,
  slugifyTitle,
  withOrder,
} from '../src/build/content/lesson-template';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const usage = 'Usage : npm run new:lesson -- <module> "<Titre de la leçon>" [--root <dossier>]';
const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const rootArg = rootAt === -1 ? '.' : args[rootAt + 1];
if (rootArg === undefined) fail(`--root attend un dossier.\n${usage}`);
const positional = args.filter((_, index) => rootAt === -1 || (index !== rootAt && index !== rootAt + 1));
const [moduleSlug, title] = positional;
if (positional.length !== 2 || !moduleSlug || !title?.trim()) fail(usage);

const root = resolve(rootArg);
const content = loadContent(root, { includeDrafts: true });
const moduleFolders = content.outline.modules.map((module) => module.slug);
const module = content.outline.modules.find((candidate) => candidate.slug === moduleSlug);
if (!module) {
  fail(
    `Le module « ${moduleSlug} » n’existe pas : choisissez l’un de ${moduleFolders.join(', ') || '(aucun module)'}.`,
  );
}

const slug = slugifyTitle(title);
if (!slug) fail(`Le titre « ${title} » ne donne aucun nom de fichier : utilisez des lettres ou des chiffres.`);
const file = `content/${module.slug}/${slug}.mdx`;
if (existsSync(join(root, file))) {
  fail(`${file} existe déjà : choisissez un autre titre, ou modifiez ce fichier.`);
}

// Never reuse an id, even a retired one: progress may still be stored under it.
const knownIdsText = existsSync(join(root, KNOWN_IDS_FILE)) ? readFileSync(join(root, KNOWN_IDS_FILE), 'utf8') : '[]';
const taken = new Set([
  ...(parseKnownIds(knownIdsText) ?? []),
  ...content.lessons.flatMap((lesson) => [
    lesson.meta.id,
    ...lesson.previousIds,
    ...lesson.quizzes.map((quiz) => quiz.id),
  ]),
]);
const moduleLessons = content.lessons.filter((lesson) => lesson.meta.moduleSlug === module.slug);
const prefix = modulePrefix(
  module.id,
  moduleLessons.map((lesson) => lesson.meta.id),
);
const id = freshId(`${prefix}-${slug}`, taken);
const quizId = freshId(`quiz-${slug}`, new Set([...taken, id]));
const { order, moved } = newLessonOrder(moduleLessons.map((lesson) => lesson.meta));

writeFileSync(join(root, file), lessonTemplate({ id, quizId, title: fixTypography(title.trim()), order }), {
  flag: 'wx',
});
// The practice page and the exam (and whatever follows them) move one place down, last first.
for (const meta of [...moved].reverse()) {
  const lesson = moduleLessons.find((candidate) => candidate.meta.id === meta.id);
  if (!lesson) continue;
  const { line } = frontmatterPosition(lesson, ['order']);
  writeFileSync(lesson.absPath, withOrder(readFileSync(lesson.absPath, 'utf8'), line, meta.order + 1));
  console.log(`${lesson.file} : order ${meta.order} → ${meta.order + 1}.`);
}
console.log(`Leçon créée : ${file} (id ${id}, order ${order}, brouillon).`);
console.log(`Aperçu : lancez npm run dev puis ouvrez http://localhost:5173/${module.slug}/${slug}`);
