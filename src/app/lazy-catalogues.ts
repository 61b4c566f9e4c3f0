/**
 * The catalogues that lazy chunks bring with them (registerMessages), listed once: the server
 * renders every page with them (page heads use their words) and the catalogue test checks them
 * beside the base catalogue. A test fails if a feature's messages are in neither list.
 */
import { completionMessages } from '../features/completion/messages';
import { glossaryMessages } from '../features/glossary/messages';
import { labMessages } from '../features/labs/messages';
import { labShellMessages } from '../features/labs/shell-messages';
import { progressMessages } from '../features/progress/messages';
import { quizMessages } from '../features/quiz/messages';
import { reviewMessages } from '../features/review/messages';
import { workbenchMessages } from '../features/workbench/editor/messages';
import type { Catalogue } from '../lib/i18n';

export const lazyCatalogues: readonly Catalogue[] = [
  quizMessages,
  progressMessages,
  glossaryMessages,
  completionMessages,
  labShellMessages,
  labMessages,
  reviewMessages,
  workbenchMessages,
];
