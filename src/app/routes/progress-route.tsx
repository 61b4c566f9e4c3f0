import { Link } from 'react-router';
import { outline } from 'virtual:course-outline';
import { progressMessages } from '../../features/progress/messages';
import { ProgressPage } from '../../features/progress/progress-page';
import { registerMessages, useT } from '../../lib/i18n';
import { staticPages } from '../../lib/pages';
import { paths } from '../../lib/paths';
import { useDueCardCount } from '../review-bindings';
import { usePageTitle } from '../use-page-title';

// The page's messages come with its chunk (docs/decisions/004-lazy-message-catalogues.md).
registerMessages(progressMessages);

/** « Révisions : N à revoir », the header's figure in the header's words, with the way to the page. */
export function ReviewDueSummary() {
  const t = useT();
  const due = useDueCardCount();
  return (
    <p className="progress-review">
      <Link to={paths.review.href()}>{t('app.nav.review')}</Link>
      {'\u00a0: '}
      {t('app.nav.reviewDue', { n: due })}
    </p>
  );
}

export default function ProgressRoute() {
  const t = useT();
  usePageTitle(t(staticPages.progress.title));
  return <ProgressPage outline={outline} reviewSummary={<ReviewDueSummary />} />;
}
