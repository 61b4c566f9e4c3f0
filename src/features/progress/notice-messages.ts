import type { Catalogue } from '../../lib/i18n';

/** The storage notice's messages: it shows on every page, so they load with every page (see messages.ts for the rest). */
export const progressNoticeMessages = {
  fr: {
    'progress.notice.label': 'Enregistrement de la progression',
    'progress.notice.unavailable':
      'Votre progression ne sera pas conservée : le stockage de ce navigateur est indisponible (désactivé, navigation privée ou plein). Elle sera perdue à la fermeture de la page.',
    'progress.notice.read-only':
      'Votre progression a été enregistrée par une version plus récente du cours : elle reste affichée, mais rien de ce que vous faites ici ne sera enregistré.',
    'progress.notice.corrupt':
      'Les données de progression de ce navigateur étaient illisibles : elles ont été mises de côté, et le cours repart d’une progression vide.',
    'progress.notice.download': 'Télécharger les données illisibles',
    'progress.notice.dismiss': 'Masquer ce message',
  },
  en: {
    'progress.notice.label': 'Saving your progress',
    'progress.notice.unavailable':
      'Your progress will not be kept: this browser’s storage is unavailable (disabled, private mode or full). It will be lost when the page is closed.',
    'progress.notice.read-only':
      'Your progress was saved by a newer version of the course: it is still shown, but nothing you do here will be saved.',
    'progress.notice.corrupt':
      'The progress data in this browser was unreadable: it was set aside, and the course starts again from empty progress.',
    'progress.notice.download': 'Download the unreadable data',
    'progress.notice.dismiss': 'Hide this message',
  },
} satisfies Catalogue;
