import { staticPages } from '../../lib/pages';
import { glossary } from 'virtual:glossary';
import { GlossaryPage } from '../../features/glossary/glossary-page';
import { registerMessages, useT } from '../../lib/i18n';
import { usePageTitle } from '../use-page-title';
import { glossaryMessages } from '../../features/glossary/messages';

// The page's messages come with its chunk (docs/decisions/004-lazy-message-catalogues.md).
registerMessages(glossaryMessages);

export default function GlossaryRoute() {
  const t = useT();
  usePageTitle(t(staticPages.glossary.title));
  return <GlossaryPage entries={glossary} />;
}
