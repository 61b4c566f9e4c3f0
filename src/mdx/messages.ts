import type { Catalogue } from '../lib/i18n';

export const mdxMessages = {
  fr: {
    'mdx.anchor': 'Lien vers la section « {title} »',
    'mdx.copy': 'Copier',
    'mdx.copyLabel': 'Copier le code {title}',
    'mdx.copied': 'Copié',
    'mdx.copyFailed': 'Copie impossible : sélectionnez le texte',
    'mdx.callout.info': 'Information',
    'mdx.callout.warning': 'Attention',
    'mdx.callout.tip': 'Astuce',
    'mdx.term.show': 'Définition de « {term} »',
    'mdx.term.glossary': 'Voir le glossaire',
    'mdx.code': 'Code',
    'mdx.terminal': 'Terminal',
  },
  en: {
    'mdx.anchor': 'Link to section “{title}”',
    'mdx.copy': 'Copy',
    'mdx.copyLabel': 'Copy the code {title}',
    'mdx.copied': 'Copied',
    'mdx.copyFailed': 'Cannot copy: select the text',
    'mdx.callout.info': 'Note',
    'mdx.callout.warning': 'Warning',
    'mdx.callout.tip': 'Tip',
    'mdx.term.show': 'Definition of “{term}”',
    'mdx.term.glossary': 'See the glossary',
    'mdx.code': 'Code',
    'mdx.terminal': 'Terminal',
  },
} satisfies Catalogue;
