import type { Catalogue } from '../../lib/i18n';

/** Messages of the LMS package only (never in the site's bundle). */
export const lmsMessages = {
  fr: {
    'lms.notice.label': 'Plateforme de formation',
    'lms.notice.too-big':
      'Votre progression ne tient plus dans l’espace que la plateforme de formation lui réserve\u00a0: ce que vous faites désormais est gardé dans ce navigateur, mais la plateforme ne le recevra pas. Exportez votre progression depuis la page Progression pour la garder ailleurs.',
    'lms.notice.unreadable':
      'La progression enregistrée par la plateforme de formation était illisible\u00a0: elle n’a pas été reprise, et rien ne l’a remplacée sur la plateforme.',
    'lms.notice.newer':
      'La progression enregistrée par la plateforme vient d’une version plus récente du cours\u00a0: ce qui a pu en être lu est repris.',
  },
  en: {
    'lms.notice.label': 'Learning platform',
    'lms.notice.too-big':
      'Your progress no longer fits in the space the learning platform keeps for it: what you do from now on is kept in this browser, but the platform will not receive it. Export your progress from the Progress page to keep it elsewhere.',
    'lms.notice.unreadable':
      'The progress saved by the learning platform was unreadable: it was not restored, and nothing has replaced it on the platform.',
    'lms.notice.newer':
      'The progress saved by the learning platform comes from a newer version of the course: what could be read of it was restored.',
  },
} satisfies Catalogue;
