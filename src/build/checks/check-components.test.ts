// @vitest-environment node
import { expect, test } from 'vitest';
import { checkComponents } from './check-components';
import { formatProblem } from './problems';
import { checkInputFor, lessonFile } from '../shared/temp-tree';

function problemsIn(body: string) {
  const input = checkInputFor({
    'content/glossary.yaml': '- id: cgroup\n  term: cgroup\n  definition: Un groupe de contrôle.\n',
    'src/diagrams/hypervisors.tsx': 'export default function Diagram() { return null; }\n',
    'content/demo/lecon.mdx': lessonFile({ id: 'demo-lecon', body: `## Ici\n\n${body}\n` }),
  });
  return checkComponents(input).map(formatProblem);
}

test('the four components with their attributes are accepted', () => {
  expect(
    problemsIn(
      '<Callout type="warning" title="Titre">Texte.</Callout>\n\n<Figure caption="Légende">Texte.</Figure>\n\nUn <Terme id="cgroup">cgroup</Terme>.\n\n<Diagram name="hypervisors" />\n\n<Callout>Sans type.</Callout>',
    ),
  ).toEqual([]);
});

test.each([
  [
    '<Encadre>Texte.</Encadre>',
    'Le composant <Encadre> n’existe pas : utilisez l’un des composants Callout, Figure, Terme ou Diagram (ou corrigez la casse du nom).',
  ],
  [
    '<callout>Texte.</callout>',
    'La balise HTML <callout> n’est pas permise dans une leçon : écrivez en Markdown ou utilisez l’un des composants Callout, Figure, Terme ou Diagram.',
  ],
  [
    '<Callout type="danger">Texte.</Callout>',
    'Le type de <Callout> « danger » n’existe pas : écrivez type="info", type="warning" ou type="tip".',
  ],
  [
    '<Callout kind="info">Texte.</Callout>',
    'L’attribut « kind » n’existe pas pour <Callout> : attributs possibles : type, title.',
  ],
  [
    '<Callout type={"info"}>Texte.</Callout>',
    'L’attribut « type » de <Callout> doit être un texte entre guillemets, par exemple type="…", pas une expression entre accolades.',
  ],
  [
    '<Terme id="cgroups">cgroups</Terme>',
    'Le terme « cgroups » n’est pas dans content/glossary.yaml : utilisez l’id d’un terme existant ou ajoutez le terme au glossaire.',
  ],
  [
    '<Terme>cgroups</Terme>',
    '<Terme> n’a pas d’attribut id : ajoutez l’id du terme du glossaire, par exemple <Terme id="cgroup">cgroups</Terme>.',
  ],
  [
    '<Diagram name="absent" />',
    'Le schéma « absent » n’existe pas (pas de fichier src/diagrams/absent.tsx) : corrigez le nom ou demandez ce schéma à l’auteur des schémas.',
  ],
  [
    '<Diagram />',
    '<Diagram> n’a pas d’attribut name : ajoutez le nom du schéma, par exemple <Diagram name="hypervisors" />.',
  ],
])('reports %s at the component', (body, message) => {
  expect(problemsIn(body)).toEqual([`content/demo/lecon.mdx:14:1  ${message}`]);
});
