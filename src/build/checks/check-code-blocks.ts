/**
 * Code blocks name a language the site knows how to show: an unknown one would be
 * displayed without highlighting and usually hides a typo (```dokerfile).
 */
import { lessonsToCheck, type CheckInput } from './check-input';
import { codeLanguages, guideLanguages } from '../mdx/code-languages';
import type { ContentProblem } from './problems';

/** « dockerfile, yaml, … ou php »: the guide's languages, as the message offers them. */
const offered = `${guideLanguages.slice(0, -1).join(', ')} ou ${guideLanguages.at(-1) ?? ''}`;

export function checkCodeBlocks(input: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const lesson of lessonsToCheck(input)) {
    for (const block of lesson.analysis.codeBlocks) {
      if (block.lang === null || codeLanguages.includes(block.lang)) continue;
      problems.push({
        file: lesson.file,
        line: block.line,
        column: 1,
        message: `Le langage de bloc de code « ${block.lang} » est inconnu : utilisez ${offered} (ou quiz pour un quiz, lab pour un lab).`,
      });
    }
  }
  return problems;
}
