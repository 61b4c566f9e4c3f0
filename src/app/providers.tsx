import type { ReactNode } from 'react';
import { usePreferences } from '../features/preferences/preferences-store';
import { useDocumentPreferences } from '../features/preferences/use-document-preferences';
import { I18nProvider } from '../lib/i18n';
import { catalogue } from './catalogue';

/**
 * Providers every page needs: the interface language and theme chosen by the
 * learner (French and the device's theme by default). A prerendered page
 * hydrates with the defaults (zustand's server snapshot), then switches.
 */
export function AppProviders({ children }: { children: ReactNode }) {
  const lang = usePreferences((state) => state.lang);
  const theme = usePreferences((state) => state.theme);
  useDocumentPreferences(theme, lang);
  return (
    <I18nProvider lang={lang} catalogue={catalogue}>
      {children}
    </I18nProvider>
  );
}
