import { glossary } from 'virtual:glossary';
import { GlossaryPage } from '../../features/glossary/glossary-page';
import { useT } from '../../lib/i18n';
import { usePageTitle } from '../use-page-title';

export default function GlossaryRoute() {
  const t = useT();
  usePageTitle(t('glossary.title'));
  return <GlossaryPage entries={glossary} />;
}
