/**
 * The strings of the running lab, in French (default) and English, which arrive with the lab's chunk; the shell's
 * (shell-messages.ts, also used by the running lab) are registered with the page.
 */

const fr = {
  'labs.loading': 'Chargement du terminal…',
  'labs.terminal': 'Terminal',
  'labs.copied': 'Sortie copiée.',
  'labs.copyFailed': 'Impossible de copier\u00a0: sélectionnez le texte de la sortie.',
  'labs.resetConfirm':
    'Le terminal repartira de l’état de départ du lab et ses commandes seront effacées. Les étapes réussies restent acquises.',
  'labs.resetYes': 'Oui, réinitialiser',
  'labs.resetNo': 'Annuler',
  'labs.resetDone': 'Lab réinitialisé.',
  'labs.candidates': 'Possibilités\u00a0: {list}',
  'labs.sessionFull':
    'La session a atteint {n} commandes\u00a0: les suivantes ne seront plus gardées après un rechargement. Réinitialisez le lab pour repartir.',
  'labs.filesUnsaved':
    'Vos derniers fichiers n’ont pas pu être gardés (trop volumineux)\u00a0: ils seront perdus au rechargement. Raccourcissez-les ou réinitialisez le lab.',
  'labs.stepDone': 'Étape {n} réussie\u00a0: {goal}',
  'labs.allDone': 'Lab terminé\u00a0: toutes les étapes sont réussies.',
  'labs.readOnly': 'La progression est en lecture seule\u00a0: ce lab ne sera pas enregistré.',
};

export type LabMessageKey = keyof typeof fr;

const en: Record<LabMessageKey, string> = {
  'labs.loading': 'Loading the terminal…',
  'labs.terminal': 'Terminal',
  'labs.copied': 'Output copied.',
  'labs.copyFailed': 'Could not copy: select the output text.',
  'labs.resetConfirm':
    'The terminal will start again from the lab’s starting state and its commands will be erased. Steps done stay done.',
  'labs.resetYes': 'Yes, reset',
  'labs.resetNo': 'Cancel',
  'labs.resetDone': 'Lab reset.',
  'labs.candidates': 'Candidates: {list}',
  'labs.sessionFull':
    'The session reached {n} commands: later ones will not be kept after a reload. Reset the lab to start again.',
  'labs.filesUnsaved':
    'Your latest files could not be kept (too large): they will be lost on reload. Shorten them or reset the lab.',
  'labs.stepDone': 'Step {n} done: {goal}',
  'labs.allDone': 'Lab complete: every step is done.',
  'labs.readOnly': 'Progress is read-only: this lab will not be saved.',
};

export const labMessages: { fr: Record<LabMessageKey, string>; en: Record<LabMessageKey, string> } = {
  fr,
  en,
};
