/** truefalse: a statement and whether it is true. */
import { z } from 'zod';
import { authoredBase, questionBase } from '../authoring-parts';
import type { JsonValue } from '../../../../lib/quiz-records';
import { expectedAnswer } from './truefalse';
import { defineAuthoring } from '../question-kind';

export const truefalseAuthoring = defineAuthoring({
  authored: z.strictObject({ ...authoredBase, type: z.literal('truefalse'), answer: z.boolean() }),
  question: z.object({ ...questionBase, type: z.literal('truefalse'), answer: z.boolean() }),
  normalise: (authored, base) => ({ ...base, type: 'truefalse' as const, answer: authored.answer }),
  expectedAnswer: (question): JsonValue => expectedAnswer(question),
  check: () => {},
  exchange: {
    gift: (question, { title, stem, general }) => `${title}${stem} {${question.answer ? 'TRUE' : 'FALSE'}${general}}`,
    moodleXml: (question, { head, answer }) => `${head('truefalse')}
${answer(question.answer ? 100 : 0, 'true')}
${answer(question.answer ? 0 : 100, 'false')}
  </question>`,
  },
});
