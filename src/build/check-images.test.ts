// @vitest-environment node
import { expect, test } from 'vitest';
import { checkImages, imageFile } from './check-images';
import { formatProblem } from './problems';
import { checkInputFor, lessonFile } from './temp-tree';

test('image URLs map to files in public/ or next to the lesson', () => {
  expect(imageFile('content/demo/a.mdx', '/images/x.png')).toBe('public/images/x.png');
  expect(imageFile('content/demo/a.mdx', './img/x.png')).toBe('content/demo/img/x.png');
  expect(imageFile('content/demo/a.mdx', '../commun/x%20y.png')).toBe('content/commun/x y.png');
  expect(imageFile('content/demo/a.mdx', 'https://example.org/x.png')).toBeNull();
});

test('existing images with alt text pass; missing files and empty alt are reported', () => {
  const input = checkInputFor({
    'public/images/ok.png': 'png',
    'content/demo/voisine.png': 'png',
    'content/demo/lecon.mdx': lessonFile({
      id: 'demo-lecon',
      body: '## Ici\n\n![Un schéma](/images/ok.png) ![Une voisine](voisine.png)\n\n![](/images/ok.png)\n\nVoir ![Absente](/images/absente.png).\n',
    }),
  });
  expect(checkImages(input).map(formatProblem)).toEqual([
    'content/demo/lecon.mdx:16:1  L’image « /images/ok.png » n’a pas de texte alternatif : décrivez-la entre les crochets, ![ce que montre l’image](/images/ok.png).',
    'content/demo/lecon.mdx:18:6  L’image « /images/absente.png » est introuvable (fichier public/images/absente.png absent) : corrigez le chemin ou ajoutez le fichier.',
  ]);
});
