/**
 * Components in lessons: only Callout, Figure, Terme and Diagram exist; each
 * takes its own attributes as plain strings; `<Callout type>` is info, warning
 * or tip; `<Terme id>` is a glossary id; `<Diagram name>` has its file in
 * `src/diagrams/<name>.tsx`.
 */
import { lessonsToCheck, type CheckInput } from './check-input.ts';
import type { ContentProblem } from './problems.ts';

export const componentAttributes: Record<string, readonly string[]> = {
  Callout: ['type', 'title'],
  Figure: ['caption'],
  Terme: ['id'],
  Diagram: ['name'],
};
export const calloutTypes = ['info', 'warning', 'tip'] as const;

const componentList = 'Callout, Figure, Terme ou Diagram';

export function checkComponents(input: CheckInput): ContentProblem[] {
  const { content, files } = input;
  const problems: ContentProblem[] = [];
  const glossaryIds = new Set(content.glossary.map((entry) => entry.id));

  for (const lesson of lessonsToCheck(input)) {
    for (const use of lesson.analysis.jsx) {
      const report = (message: string) =>
        problems.push({ file: lesson.file, line: use.line, column: use.column, message });
      const allowed = componentAttributes[use.name];
      if (!allowed) {
        report(
          /^[a-z]/.test(use.name)
            ? `La balise HTML <${use.name}> n’est pas permise dans une leçon : écrivez en Markdown ou utilisez l’un des composants ${componentList}.`
            : `Le composant <${use.name}> n’existe pas : utilisez l’un des composants ${componentList} (ou corrigez la casse du nom).`,
        );
        continue;
      }
      for (const [name, value] of Object.entries(use.attributes)) {
        if (!allowed.includes(name)) {
          report(
            `L’attribut « ${name} » n’existe pas pour <${use.name}> : attributs possibles : ${allowed.join(', ')}.`,
          );
        } else if (value === null) {
          report(
            `L’attribut « ${name} » de <${use.name}> doit être un texte entre guillemets, par exemple ${name}="…", pas une expression entre accolades.`,
          );
        }
      }
      const { type, id, name } = use.attributes;
      if (use.name === 'Callout' && typeof type === 'string' && !(calloutTypes as readonly string[]).includes(type)) {
        report(`Le type de <Callout> « ${type} » n’existe pas : écrivez type="info", type="warning" ou type="tip".`);
      } else if (use.name === 'Terme' && !('id' in use.attributes)) {
        report(
          '<Terme> n’a pas d’attribut id : ajoutez l’id du terme du glossaire, par exemple <Terme id="cgroup">cgroups</Terme>.',
        );
      } else if (use.name === 'Terme' && typeof id === 'string' && !glossaryIds.has(id)) {
        report(
          `Le terme « ${id} » n’est pas dans content/glossary.yaml : utilisez l’id d’un terme existant ou ajoutez le terme au glossaire.`,
        );
      } else if (use.name === 'Diagram' && !('name' in use.attributes)) {
        report(
          '<Diagram> n’a pas d’attribut name : ajoutez le nom du schéma, par exemple <Diagram name="hypervisors" />.',
        );
      } else if (use.name === 'Diagram' && typeof name === 'string' && !files.has(`src/diagrams/${name}.tsx`)) {
        report(
          `Le schéma « ${name} » n’existe pas (pas de fichier src/diagrams/${name}.tsx) : corrigez le nom ou demandez ce schéma à l’auteur des schémas.`,
        );
      }
    }
  }
  return problems;
}
