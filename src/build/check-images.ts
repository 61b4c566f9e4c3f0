/**
 * Markdown images `![alt](src)` exist and describe themselves: an absolute
 * `src` is looked up in `public/`, a relative one next to the lesson file, and
 * the alt text must not be empty (screen readers read it in place of the image).
 */
import { posix } from 'node:path';
import { positionInFile, proseOf, type CheckInput } from './check-input.ts';
import type { ContentProblem } from './problems.ts';

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The project file an image URL points to, or null for external images. */
export function imageFile(lessonFile: string, url: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  const path = decode(url.replace(/[?#].*$/, ''));
  if (path.startsWith('/')) return posix.normalize(`public${path}`);
  return posix.normalize(posix.join(posix.dirname(lessonFile), path));
}

export function checkImages(input: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const lesson of input.content.lessons) {
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
      }
    }
  }
  return problems;
}
