/** Every string the workbench editor shows, in French (default) and English. Registered by the lesson route (the editor's shell is in the prerendered page). */

const fr = {
  'workbench.files': 'Fichiers du lab',
  'workbench.editorLabel': 'Éditeur\u00a0: {file}',
  'workbench.keys': 'Tab indente dans l’éditeur\u00a0; Échap puis Tab en sort.',
  'workbench.findings': 'Problèmes dans {file}',
  'workbench.noFindings': 'Aucun problème relevé dans {file}.',
  'workbench.line': 'Ligne {line}',
  'workbench.severity.error': 'erreur',
  'workbench.severity.warning': 'avertissement',
  'workbench.severity.info': 'conseil',
  'workbench.lessonLink': 'Voir la leçon',
  'workbench.refused': '{file} n’a pas été enregistré\u00a0: {reason}.',
  'workbench.noFiles': 'Ce lab n’a aucun fichier à éditer.',
  'workbench.starting': '{file}, en lecture seule le temps que l’éditeur démarre',
};

export type WorkbenchMessageKey = keyof typeof fr;

const en: Record<WorkbenchMessageKey, string> = {
  'workbench.files': 'Lab files',
  'workbench.editorLabel': 'Editor: {file}',
  'workbench.keys': 'Tab indents in the editor; Escape then Tab leaves it.',
  'workbench.findings': 'Problems in {file}',
  'workbench.noFindings': 'No problem found in {file}.',
  'workbench.line': 'Line {line}',
  'workbench.severity.error': 'error',
  'workbench.severity.warning': 'warning',
  'workbench.severity.info': 'tip',
  'workbench.lessonLink': 'See the lesson',
  'workbench.refused': '{file} was not saved: {reason}.',
  'workbench.noFiles': 'This lab has no file to edit.',
  'workbench.starting': '{file}, read-only while the editor starts',
};

export const workbenchMessages: { fr: Record<WorkbenchMessageKey, string>; en: Record<WorkbenchMessageKey, string> } = {
  fr,
  en,
};
