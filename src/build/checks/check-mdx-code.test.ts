// @vitest-environment node
import { expect, test } from 'vitest';
import { checkMdxCode } from './check-mdx-code';
import { formatProblem } from './problems';
import { checkInputFor, lessonFile } from '../shared/temp-tree';

test('comments pass; expressions and import lines are reported where they start', () => {
  const body = '## Ici\n\n{/* une note pour les auteurs */}\n\nLa valeur {nom} change.\n\nimport X from "x"\n';
  const input = checkInputFor({ 'content/demo/lecon.mdx': lessonFile({ id: 'demo-lecon', body }) });
  expect(checkMdxCode(input).map(formatProblem)).toEqual([
    'content/demo/lecon.mdx:16:11  Les accolades {nom} seraient exécutées comme du code JavaScript : écrivez \\{ et \\} dans le texte, mettez le passage entre accents graves, ou écrivez un commentaire {/* … */}.',
    'content/demo/lecon.mdx:18:1  Les lignes import et export ne sont pas permises dans une leçon : retirez-la, les composants Callout, Figure, Terme et Diagram sont fournis sans import.',
  ]);
});
