// @vitest-environment node
import { expect, test } from 'vitest';
import { checkImages, imageFile } from './check-images';
import { formatProblem } from './problems';
import { checkInputFor, lessonFile, samplePng } from '../shared/temp-tree';

test('image URLs map to files in public/ or next to the lesson', () => {
  expect(imageFile('content/demo/a.mdx', '/images/x.png')).toBe('public/images/x.png');
  expect(imageFile('content/demo/a.mdx', './img/x.png')).toBe('content/demo/img/x.png');
  expect(imageFile('content/demo/a.mdx', '../commun/x%20y.png')).toBe('content/commun/x y.png');
  expect(imageFile('content/demo/a.mdx', 'https://example.org/x.png')).toBeNull();
});

test('existing images with alt text pass; missing files and empty alt are reported', () => {
  const input = checkInputFor({
    'public/images/ok.png': samplePng,
    'content/demo/voisine.png': samplePng,
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

test('an image whose size cannot be read is reported: the page would move while it loads', () => {
  const input = checkInputFor({
    'public/images/texte.png': 'pas une image',
    'public/images/sans-taille.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>',
    'public/images/viewbox.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30"></svg>',
    'content/demo/ok.png': samplePng,
    'content/demo/lecon.mdx': lessonFile({
      id: 'demo-lecon',
      body: '## Ici\n\n![Du texte](/images/texte.png)\n\n![Un SVG sans taille](/images/sans-taille.svg)\n\n![Un SVG à viewBox](/images/viewbox.svg) ![Un PNG](ok.png)\n',
    }),
  });
  expect(checkImages(input).map(formatProblem)).toEqual([
    'content/demo/lecon.mdx:14:1  La taille de l’image « /images/texte.png » est illisible (fichier public/images/texte.png) : ce doit être un PNG, JPEG, GIF, WebP ou AVIF, ou un SVG qui porte width et height ou un viewBox ; sinon la page bouge pendant son chargement. Exportez l’image à nouveau.',
    'content/demo/lecon.mdx:16:1  La taille de l’image « /images/sans-taille.svg » est illisible (fichier public/images/sans-taille.svg) : ce doit être un PNG, JPEG, GIF, WebP ou AVIF, ou un SVG qui porte width et height ou un viewBox ; sinon la page bouge pendant son chargement. Exportez l’image à nouveau.',
  ]);
});
