// @vitest-environment node
/**
 * The content checker on fixture trees (tests/fixtures/content/<case>/content/…), one
 * mistake each: every expected `file:line:col  message` line, exactly. Then the
 * command itself, and the real course, which must pass clean.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { checkContent } from '../../src/build/checks/content-checks';
import { formatProblem } from '../../src/build/checks/problems';

const projectRoot = resolve(__dirname, '../..');
const fixturesDir = resolve(projectRoot, 'tests/fixtures/content');
const fixture = (name: string) => resolve(fixturesDir, name);

const expected: Record<string, string[]> = {
  // a lesson whose title is removed: its dead link is still reported, in the same run
  'invalid-frontmatter-dead-link': [
    'content/demo/sans-titre.mdx:2:1  Le champ « title » est obligatoire et manque : ajoutez-le à l’en-tête de la leçon.',
    'content/demo/sans-titre.mdx:13:6  Le lien « /demo/absente » ne mène à aucune leçon : le module « demo » n’a pas de fichier absente.mdx, vérifiez le nom de la leçon.',
  ],
  // a published lesson keeps a line of the new:lesson template and a quiz of 3 questions; the same draft is clean
  'unfinished-lesson': [
    'content/demo/lecon.mdx:18:3  Le texte «\u00a0Un premier point essentiel.\u00a0» vient du modèle de npm run new:lesson\u00a0: remplacez-le par le vôtre, ou gardez draft: true dans l’en-tête tant que la leçon n’est pas prête.',
    'content/demo/lecon.mdx:22:1  Le quiz «\u00a0quiz-demo\u00a0» n’a que 3 questions\u00a0: il en faut au moins 4 dans une leçon (docs/authoring.md). Ajoutez des questions, ou gardez draft: true dans l’en-tête tant que la leçon n’est pas prête.',
  ],
  // one YAML slip each (a tab in a quiz of six questions, an unclosed [ in a frontmatter): one message each
  'yaml-slip': [
    'content/demo/crochet.mdx:8:1  En-tête YAML invalide : Flow sequence in block collection must be sufficiently indented and end with a ]',
    'content/demo/quiz-tab.mdx:25:1  Syntaxe YAML invalide, tabulation dans l’indentation : n’indentez qu’avec des espaces (Tabs are not allowed as indentation).',
  ],
  // <Callout type="danger">
  'bad-callout-type': [
    'content/demo/lecon.mdx:14:1  Le type de <Callout> « danger » n’existe pas : écrivez type="info", type="warning" ou type="tip".',
  ],
  // a question’s section names no heading of its lesson
  'bad-quiz-section': [
    'content/demo/lecon.mdx:22:14  La section « section-absente » de la question « vrai-faux » n’est l’ancre d’aucun titre de cette leçon : écrivez l’ancre sans #, l’une de une-section.',
  ],
  // /demo/lecon-2#une-section-absente
  'broken-anchor': [
    'content/demo/lecon-1.mdx:14:6  L’ancre « #une-section-absente » n’existe pas dans /demo/lecon-2 : utilisez l’une de #les-volumes-nommés.',
  ],
  // /glossaire#image, not in the glossary
  'broken-glossary-link': [
    'content/demo/lecon.mdx:14:6  Le terme « image » n’est pas dans content/glossary.yaml : utilisez l’id d’un terme du glossaire ou ajoutez-y le terme.',
  ],
  // /demo/absente
  'broken-lesson-link': [
    'content/demo/lecon.mdx:14:6  Le lien « /demo/absente » ne mène à aucune leçon : le module « demo » n’a pas de fichier absente.mdx, vérifiez le nom de la leçon.',
  ],
  // [[]]
  'cloze-empty-blank': [
    'content/demo/lecon.mdx:22:48  Le trou n°1 de la question « pilote » (cloze) n’a aucune réponse acceptée : écrivez au moins une réponse entre les crochets, par exemple `[[overlay2]]`.',
  ],
  // answer: docker lancer nginx
  'command-unparsable': [
    'content/demo/lecon.mdx:22:5  La réponse de la question « lancer » (command) n’est pas une commande docker prise en charge (`docker lancer` n’est pas une commande docker prise en charge ici) : corrigez-la.',
  ],
  // two lessons, one id (kept as the loader test wrote it)
  'duplicate-id': [
    'content/demo/lecon-2.mdx:2:1  L’id « demo-doublon » est déjà utilisé par content/demo/lecon-1.mdx : chaque leçon a un id unique.',
  ],
  // redis:8-alpine twice, redis:7.4-alpine once; redis:latest is allowed by severalImageTags, nginx is never shown
  'image-tag-drift': [
    'content/demo/lecon-2.mdx:14:36  L’image « redis » est ici en version « 7.4-alpine », mais le cours utilise « redis:8-alpine » (2 fois, d’abord content/demo/lecon-1.mdx:15) : gardez une seule version par image dans tout le cours, ou, si la leçon montre exprès plusieurs versions, ajoutez « redis » à severalImageTags dans son en-tête.',
    'content/demo/lecon-3.mdx:10:27  severalImageTags liste « nginx », mais la leçon n’écrit cette image nulle part : retirez « nginx » de la liste.',
  ],
  // two questions with the id vrai-faux
  'duplicate-question-id': [
    'content/demo/lecon.mdx:23:5  L’id « vrai-faux » de la question n°2 est déjà celui de la question n°1 : chaque question du quiz doit avoir un id unique.',
  ],
  // two lessons, one quiz id
  'duplicate-quiz-id': [
    'content/demo/lecon-2.mdx:17:1  L’id de quiz « quiz-demo » est déjà utilisé dans content/demo/lecon-1.mdx : chaque quiz a un id unique.',
  ],
  // duration: cinq
  'frontmatter-wrong-type': [
    'content/demo/lecon.mdx:6:1  Le champ « duration » contient le texte « cinq », qui n’a pas le bon type : écrivez un nombre entier de minutes, par exemple 10.',
  ],
  // ![](/images/couches.png)
  'image-without-alt': [
    'content/demo/lecon.mdx:14:1  L’image « /images/couches.png » n’a pas de texte alternatif : décrivez-la entre les crochets, ![ce que montre l’image](/images/couches.png).',
  ],
  // {nom} in the text
  'javascript-expression': [
    'content/demo/lecon.mdx:14:13  Les accolades {nom} seraient exécutées comme du code JavaScript : écrivez \\{ et \\} dans le texte, mettez le passage entre accents graves, ou écrivez un commentaire {/* … */}.',
  ],
  // 3 left, 2 right
  'matching-unequal': [
    'content/demo/lecon.mdx:23:5  La question « associer » (matching) a 3 éléments dans `left` et 2 dans `right` : les deux listes doivent avoir la même longueur (left[i] va avec right[i]).',
  ],
  // « moins de <1 seconde »
  'mdx-syntax': [
    'content/demo/lecon.mdx:14:35  Le signe < ouvre une balise en MDX : écrivez &lt; dans le texte, ou mettez le passage entre accents graves (`a < b`).',
  ],
  // /images/couches.png not in public/
  'missing-image': [
    'content/demo/lecon.mdx:14:1  L’image « /images/couches.png » est introuvable (fichier public/images/couches.png absent) : corrigez le chemin ou ajoutez le fichier.',
  ],
  // no title (kept as the loader test wrote it)
  'missing-title': [
    'content/demo/sans-titre.mdx:2:1  Le champ « title » est obligatoire et manque : ajoutez-le à l’en-tête de la leçon.',
  ],
  // two lessons with order 1
  'order-collision': [
    'content/demo/lecon-2.mdx:5:1  Le numéro d’ordre (order) 1 est déjà pris par content/demo/lecon-1.mdx dans ce module : choisissez un autre numéro.',
  ],
  // an unquoted « : » in a prompt
  'quiz-yaml-syntax': [
    'content/demo/lecon.mdx:21:13  Syntaxe YAML invalide, structure inattendue : un texte qui contient « : » doit être entre guillemets (Nested mappings are not allowed in compact mappings).',
  ],
  // known-ids.json lists demo-ancienne, which nothing carries
  'removed-known-id': [
    'content/known-ids.json:3:5  L’id « demo-ancienne » a été publié mais plus aucune leçon ni aucun quiz ne le porte, ce qui rendrait orpheline la progression des apprenants : rétablissez-le, ou ajoutez-le aux previousIds de la leçon qui le remplace.',
  ],
  // known-ids.json lists quiz-demo-ancien, which no quiz carries: the quiz was renamed without previousIds
  'removed-known-quiz-id': [
    'content/known-ids.json:6:5  L’id de quiz «\u00a0quiz-demo-ancien\u00a0» a été publié mais plus aucun quiz ne le porte, ce qui ferait perdre aux apprenants leurs tentatives, leurs notes et leurs examens réussis\u00a0: rétablissez-le, ou ajoutez la ligne previousIds: [quiz-demo-ancien] au bloc quiz qui le remplace (peut-être «\u00a0quiz-demo-nouveau\u00a0», content/demo/lecon.mdx:17).',
  ],
  // demo-ancienne renamed through previousIds: clean (known-ids.json in the older format, one list of ids)
  'renamed-known-id': [],
  // quiz-demo-ancien renamed through the quiz's previousIds: clean
  'renamed-known-quiz-id': [],
  // quiz previousIds naming a current quiz id, an old id taken over by two quizzes, an old id listed twice
  'quiz-previous-ids-clash': [
    'content/demo/lecon-1.mdx:18:15  L’ancien id «\u00a0quiz-demo-2\u00a0» est listé dans les previousIds du quiz «\u00a0quiz-demo-1\u00a0» de content/demo/lecon-1.mdx alors que content/demo/lecon-2.mdx le porte encore\u00a0: un ancien id ne peut pas être un id actuel, retirez-le de previousIds.',
    'content/demo/lecon-2.mdx:18:15  L’ancien id «\u00a0quiz-demo-ancien\u00a0» est déjà repris par le quiz «\u00a0quiz-demo-1\u00a0» de content/demo/lecon-1.mdx\u00a0: un seul quiz peut reprendre la progression d’un ancien id, retirez-le des previousIds du quiz «\u00a0quiz-demo-2\u00a0» de content/demo/lecon-2.mdx.',
    'content/demo/lecon-2.mdx:18:50  L’ancien id «\u00a0quiz-demo-vieux\u00a0» est listé deux fois dans `previousIds` (éléments n°2 et n°3)\u00a0: gardez-en un seul.',
  ],
  // many mistakes in three files, all reported at once
  'several-mistakes': [
    'content/demo/lecon-1.mdx:14:6  Le lien « /demo/absente » ne mène à aucune leçon : le module « demo » n’a pas de fichier absente.mdx, vérifiez le nom de la leçon.',
    'content/demo/lecon-1.mdx:14:46  Le terme « inconnu » n’est pas dans content/glossary.yaml : utilisez l’id d’un terme existant ou ajoutez le terme au glossaire.',
    'content/demo/lecon-1.mdx:16:1  Le type de <Callout> « danger » n’existe pas : écrivez type="info", type="warning" ou type="tip".',
    'content/demo/lecon-1.mdx:17:12  Espace ordinaire avant « ? » : remplacez-la par une espace insécable (U+00A0 ou U+202F).',
    'content/demo/lecon-1.mdx:27:5  L’id « vrai-faux » de la question n°2 est déjà celui de la question n°1 : chaque question du quiz doit avoir un id unique.',
    'content/demo/lecon-1.mdx:30:5  La question « vrai-faux » (single) n’a aucun choix correct : marquez-en un avec `correct: true`.',
    'content/demo/lecon-2.mdx:5:1  Le numéro d’ordre (order) 1 est déjà pris par content/demo/lecon-1.mdx dans ce module : choisissez un autre numéro.',
    'content/demo/lecon-3.mdx:2:1  Le champ « description » est obligatoire et manque : ajoutez-le à l’en-tête de la leçon.',
    'content/demo/lecon-3.mdx:2:1  Le champ « duration » est obligatoire et manque : ajoutez-le à l’en-tête de la leçon.',
    'content/demo/lecon-3.mdx:2:1  Le champ « objectives » est obligatoire et manque : ajoutez-le à l’en-tête de la leçon.',
    'content/demo/lecon-3.mdx:2:1  Le champ « order » est obligatoire et manque : ajoutez-le à l’en-tête de la leçon.',
    'content/demo/lecon-3.mdx:2:1  Le champ « title » est obligatoire et manque : ajoutez-le à l’en-tête de la leçon.',
    'content/demo/lecon-3.mdx:2:1  Le champ « topics » est obligatoire et manque : ajoutez-le à l’en-tête de la leçon.',
  ],
  // a single question with no correct choice
  'single-no-correct': [
    'content/demo/lecon.mdx:22:5  La question « sans-bonne-reponse » (single) n’a aucun choix correct : marquez-en un avec `correct: true`.',
  ],
  // topics: [d1, d2] and no quiz
  'topics-without-quiz': [
    'content/demo/lecon.mdx:9:1  Cette leçon enseigne des sujets du programme (topics) mais n’a aucun quiz : ajoutez un bloc ```quiz en fin de leçon, ou videz topics.',
  ],
  // a plain space before ? in prose, a straight apostrophe in a quiz explanation
  typography: [
    'content/demo/lecon.mdx:14:31  Espace ordinaire avant « ? » : remplacez-la par une espace insécable (U+00A0 ou U+202F).',
    'content/demo/lecon.mdx:23:19  Apostrophe droite entre deux lettres : remplacez-la par l’apostrophe typographique ’ (U+2019).',
  ],
  // <Callout> never closed
  'unclosed-component': [
    'content/demo/lecon.mdx:14:1  La balise <Callout> n’est jamais fermée : ajoutez </Callout> après son contenu (ou écrivez <Callout /> si elle n’a pas de contenu).',
  ],
  // syllabus topic d2 taught by no lesson
  'uncovered-topic': [
    'content/syllabus.yaml:6:11  Le sujet « d2 » (Second sujet) n’est enseigné par aucune leçon : ajoutez d2 aux topics de la leçon qui le traite.',
  ],
  // <Encadre>
  'unknown-component': [
    'content/demo/lecon.mdx:14:1  Le composant <Encadre> n’existe pas : utilisez l’un des composants Callout, Figure, Terme ou Diagram (ou corrigez la casse du nom).',
  ],
  // <Diagram name="schema-absent" />
  'unknown-diagram': [
    'content/demo/lecon.mdx:14:1  Le schéma « schema-absent » n’existe pas (pas de fichier src/diagrams/schema-absent.tsx) : corrigez le nom ou demandez ce schéma à l’auteur des schémas.',
  ],
  // <Terme id="conteneurs">
  'unknown-glossary-term': [
    'content/demo/lecon.mdx:14:4  Le terme « conteneurs » n’est pas dans content/glossary.yaml : utilisez l’id d’un terme existant ou ajoutez le terme au glossaire.',
  ],
  // type: qcm
  'unknown-question-type': [
    'content/demo/lecon.mdx:20:5  Le type « qcm » de la question « choix » est inconnu : utilisez l’un de single, multiple, truefalse, ordering, matching, cloze, short, numeric, command.',
  ],
  // exams drawn from a pool of 4: draw 5, 0, 2.5, then 3 (fewer than a lesson's 4); draw: 4 is clean
  'exam-draw': [
    'content/demo/lecon-1.mdx:19:1  `draw` demande 5 questions, mais le quiz n’en a que 4\u00a0: ajoutez des questions ou tirez-en au plus 4.',
    'content/demo/lecon-2.mdx:19:1  `draw` vaut 0\u00a0: indiquez un nombre entier de questions, au moins 1 (par exemple `draw: 12`).',
    'content/demo/lecon-3.mdx:19:1  `draw` vaut 2.5\u00a0: indiquez un nombre entier de questions, au moins 1 (par exemple `draw: 12`).',
    'content/demo/lecon-4.mdx:17:1  Le quiz «\u00a0exam-demo-4\u00a0» ne tire que 3 questions (`draw`)\u00a0: il en faut au moins 4 dans une leçon (docs/authoring.md). Augmentez `draw`, ou retirez-le pour poser toutes les questions.',
  ],
  // topics: [d1, d2, d9]
  'unknown-topic': [
    'content/demo/lecon.mdx:9:18  Le sujet « d9 » n’existe pas dans content/syllabus.yaml : utilisez l’un de d1, d2.',
  ],
};

