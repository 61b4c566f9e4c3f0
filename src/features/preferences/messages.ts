import type { Catalogue } from '../../lib/i18n';

export const preferencesMessages = {
  fr: {
    'prefs.theme': 'Thème',
    'prefs.theme.light': 'Thème clair',
    'prefs.theme.dark': 'Thème sombre',
    'prefs.theme.system': 'Thème de l’appareil',
    'prefs.language': 'Langue de l’interface',
    'prefs.lang.fr': 'Français',
    'prefs.lang.en': 'English',
    'prefs.lang.fr.short': 'FR',
    'prefs.lang.en.short': 'EN',
    'prefs.lang.contentNote': 'Les leçons restent en français : seule l’interface change de langue.',
  },
  en: {
    'prefs.theme': 'Theme',
    'prefs.theme.light': 'Light theme',
    'prefs.theme.dark': 'Dark theme',
    'prefs.theme.system': 'Device theme',
    'prefs.language': 'Interface language',
    'prefs.lang.fr': 'Français',
    'prefs.lang.en': 'English',
    'prefs.lang.fr.short': 'FR',
    'prefs.lang.en.short': 'EN',
    'prefs.lang.contentNote': 'The lessons themselves are in French: only the interface changes language.',
  },
} satisfies Catalogue;
