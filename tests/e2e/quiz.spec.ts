/**
 * The quiz, end to end on the production build: the demo quiz of the practice page (one
 * question of each of the nine types) answered wrong then right with a hint, interrupted by a
 * reload, started again, and done with the keyboard alone; then a module exam, submitted at once.
 * Everything is found by role and accessible name, as a learner with a screen reader would.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForHydration } from './fixtures';

// Each test here walks a whole quiz page and runs axe on it several times; one axe pass over the exercises
// page takes up to 23 s on a loaded 2-core machine, so the default 45 s cannot hold a test of several passes.
test.describe.configure({ timeout: 150_000 });

const KEY = 'cours-docker:progress';
const PRACTICE_PATH = '/conteneurisation/pratique';
const DEMO_ID = 'ex-demo-types';
const DEMO_TITLE = 'Le tour des types de questions';
const DEMO_SECTION_ANCHOR = 'exercice-1-le-tour-des-types-de-questions';
/** « Revoir : » and the heading of the demo's section (Exercice 1 …). */
const REVIEW_DEMO_SECTION = /^Revoir\s:\sExercice 1\b.*le tour des types de questions$/;
const EXAM_PATH = '/virtualisation/evaluation';
const EXAM_ID = 'exam-virtualisation';
const EXAM_TITLE = 'Examen du module Virtualisation';

/** The demo ordering question, its items in the right order (as their buttons name them). */
const PIPELINE = [
  'Écrire le Dockerfile',
  'Construire l’image avec docker build',
  'Pousser l’image sur un registre avec docker push',
  'Tirer l’image sur le serveur avec docker pull',
  'Lancer un conteneur avec docker run',
];
/** Each item moved up one place, the first one last: none where it belongs, so the check scores 0. */
const PIPELINE_ALL_MISPLACED = [...PIPELINE.slice(1), PIPELINE[0] ?? ''];

const NETWORK_DRIVERS: Record<string, string> = {
  bridge: 'Réseau privé sur l’hôte, avec NAT vers l’extérieur',
  host: 'Le conteneur partage directement la pile réseau de l’hôte',
  none: 'Aucune interface réseau à part la boucle locale',
  overlay: 'Réseau virtuel qui relie des conteneurs de plusieurs hôtes',
};
/** Each driver given the next driver's description: every pair wrong. */
const NETWORK_DRIVERS_SHIFTED: Record<string, string> = {
  bridge: NETWORK_DRIVERS.host ?? '',
  host: NETWORK_DRIVERS.none ?? '',
  none: NETWORK_DRIVERS.overlay ?? '',
  overlay: NETWORK_DRIVERS.bridge ?? '',
};

/**
 * The French messages put a no-break space before `:`, `%`, `?`… : match any space there.
 * `text` is taken literally; the regexp matches the whole text unless `partial`.
 */
function fr(text: string, { partial = false } = {}): RegExp {
  const body = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return new RegExp(partial ? body : `^\\s*${body}\\s*$`);
}

function region(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title });
}

/** A question's fieldset, named by its legend « Question n sur total … ». */
function question(quiz: Locator, n: number, total = 9): Locator {
  return quiz.getByRole('group', { name: new RegExp(`^Question ${n} sur ${total}\\s`) });
}

/** The question's feedback live region (the ordering list has its own one before it). */
function feedback(q: Locator): Locator {
  return q.locator('[aria-live="polite"]').last();
}

/** The first line of the feedback: icon and words, focused after « Vérifier ». */
function verdict(q: Locator): Locator {
  return feedback(q).getByRole('paragraph').first();
}

/** The visible status line of an ordering question (its live region repeats « … enregistré … »). */
function orderingStatus(q: Locator): Locator {
  return q.locator('.quiz-ordering__status');
}

/** The ordering question's status line, before and after the learner answers it. */
const ORDERING_UNANSWERED = fr(
  'Pas encore de réponse : déplacez un élément, ou validez l’ordre affiché s’il vous convient.',
);
const ORDERING_ANSWERED = fr('Cet ordre est enregistré comme votre réponse.');

const CORRECT = fr('✓ Correct');
const INCORRECT = fr('✗ Incorrect');

/**
 * The page is prerendered; the quiz answers only once its chunk has loaded (on the learner's first
 * interaction) and React has hydrated it, and it then switches to the shuffled order of the learner's attempt. React
 * marks every hydrated element with a `__reactProps` key: wait for it on the quiz heading.
 */
async function waitUntilInteractive(quiz: Locator) {
  const heading = quiz.getByRole('heading', { level: 2 });
  await expect(heading).toBeVisible();
  // On a first visit the app starts at the learner's first interaction (decision 010); the lesson's body, quiz
  // included, hydrates on the first interaction after that (src/lib/hydration-gate.ts): the pointer moves again once
  // the app has hydrated the page, as a learner's would.
  await waitForHydration(quiz.page());
  await expect
    .poll(() => heading.evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactProps'))))
    .toBe(true);
}

async function openQuiz(page: Page, path: string, title: string): Promise<Locator> {
  await page.goto(path);
  const quiz = region(page, title);
  await waitUntilInteractive(quiz);
  return quiz;
}

interface StoredQuiz {
  attempts: { seed: number; score: number; passed: boolean; hintsUsed: Record<string, number> }[];
  draft: { seed: number; answers: Record<string, unknown>; hintsUsed: Record<string, number> } | null;
}

async function storedQuiz(page: Page, quizId: string): Promise<StoredQuiz | null> {
  const raw = await page.evaluate((key) => window.localStorage.getItem(key), KEY);
  const parsed = JSON.parse(raw ?? 'null') as { data?: { quizzes?: Record<string, StoredQuiz> } } | null;
  return parsed?.data?.quizzes?.[quizId] ?? null;
}

/** The ordering question's items as shown, read from their « Monter « … » » buttons. */
async function shownOrder(q: Locator): Promise<string[]> {
  const labels = await q
    .getByRole('button', { name: /^Monter « / })
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? ''));
  return labels.map((label) => label.replace(/^Monter «\s*/, '').replace(/\s*»$/, ''));
}

