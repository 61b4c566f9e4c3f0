import { outline } from 'virtual:course-outline';
import { ProgressPage } from '../../features/progress/progress-page';
import { useT } from '../../lib/i18n';
import { usePageTitle } from '../use-page-title';

export default function ProgressRoute() {
  const t = useT();
  usePageTitle(t('progress.title'));
  return <ProgressPage outline={outline} />;
}
