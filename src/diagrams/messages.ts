import type { Catalogue } from '../lib/i18n';

export const diagramMessages = {
  fr: {
    'diagram.description': 'Description du schéma',
  },
  en: {
    'diagram.description': 'Diagram description',
  },
} satisfies Catalogue;
