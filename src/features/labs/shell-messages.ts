/**
 * The strings of a lab's shell (lab-shell.tsx: frame, terminal, steps), in French (default) and English. Registered by
 * the lesson's lab component, since the shell is in the prerendered page; the lab's other strings (messages.ts) come
 * with the lab's chunk.
 */

const fr = {
  'labs.heading': 'Lab\u00a0: {title}',
  'labs.intro':
    'Un Docker simulé tourne dans la page\u00a0: tapez vos commandes dans le terminal, les étapes se valident dès que l’état attendu est atteint.',
  'labs.starting': 'Le terminal démarre… Une commande envoyée d’ici là s’exécutera dès qu’il sera prêt.',
  'labs.input': 'Commande docker',
  'labs.output': 'Sortie du terminal',
  'labs.keys':
    '↑ et ↓ rappellent les commandes précédentes, Tab complète (sur une ligne vide, Tab passe au bouton suivant), Ctrl+L efface l’écran.',
  'labs.run': 'Exécuter',
  'labs.copy': 'Copier la sortie',
  'labs.reset': 'Réinitialiser le lab',
  'labs.steps': 'Étapes',
  'labs.stepsProgress': '{done} sur {total} étapes réussies',
  'labs.step': 'Étape {n}',
  'labs.state.todo': 'à faire',
  'labs.state.done': 'réussie',
  'labs.hint': 'Afficher un indice ({n} sur {total})',
  'labs.hintItem': 'Indice {n}\u00a0:',
};

export type LabShellMessageKey = keyof typeof fr;

const en: Record<LabShellMessageKey, string> = {
  'labs.heading': 'Lab: {title}',
  'labs.intro':
    'A simulated Docker runs in the page: type your commands in the terminal; steps are checked as soon as the expected state is reached.',
  'labs.starting': 'The terminal is starting… A command sent meanwhile runs as soon as it is ready.',
  'labs.input': 'Docker command',
  'labs.output': 'Terminal output',
  'labs.keys':
    '↑ and ↓ recall previous commands, Tab completes (on an empty line, Tab moves to the next button), Ctrl+L clears the screen.',
  'labs.run': 'Run',
  'labs.copy': 'Copy the output',
  'labs.reset': 'Reset the lab',
  'labs.steps': 'Steps',
  'labs.stepsProgress': '{done} of {total} steps done',
  'labs.step': 'Step {n}',
  'labs.state.todo': 'to do',
  'labs.state.done': 'done',
  'labs.hint': 'Show a hint ({n} of {total})',
  'labs.hintItem': 'Hint {n}:',
};

export const labShellMessages: { fr: Record<LabShellMessageKey, string>; en: Record<LabShellMessageKey, string> } = {
  fr,
  en,
};
