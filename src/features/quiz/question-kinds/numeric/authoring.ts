/** numeric: a number, within an absolute tolerance, with an optional unit. */
import { z } from 'zod';
import { authoredBase, authoredText, questionBase } from '../authoring-parts';
import type { JsonValue } from '../../../../lib/quiz-records';
import { expectedAnswer } from './numeric';
import { defineAuthoring } from '../question-kind';

export const numericAuthoring = defineAuthoring({
  authored: z.strictObject({
    ...authoredBase,
    type: z.literal('numeric'),
    answer: z.number(),
    tolerance: z.number().optional(),
    unit: authoredText.optional(),
  }),
  question: z.object({
    ...questionBase,
    type: z.literal('numeric'),
    answer: z.number(),
    tolerance: z.number(),
    unit: z.string().optional(),
  }),
  normalise: (authored, base) => ({
    ...base,
    type: 'numeric' as const,
    answer: authored.answer,
    tolerance: authored.tolerance ?? 0,
    ...(authored.unit !== undefined ? { unit: authored.unit } : {}),
  }),
  expectedAnswer: (question): JsonValue => expectedAnswer(question),
  check: (question, { at, name, report }) => {
    if (question.tolerance !== undefined && question.tolerance < 0) {
      report(
        at('tolerance'),
        `La tolérance de ${name} est négative (${question.tolerance}) : indiquez un écart absolu positif ou nul.`,
      );
    }
  },
  exchange: {
    gift: (question, { title, stem, general, escape }) =>
      `${title}${stem}${question.unit ? ` (${escape(question.unit)})` : ''} {#${question.answer}:${question.tolerance}${general}}`,
    moodleXml: (question, { head, answer, escape }) => `${head('numerical')}
${answer(100, String(question.answer), '', `<tolerance>${question.tolerance}</tolerance>`)}
${question.unit ? `    <units><unit><multiplier>1</multiplier><unit_name>${escape(question.unit)}</unit_name></unit></units>` : ''}
  </question>`,
  },
});
