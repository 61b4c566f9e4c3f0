import { useEffect } from 'react';
import type { Lang } from '../../lib/i18n';
import type { Theme } from './preferences-store';

/**
 * Keeps <html> in step with the preferences: `data-theme` (none for 'system',
 * so the CSS follows prefers-color-scheme) and `lang`. public/head.js
 * did the same before the first paint; this follows later changes.
 */
export function useDocumentPreferences(theme: Theme, lang: Lang) {
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
  }, [theme]);
  useEffect(() => {
    document.documentElement.setAttribute('lang', lang);
  }, [lang]);
}