/** Puts the items in `order` by lifting each to the top, last one first (« Monter » clicks). */
async function arrange(q: Locator, order: readonly string[]) {
  for (const item of [...order].reverse()) {
    const up = q.getByRole('button', { name: `Monter « ${item} »`, exact: true });
    const steps = (await shownOrder(q)).indexOf(item);
    for (let step = 0; step < steps; step++) await up.click();
    await expect(up).toHaveAttribute('aria-disabled', 'true');
  }
  expect(await shownOrder(q)).toEqual(order);
}

async function match(q: Locator, pairs: Record<string, string>) {
  for (const [left, right] of Object.entries(pairs)) {
    await q.getByRole('combobox', { name: left, exact: true }).selectOption({ label: right });
  }
}

async function check(q: Locator) {
  await q.getByRole('button', { name: 'Vérifier' }).click();
  await expect(verdict(q)).toBeFocused();
}

/** The right answer to each demo question, with the mouse. */
const answerRight: Record<number, (q: Locator) => Promise<void>> = {
  1: (q) => q.getByRole('radio', { name: 'docker ps', exact: true }).check(),
  2: async (q) => {
    for (const name of ['pid', 'net', 'mnt']) await q.getByRole('checkbox', { name, exact: true }).check();
  },
  3: (q) => q.getByRole('radio', { name: 'Faux' }).check(),
  4: (q) => arrange(q, PIPELINE),
  5: (q) => match(q, NETWORK_DRIVERS),
  6: async (q) => {
    await q.getByRole('textbox', { name: 'Trou 1' }).fill('overlay2');
    await q.getByRole('textbox', { name: 'Trou 2' }).fill('inscriptible');
  },
  // Case and extra spaces do not matter.
  7: (q) => q.getByRole('textbox', { name: 'Votre réponse' }).fill('  docker   HUB '),
  8: (q) => q.getByRole('textbox', { name: 'Votre réponse' }).fill('8080'),
  9: (q) => q.getByRole('textbox', { name: 'Commande' }).fill('docker pull redis:8-alpine'),
};

/** A wrong answer to each demo question that scores 0, so the verdict is « Incorrect ». */
const answerWrong: Record<number, (q: Locator) => Promise<void>> = {
  1: (q) => q.getByRole('radio', { name: 'docker images', exact: true }).check(),
  2: (q) => q.getByRole('checkbox', { name: 'memory', exact: true }).check(),
  3: (q) => q.getByRole('radio', { name: 'Vrai' }).check(),
  4: (q) => arrange(q, PIPELINE_ALL_MISPLACED),
  5: (q) => match(q, NETWORK_DRIVERS_SHIFTED),
  6: async (q) => {
    await q.getByRole('textbox', { name: 'Trou 1' }).fill('aufs');
    await q.getByRole('textbox', { name: 'Trou 2' }).fill('partagée');
  },
  7: (q) => q.getByRole('textbox', { name: 'Votre réponse' }).fill('Quay'),
  8: (q) => q.getByRole('textbox', { name: 'Votre réponse' }).fill('80'),
  9: (q) => q.getByRole('textbox', { name: 'Commande' }).fill('docker pull redis'),
};

/** The shuffled orders of the single choice, the multiple choice and the matching options. */
async function shownOrders(quiz: Locator): Promise<string[][]> {
  const choices = (q: Locator, role: 'radio' | 'checkbox') =>
    q.getByRole(role).evaluateAll((inputs) => inputs.map((input) => input.getAttribute('value') ?? ''));
  return [
    await choices(question(quiz, 1), 'radio'),
    await choices(question(quiz, 2), 'checkbox'),
    await question(quiz, 5).getByRole('combobox', { name: 'bridge' }).getByRole('option').allTextContents(),
  ];
}

async function answerAllRight(quiz: Locator) {
  for (let n = 1; n <= 9; n++) {
    const q = question(quiz, n);
    await answerRight[n]?.(q);
    await check(q);
    await expect(verdict(q)).toHaveText(CORRECT);
  }
}

async function finish(quiz: Locator) {
  await expect(quiz.getByText(fr('Toutes les questions sont vérifiées.'))).toBeVisible();
  await quiz.getByRole('button', { name: 'Terminer le quiz' }).click();
  await expect(quiz.getByRole('heading', { level: 3, name: 'Résultat' })).toBeFocused();
}

/**
 * Answers each question wrong and checks it (« ✗ Incorrect » announced, focus on it), runs
 * `afterWrongChecks` (assertions, axe), then « Réessayer » and the right answer for each.
 */
