/** single: choices, exactly one of them correct. */
import { z } from 'zod';
import {
  authoredBase,
  authoredChoiceSchema,
  capitalize,
  choiceSchema,
  normalizeChoices,
  questionBase,
  type AuthoredChoice,
} from '../authoring-parts';
import type { JsonValue } from '../../../../lib/quiz-records';
import { expectedAnswer } from './single';
import { defineAuthoring, type CheckContext } from '../question-kind';

/** single and multiple: at least one right choice (exactly one for single), choice ids unique. */
export function checkChoices(
  question: { type: 'single' | 'multiple'; choices: AuthoredChoice[] },
  { at, name, report }: CheckContext,
): void {
  const correct = question.choices.flatMap((choice, index) => (choice.correct === true ? [index] : []));
  if (correct.length === 0) {
    report(
      at('choices'),
      question.type === 'single'
        ? `${capitalize(name)} n’a aucun choix correct : marquez-en un avec \`correct: true\`.`
        : `${capitalize(name)} n’a aucun choix correct : marquez au moins un choix avec \`correct: true\`.`,
    );
  }
  if (question.type === 'single' && correct.length > 1) {
    report(
      at('choices', correct[1] as number, 'correct'),
      `${capitalize(name)} a ${correct.length} choix corrects : gardez \`correct: true\` sur un seul, ou passez au type \`multiple\`.`,
    );
  }
  const seen = new Map<string, number>();
  normalizeChoices(question.choices).forEach((choice, index) => {
    const first = seen.get(choice.id);
    if (first === undefined) {
      seen.set(choice.id, index);
      return;
    }
    report(
      at('choices', index),
      `Le choix n°${index + 1} de ${name} a le même id « ${choice.id} » que le choix n°${first + 1} : donnez à chaque choix un id unique (ou retirez les id pour avoir a, b, c…).`,
    );
  });
}

export const singleAuthoring = defineAuthoring({
  authored: z.strictObject({
    ...authoredBase,
    type: z.literal('single'),
    choices: z.array(authoredChoiceSchema).min(2),
  }),
  question: z.object({ ...questionBase, type: z.literal('single'), choices: z.array(choiceSchema) }),
  normalise: (authored, base) => ({ ...base, type: 'single' as const, choices: normalizeChoices(authored.choices) }),
  expectedAnswer: (question): JsonValue => expectedAnswer(question),
  check: checkChoices,
  exchange: {
    gift: (question, { title, stem, general, feedback, escape }) =>
      `${title}${stem} {\n${question.choices
        .map((choice) => `  ${choice.correct ? '=' : '~'}${escape(choice.text)}${feedback(choice.feedback)}`)
        .join('\n')}\n  ${general}\n}`,
    moodleXml: (question, { head, answer }) => `${head('multichoice')}
    <single>true</single>
    <shuffleanswers>true</shuffleanswers>
    <answernumbering>abc</answernumbering>
${question.choices.map((choice) => answer(choice.correct ? 100 : 0, choice.text, choice.feedback)).join('\n')}
  </question>`,
  },
});
