/**
 * Components in lessons: only those of src/lib/lesson-components.ts exist; each takes its own
 * attributes as plain strings, some required, some with a fixed set of values; a value that
 * names a glossary term or a diagram must name one that exists (`src/diagrams/<name>.tsx`).
 */
import { componentNamesAsText, frenchList, lessonComponent } from '../../lib/lesson-components';
import { lessonsToCheck, type CheckInput } from './check-input';
import type { ContentProblem } from './problems';

export function checkComponents(input: CheckInput): ContentProblem[] {
  const { content, files } = input;
  const problems: ContentProblem[] = [];
  const glossaryIds = new Set(content.glossary.map((entry) => entry.id));
  const componentList = componentNamesAsText('ou');

  for (const lesson of lessonsToCheck(input)) {
    for (const use of lesson.analysis.jsx) {
      const report = (message: string) =>
        problems.push({ file: lesson.file, line: use.line, column: use.column, message });
      const component = lessonComponent(use.name);
      if (!component) {
        report(
          /^[a-z]/.test(use.name)
            ? `La balise HTML <${use.name}> n’est pas permise dans une leçon : écrivez en Markdown ou utilisez l’un des composants ${componentList}.`
            : `Le composant <${use.name}> n’existe pas : utilisez l’un des composants ${componentList} (ou corrigez la casse du nom).`,
        );
        continue;
      }
      const allowed = Object.keys(component.attributes);
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
      for (const [name, attribute] of Object.entries(component.attributes)) {
        const value = use.attributes[name];
        if (!(name in use.attributes)) {
          if (attribute.required) {
            report(
              `<${use.name}> n’a pas d’attribut ${name} : ajoutez ${attribute.describe ?? `l’attribut ${name}`}, par exemple ${component.example}.`,
            );
          }
          continue;
        }
        if (typeof value !== 'string') continue;
        if (attribute.values && !attribute.values.includes(value)) {
          const choices = frenchList(
            attribute.values.map((choice) => `${name}="${choice}"`),
            'ou',
          );
          report(`Le ${name} de <${use.name}> « ${value} » n’existe pas : écrivez ${choices}.`);
        } else if (attribute.names === 'glossary-term' && !glossaryIds.has(value)) {
          report(
            `Le terme « ${value} » n’est pas dans content/glossary.yaml : utilisez l’id d’un terme existant ou ajoutez le terme au glossaire.`,
          );
        } else if (attribute.names === 'diagram' && !files.has(`src/diagrams/${value}.tsx`)) {
          report(
            `Le schéma « ${value} » n’existe pas (pas de fichier src/diagrams/${value}.tsx) : corrigez le nom ou demandez ce schéma à l’auteur des schémas.`,
          );
        }
      }
    }
  }
  return problems;
}
