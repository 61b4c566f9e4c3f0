/**
 * Markdown images `![alt](src)` exist and describe themselves: an absolute
 * `src` is looked up in `public/`, a relative one next to the lesson file, and
 * the alt text must not be empty (screen readers read it in place of the image).
 * The file must be an image whose size can be read: the build writes it into the
 * page (`width`, `height`) so nothing moves while the image loads.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { imageSize } from 'image-size';
import { lessonsToCheck, positionInFile, proseOf, type CheckInput } from './check-input';
import type { ContentProblem } from './problems';
import { decodeUrlText } from '../shared/small-utils';

/** The project file an image URL points to, or null for external images. */
export function imageFile(lessonFile: string, url: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  const path = decodeUrlText(url.replace(/[?#].*$/, ''));
  if (path.startsWith('/')) return posix.normalize(`public${path}`);
  return posix.normalize(posix.join(posix.dirname(lessonFile), path));
}

/** Whether the build can read the image's width and height (see rehype-images.ts). */
export function hasReadableSize(path: string): boolean {
  try {
    const { width, height } = imageSize(readFileSync(path));
    return width > 0 && height > 0;
  } catch {
    return false;
  }
}

export function checkImages(input: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const lesson of lessonsToCheck(input)) {
    for (const image of proseOf(input, lesson.file).images) {
      const place = positionInFile(input, lesson.file, image.offset);
      const report = (message: string) => problems.push({ file: lesson.file, ...place, message });
      if (image.alt.trim() === '') {
        report(
          `L’image « ${image.url} » n’a pas de texte alternatif : décrivez-la entre les crochets, ![ce que montre l’image](${image.url}).`,
        );
      }
      const file = imageFile(lesson.file, image.url);
      if (file !== null && !input.files.has(file)) {
        report(
          `L’image « ${image.url} » est introuvable (fichier ${file} absent) : corrigez le chemin ou ajoutez le fichier.`,
        );
      } else if (file !== null && !hasReadableSize(join(input.content.root, file))) {
        report(
          `La taille de l’image « ${image.url} » est illisible (fichier ${file}) : ce doit être un PNG, JPEG, GIF, WebP ou AVIF, ou un SVG qui porte width et height ou un viewBox ; sinon la page bouge pendant son chargement. Exportez l’image à nouveau.`,
        );
      }
    }
  }
  return problems;
}
