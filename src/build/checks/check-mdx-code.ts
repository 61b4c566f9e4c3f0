/**
 * Lessons hold no JavaScript: in MDX, `{…}` in the text is a JavaScript expression
 * (evaluated when the page renders, so `{nom}` crashes the lesson) and an
 * `import`/`export` line is a module statement. Only comments `{/* … *\/}` are
 * allowed; components are provided without imports.
 */
import { componentNamesAsText } from '../../lib/lesson-components';
import { lessonsToCheck, positionInFile, proseOf, type CheckInput } from './check-input';
import type { ContentProblem } from './problems';

const isComment = (code: string) => /^\s*\/\*[\s\S]*\*\/\s*$/.test(code);

export function checkMdxCode(input: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const lesson of lessonsToCheck(input)) {
    for (const code of proseOf(input, lesson.file).code) {
      if (code.kind === 'expression' && isComment(code.value)) continue;
      problems.push({
        file: lesson.file,
        ...positionInFile(input, lesson.file, code.offset),
        message:
          code.kind === 'esm'
            ? `Les lignes import et export ne sont pas permises dans une leçon : retirez-la, les composants ${componentNamesAsText('et')} sont fournis sans import.`
            : `Les accolades {${code.value.length > 30 ? `${code.value.slice(0, 30)}…` : code.value}} seraient exécutées comme du code JavaScript : écrivez \\{ et \\} dans le texte, mettez le passage entre accents graves, ou écrivez un commentaire {/* … */}.`,
      });
    }
  }
  return problems;
}
