import type { Catalogue } from '../../lib/i18n';

export const glossaryMessages = {
  fr: {
    'glossary.title': 'Glossaire',
    'glossary.intro': 'Les {n} termes du cours, avec leur définition et les leçons qui les emploient.',
    'glossary.usedIn': 'Employé dans :',
    'glossary.letters': 'Aller à la lettre',
  },
  en: {
    'glossary.title': 'Glossary',
    'glossary.intro': 'The {n} terms of the course, with their definition and the lessons that use them.',
    'glossary.usedIn': 'Used in:',
    'glossary.letters': 'Jump to letter',
  },
} satisfies Catalogue;
