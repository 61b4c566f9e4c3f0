import type { Catalogue } from '../../lib/i18n';

export const completionMessages = {
  fr: {
    'completion.title': 'Attestation de réussite',
    'completion.done': 'Félicitations : vous avez réussi les trois évaluations du cours « {course} ».',
    'completion.doneDate': 'Dernière évaluation réussie le {date}.',
    'completion.notYet':
      'Cette page devient votre attestation quand les trois évaluations de module sont réussies (70 % ou plus).',
    'completion.table': 'Évaluations des modules',
    'completion.module': 'Module',
    'completion.best': 'Meilleur score',
    'completion.status': 'État',
    'completion.passed': 'Réussie',
    'completion.notPassed': 'Pas encore réussie',
    'completion.notTried': 'Pas encore tentée',
    'completion.goTo': 'Passer l’évaluation « {module} »',
    'completion.print': 'Imprimer l’attestation',
    'completion.awardedTo': 'Décernée à',
    'completion.nameLabel': 'Votre nom sur l’attestation',
    'completion.nameHint':
      'Il est gardé avec votre progression, dans ce navigateur seulement, et part avec elle quand vous l’exportez.',
    'completion.local': 'Cette attestation est établie à partir de la progression enregistrée dans ce navigateur.',
  },
  en: {
    'completion.title': 'Certificate of completion',
    'completion.done': 'Congratulations: you passed the three assessments of the course “{course}”.',
    'completion.doneDate': 'Last assessment passed on {date}.',
    'completion.notYet':
      'This page becomes your certificate once the three module assessments are passed (70% or more).',
    'completion.table': 'Module assessments',
    'completion.module': 'Module',
    'completion.best': 'Best score',
    'completion.status': 'Status',
    'completion.passed': 'Passed',
    'completion.notPassed': 'Not passed yet',
    'completion.notTried': 'Not attempted yet',
    'completion.goTo': 'Take the “{module}” assessment',
    'completion.print': 'Print the certificate',
    'completion.awardedTo': 'Awarded to',
    'completion.nameLabel': 'Your name on the certificate',
    'completion.nameHint': 'It is kept with your progress, in this browser only, and goes with it when you export it.',
    'completion.local': 'This certificate is based on the progress saved in this browser.',
  },
} satisfies Catalogue;