async function answerWrongThenRight(
  quiz: Locator,
  numbers: readonly number[],
  afterWrongChecks: (label: string) => Promise<void>,
) {
  for (const n of numbers) {
    const q = question(quiz, n);
    await answerWrong[n]?.(q);
    await check(q);
    await expect(feedback(q)).toContainText(fr('✗ Incorrect', { partial: true }));
    await expect(verdict(q)).toHaveText(INCORRECT);
    await expect(q.getByRole('button', { name: 'Réessayer' })).toBeVisible();
    await expect(q.getByRole('button', { name: 'Vérifier' })).toHaveCount(0);
  }
  await afterWrongChecks(`demo quiz, questions ${numbers.join(', ')} checked wrong`);
  // « Réessayer » clears the answer, and the new check says « Correct ».
  for (const n of numbers) {
    const q = question(quiz, n);
    await q.getByRole('button', { name: 'Réessayer' }).click();
    await answerRight[n]?.(q);
    await check(q);
    await expect(feedback(q)).toContainText(fr('✓ Correct', { partial: true }));
    await expect(verdict(q)).toHaveText(CORRECT);
    await expect(q.getByRole('button', { name: 'Réessayer' })).toHaveCount(0);
  }
}

test('practice: choice, multiple, true/false, ordering and matching answered wrong, then right after « Réessayer »', async ({
  page,
  scan,
  consoleErrors,
}) => {
  const quiz = await openQuiz(page, PRACTICE_PATH, DEMO_TITLE);
  const single = question(quiz, 1);
  // Before the retry, what each type says about a wrong answer.
  const wrongMarks = async () => {
    await expect(
      single.getByText(
        fr('✗ Mauvaise réponse Non, cette commande liste les images présentes sur la machine, pas les conteneurs.'),
      ),
    ).toBeVisible();
    await expect(single.getByRole('radio', { name: 'docker images' })).toBeDisabled();
    await expect(feedback(single)).toContainText(fr('Explication : docker ps', { partial: true }));
    await expect(question(quiz, 2).getByText(fr('✗ Mauvaise réponse', { partial: true }))).toHaveCount(1);
    await expect(question(quiz, 3).getByText(fr('✗ Mauvaise réponse'))).toHaveCount(1);
    await expect(question(quiz, 4).getByText(fr('✗ Mal placé'))).toHaveCount(5);
    await expect(question(quiz, 5).getByText(fr('✗ Mauvaise réponse'))).toHaveCount(4);
  };
  await answerWrongThenRight(quiz, [1, 2, 3, 4, 5], async (label) => {
    await wrongMarks();
    await scan(label);
  });
  await expect(single.getByText(fr('✓ Bonne réponse'))).toHaveCount(1);
  await expect(question(quiz, 4).getByText(fr('✓ Bien placé'))).toHaveCount(5);
  await expect(question(quiz, 5).getByText(fr('✓ Bonne réponse'))).toHaveCount(4);
  await expect(quiz.getByText(fr('Encore 4 questions à vérifier avant de terminer.'))).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('practice: cloze, short, numeric and command answered wrong, then right; a hint costs its share of the points', async ({
  page,
  scan,
  consoleErrors,
}) => {
  const quiz = await openQuiz(page, PRACTICE_PATH, DEMO_TITLE);
  await expect(quiz.getByRole('button', { name: 'Terminer le quiz' })).toBeDisabled();

  // A hint is offered with its cost, shown (and focused) when asked for; this question has one.
  const numeric = question(quiz, 8);
  const hint = numeric.getByRole('button', {
    name: fr('Indice (chaque indice retire 25 % des points de la question)'),
  });
  await hint.click();
  const hintText = numeric.getByText(fr('Indice 1 : L’ordre est toujours hôte, puis conteneur.'));
  await expect(hintText).toBeFocused();
  await expect(hint).toHaveCount(0);

  await answerWrongThenRight(quiz, [6, 7, 8, 9], async (label) => {
    await expect(question(quiz, 6).getByText('Mauvaise réponse')).toHaveCount(2);
    await expect(feedback(question(quiz, 9))).toContainText(fr('Ce qui ne va pas :', { partial: true }));
    // The command is parsed: the feedback names what is wrong (here the implicit `latest` tag).
    await expect(feedback(question(quiz, 9))).toContainText(
      fr('Le tag de l’image ne convient pas : on attend redis:8-alpine, pas redis:latest.', { partial: true }),
    );
    await scan(label);
  });
  // The hint stays shown after the retry, its cost in the button's words; the right answer keeps 75 % of its points.
  await expect(hintText).toBeVisible();
  await expect(feedback(numeric)).toContainText(
    fr('Indices dévoilés : 1 ; chaque indice retire 25 % des points de la question. Points retenus : 75 %.', {
      partial: true,
    }),
  );
  await expect(feedback(question(quiz, 7))).not.toContainText('Points retenus');

  for (const n of [1, 2, 3, 4, 5]) {
    await answerRight[n]?.(question(quiz, n));
    await check(question(quiz, n));
  }
  await finish(quiz);
  // At first try, 5 of 9 (questions 6 to 9 were wrong first): 56 %. Corrected,
  // (8 × 100 % + 75 %) / 9 = 97 %; the question answered with a hint is listed to review.
  await expect(quiz.getByText(fr('✓ Réussi'))).toBeVisible();
  await expect(quiz.getByText(fr('5 sur 9 du premier coup (score du premier coup : 56 %).'))).toBeVisible();
  await expect(
    quiz.getByText(fr('Après corrections : 8 sur 9 (score corrigé : 97 %, seuil de réussite : 70 %).')),
  ).toBeVisible();
  await expect(quiz.getByRole('heading', { level: 4, name: 'Questions à revoir' })).toBeVisible();
  const review = quiz.getByRole('link', { name: REVIEW_DEMO_SECTION });
  await expect(review).toHaveCount(1);
  await expect(review).toHaveAttribute('href', `#${DEMO_SECTION_ANCHOR}`);
  await expect(quiz.getByRole('heading', { level: 3, name: 'Corrigé' })).toBeVisible();

  // The review link leads back to the section of the lesson.
  await review.click();
  await expect(page).toHaveURL(new RegExp(`#${DEMO_SECTION_ANCHOR}$`));
  await expect(page.getByRole('heading', { level: 2, name: /^Exercice 1\b/ })).toBeInViewport();

  const stored = await storedQuiz(page, DEMO_ID);
  expect(stored?.draft).toBeNull();
  expect(stored?.attempts).toHaveLength(1);
  expect(stored?.attempts[0]?.hintsUsed).toEqual({ 'demo-numeric': 1 });
  expect(stored?.attempts[0]?.score).toBeCloseTo(8.75 / 9, 5);
  expect(consoleErrors).toEqual([]);
});

test('practice: partial credit is announced with its share, and a multiple choice says how many right answers are missing', async ({
  page,
  scan,
  consoleErrors,
}) => {
  const quiz = await openQuiz(page, PRACTICE_PATH, DEMO_TITLE);
  await expect(quiz.getByRole('group', { name: /^Question \d sur 9\s/ })).toHaveCount(9);
  await expect(quiz.getByText(fr('Encore 9 questions à vérifier avant de terminer.'))).toBeVisible();
  await scan('demo quiz, untouched');

  // Two of the three namespaces and one wrong pick: (2 − 1) / 3.
  const multiple = question(quiz, 2);
  for (const name of ['pid', 'net', 'memory']) await multiple.getByRole('checkbox', { name, exact: true }).check();
  await check(multiple);
  await expect(feedback(multiple)).toContainText(fr('◐ Partiellement correct (33 %)', { partial: true }));
  await expect(verdict(multiple)).toHaveText(fr('◐ Partiellement correct (33 %)'));
  await expect(feedback(multiple)).toContainText(fr('Il manque une bonne réponse.', { partial: true }));
  await expect(multiple.getByText(fr('✓ Bonne réponse'))).toHaveCount(2);
  await expect(multiple.getByText(fr('✗ Mauvaise réponse', { partial: true }))).toHaveCount(1);
  // One blank of two.
  const cloze = question(quiz, 6);
  await cloze.getByRole('textbox', { name: 'Trou 1' }).fill('overlay 2');
  await cloze.getByRole('textbox', { name: 'Trou 2' }).fill('partagée');
  await check(cloze);
  await expect(verdict(cloze)).toHaveText(fr('◐ Partiellement correct (50 %)'));
  await expect(cloze.getByText('Bonne réponse')).toHaveCount(1);
  await expect(cloze.getByText('Mauvaise réponse')).toHaveCount(1);
  // « Réessayer » empties the blanks and puts the focus back in the first one.
  await cloze.getByRole('button', { name: 'Réessayer' }).click();
  await expect(cloze.getByRole('textbox', { name: 'Trou 1' })).toBeFocused();
  await expect(cloze.getByRole('textbox', { name: 'Trou 1' })).toHaveValue('');
  await expect(cloze.getByRole('textbox', { name: 'Trou 2' })).toHaveValue('');
  await expect(feedback(cloze)).toBeEmpty();
  await expect(quiz.getByText(fr('Encore 8 questions à vérifier avant de terminer.'))).toBeVisible();
  await scan('demo quiz, partial answers checked');
  expect(consoleErrors).toEqual([]);
});

test('practice: answers, checks and the shuffled order survive a reload in the middle of the quiz', async ({
  page,
  scan,
  consoleErrors,
}) => {
  let quiz = await openQuiz(page, PRACTICE_PATH, DEMO_TITLE);
  // Two questions checked, three answered but not checked yet.
  await answerRight[1]?.(question(quiz, 1));
  await check(question(quiz, 1));
  await answerRight[2]?.(question(quiz, 2));
  await check(question(quiz, 2));
  await question(quiz, 3).getByRole('radio', { name: 'Faux' }).check();
  const ordering = question(quiz, 4);
  const firstItem = (await shownOrder(ordering))[0] ?? '';
  await ordering.getByRole('button', { name: `Descendre « ${firstItem} »`, exact: true }).click();
  await expect(ordering.getByText(fr(`« ${firstItem} » est maintenant en position 2 sur 5.`))).toBeAttached();
  await match(question(quiz, 5), { bridge: NETWORK_DRIVERS.bridge ?? '', host: NETWORK_DRIVERS.host ?? '' });

  const before = {
    single: await question(quiz, 1).ariaSnapshot(),
    multiple: await question(quiz, 2).ariaSnapshot(),
    truefalse: await question(quiz, 3).ariaSnapshot(),
    ordering: await shownOrder(ordering),
    matching: await question(quiz, 5).ariaSnapshot(),
  };
  expect(before.ordering[1]).toBe(firstItem);
  await expect(quiz.getByText(fr('Encore 7 questions à vérifier avant de terminer.'))).toBeVisible();
  await expect
    .poll(async () => Object.keys((await storedQuiz(page, DEMO_ID))?.draft?.answers ?? {}).sort())
    .toEqual(['demo-matching', 'demo-multiple', 'demo-ordering', 'demo-single', 'demo-truefalse']);

  await page.reload();
  quiz = region(page, DEMO_TITLE);
  await waitUntilInteractive(quiz);
  // Same choices in the same order, same selections, same verdicts.
  expect(await question(quiz, 1).ariaSnapshot()).toBe(before.single);
  expect(await question(quiz, 2).ariaSnapshot()).toBe(before.multiple);
  expect(await question(quiz, 3).ariaSnapshot()).toBe(before.truefalse);
  expect(await shownOrder(question(quiz, 4))).toEqual(before.ordering);
  expect(await question(quiz, 5).ariaSnapshot()).toBe(before.matching);
  await expect(verdict(question(quiz, 1))).toHaveText(CORRECT);
  await expect(verdict(question(quiz, 2))).toHaveText(CORRECT);
  await expect(question(quiz, 1).getByRole('radio', { name: 'docker ps', exact: true })).toBeChecked();
  await expect(question(quiz, 3).getByRole('radio', { name: 'Faux' })).toBeChecked();
  await expect(question(quiz, 5).getByRole('combobox', { name: 'host', exact: true })).toHaveValue(/\d/);
  await expect(question(quiz, 5).getByRole('combobox', { name: 'none', exact: true })).toHaveValue('');
  await expect(quiz.getByText(fr('Encore 7 questions à vérifier avant de terminer.'))).toBeVisible();
  await scan('demo quiz, after the reload');

  // Finish from where the learner left off.
  await check(question(quiz, 3));
  await expect(verdict(question(quiz, 3))).toHaveText(CORRECT);
  for (let n = 4; n <= 9; n++) {
    const q = question(quiz, n);
    await answerRight[n]?.(q);
    await check(q);
    await expect(verdict(q)).toHaveText(CORRECT);
  }
  await finish(quiz);
  await expect(quiz.getByText(fr('9 sur 9 du premier coup (score du premier coup : 100 %).'))).toBeVisible();
  await expect(
    quiz.getByText(fr('Après corrections : 9 sur 9 (score corrigé : 100 %, seuil de réussite : 70 %).')),
  ).toBeVisible();
  await expect(quiz.getByText(fr('Toutes les réponses sont justes, bravo !'))).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('practice: « Recommencer » starts a new attempt, cleared and reshuffled, and the best score is kept', async ({
  page,
  scan,
  consoleErrors,
}) => {
  const quiz = await openQuiz(page, PRACTICE_PATH, DEMO_TITLE);
  await answerAllRight(quiz);
  await finish(quiz);
  await expect(quiz.getByText(fr('9 sur 9 du premier coup (score du premier coup : 100 %).'))).toBeVisible();
  await expect(quiz.getByText(fr('Meilleur score du premier coup jusqu’ici : 100 %'))).toBeVisible();
  const first = (await storedQuiz(page, DEMO_ID))?.attempts[0];
  expect(first?.score).toBe(1);
  const shuffledFirst = await shownOrders(quiz);

  await quiz.getByRole('button', { name: 'Recommencer' }).click();
  await expect(quiz.getByRole('heading', { level: 2, name: DEMO_TITLE })).toBeFocused();
  await expect(quiz.getByRole('heading', { name: 'Résultat' })).toHaveCount(0);
  await expect(quiz.getByText(fr('Encore 9 questions à vérifier avant de terminer.'))).toBeVisible();
  // Nothing carried over from the previous attempt.
  for (const n of [1, 3]) {
    for (const radio of await question(quiz, n).getByRole('radio').all()) await expect(radio).not.toBeChecked();
  }
  for (const box of await question(quiz, 2).getByRole('checkbox').all()) await expect(box).not.toBeChecked();
  for (const select of await question(quiz, 5).getByRole('combobox').all()) await expect(select).toHaveValue('');
  for (const n of [6, 7, 8, 9]) {
    for (const field of await question(quiz, n).getByRole('textbox').all()) await expect(field).toHaveValue('');
  }
  await expect(quiz.getByText(/^\s*[✓✗◐]\s*(Correct|Incorrect)/)).toHaveCount(0);
  const restarted = await storedQuiz(page, DEMO_ID);
  expect(restarted?.attempts).toHaveLength(1);
  expect(restarted?.draft?.answers).toEqual({});
  expect(restarted?.draft?.seed).not.toBe(first?.seed);
  // A new seed reshuffles (all three orders staying the same has a chance of about 1 in 70 000).
  expect(await shownOrders(quiz)).not.toEqual(shuffledFirst);

  // A worse second attempt (the ordering kept as shown with « Valider cet ordre », never fully
  // right): the summary shows it, and the best score stays 100 %.
  for (let n = 1; n <= 9; n++) {
    const q = question(quiz, n);
    if (n === 4) {
      // Untouched, the shuffled list is no answer: it cannot be checked before it is kept.
      await expect(q.getByRole('button', { name: 'Vérifier' })).toBeDisabled();
      await expect(orderingStatus(q)).toHaveText(ORDERING_UNANSWERED);
      await q.getByRole('button', { name: 'Valider cet ordre' }).click();
      await expect(orderingStatus(q)).toHaveText(ORDERING_ANSWERED);
    } else await answerWrong[n]?.(q);
    await check(q);
  }
  await finish(quiz);
  await expect(quiz.getByText(fr('✗ Non réussi'))).toBeVisible();
  await expect(quiz.getByText(/^0\ssur\s9\sdu premier coup \(score du premier coup\s:\s\d{1,2}\s%\)\.$/)).toBeVisible();
  await expect(
    quiz.getByText(
      /^Après corrections\s:\s0\ssur\s9\s\(score corrigé\s:\s\d{1,2}\s%, seuil de réussite\s:\s70\s%\)\.$/,
    ),
  ).toBeVisible();
  await expect(quiz.getByText(fr('Meilleur score du premier coup jusqu’ici : 100 %'))).toBeVisible();
  await expect(quiz.getByRole('link', { name: REVIEW_DEMO_SECTION })).toHaveCount(9);
  await scan('demo quiz, second summary');
  const scores = (await storedQuiz(page, DEMO_ID))?.attempts.map((attempt) => attempt.score);
  expect(scores?.[0]).toBe(1);
  expect(scores?.[1]).toBeLessThan(1 / 9);
  expect(consoleErrors).toEqual([]);
});

/** Presses Tab (or Shift+Tab when the target comes earlier) until `target` has the focus. */
async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  // One handle, so each press costs a single round trip to the page.
  const element = await target.elementHandle();
  if (element === null) throw new Error(`tabTo: ${String(target)} is missing`);
  const backwards = await element.evaluate((node) => {
    const active = document.activeElement;
    return active !== null && (active.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
  });
  for (let press = 0; press < maxPresses; press++) {
    if (await element.evaluate((node) => node === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`tabTo: ${String(target)} not reached in ${maxPresses} presses`);
}

test('keyboard only: every type answered, reordered, matched and checked without a pointer', async ({
  page,
  consoleErrors,
}) => {
  const quiz = await openQuiz(page, PRACTICE_PATH, DEMO_TITLE);
  const keyboard = page.keyboard;

  // From the top of the page: the skip link, then Tab into the quiz.
  await keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Aller au contenu' })).toBeFocused();
  await keyboard.press('Enter');
  const single = question(quiz, 1);
  await tabTo(page, single.getByRole('radio').first());

  // Single choice: the arrow keys move the selection within the radio group.
  const ps = single.getByRole('radio', { name: 'docker ps', exact: true });
  for (let press = 0; press < 5 && !(await ps.isChecked()); press++) await keyboard.press('ArrowDown');
  await expect(ps).toBeChecked();
  await expect(ps).toBeFocused();
  await tabTo(page, single.getByRole('button', { name: 'Vérifier' }));
  await keyboard.press('Enter');
  await expect(verdict(single)).toBeFocused();
  await expect(verdict(single)).toHaveText(CORRECT);

  // Multiple choice: Tab from box to box, Space ticks; Space on « Vérifier ».
  const multiple = question(quiz, 2);
  const boxes = await multiple
    .getByRole('checkbox')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? ''));
  for (const name of boxes) {
    if (!['pid', 'net', 'mnt'].includes(name)) continue;
    const box = multiple.getByRole('checkbox', { name, exact: true });
    await tabTo(page, box);
    await keyboard.press('Space');
    await expect(box).toBeChecked();
  }
  await tabTo(page, multiple.getByRole('button', { name: 'Vérifier' }));
  await keyboard.press('Space');
  await expect(verdict(multiple)).toBeFocused();
  await expect(verdict(multiple)).toHaveText(CORRECT);

  // True / false.
  const truefalse = question(quiz, 3);
  await tabTo(page, truefalse.getByRole('radio', { name: 'Vrai' }));
  await keyboard.press('ArrowDown');
  await expect(truefalse.getByRole('radio', { name: 'Faux' })).toBeChecked();
  await tabTo(page, truefalse.getByRole('button', { name: 'Vérifier' }));
  await keyboard.press('Enter');
  await expect(verdict(truefalse)).toHaveText(CORRECT);

  // Ordering: the shuffled list is no answer yet; « Valider cet ordre » (Space) keeps it as the answer…
  const ordering = question(quiz, 4);
  const checkOrdering = ordering.getByRole('button', { name: 'Vérifier' });
  await expect(checkOrdering).toBeDisabled();
  await expect(orderingStatus(ordering)).toBeVisible();
  await expect(orderingStatus(ordering)).toHaveText(ORDERING_UNANSWERED);
  const keep = ordering.getByRole('button', { name: 'Valider cet ordre' });
  const shown = await shownOrder(ordering);
  await tabTo(page, keep);
  await keyboard.press('Space');
  await expect(orderingStatus(ordering)).toHaveText(ORDERING_ANSWERED);
  await expect(keep).toBeFocused();
  await expect(keep).toHaveAttribute('aria-disabled', 'true');
  await expect(checkOrdering).toBeEnabled();
  expect(await shownOrder(ordering)).toEqual(shown);
  await expect
    .poll(
      async () => ((await storedQuiz(page, DEMO_ID))?.draft?.answers['demo-ordering'] as unknown[] | undefined)?.length,
    )
    .toBe(PIPELINE.length);
  // …then « Descendre » with Enter, the move is announced and the focus follows the item…
  const top = (await shownOrder(ordering))[0] ?? '';
  const down = ordering.getByRole('button', { name: `Descendre « ${top} »`, exact: true });
  await tabTo(page, down);
  await keyboard.press('Enter');
  await expect(ordering.getByText(fr(`« ${top} » est maintenant en position 2 sur 5.`))).toBeAttached();
  await expect(down).toBeFocused();
  expect((await shownOrder(ordering))[1]).toBe(top);
  // …then each item lifted to the top, last one first, with Enter, Space or the up arrow.
  const keys = ['Enter', 'ArrowUp', 'Space'];
  for (const [index, item] of [...PIPELINE].reverse().entries()) {
    const up = ordering.getByRole('button', { name: `Monter « ${item} »`, exact: true });
    await tabTo(page, up);
    const steps = (await shownOrder(ordering)).indexOf(item);
    for (let step = 0; step < steps; step++) await keyboard.press(keys[index % keys.length] ?? 'Enter');
    await expect(up).toBeFocused();
    await expect(up).toHaveAttribute('aria-disabled', 'true');
  }
  expect(await shownOrder(ordering)).toEqual(PIPELINE);
  await tabTo(page, ordering.getByRole('button', { name: 'Vérifier' }));
  await keyboard.press('Enter');
  await expect(verdict(ordering)).toHaveText(CORRECT);

  // Matching: each select reached with Tab and set with the down arrow.
  const matching = question(quiz, 5);
  for (const [left, right] of Object.entries(NETWORK_DRIVERS)) {
    const select = matching.getByRole('combobox', { name: left, exact: true });
    const wanted = await select.getByRole('option', { name: right }).getAttribute('value');
    await tabTo(page, select);
    for (let press = 0; press < 5 && (await select.inputValue()) !== wanted; press++) await keyboard.press('ArrowDown');
    await expect(select).toHaveValue(wanted ?? '');
  }
  await tabTo(page, matching.getByRole('button', { name: 'Vérifier' }));
  await keyboard.press('Enter');
  await expect(verdict(matching)).toHaveText(CORRECT);

  // Cloze: type in each blank, Tab between them; Enter in a field checks.
  const cloze = question(quiz, 6);
  await tabTo(page, cloze.getByRole('textbox', { name: 'Trou 1' }));
  await keyboard.type('overlay2');
  await keyboard.press('Tab');
  await expect(cloze.getByRole('textbox', { name: 'Trou 2' })).toBeFocused();
  await keyboard.type('en écriture');
  await keyboard.press('Enter');
  await expect(verdict(cloze)).toBeFocused();
  await expect(verdict(cloze)).toHaveText(CORRECT);

  // Short answer, number, command: type then Enter.
  const typed: [number, string, string][] = [
    [7, 'Votre réponse', 'docker.io'],
    [8, 'Votre réponse', '8080'],
    [9, 'Commande', 'docker image pull redis:8-alpine'],
  ];
  for (const [n, label, text] of typed) {
    const q = question(quiz, n);
    await tabTo(page, q.getByRole('textbox', { name: label }));
    await keyboard.type(text);
    await keyboard.press('Enter');
    await expect(verdict(q)).toBeFocused();
    await expect(verdict(q)).toHaveText(CORRECT);
  }

  const finishButton = quiz.getByRole('button', { name: 'Terminer le quiz' });
  await tabTo(page, finishButton);
  await keyboard.press('Enter');
  await expect(quiz.getByRole('heading', { level: 3, name: 'Résultat' })).toBeFocused();
  await expect(quiz.getByText(fr('9 sur 9 du premier coup (score du premier coup : 100 %).'))).toBeVisible();
  await expect(
    quiz.getByText(fr('Après corrections : 9 sur 9 (score corrigé : 100 %, seuil de réussite : 70 %).')),
  ).toBeVisible();
  // The next Tab stop after the summary heading is reachable too: « Recommencer ».
  await tabTo(page, quiz.getByRole('button', { name: 'Recommencer' }), 5);
  expect(consoleErrors).toEqual([]);
});

test('exam: the submit button counts the questions left, no hint nor correction before submitting, then the score and the verdict in words', async ({
  page,
  scan,
  consoleErrors,
}) => {
  const total = 16;
  const exam = await openQuiz(page, EXAM_PATH, EXAM_TITLE);
  const q = (n: number) => question(exam, n, total);
  const submit = exam.getByRole('button', { name: 'Soumettre' });
  await expect(
    exam.getByText(fr('Examen : pas d’indice ni de correction avant la fin. Seuil de réussite : 70 %.')),
  ).toBeVisible();
  await expect(exam.getByRole('group', { name: new RegExp(`^Question \\d+ sur ${total}\\s`) })).toHaveCount(total);
  // Nothing answered yet, the ordering question (its shuffled list on screen) included.
  await expect(submit).toBeDisabled();
  await expect(submit).toHaveAccessibleDescription(fr('Encore 16 questions sans réponse.'));
  await expect(orderingStatus(q(9))).toHaveText(ORDERING_UNANSWERED);
  await expect(exam.getByRole('button', { name: /^Indice/ })).toHaveCount(0);
  await expect(exam.getByRole('button', { name: 'Vérifier' })).toHaveCount(0);
  await scan('exam, untouched');

  // 11 right answers out of 16, so 69 %, under the pass mark of 70 %.
  const answers: ((group: Locator) => Promise<void>)[] = [
    (x) => x.getByRole('radio', { name: 'Une machine virtuelle sur un serveur physique partagé' }).check(),
    (x) =>
      match(x, {
        'Système hôte': 'Système principal, qui possède le matériel',
        'Système invité': 'Système installé à l’intérieur d’une VM',
        'Machine virtuelle': 'Ordinateur simulé doté de ressources virtuelles',
        'Environnement virtuel (VE)': 'Espace d’exécution isolé, au sens large',
      }),
    async (x) => {
      for (const name of ['entrées-sorties intenses', 'machines hôtes puissantes', 'complique l’analyse des erreurs']) {
        await x.getByRole('checkbox', { name }).check();
      }
    },
    (x) => x.getByRole('radio', { name: 'Faux' }).check(),
    (x) => x.getByRole('textbox', { name: 'Votre réponse' }).fill('6'), // wrong: 2
    (x) =>
      match(x, {
        'Microsoft Hyper-V': 'Virtualisation de serveurs',
        RemoteApp: 'Virtualisation des applications',
        Ceph: 'Virtualisation du stockage',
        'Open vSwitch': 'Virtualisation du réseau',
      }),
    (x) => x.getByRole('radio', { name: 'La virtualisation de serveurs' }).check(), // wrong
    async (x) => {
      for (const name of ['VMware ESXi', 'Proxmox VE', 'KVM'])
        await x.getByRole('checkbox', { name, exact: true }).check();
    },
    (x) =>
      arrange(x, ['Les applications', 'Les systèmes invités', 'L’hyperviseur de type 1', 'Le matériel du serveur']),
    (x) => x.getByRole('radio', { name: 'logiciel installé sur un système d’exploitation hôte' }).check(),
    (x) => x.getByRole('textbox', { name: 'Votre réponse' }).fill('svm'), // wrong: vmx
    (x) => x.getByRole('radio', { name: 'Vrai' }).check(), // wrong
    (x) => x.getByRole('radio', { name: 'Uniquement la vue du système de fichiers' }).check(),
    async (x) => {
      await x.getByRole('textbox', { name: 'Trou 1' }).fill('UML');
      await x.getByRole('textbox', { name: 'Trou 2' }).fill('processus');
      await x.getByRole('textbox', { name: 'Trou 3' }).fill('test');
    },
    (x) => x.getByRole('checkbox', { name: 'L’hyperviseur de type 1' }).check(), // wrong
    (x) => x.getByRole('textbox', { name: 'Commande' }).fill('docker run -it --rm ubuntu bash'),
  ];
  let left = 16;
  for (const [index, answer] of answers.entries()) {
    const n = index + 1;
    await answer(q(n));
    // The ordering question counts once an item is moved.
    if (n === 9) await expect(orderingStatus(q(9))).toHaveText(ORDERING_ANSWERED);
    left -= 1;
    const expected =
      left === 0
        ? 'Toutes les questions ont une réponse.'
        : left === 1
          ? 'Encore une question sans réponse.'
          : `Encore ${left} questions sans réponse.`;
    await expect(submit).toHaveAccessibleDescription(fr(expected));
    await expect(submit).toBeEnabled({ enabled: left === 0 });
  }
  // Still no verdict, hint or correction on screen.
  await expect(exam.getByText(/^\s*[✓✗◐]\s*(Correct|Incorrect|Partiellement)/)).toHaveCount(0);
  await expect(exam.getByText(/Mauvaise réponse|Bonne réponse/)).toHaveCount(0);
  await expect(exam.getByRole('button', { name: /^Indice/ })).toHaveCount(0);

  await submit.click();
  await expect(exam.getByRole('heading', { level: 3, name: 'Résultat' })).toBeFocused();
  await expect(exam.getByText(fr('✗ Non réussi'))).toBeVisible();
  await expect(exam.getByText(fr('Score : 69 % (seuil de réussite : 70 %)'))).toBeVisible();
  await expect(exam.getByText(fr('Réponses justes : 11 sur 16.'))).toBeVisible();
  await expect(exam.getByRole('heading', { level: 4, name: 'Questions à revoir' })).toBeVisible();
  // Each missed question links to the lesson that teaches its topic (the exam's page has no such section).
  const missed = exam.getByRole('list').filter({ has: page.getByRole('link', { name: /^Revoir/ }) });
  await expect(missed.getByRole('listitem')).toHaveCount(5);
  await expect(missed.getByRole('link', { name: /^Revoir/ })).toHaveCount(5);
  const vtx = missed.getByRole('listitem').filter({ hasText: 'VT-x' });
  await expect(vtx.getByRole('link', { name: fr('Revoir : Les hyperviseurs de type 1 et de type 2') })).toHaveAttribute(
    'href',
    '/virtualisation/hyperviseurs',
  );
  // Now the corrections: verdicts, marks and expected answers.
  await expect(exam.getByRole('heading', { level: 3, name: 'Corrigé' })).toBeVisible();
  await expect(verdict(q(11))).toHaveText(INCORRECT);
  await expect(feedback(q(11))).toContainText(fr('Réponse attendue : vmx', { partial: true }));
  await expect(verdict(q(16))).toHaveText(CORRECT);
  await expect(verdict(q(9))).toHaveText(CORRECT);
  await expect(feedback(q(12))).toContainText(fr('La bonne réponse était : Faux.', { partial: true }));
  await expect(exam.getByRole('button', { name: /^Indice/ })).toHaveCount(0);
  await scan('exam, result');

  const stored = await storedQuiz(page, EXAM_ID);
  expect(stored?.attempts).toHaveLength(1);
  expect(stored?.attempts[0]).toMatchObject({ passed: false });
  expect(stored?.attempts[0]?.score).toBeCloseTo(11 / 16, 5);
  expect(consoleErrors).toEqual([]);
});
