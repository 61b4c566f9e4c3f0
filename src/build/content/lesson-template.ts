/**
 * What `npm run new:lesson` writes: the slug taken from the title, a fresh id, and
 * a draft lesson that is valid as created (it passes the content checker) with every
 * component shown in MDX comments and a small quiz to rewrite. Once `draft: true` is
 * removed, the checker refuses what is left of the template's text (TEMPLATE_PLACEHOLDERS)
 * and a quiz shorter than the authoring guide's minimum.
 */

import type { LessonSourceMeta } from './content-loader';

/** « Qu’est-ce qu’un conteneur ? » → `qu-est-ce-qu-un-conteneur`: lowercase, no accents, kebab-case. */
export function slugifyTitle(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The prefix the module's lesson ids share (`virt` for `virt-definition`…), else the module's own id. */
export function modulePrefix(moduleId: string, lessonIds: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const id of lessonIds) {
    const prefix = id.split('-')[0];
    if (prefix) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best?.[0] ?? moduleId;
}

/**
 * Where a new lesson goes in its module: before the practice page and the exam that close it
 * (the non-lesson pages at the end of the module), else after the last page. Those pages, and
 * any after them, move one place down.
 */
export function newLessonOrder(lessons: readonly Pick<LessonSourceMeta, 'id' | 'order' | 'kind'>[]): {
  order: number;
  moved: Pick<LessonSourceMeta, 'id' | 'order' | 'kind'>[];
} {
  const sorted = [...lessons].sort((a, b) => a.order - b.order);
  let firstOfEnd = sorted.length;
  while (firstOfEnd > 0 && sorted[firstOfEnd - 1]?.kind !== 'lesson') firstOfEnd -= 1;
  const closing = sorted[firstOfEnd];
  if (!closing) return { order: (sorted.at(-1)?.order ?? 0) + 1, moved: [] };
  return { order: closing.order, moved: sorted.filter((lesson) => lesson.order >= closing.order) };
}

/** The lesson source with the frontmatter's `order:` line (1-based `line`) set to `order`. */
export function withOrder(source: string, line: number, order: number): string {
  const lines = source.split('\n');
  const current = lines[line - 1];
  if (current === undefined || !/^order:[ \t]*\d+[ \t]*$/.test(current)) {
    throw new Error(`Ligne ${line} : « order: <nombre> » attendu, trouvé « ${current ?? ''} ».`);
  }
  lines[line - 1] = `order: ${order}`;
  return lines.join('\n');
}

/** `base`, or `base-2`, `base-3`… the first one nobody has ever used. */
export function freshId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}

export interface LessonTemplateInput {
  id: string;
  quizId: string;
  title: string;
  order: number;
}

/** YAML needs quotes around a title with `: `, `#` or a leading sign; JSON quoting is valid YAML. */
function yamlText(text: string): string {
  return /^[\s[\]{}&*!|>'"%@`,?:-]|: | #|[\n\r]|\s$/.test(text) ? JSON.stringify(text) : text;
}

const NB = '\u00a0';

/** The template's sample text, which a published lesson must not keep (check-unfinished.ts). */
export const TEMPLATE_PLACEHOLDERS: readonly string[] = [
  'Une phrase qui dit ce que la leçon apporte (à réécrire).',
  'Remplacer cet objectif par une phrase qui commence par un verbe.',
  'Remplacer aussi ce second objectif.',
  'Une phrase d’introduction qui dit ce que l’apprenant va découvrir.',
  `Le texte de la leçon, en Markdown${NB}:`,
  'Un premier point essentiel.',
  'Un deuxième point.',
  'Un troisième point.',
  `Quelle réponse est la bonne${NB}?`,
  'Oui, c’est la bonne réponse.',
  'Non, relisez la première partie.',
  'Cette affirmation est vraie.',
];

export function lessonTemplate({ id, quizId, title, order }: LessonTemplateInput): string {
  return `---
id: ${id}
title: ${yamlText(title)}
description: Une phrase qui dit ce que la leçon apporte (à réécrire).
order: ${order}
duration: 10
objectives:
  - Remplacer cet objectif par une phrase qui commence par un verbe.
  - Remplacer aussi ce second objectif.
topics: []
draft: true
---

{/*
  Modèle créé par npm run new:lesson. Réécrivez le texte d’exemple, gardez ce qui
  vous sert et supprimez ces commentaires. Le guide complet${NB}: docs/authoring.md.
  En-tête${NB}: draft: true garde la leçon hors de la version publiée (elle reste
  visible avec npm run dev)${NB}; retirez la ligne quand la leçon est prête. Le
  vérificateur refuse alors le texte de ce modèle et un quiz trop court. Listez dans
  topics les sujets du programme (content/syllabus.yaml) que la leçon enseigne, par
  exemple [c8]. Vérifiez la leçon avec npm run check:content.
*/}

Une phrase d’introduction qui dit ce que l’apprenant va découvrir.

## Première partie

Le texte de la leçon, en Markdown${NB}: **gras**, *italique*, \`code\`, listes…

{/*
  Encadré (type="info", "warning" ou "tip"${NB}; title est facultatif)${NB}:

  <Callout type="tip" title="Astuce">
    Le texte de l’encadré, en Markdown.
  </Callout>

  Terme du glossaire (un id de content/glossary.yaml)${NB}:

  Un <Terme id="conteneur">conteneur</Terme> partage le noyau de l’hôte.

  Schéma (le nom d’un fichier de src/diagrams/, sans .tsx)${NB}:

  <Diagram name="vm-vs-container" />

  Figure avec sa légende, autour d’une image rangée dans public/images/${NB}:

  <Figure caption="Ce que la figure montre">
    ![Description de l’image pour qui ne la voit pas](/images/mon-image.png)
  </Figure>

  Liens vers une leçon, vers un titre d’une leçon, vers le glossaire${NB}:

  [les volumes](/conteneurisation/volumes)
  [les volumes nommés](/conteneurisation/volumes#les-volumes-nommés)
  [volume](/glossaire#volume)

  Bloc de code avec un titre, et session de terminal (commandes précédées de «${NB}$${NB}»)${NB}:

  \`\`\`yaml title="compose.yaml"
  services:
    web:
      image: nginx
  \`\`\`

  \`\`\`shell
  $ docker ps
  CONTAINER ID   IMAGE   COMMAND   CREATED   STATUS   PORTS   NAMES
  \`\`\`
*/}

## À retenir

- Un premier point essentiel.
- Un deuxième point.
- Un troisième point.

{/*
  Le quiz de la leçon (au moins 4 questions de 3 types différents). Les neuf types
  de questions sont décrits dans docs/authoring.md.
*/}

\`\`\`quiz
id: ${quizId}
questions:
  - id: premiere-question
    type: single
    prompt: Quelle réponse est la bonne${NB}?
    section: première-partie
    choices:
      - text: Celle-ci
        correct: true
        feedback: Oui, c’est la bonne réponse.
      - text: Celle-là
        feedback: Non, relisez la première partie.
  - id: vrai-ou-faux
    type: truefalse
    prompt: Cette affirmation est vraie.
    answer: true
  - id: lister-les-conteneurs
    type: command
    prompt: Affichez les conteneurs en cours d’exécution.
    answer: docker ps
\`\`\`
`;
}
