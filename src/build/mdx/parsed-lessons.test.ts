// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyseLesson } from '../content/lesson-analysis';
import { listLessons } from '../../features/course/outline';
import { loadContent } from '../content/content-loader';
import { noBuildCache } from '../shared/build-cache';
import { lessonMdxPlugin } from './lesson-mdx';
import { keepParsedLessons, keptParses, takeParsedLesson } from './parsed-lessons';

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

  it('compiles every lesson of the course to the same module from the kept parses as from its text', async () => {
    const glossary = loadContent(root, { includeDrafts: false }).glossary;
    const plugin = lessonMdxPlugin({
      root,
      base: '/',
      command: 'build',
      cache: noBuildCache,
      getGlossary: () => glossary,
    });
    const compile = plugin.transform as unknown as (code: string, id: string) => Promise<{ code: string }>;
    const compileAll = async () => {
      const lessons = listLessons(loadContent(root, { includeDrafts: false }).outline);
      const modules = new Map<string, string>();
      for (const lesson of lessons) {
        const file = join(root, 'content', lesson.moduleSlug, `${lesson.slug}.mdx`);
        modules.set(lesson.path, (await compile(readFileSync(file, 'utf8'), file)).code);
      }
      return modules;
    };
    const fromText = await compileAll();
    expect(fromText.size).toBeGreaterThan(30);
    keepParsedLessons();
    const fromKept = await compileAll();
    // Every tree and quiz parse the loader kept was taken by the compiler, but a draft's (never compiled).
    const kept = keptParses();
    keepParsedLessons(false);
    const drafts = loadContent(root, { includeDrafts: true }).lessons.filter((lesson) => lesson.meta.draft);
    const draftQuizzes = drafts.reduce((count, lesson) => count + lesson.quizzes.length, 0);
    expect(kept).toEqual({ trees: drafts.length, quizzes: draftQuizzes });
    expect(fromKept).toEqual(fromText);
  });
});
