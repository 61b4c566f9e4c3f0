import { staticPages } from '../../lib/pages';
import { outline } from 'virtual:course-outline';
import { progressMessages } from '../../features/progress/messages';
import { ProgressPage } from '../../features/progress/progress-page';
import { registerMessages, useT } from '../../lib/i18n';
import { usePageTitle } from '../use-page-title';

// The page's messages come with its chunk (docs/decisions/004-lazy-message-catalogues.md).
registerMessages(progressMessages);

export default function ProgressRoute() {
  const t = useT();
  usePageTitle(t(staticPages.progress.title));
  return <ProgressPage outline={outline} />;
}
