/**
 * The question kinds' views, one line per kind (browser only): the input the question card shows
 * and, for some kinds, what the kind adds to the feedback.
 */
import type { QuestionView } from '../questions/question-input-props.ts';
import type { QuestionOf, QuestionType } from '../quiz-schema.ts';
import { ClozeInput } from './cloze/cloze-input.tsx';
import { commandFeedback } from './command/feedback.tsx';
import { MatchingInput } from './matching/matching-input.tsx';
import { multipleFeedback } from './multiple/feedback.tsx';
import { numericFeedback } from './numeric/feedback.tsx';
import { OrderingInput } from './ordering/ordering-input.tsx';
import { shortFeedback } from './short/feedback.tsx';
import { TextInput } from './short/text-input.tsx';
import { ChoiceInput } from './single/choice-input.tsx';
import { trueFalseFeedback } from './truefalse/feedback.tsx';
import { TrueFalseInput } from './truefalse/truefalse-input.tsx';

export const questionViews: { [T in QuestionType]: QuestionView<QuestionOf<T>> } = {
  single: { Input: ChoiceInput },
  multiple: { Input: ChoiceInput, feedback: multipleFeedback },
  truefalse: { Input: TrueFalseInput, feedback: trueFalseFeedback },
  ordering: { Input: OrderingInput },
  matching: { Input: MatchingInput },
  cloze: { Input: ClozeInput },
  short: { Input: TextInput, feedback: shortFeedback },
  numeric: { Input: TextInput, feedback: numericFeedback },
  command: { Input: TextInput, feedback: commandFeedback },
};
