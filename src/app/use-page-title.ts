import { useEffect } from 'react';
import { useT, type Translate } from '../lib/i18n';

/** A page's document title: "Lesson · Cours Docker" (the prerender writes the same). */
export function documentTitle(title: string, t: Translate): string {
  return `${title} · ${t('app.titleSuffix')}`;
}

/**
 * `document.title` follows the page: "Lesson · Cours Docker". A route that found nothing
 * passes null and leaves the title to the 404 page it renders (whose effect runs first).
 */
export function usePageTitle(title: string | null) {
  const t = useT();
  useEffect(() => {
    if (title === null) return;
    document.title = documentTitle(title, t);
  }, [title, t]);
}
