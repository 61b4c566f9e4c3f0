// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseLesson } from '../content/lesson-analysis';
import { listLessons } from '../../features/course/outline';
import { loadContent } from '../content/content-loader';
import { noBuildCache } from '../shared/build-cache';
import { lessonMdxPlugin } from './lesson-mdx';
import { keepParsedLessons, takeParsedLesson } from './parsed-lessons';

const root = `${resolve(__dirname, '../../..')}/`;

afterEach(() => keepParsedLessons(false));

describe('a lesson parsed once per build', () => {
  it('keeps nothing unless a build asks for it', () => {
    const source = '---\ntitle: Essai\n---\n\n# Titre\n';
    analyseLesson(source);
    expect(takeParsedLesson(source)).toBeUndefined();
  });

  it('hands the analysis tree to the compiler once', () => {
    keepParsedLessons();
    const source = '---\ntitle: Essai\n---\n\n# Titre\n\nDu texte.\n';
    analyseLesson(source);
    const tree = takeParsedLesson(source);
    expect(tree?.type).toBe('root');
    expect(tree?.children.map((node) => node.type)).toEqual(['yaml', 'heading', 'paragraph']);
    expect(takeParsedLesson(source)).toBeUndefined();
  });

  it('compiles every lesson of the course to the same module from the kept tree as from its text', async () => {
    const content = loadContent(root, { includeDrafts: false });
    const plugin = lessonMdxPlugin({
      root,
      base: '/',
      command: 'build',
      cache: noBuildCache,
      getGlossary: () => content.glossary,
    });
    const compile = plugin.transform as unknown as (code: string, id: string) => Promise<{ code: string }>;
    const lessons = listLessons(content.outline);
    expect(lessons.length).toBeGreaterThan(30);
    for (const lesson of lessons) {
      const file = join(root, 'content', lesson.moduleSlug, `${lesson.slug}.mdx`);
      const source = readFileSync(file, 'utf8');
      const fromText = await compile(source, file);
      keepParsedLessons();
      analyseLesson(source);
      const fromTree = await compile(source, file);
      // The compiler took the tree: it did not parse the text again.
      expect(takeParsedLesson(source)).toBeUndefined();
      keepParsedLessons(false);
      expect(fromTree.code, lesson.path).toBe(fromText.code);
    }
  });
});
