/** short: a typed answer, any of `answers` accepted. */
import { z } from 'zod';
import { authoredBase, authoredText, capitalize, questionBase } from '../authoring-parts';
import type { JsonValue } from '../../../../lib/quiz-records';
import { expectedAnswer } from './short';
import { defineAuthoring } from '../question-kind';

export const shortAuthoring = defineAuthoring({
  authored: z.strictObject({ ...authoredBase, type: z.literal('short'), answers: z.array(authoredText) }),
  question: z.object({ ...questionBase, type: z.literal('short'), answers: z.array(z.string()) }),
  normalise: (authored, base) => ({
    ...base,
    type: 'short' as const,
    answers: authored.answers.map((a) => a.trim()).filter((a) => a.length > 0),
  }),
  expectedAnswer: (question): JsonValue => expectedAnswer(question),
  check: (question, { at, name, report }) => {
    if (question.answers.every((answer) => answer.trim() === '')) {
      report(
        at('answers'),
        `${capitalize(name)} n’a aucune réponse acceptée : ajoutez-en au moins une dans \`answers\`.`,
      );
    }
  },
  exchange: {
    gift: (question, { title, stem, general, escape }) =>
      `${title}${stem} {${question.answers.map((answer) => `=${escape(answer)}`).join(' ')}${general}}`,
    moodleXml: (question, { head, answer }) => `${head('shortanswer')}
    <usecase>0</usecase>
${question.answers.map((value) => answer(100, value)).join('\n')}
  </question>`,
  },
});
