import { useEffect } from 'react';
import { useT } from '../lib/i18n';

/** `document.title` follows the page: "Lesson · Cours Docker". */
export function usePageTitle(title: string | null) {
  const t = useT();
  useEffect(() => {
    const suffix = t('app.titleSuffix');
    document.title = title ? `${title} · ${suffix}` : suffix;
  }, [title, t]);
}
