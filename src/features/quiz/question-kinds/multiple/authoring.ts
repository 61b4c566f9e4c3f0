/** multiple: choices, at least one of them correct. */
import { z } from 'zod';
import { authoredBase, authoredChoiceSchema, choiceSchema, normalizeChoices, questionBase } from '../authoring-parts';
import type { JsonValue } from '../../../../lib/quiz-records';
import { expectedAnswer } from './multiple';
import { defineAuthoring } from '../question-kind';
import { checkChoices } from '../single/authoring';

export const multipleAuthoring = defineAuthoring({
  authored: z.strictObject({
    ...authoredBase,
    type: z.literal('multiple'),
    choices: z.array(authoredChoiceSchema).min(2),
  }),
  question: z.object({ ...questionBase, type: z.literal('multiple'), choices: z.array(choiceSchema) }),
  normalise: (authored, base) => ({ ...base, type: 'multiple' as const, choices: normalizeChoices(authored.choices) }),
  expectedAnswer: (question): JsonValue => expectedAnswer(question),
  check: checkChoices,
  exchange: {
    gift: (question, { title, stem, general, feedback, escape, fraction }) => {
      const share = 100 / question.choices.filter((choice) => choice.correct).length;
      return `${title}${stem} {\n${question.choices
        .map(
          (choice) =>
            `  ~%${fraction(choice.correct ? share : -share)}%${escape(choice.text)}${feedback(choice.feedback)}`,
        )
        .join('\n')}\n  ${general}\n}`;
    },
    moodleXml: (question, { head, answer }) => {
      const share = 100 / question.choices.filter((choice) => choice.correct).length;
      return `${head('multichoice')}
    <single>false</single>
    <shuffleanswers>true</shuffleanswers>
    <answernumbering>abc</answernumbering>
${question.choices.map((choice) => answer(choice.correct ? share : -share, choice.text, choice.feedback)).join('\n')}
  </question>`;
    },
  },
});
