/**
 * Internal links resolve: `/module/lesson` to a lesson (not a draft, from a
 * published lesson), `/module/lesson#anchor` to one of its headings, `#anchor`
 * to a heading of the same lesson, `/glossaire#id` to a glossary term, and any
 * other absolute path to a page of the app (`/`, `/progression`, a module). Links
 * to files are not supported: the router handles every absolute link.
 * External links (`https:`, `mailto:`) are not checked: the course works offline.
 */
import { staticPageList, staticPages } from '../../lib/pages';
import { lessonsToCheck, type CheckInput } from './check-input';
import type { LoadedLesson } from '../content/content-loader';
import type { ContentProblem } from './problems';
import { decodeUrlText } from '../shared/small-utils';

const appPages = new Set(staticPageList.filter((page) => page.linkable).map((page) => page.path));

function listAnchors(lesson: LoadedLesson): string {
  const anchors = lesson.analysis.headings.map((heading) => `#${heading.slug}`);
  return anchors.length > 0 ? anchors.join(', ') : 'aucun titre';
}

export function checkLinks(input: CheckInput): ContentProblem[] {
  const { content } = input;
  const problems: ContentProblem[] = [];
  const lessons = lessonsToCheck(input);
  const lessonsByPath = new Map(lessons.map((lesson) => [lesson.meta.path, lesson]));
  const modules = new Set(lessons.map((lesson) => lesson.meta.moduleSlug));
  const glossaryIds = new Set(content.glossary.map((entry) => entry.id));

  for (const lesson of lessons) {
    const report = (place: { line: number; column: number }, message: string) =>
      problems.push({ file: lesson.file, line: place.line, column: place.column, message });

    for (const link of lesson.analysis.links) {
      const url = link.url;
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) continue;
      const hashAt = url.indexOf('#');
      const path = (hashAt === -1 ? url : url.slice(0, hashAt)).replace(/\?.*$/, '');
      const anchor = hashAt === -1 ? null : decodeUrlText(url.slice(hashAt + 1));

      if (path === '') {
        if (anchor !== null && !lesson.analysis.headings.some((heading) => heading.slug === anchor)) {
          report(
            link,
            `L’ancre « #${anchor} » ne correspond à aucun titre de cette leçon : utilisez l’une de ${listAnchors(lesson)}.`,
          );
        }
        continue;
      }
      if (!path.startsWith('/')) {
        report(
          link,
          `Le lien « ${url} » est relatif : écrivez un chemin absolu depuis la racine du cours, par exemple « /conteneurisation/volumes ».`,
        );
        continue;
      }
      const target = path.length > 1 ? path.replace(/\/+$/, '') : path;
      if (target === staticPages.glossary.path) {
        if (anchor !== null && !glossaryIds.has(anchor)) {
          report(
            link,
            `Le terme « ${anchor} » n’est pas dans content/glossary.yaml : utilisez l’id d’un terme du glossaire ou ajoutez-y le terme.`,
          );
        }
        continue;
      }
      const lessonTarget = lessonsByPath.get(target);
      if (lessonTarget) {
        if (lessonTarget.meta.draft && !lesson.meta.draft) {
          report(
            link,
            `Le lien « ${url} » mène à une leçon brouillon (draft: true), absente de la version publiée : retirez le lien ou publiez la leçon.`,
          );
        } else if (anchor !== null && !lessonTarget.analysis.headings.some((heading) => heading.slug === anchor)) {
          report(
            link,
            `L’ancre « #${anchor} » n’existe pas dans ${target} : utilisez l’une de ${listAnchors(lessonTarget)}.`,
          );
        }
        continue;
      }
      // A lesson that failed to load is reported by the loader; its links are not broken twice.
      if (input.sources.has(`content${target}.mdx`)) continue;
      const segments = target.split('/').filter(Boolean);
      if (appPages.has(target) || (segments.length === 1 && modules.has(segments[0] ?? ''))) continue;
      if (segments.length === 2 && modules.has(segments[0] ?? '')) {
        report(
          link,
          `Le lien « ${url} » ne mène à aucune leçon : le module « ${segments[0] ?? ''} » n’a pas de fichier ${segments[1] ?? ''}.mdx, vérifiez le nom de la leçon.`,
        );
      } else {
        report(
          link,
          `Le lien « ${url} » ne mène à aucune page du cours : visez une leçon (/module/leçon), un module (/module) ou le glossaire (/glossaire#terme).`,
        );
      }
    }
  }
  return problems;
}
