// @vitest-environment node
import { expect, test } from 'vitest';
import { checkLinks } from './check-links';
import { formatProblem } from './problems';
import { checkInputFor, lessonFile } from '../shared/temp-tree';

const glossary = '- id: volume\n  term: volume\n  definition: Un espace de stockage géré par Docker.\n';

function linksIn(body: string, extra: Record<string, string> = {}) {
  const input = checkInputFor({
    'content/glossary.yaml': glossary,
    'content/demo/source.mdx': lessonFile({ id: 'demo-source', body: `## Ici\n\n${body}\n` }),
    'content/demo/cible.mdx': lessonFile({ id: 'demo-cible', order: 2, body: '## Les volumes nommés\n\nTexte.\n' }),
    'content/demo/brouillon.mdx': lessonFile({ id: 'demo-brouillon', order: 3, draft: true }),
    ...extra,
  });
  return checkLinks(input).map(formatProblem);
}

test.each([
  '[a](/demo/cible)',
  '[a](/demo/cible/)',
  '[a](/demo/cible#les-volumes-nommés)',
  '[a](/demo/cible#les-volumes-nomm%C3%A9s)',
  '[a](#ici)',
  '[a](/glossaire#volume)',
  '[a](/glossaire)',
  '[a](/demo)',
  '[a](/)',
  '[a](/progression)',
  '[a](https://docs.docker.com)',
  '[a](mailto:a@b.fr)',
])('accepts %s', (link) => {
  expect(linksIn(link)).toEqual([]);
});

test.each([
  [
    '[a](/demo/absente)',
    'Le lien « /demo/absente » ne mène à aucune leçon : le module « demo » n’a pas de fichier absente.mdx, vérifiez le nom de la leçon.',
  ],
  [
    '[a](/demo/cible#volumes)',
    'L’ancre « #volumes » n’existe pas dans /demo/cible : utilisez l’une de #les-volumes-nommés.',
  ],
  ['[a](#la)', 'L’ancre « #la » ne correspond à aucun titre de cette leçon : utilisez l’une de #ici.'],
  [
    '[a](/glossaire#inconnu)',
    'Le terme « inconnu » n’est pas dans content/glossary.yaml : utilisez l’id d’un terme du glossaire ou ajoutez-y le terme.',
  ],
  [
    '[a](cible)',
    'Le lien « cible » est relatif : écrivez un chemin absolu depuis la racine du cours, par exemple « /conteneurisation/volumes ».',
  ],
  [
    '[a](/ailleurs/x/y)',
    'Le lien « /ailleurs/x/y » ne mène à aucune page du cours : visez une leçon (/module/leçon), un module (/module) ou le glossaire (/glossaire#terme).',
  ],
  [
    '[a](/demo/brouillon)',
    'Le lien « /demo/brouillon » mène à une leçon brouillon (draft: true), absente de la version publiée : retirez le lien ou publiez la leçon.',
  ],
])('reports %s at the link', (link, message) => {
  expect(linksIn(`Voir ${link}.`)).toEqual([`content/demo/source.mdx:14:6  ${message}`]);
});

test('a link to a lesson the loader rejected is not reported twice', () => {
  expect(
    linksIn('[a](/demo/casse)', {
      'content/demo/casse.mdx': lessonFile({ id: 'demo-casse', order: 4, body: 'a <3\n' }),
    }),
  ).toEqual([]);
});
