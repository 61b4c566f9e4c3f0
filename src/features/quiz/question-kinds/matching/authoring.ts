/** matching: left[i] goes with right[i]; the right column is shown shuffled. */
import { z } from 'zod';
import { authoredBase, authoredText, capitalize, plural, questionBase } from '../authoring-parts';
import type { JsonValue } from '../../../../lib/quiz-records';
import { expectedAnswer } from './matching';
import { defineAuthoring } from '../question-kind';

export const matchingAuthoring = defineAuthoring({
  authored: z.strictObject({
    ...authoredBase,
    type: z.literal('matching'),
    left: z.array(authoredText),
    right: z.array(authoredText),
  }),
  question: z.object({
    ...questionBase,
    type: z.literal('matching'),
    left: z.array(z.string()),
    right: z.array(z.string()),
  }),
  normalise: (authored, base) => ({ ...base, type: 'matching' as const, left: authored.left, right: authored.right }),
  expectedAnswer: (question): JsonValue => expectedAnswer(question),
  check: (question, { at, name, report }) => {
    if (question.left.length !== question.right.length) {
      report(
        at('right'),
        `${capitalize(name)} a ${plural(question.left.length, 'élément')} dans \`left\` et ${question.right.length} dans \`right\` : les deux listes doivent avoir la même longueur (left[i] va avec right[i]).`,
      );
    }
    if (Math.min(question.left.length, question.right.length) < 2) {
      report(at('left'), `${capitalize(name)} doit avoir au moins 2 paires : complétez \`left\` et \`right\`.`);
    }
  },
  exchange: {
    gift: (question, { title, stem, general, escape }) =>
      `${title}${stem} {\n${question.left
        .map((left, index) => `  =${escape(left)} -> ${escape(question.right[index] ?? '')}`)
        .join('\n')}\n  ${general}\n}`,
    moodleXml: (question, { head, text, escape }) => `${head('matching')}
    <shuffleanswers>true</shuffleanswers>
${question.left
  .map(
    (left, index) =>
      `    <subquestion format="markdown">${text(left)}<answer><text>${escape(question.right[index] ?? '')}</text></answer></subquestion>`,
  )
  .join('\n')}
  </question>`,
  },
});
