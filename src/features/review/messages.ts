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
    'review.loadFailed':
      'Des questions à revoir n’ont pas pu être chargées (la connexion est peut-être coupée) : elles sont gardées, réessayez.',
    'review.loadRetry': 'Réessayer de charger',
    'review.settings.title': 'Rythme des révisions',
    'review.retention.label': 'Part des questions à savoir encore quand elles reviennent',
    'review.retention.option': '{percent} %',
    'review.retention.optionDefault': '{percent} % (par défaut)',
    'review.retention.help':
      'Plus elle est haute, plus les questions reviennent tôt et souvent. Le réglage vaut pour les prochaines réponses, de 80 % à 95 %.',
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
    'review.loadFailed':
      'Some questions to review could not be loaded (the connection may be down): they are kept, try again.',
    'review.loadRetry': 'Try loading again',
    'review.settings.title': 'Review pace',
    'review.retention.label': 'Share of questions to still know when they come back',
    'review.retention.option': '{percent}%',
    'review.retention.optionDefault': '{percent}% (default)',
    'review.retention.help':
      'The higher it is, the sooner and more often questions come back. The setting applies to your next answers, from 80% to 95%.',
  },
} satisfies Catalogue;
