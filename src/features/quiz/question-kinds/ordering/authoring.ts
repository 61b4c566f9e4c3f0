/** ordering: items written in the right order, shown shuffled. */
import { z } from 'zod';
import { authoredBase, authoredText, capitalize, questionBase } from '../authoring-parts';
import type { JsonValue } from '../../../../lib/quiz-records';
import { expectedAnswer } from './ordering';
import { defineAuthoring } from '../question-kind';

/**
 * An ordering prompt asking for a bottom-to-top order fights its own list: the list is shown, arranged
 * and graded from top to bottom, so the base of a stack naturally goes last.
 */
const bottomToTop = /\b(?:du|de) bas (?:vers le|en|jusqu[’']en) haut\b|\bbottom[ -]to[ -]top\b/iu;

function countItems(count: number): string {
  if (count === 0) return 'n’a aucun élément';
  if (count === 1) return 'n’a qu’un élément';
  return `n’a que ${count} éléments`;
}

export const orderingAuthoring = defineAuthoring({
  authored: z.strictObject({ ...authoredBase, type: z.literal('ordering'), items: z.array(authoredText) }),
  question: z.object({ ...questionBase, type: z.literal('ordering'), items: z.array(z.string()) }),
  normalise: (authored, base) => ({ ...base, type: 'ordering' as const, items: authored.items }),
  expectedAnswer: (question): JsonValue => expectedAnswer(question),
  check: (question, { at, name, report }) => {
    if (question.items.length < 3) {
      report(
        at('items'),
        `${capitalize(name)} ${countItems(question.items.length)} : il en faut au moins 3 dans \`items\`, écrits dans le bon ordre.`,
      );
    }
    const upward = bottomToTop.exec(question.prompt);
    if (upward) {
      report.inText(
        at('prompt'),
        upward.index,
        `La consigne de ${name} demande un ordre «\u00a0${upward[0]}\u00a0», mais la liste se range et se corrige de haut en bas (le premier élément de \`items\` est en haut)\u00a0: l’apprenant qui met la base en bas est compté faux. Écrivez \`items\` du haut vers le bas et dites-le dans la consigne, par exemple «\u00a0du haut vers le bas\u00a0: le matériel tout en bas\u00a0».`,
      );
    }
  },
  exchange: {
    gift: () => ({ skip: 'GIFT n’a pas de question à remettre dans l’ordre' }),
    moodleXml: (question, { head, text }) => `${head('ordering')}
    <layouttype>VERTICAL</layouttype>
    <selecttype>ALL</selecttype>
    <gradingtype>ABSOLUTE_POSITION</gradingtype>
${question.items.map((item, index) => `    <answer fraction="${index + 1}" format="markdown">${text(item)}</answer>`).join('\n')}
  </question>`,
  },
});
