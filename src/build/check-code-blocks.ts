/**
 * Code blocks name a language the site knows how to show: an unknown one would be
 * displayed without highlighting and usually hides a typo (```dokerfile).
 */
import type { CheckInput } from './check-input.ts';
import type { ContentProblem } from './problems.ts';

/** The languages of the authoring guide, plus the others the highlighter (rehype-code.ts) accepts. */
export const codeLanguages = [
  'dockerfile',
  'yaml',
  'json',
  'shell',
  'promql',
  'text',
  'ini',
  'nginx',
  'php',
  'bash',
  'sh',
  'console',
  'shellsession',
  'yml',
  'docker',
  'javascript',
  'js',
  'typescript',
  'ts',
  'html',
  'python',
  'toml',
  'diff',
  'xml',
  'sql',
] as const;

export function checkCodeBlocks(input: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const known: readonly string[] = codeLanguages;
  for (const lesson of input.content.lessons) {
    for (const block of lesson.analysis.codeBlocks) {
      if (block.lang === null || known.includes(block.lang)) continue;
      problems.push({
        file: lesson.file,
        line: block.line,
        column: 1,
        message: `Le langage de bloc de code « ${block.lang} » est inconnu : utilisez dockerfile, yaml, json, shell, promql, text, ini, nginx ou php (ou quiz pour un quiz).`,
      });
    }
  }
  return problems;
}
