import { expect, test } from 'vitest';
import { extractLessonText, lessonDocuments } from './search-sections';

const source = `---
id: demo
title: Démo
---

Une introduction avec du \`code\`.

{/* un commentaire d’auteur */}

## Qu’est-ce qu’un conteneur ?

Un <Terme id="conteneur">conteneur</Terme> isole un processus.

<Callout type="tip" title="Astuce">

Lisez la suite.

</Callout>

\`\`\`quiz
id: quiz-demo
questions: []
\`\`\`

### Les volumes nommés

- premier point
- second point

#### Un détail

Le détail reste dans sa section.
`;

test('a lesson is cut into its intro and its ## and ### sections, with the rendered anchors', () => {
  const text = extractLessonText(source);
  expect(text.intro).toBe('Une introduction avec du code.');
  expect(text.sections.map((section) => [section.heading, section.slug])).toEqual([
    ['Qu’est-ce qu’un conteneur ?', 'quest-ce-quun-conteneur-'],
    ['Les volumes nommés', 'les-volumes-nommés'],
  ]);
});

test('section text keeps prose, glossary terms and callout titles, and leaves out quizzes and comments', () => {
  const [first, second] = extractLessonText(source).sections;
  expect(first?.text).toBe('Un conteneur isole un processus. Astuce Lisez la suite.');
  expect(first?.text).not.toContain('quiz-demo');
  expect(second?.text).toBe('premier point second point Un détail Le détail reste dans sa section.');
});

test('a lesson gives one document for its intro and one per section, each leading to its place', () => {
  const documents = lessonDocuments(
    {
      id: 'demo',
      title: 'Démo',
      description: 'Ce que la leçon apporte.',
      moduleSlug: 'module',
      slug: 'lecon',
      moduleTitle: 'Module',
    },
    extractLessonText(source),
  );
  expect(documents.map((document) => [document.id, document.kind, document.path])).toEqual([
    ['demo', 'lesson', '/module/lecon'],
    ['demo#quest-ce-quun-conteneur-', 'section', '/module/lecon#quest-ce-quun-conteneur-'],
    ['demo#les-volumes-nommés', 'section', '/module/lecon#les-volumes-nommés'],
  ]);
  expect(documents[0]?.text).toBe('Ce que la leçon apporte. Une introduction avec du code.');
});

test('a code word ranks the section where it is code above prose holding the same letters', async () => {
  const { createSearchIndex, searchCourse } = await import('../../features/search/search-index');
  const lesson = (id: string, slug: string) => ({
    id,
    title: `Leçon ${id}`,
    description: 'Une leçon.',
    moduleSlug: 'demo',
    slug,
    moduleTitle: 'Démo',
  });
  const prose = extractLessonText(
    [
      '## Ce que le service rend visible',
      '',
      'Le service expose une API. Ce chapitre expose les choix : on expose peu, on expose bien, et la page',
      'expose enfin comment le port est publié, et le programme expose ses mesures.',
    ].join('\n'),
  );
  const code = extractLessonText(
    [
      '## Les instructions du Dockerfile',
      '',
      'Le fichier déclare son port et sa commande :',
      '',
      '```dockerfile',
      'EXPOSE 80',
      'CMD ["nginx", "-g", "daemon off;"]',
      '```',
      '',
      'puis `docker run -p 8080:80 web` publie ce port ; ici, le port est publié à la main.',
    ].join('\n'),
  );
  const index = createSearchIndex([
    ...lessonDocuments(lesson('prose', 'prose'), prose),
    ...lessonDocuments(lesson('code', 'code'), code),
  ]);
  for (const query of ['EXPOSE', 'CMD', '-p']) {
    expect(searchCourse(index, query)[0]?.id, query).toBe('code#les-instructions-du-dockerfile');
  }
});

test('a lab block is in neither the text nor the code of its section: its checks hold the expected commands', () => {
  const lab = [
    '## Pratique',
    '',
    'Lancez un conteneur.',
    '',
    '```sh',
    'docker ps',
    '```',
    '',
    '```lab',
    'id: lab-demo',
    'steps:',
    '  - id: lancer',
    '    check:',
    '      commandRan: "docker run --name web nginx"',
    '```',
    '',
  ].join('\n');
  const [section] = extractLessonText(`---\nid: demo\n---\n\n${lab}`).sections;
  expect(section?.text).toBe('Lancez un conteneur. docker ps');
  expect(section?.code).toBe('docker ps');
  expect(`${section?.text} ${section?.code}`).not.toMatch(/lab-demo|commandRan|--name web/);
});
