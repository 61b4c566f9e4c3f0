import type { Catalogue } from '../lib/i18n';

/** The notice shown when a new version of the course has been deployed (src/app/update-prompt.tsx). */
export const updateMessages = {
  fr: {
    'update.available': 'Nouvelle version disponible',
    'update.reload': 'Recharger',
    'update.later': 'Plus tard',
  },
  en: {
    'update.available': 'New version available',
    'update.reload': 'Reload',
    'update.later': 'Later',
  },
} satisfies Catalogue;
