/**
 * The schema pieces and helpers the kinds' authoring share (build-only): the fields common to
 * every question, choices and their default ids, and the words of the messages.
 */
import { z } from 'zod';

export const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const choiceIdPattern = /^[A-Za-z0-9_-]+$/;

/** Plain text in the YAML; numbers are accepted too (`answers: [2375]`) and read as text. */
export const authoredText = z.union([z.string(), z.number()]).transform((value) => String(value));

export const authoredChoiceSchema = z.strictObject({
  id: z.string().regex(choiceIdPattern).optional(),
  text: authoredText,
  correct: z.boolean().optional(),
  feedback: z.string().optional(),
});
export type AuthoredChoice = z.infer<typeof authoredChoiceSchema>;

export const authoredBase = {
  id: z.string().regex(kebabCase),
  prompt: z.string().min(1),
  section: z.string().min(1).optional(),
  topics: z.array(z.string()).optional(),
  explanation: z.string().optional(),
  hints: z.array(z.string().min(1)).optional(),
};

export const choiceSchema = z.object({
  id: z.string(),
  text: z.string(),
  correct: z.boolean(),
  feedback: z.string().optional(),
});
export type Choice = z.infer<typeof choiceSchema>;

export const questionBase = {
  id: z.string(),
  prompt: z.string(),
  section: z.string().optional(),
  topics: z.array(z.string()),
  explanation: z.string().optional(),
  hints: z.array(z.string()),
};

/** Choice ids default to a, b, c… by position (z, then aa, ab… past 26 choices). */
export function defaultChoiceId(index: number): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let n = index;
  let id = '';
  do {
    id = (letters[n % 26] ?? 'a') + id;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return id;
}

export function normalizeChoices(choices: readonly AuthoredChoice[]): Choice[] {
  return choices.map((choice, index) => ({
    id: choice.id ?? defaultChoiceId(index),
    text: choice.text,
    correct: choice.correct === true,
    ...(choice.feedback !== undefined ? { feedback: choice.feedback } : {}),
  }));
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count > 1 ? 's' : ''}`;
}
