/** truefalse: a statement and whether it is true. */
import { z } from 'zod';
import { authoredBase, questionBase } from '../authoring-parts.ts';
import type { JsonValue } from '../../../../lib/quiz-records.ts';
import { expectedAnswer } from './truefalse.ts';
import { defineAuthoring } from '../question-kind.ts';

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
