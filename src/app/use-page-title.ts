import { useEffect } from 'react';
import { useT } from '../lib/i18n';

/**
 * `document.title` follows the page: "Lesson · Cours Docker". A route that found nothing
 * passes null and leaves the title to the 404 page it renders (whose effect runs first).
 */
export function usePageTitle(title: string | null) {
  const t = useT();
  useEffect(() => {
    if (title === null) return;
    document.title = `${title} · ${t('app.titleSuffix')}`;
  }, [title, t]);
}
