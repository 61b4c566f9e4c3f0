/**
 * Small content trees written to a temporary directory, for the checks' tests:
 * each test states the few files it needs and gets the checker's input back.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { onTestFinished } from 'vitest';
import { readCheckInput, type CheckInput } from '../checks/check-input';
import { loadContent } from '../content/content-loader';

/** A real 48×32 PNG, for trees whose lessons show an image. */
export const samplePng: Uint8Array = readFileSync(
  resolve(import.meta.dirname, '../../../tests/fixtures/images/public/images/schema.png'),
);

/** Writes the files under a new temporary root, removed when the current test finishes (call it inside a test). */
export function writeTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'cours-docker-content-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export interface LessonOptions {
  id: string;
  order?: number;
  topics?: string[];
  draft?: boolean;
  previousIds?: string[];
  body?: string;
}

/** A valid lesson file with the given body (the frontmatter takes lines 1 to 10, or more with options). */
export function lessonFile(options: LessonOptions): string {
  const lines = [
    '---',
    `id: ${options.id}`,
    'title: Une leçon',
    'description: Une leçon de test.',
    `order: ${options.order ?? 1}`,
    'duration: 10',
    'objectives:',
    '  - Tester le vérificateur.',
    `topics: [${(options.topics ?? []).join(', ')}]`,
  ];
  if (options.draft) lines.push('draft: true');
  if (options.previousIds) lines.push(`previousIds: [${options.previousIds.join(', ')}]`);
  lines.push('---', '', options.body ?? '## Une section\n\nDu texte.\n');
  return lines.join('\n');
}

export const demoModule = 'id: demo\ntitle: Démo\norder: 1\nsummary: Un module de test.\n';

/** Writes the files (plus `content/demo/module.yaml`) and returns what the checks read. */
export function checkInputFor(files: Record<string, string | Uint8Array>): CheckInput {
  const root = writeTree({ 'content/demo/module.yaml': demoModule, ...files });
  return readCheckInput(loadContent(root, { includeDrafts: true }));
}