test('every fixture tree has its expected report', () => {
  const trees = readdirSync(fixturesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  expect(trees.map((entry) => entry.name).sort()).toEqual(Object.keys(expected).sort());
});

test.each(Object.entries(expected))('fixture %s is reported exactly', (name, lines) => {
  expect(checkContent(fixture(name)).problems.map(formatProblem)).toEqual(lines);
});

test('several mistakes in several files are all reported in one run', () => {
  const { problems } = checkContent(fixture('several-mistakes'));
  expect(new Set(problems.map((problem) => problem.file))).toEqual(
    new Set(['content/demo/lecon-1.mdx', 'content/demo/lecon-2.mdx', 'content/demo/lecon-3.mdx']),
  );
  expect(problems).toHaveLength(13);
});

test('the command prints one line per problem, then the count, and exits 1', { timeout: 60_000 }, () => {
  const run = spawnSync('npx', ['tsx', 'scripts/check-content.ts', fixture('typography')], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  expect(run.status).toBe(1);
  expect(run.stderr.trim().split('\n')).toEqual([...(expected.typography ?? []), '2 problèmes dans le contenu.']);
});

test('the command exits 0 on clean content', { timeout: 60_000 }, () => {
  const run = spawnSync('npx', ['tsx', 'scripts/check-content.ts', fixture('renamed-known-id')], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/aucun problème/);
});

test('the real course passes clean', { timeout: 60_000 }, () => {
  expect(checkContent(projectRoot).problems.map(formatProblem)).toEqual([]);
});
