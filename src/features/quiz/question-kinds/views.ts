/**
 * The question kinds' views, one line per kind (browser only): the input the question card shows
 * and, for some kinds, what the kind adds to the feedback.
 */
import type { QuestionView } from '../questions/question-input-props';
import type { QuestionOf, QuestionType } from '../quiz-schema';
import { ClozeInput } from './cloze/cloze-input';
import { commandFeedback } from './command/feedback';
import { MatchingInput } from './matching/matching-input';
import { multipleFeedback } from './multiple/feedback';
import { numericFeedback } from './numeric/feedback';
import { OrderingInput } from './ordering/ordering-input';
import { shortFeedback } from './short/feedback';
import { TextInput } from './short/text-input';
import { ChoiceInput } from './single/choice-input';
import { trueFalseFeedback } from './truefalse/feedback';
import { TrueFalseInput } from './truefalse/truefalse-input';

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
