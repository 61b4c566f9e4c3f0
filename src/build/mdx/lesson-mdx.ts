/**
 * The MDX plugin that compiles lessons, through the build cache (cached-transform.ts). A lesson
 * the build's analysis has just parsed starts from that tree (parsed-lessons.ts).
 */
import mdx from '@mdx-js/rollup';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Glossary } from '../content/content-schema';
import type { BuildCache } from '../shared/build-cache';
import { withCachedTransform } from './cached-transform';
import { remarkParsedLessons } from './parsed-lessons';
import { rehypeCode } from './rehype-code';
import { rehypeImages } from './rehype-images';
import { remarkCourse } from './remark-course';

export interface LessonMdxOptions {
  /** The project's root, with its trailing slash. */
  root: string;
  base: string;
  command: 'build' | 'serve';
  cache: BuildCache;
  getGlossary: () => Glossary;
}

export function lessonMdxPlugin({ root, base, command, cache, getGlossary }: LessonMdxOptions) {
  return withCachedTransform(
    mdx({
      providerImportSource: '@mdx-js/react',
      // The development JSX runtime only in the dev server: a build in any mode is prerendered
      // by the production React, which has no `jsxDEV`.
      development: command === 'serve',
      // Source maps only in the dev server: the build writes none (vite.config.ts), and making them
      // costs a tenth of a lesson's compilation.
      ...(command === 'build' ? { SourceMapGenerator: undefined } : {}),
      remarkPlugins: [
        remarkParsedLessons,
        remarkFrontmatter,
        remarkGfm,
        [remarkCourse, { diagramsDir: `${root}src/diagrams`, getGlossary }],
      ],
      rehypePlugins: [rehypeCode, [rehypeImages, { root, base }]],
    }),
    // Whatever else the compilation reads: the glossary, the base path, the mode.
    { root, cache, context: () => `${base}\0${command}\0${JSON.stringify(getGlossary())}` },
  );
}
