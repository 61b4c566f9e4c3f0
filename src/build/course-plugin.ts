/**
 * The Vite plugin that turns `content/` into the course:
 * - `virtual:course-outline`: modules and lessons without bodies (home page, sidebar), and the
 *   quizzes' renames (old id → current id) that the progress store applies at start;
 * - `virtual:course-lessons`: one lazy import per lesson, so each body is its own chunk;
 * - `virtual:glossary`: the glossary with the lessons that use each term.
 * Content problems fail the build with every `file:line:col message`; in development
 * they are printed and shown in the overlay while the rest of the course keeps working,
 * and any change under `content/` (a new lesson too) reloads the outline.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { readCheckInput } from './check-input.ts';
import { runChecks } from './content-checks.ts';
import { loadContent, type LoadedContent } from './content-loader.ts';
import { formatProblemReport } from './problems.ts';

const OUTLINE_ID = 'virtual:course-outline';
const LESSONS_ID = 'virtual:course-lessons';
const GLOSSARY_ID = 'virtual:glossary';
const virtualIds = [OUTLINE_ID, LESSONS_ID, GLOSSARY_ID];

export interface CoursePluginOptions {
  root: string;
  /** Called whenever the content is (re)loaded, e.g. so the MDX transform sees the current glossary. */
  onLoad?: (content: LoadedContent) => void;
}

export function glossaryWithUsages(content: LoadedContent) {
  const published = new Set(content.outline.modules.flatMap((module) => module.lessons.map((lesson) => lesson.id)));
  return content.glossary.map((entry) => ({
    ...entry,
    lessons: content.lessons
      .filter((lesson) => published.has(lesson.meta.id))
      .filter((lesson) => lesson.analysis.jsx.some((use) => use.name === 'Terme' && use.attributes.id === entry.id))
      .map((lesson) => ({ path: lesson.meta.path, title: lesson.meta.title })),
  }));
}

export function coursePlugin(options: CoursePluginOptions): Plugin {
  let content: LoadedContent | null = null;
  let isBuild = false;
  let server: ViteDevServer | null = null;

  const load = () => {
    content = loadContent(options.root, { includeDrafts: !isBuild });
    options.onLoad?.(content);
    return content;
  };
  const current = () => content ?? load();

  const reportInDev = (loaded: LoadedContent) => {
    if (!server) return;
    // In development the whole checker runs (links, typography, syllabus…), as `npm run check:content` would.
    const problems = runChecks(readCheckInput(loaded));
    if (problems.length === 0) return;
    const report = formatProblemReport(problems);
    server.config.logger.error(`\n${report}\n`, { timestamp: true });
    const first = problems[0];
    server.ws.send({
      type: 'error',
      err: {
        message: report,
        stack: '',
        plugin: 'cours-docker:content',
        ...(first
          ? {
              id: resolve(options.root, first.file),
              loc: { file: resolve(options.root, first.file), line: first.line, column: first.column },
            }
          : {}),
      },
    });
  };

  return {
    name: 'cours-docker:content',
    enforce: 'pre',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    buildStart() {
      const loaded = load();
      if (isBuild && loaded.problems.length > 0) {
        this.error(`Le contenu du cours a des erreurs :\n${formatProblemReport(loaded.problems)}`);
      }
      for (const lesson of loaded.lessons) this.addWatchFile(lesson.absPath);
    },
    configureServer(devServer) {
      server = devServer;
      const contentDir = resolve(options.root, 'content');
      devServer.watcher.add(contentDir);
      const handleChange = (path: string) => {
        if (!path.startsWith(contentDir)) return;
        const before = JSON.stringify([content?.outline, content?.glossary]);
        const loaded = load();
        reportInDev(loaded);
        if (JSON.stringify([loaded.outline, loaded.glossary]) === before) return;
        for (const id of virtualIds) {
          const module = devServer.moduleGraph.getModuleById(`\0${id}`);
          if (module) devServer.moduleGraph.invalidateModule(module);
        }
        devServer.ws.send({ type: 'full-reload' });
      };
      devServer.watcher.on('add', handleChange);
      devServer.watcher.on('unlink', handleChange);
      devServer.watcher.on('change', handleChange);
      reportInDev(current());
    },
    resolveId(id) {
      return virtualIds.includes(id) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith('\0virtual:')) return null;
      const loaded = current();
      if (id === `\0${OUTLINE_ID}`) {
        return `export const outline = ${JSON.stringify(loaded.outline)};`;
      }
      if (id === `\0${LESSONS_ID}`) {
        const entries = loaded.outline.modules.flatMap((module) =>
          module.lessons.map((lesson) => {
            const file = resolve(options.root, 'content', lesson.moduleSlug, `${lesson.slug}.mdx`);
            return `  ${JSON.stringify(lesson.id)}: () => import(${JSON.stringify(file)}),`;
          }),
        );
        return `export const lessonLoaders = {\n${entries.join('\n')}\n};`;
      }
      if (id === `\0${GLOSSARY_ID}`) {
        return `export const glossary = ${JSON.stringify(glossaryWithUsages(loaded))};`;
      }
      return null;
    },
  };
}
