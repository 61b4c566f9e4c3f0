/**
 * Question builders and fast-check arbitraries for the quiz tests (test-only module).
 */
import fc from 'fast-check';
import type {
  ClozeQuestion,
  CommandQuestion,
  MatchingQuestion,
  MultipleQuestion,
  NumericQuestion,
  OrderingQuestion,
  Question,
  ShortQuestion,
  SingleQuestion,
  TrueFalseQuestion,
} from '../quiz-schema';
import { parseClozeText } from '../quiz-schema';

const base = { prompt: 'Question', topics: [], hints: [] };

export function singleQuestion(correctIndex = 0, count = 3): SingleQuestion {
  return {
    ...base,
    id: 'single',
    type: 'single',
    choices: Array.from({ length: count }, (_v, index) => ({
      id: String.fromCharCode(97 + index),
      text: `Choix ${index + 1}`,
      correct: index === correctIndex,
    })),
  };
}

export function multipleQuestion(correct: boolean[]): MultipleQuestion {
  return {
    ...base,
    id: 'multiple',
    type: 'multiple',
    choices: correct.map((isCorrect, index) => ({
      id: String.fromCharCode(97 + index),
      text: `Choix ${index + 1}`,
      correct: isCorrect,
    })),
  };
}

export function trueFalseQuestion(answer: boolean): TrueFalseQuestion {
  return { ...base, id: 'truefalse', type: 'truefalse', answer };
}

export function orderingQuestion(count = 4): OrderingQuestion {
  return {
    ...base,
    id: 'ordering',
    type: 'ordering',
    items: Array.from({ length: count }, (_v, i) => `Étape ${i + 1}`),
  };
}

export function matchingQuestion(count = 3): MatchingQuestion {
  return {
    ...base,
    id: 'matching',
    type: 'matching',
    left: Array.from({ length: count }, (_v, i) => `Gauche ${i + 1}`),
    right: Array.from({ length: count }, (_v, i) => `Droite ${i + 1}`),
  };
}

export function clozeQuestion(text: string): ClozeQuestion {
  const { segments, blanks } = parseClozeText(text);
  return { ...base, id: 'cloze', type: 'cloze', text, segments, blanks };
}

export function shortQuestion(answers: string[]): ShortQuestion {
  return { ...base, id: 'short', type: 'short', answers };
}

export function numericQuestion(answer: number, tolerance = 0, unit?: string): NumericQuestion {
  return { ...base, id: 'numeric', type: 'numeric', answer, tolerance, ...(unit !== undefined ? { unit } : {}) };
}

export function commandQuestion(answer: string, alternatives: string[] = []): CommandQuestion {
  return { ...base, id: 'command', type: 'command', answer, alternatives };
}

/* Arbitraries: valid questions of every type. */

const text = fc.string({ minLength: 1, maxLength: 12 });

const choicesArb = (atLeastOneCorrect: boolean, exactlyOne: boolean) =>
  fc.integer({ min: 2, max: 6 }).chain((count) =>
    fc
      .tuple(
        fc.array(fc.boolean(), { minLength: count, maxLength: count }),
        fc.integer({ min: 0, max: count - 1 }),
        fc.array(text, { minLength: count, maxLength: count }),
      )
      .map(([flags, forced, texts]) =>
        texts.map((choiceText, index) => ({
          id: String.fromCharCode(97 + index),
          text: choiceText,
          correct: exactlyOne ? index === forced : flags[index] === true || (atLeastOneCorrect && index === forced),
        })),
      ),
  );

export const questionArbitraries: Record<Question['type'], fc.Arbitrary<Question>> = {
  single: choicesArb(true, true).map((choices): Question => ({ ...base, id: 'q', type: 'single', choices })),
  multiple: choicesArb(true, false).map((choices): Question => ({ ...base, id: 'q', type: 'multiple', choices })),
  truefalse: fc.boolean().map((answer): Question => ({ ...base, id: 'q', type: 'truefalse', answer })),
  ordering: fc
    .array(text, { minLength: 3, maxLength: 7 })
    .map((items): Question => ({ ...base, id: 'q', type: 'ordering', items })),
  matching: fc
    .integer({ min: 2, max: 6 })
    .chain((count) =>
      fc.tuple(
        fc.array(text, { minLength: count, maxLength: count }),
        fc.array(text, { minLength: count, maxLength: count }),
      ),
    )
    .map(([left, right]): Question => ({ ...base, id: 'q', type: 'matching', left, right })),
  cloze: fc
    .array(
      fc.tuple(
        fc.stringMatching(/^[a-z ]{0,8}$/),
        fc.array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 3 }),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((parts): Question => {
      const source = parts.map(([before, answers]) => `${before}[[${answers.join('|')}]]`).join('');
      const { segments, blanks } = parseClozeText(source);
      return { ...base, id: 'q', type: 'cloze', text: source, segments, blanks };
    }),
  short: fc
    .array(fc.stringMatching(/^[A-Za-zéè ]{0,10}[A-Za-z]$/), { minLength: 1, maxLength: 3 })
    .map((answers): Question => ({ ...base, id: 'q', type: 'short', answers })),
  numeric: fc
    .tuple(
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: 0, max: 100, noNaN: true }),
      fc.option(fc.constantFrom('Mo', 'ms', '%', 'Go'), { nil: undefined }),
    )
    .map(([answer, tolerance, unit]): Question => ({
      ...base,
      id: 'q',
      type: 'numeric',
      answer,
      tolerance,
      ...(unit !== undefined ? { unit } : {}),
    })),
  command: fc
    .constantFrom(
      'docker run -d -p 8080:80 nginx',
      'docker ps -a',
      'docker compose up -d --build',
      'docker exec -it web sh',
      'docker build -t app:1.0 .',
      'docker volume create donnees',
      'docker network connect reseau web',
      'docker logs -f --tail 20 web',
    )
    .map((answer): Question => ({ ...base, id: 'q', type: 'command', answer, alternatives: [] })),
};

export const anyQuestion: fc.Arbitrary<Question> = fc.oneof(...Object.values(questionArbitraries));
