/**
 * The messages every page needs, merged once. Lazy chunks bring their own catalogue
 * (registerMessages): the quiz view's messages arrive with the quiz, those of the progress,
 * glossary and certificate pages with their routes.
 */
import { courseMessages } from '../features/course/messages';
import { mergeCatalogues } from '../lib/i18n';
import { mdxMessages } from '../mdx/messages';
import { progressNoticeMessages } from '../features/progress/notice-messages';
import { diagramMessages } from '../diagrams/messages';
import { appMessages } from './messages';
import { searchMessages } from '../features/search/messages';
import { preferencesMessages } from '../features/preferences/messages';
import { updateMessages } from './update-messages';

export const catalogue = mergeCatalogues(
  appMessages,
  courseMessages,
  mdxMessages,
  progressNoticeMessages,
  diagramMessages,
  updateMessages,
  searchMessages,
  preferencesMessages,
);
