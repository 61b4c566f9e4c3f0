/** command: a docker command line, compared option by option with the answer and its alternatives. */
import { z } from 'zod';
import { parseDockerCommand } from '../../../../lib/docker-cli/docker-command';
import { authoredBase, questionBase } from '../authoring-parts';
import type { JsonValue } from '../../../../lib/quiz-records';
import { expectedAnswer } from './command';
import { defineAuthoring } from '../question-kind';

function stripFinalDot(text: string): string {
  return text.replace(/\.$/, '');
}

export const commandAuthoring = defineAuthoring({
  authored: z.strictObject({
    ...authoredBase,
    type: z.literal('command'),
    answer: z.string().min(1),
    alternatives: z.array(z.string()).optional(),
  }),
  question: z.object({
    ...questionBase,
    type: z.literal('command'),
    answer: z.string(),
    alternatives: z.array(z.string()),
  }),
  normalise: (authored, base) => ({
    ...base,
    type: 'command' as const,
    answer: authored.answer,
    alternatives: authored.alternatives ?? [],
  }),
  expectedAnswer: (question): JsonValue => expectedAnswer(question),
  check: (question, { at, name, report }) => {
    const answer = parseDockerCommand(question.answer);
    if (!answer.ok) {
      report(
        at('answer'),
        `La réponse de ${name} n’est pas une commande docker prise en charge (${stripFinalDot(answer.message)}) : corrigez-la.`,
      );
    }
    (question.alternatives ?? []).forEach((alternative, index) => {
      const parsed = parseDockerCommand(alternative);
      if (!parsed.ok) {
        report(
          at('alternatives', index),
          `L’alternative n°${index + 1} de ${name} n’est pas une commande docker prise en charge (${stripFinalDot(parsed.message)}) : corrigez-la ou retirez-la.`,
        );
      }
    });
  },
  // Only the written answer and its alternatives: the course's leniency (option order, long and short flags) is lost.
  exchange: {
    gift: (question, { title, stem, general, escape }) =>
      `${title}${stem} {${[question.answer, ...question.alternatives].map((answer) => `=${escape(answer)}`).join(' ')}${general}}`,
    moodleXml: (question, { head, answer }) => `${head('shortanswer')}
    <usecase>0</usecase>
${[question.answer, ...question.alternatives].map((value) => answer(100, value)).join('\n')}
  </question>`,
  },
});
