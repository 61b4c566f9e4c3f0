import type { Catalogue } from '../../lib/i18n';

export const reviewMessages = {
  fr: {
    'review.title': 'Révisions',
    'review.intro':
      'Les questions que vous avez manquées reviennent ici au bon moment : plus tôt quand vous vous trompez, plus tard quand vous savez.',
    'review.session': 'Questions à revoir aujourd’hui',
    'review.due.one': 'Une question à revoir aujourd’hui.',
    'review.due.other': '{n} questions à revoir aujourd’hui.',
    'review.empty': 'Rien à revoir pour l’instant.',
    'review.emptyNoCards': 'Les questions que vous manquerez dans les quiz et les examens viendront ici.',
    'review.next': 'Prochaine révision : {date}.',
  },
  en: {
    'review.title': 'Review',
    'review.intro':
      'The questions you missed come back here at the right time: sooner when you get them wrong, later when you know them.',
    'review.session': 'Questions to review today',
    'review.due.one': 'One question to review today.',
    'review.due.other': '{n} questions to review today.',
    'review.empty': 'Nothing to review for now.',
    'review.emptyNoCards': 'The questions you miss in quizzes and exams will come here.',
    'review.next': 'Next review: {date}.',
  },
} satisfies Catalogue;
