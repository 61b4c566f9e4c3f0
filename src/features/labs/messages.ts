/** Every string the lab interface shows, in French (default) and English. Registered by the lesson route (the lab's shell is in the prerendered page). */

const fr = {
  'labs.heading': 'Lab\u00a0: {title}',
  'labs.intro':
    'Un Docker simulé tourne dans la page\u00a0: tapez vos commandes dans le terminal, les étapes se valident dès que l’état attendu est atteint.',
  'labs.loading': 'Chargement du terminal…',
  'labs.starting': 'Le terminal démarre… Une commande envoyée d’ici là s’exécutera dès qu’il sera prêt.',
  'labs.terminal': 'Terminal',
  'labs.input': 'Commande docker',
  'labs.output': 'Sortie du terminal',
  'labs.keys':
    '↑ et ↓ rappellent les commandes précédentes, Tab complète (sur une ligne vide, Tab passe au bouton suivant), Ctrl+L efface l’écran.',
  'labs.run': 'Exécuter',
  'labs.copy': 'Copier la sortie',
  'labs.copied': 'Sortie copiée.',
  'labs.copyFailed': 'Impossible de copier\u00a0: sélectionnez le texte de la sortie.',
  'labs.reset': 'Réinitialiser le lab',
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
  'labs.steps': 'Étapes',
  'labs.stepsProgress': '{done} sur {total} étapes réussies',
  'labs.step': 'Étape {n}',
  'labs.state.todo': 'à faire',
  'labs.state.done': 'réussie',
  'labs.hint': 'Afficher un indice ({n} sur {total})',
  'labs.hintItem': 'Indice {n}\u00a0:',
  'labs.stepDone': 'Étape {n} réussie\u00a0: {goal}',
  'labs.allDone': 'Lab terminé\u00a0: toutes les étapes sont réussies.',
  'labs.readOnly': 'La progression est en lecture seule\u00a0: ce lab ne sera pas enregistré.',
};

export type LabMessageKey = keyof typeof fr;

const en: Record<LabMessageKey, string> = {
  'labs.heading': 'Lab: {title}',
  'labs.intro':
    'A simulated Docker runs in the page: type your commands in the terminal; steps are checked as soon as the expected state is reached.',
  'labs.loading': 'Loading the terminal…',
  'labs.starting': 'The terminal is starting… A command sent meanwhile runs as soon as it is ready.',
  'labs.terminal': 'Terminal',
  'labs.input': 'Docker command',
  'labs.output': 'Terminal output',
  'labs.keys':
    '↑ and ↓ recall previous commands, Tab completes (on an empty line, Tab moves to the next button), Ctrl+L clears the screen.',
  'labs.run': 'Run',
  'labs.copy': 'Copy the output',
  'labs.copied': 'Output copied.',
  'labs.copyFailed': 'Could not copy: select the output text.',
  'labs.reset': 'Reset the lab',
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
  'labs.steps': 'Steps',
  'labs.stepsProgress': '{done} of {total} steps done',
  'labs.step': 'Step {n}',
  'labs.state.todo': 'to do',
  'labs.state.done': 'done',
  'labs.hint': 'Show a hint ({n} of {total})',
  'labs.hintItem': 'Hint {n}:',
  'labs.stepDone': 'Step {n} done: {goal}',
  'labs.allDone': 'Lab complete: every step is done.',
  'labs.readOnly': 'Progress is read-only: this lab will not be saved.',
};

export const labMessages: { fr: Record<LabMessageKey, string>; en: Record<LabMessageKey, string> } = { fr, en };
