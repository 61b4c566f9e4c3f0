import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { expect, test, vi } from 'vitest';
import { I18nProvider, type Catalogue } from '../../lib/i18n';
import type { QuizAttempt, QuizDraft, QuizSaved } from '../../lib/quiz-records';
import { choiceOrder, initialOrder } from './display-order';
import { askedQuiz } from './quiz-draft';
import { firstAttemptSeed } from './shuffle';
import allTypesSource from './fixtures/all-types.quiz.yaml?raw';
import { quizMessages } from './messages';
import { parseQuizSource } from './parse-quiz-source';
import type { OrderingQuestion, Quiz, SingleQuestion } from './quiz-schema';
import { QuizView, type QuizViewProps } from './quiz-view';

const catalogue: Catalogue = { fr: quizMessages.fr, en: quizMessages.en };

function quizFrom(source: string): Quiz {
  const { quiz, errors } = parseQuizSource(source);
  if (!quiz) throw new Error(`test fixture: ${errors.map((error) => error.message).join('\n')}`);
  return quiz;
}

const allTypes = quizFrom(allTypesSource);
const cycleQuestion = allTypes.questions.find((q) => q.id === 'cycle-image') as OrderingQuestion;

/** Accessible names keep the catalogue's French non-breaking spaces (text matchers fold them, names do not). */
function fr(text: string): string {
  return text.replace(/ ([:;?!%»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');
}

const emptySaved: QuizSaved = { attempts: [], draft: null };

interface HarnessProps {
  quiz: Quiz;
  initial?: QuizSaved;
  readOnly?: boolean;
  onDraftChange?: (draft: QuizDraft | null) => void;
  onAttempt?: (attempt: QuizAttempt) => void;
  reviewLink?: QuizViewProps['reviewLink'];
}

/** Keeps `saved` in React state, as the app's store does. */
function Harness({ quiz, initial = emptySaved, readOnly, onDraftChange, onAttempt, reviewLink }: HarnessProps) {
  const [saved, setSaved] = useState<QuizSaved>(initial);
  return (
    <I18nProvider lang="fr" catalogue={catalogue}>
      <QuizView
        quiz={quiz}
        saved={saved}
        readOnly={readOnly ?? false}
        {...(reviewLink ? { reviewLink } : {})}
        onDraftChange={(draft) => {
          onDraftChange?.(draft);
          setSaved((current) => ({ ...current, draft }));
        }}
        onAttempt={(attempt) => {
          onAttempt?.(attempt);
          setSaved((current) => ({ ...current, attempts: [...current.attempts, attempt] }));
        }}
      />
    </I18nProvider>
  );
}

function setup(props: HarnessProps) {
  const user = userEvent.setup();
  const onDraftChange = vi.fn<(draft: QuizDraft | null) => void>();
  const onAttempt = vi.fn<(attempt: QuizAttempt) => void>();
  const view = render(<Harness onDraftChange={onDraftChange} onAttempt={onAttempt} {...props} />);
  const lastDraft = () => onDraftChange.mock.lastCall?.[0] ?? null;
  return { user, onDraftChange, onAttempt, lastDraft, view };
}

function question(name: RegExp) {
  return screen.getByRole('group', { name });
}

async function check(user: UserEvent, group: HTMLElement) {
  await user.click(within(group).getByRole('button', { name: 'Vérifier' }));
}

async function retry(user: UserEvent, group: HTMLElement) {
  await user.click(within(group).getByRole('button', { name: 'Réessayer' }));
}

/** Current order of an ordering question, read from its « Monter « … » » buttons. */
function orderingItems(group: HTMLElement): string[] {
  return within(group)
    .getAllByRole('button', { name: /^Monter/ })
    .map((button) => (button.getAttribute('aria-label') ?? '').replace(/^Monter «\s*/u, '').replace(/\s*»$/u, ''));
}

/** « Valider cet ordre »: keeps the order as shown as the answer. */
async function keepOrder(user: UserEvent, group: HTMLElement) {
  await user.click(within(group).getByRole('button', { name: 'Valider cet ordre' }));
}

const ORDERING_UNANSWERED =
  'Pas encore de réponse : déplacez un élément, ou validez l’ordre affiché s’il vous convient.';
const ORDERING_ANSWERED = 'Cet ordre est enregistré comme votre réponse.';

async function putInOrder(user: UserEvent, group: HTMLElement, wanted: string[]) {
  for (let target = 0; target < wanted.length; target++) {
    const item = wanted[target] as string;
    while (orderingItems(group).indexOf(item) > target) {
      await user.click(within(group).getByRole('button', { name: fr(`Monter « ${item} »`) }));
    }
  }
}

const cycle = ['Écrire le Dockerfile', 'Construire l’image', 'Pousser l’image vers un registre', 'Lancer un conteneur'];

/** Answers every question of the all-types fixture correctly and checks it. */
async function answerAllRight(user: UserEvent) {
  let group = question(/Quel système s’exécute/);
  await user.click(within(group).getByRole('radio', { name: 'Le système invité' }));
  await check(user, group);
  group = question(/Quels mécanismes/);
  await user.click(within(group).getByRole('checkbox', { name: 'Les namespaces' }));
  await user.click(within(group).getByRole('checkbox', { name: 'Les cgroups' }));
  await check(user, group);
  group = question(/propre noyau/);
  await user.click(within(group).getByRole('radio', { name: 'Faux' }));
  await check(user, group);
  group = question(/cycle de vie/);
  await putInOrder(user, group, cycle);
  await check(user, group);
  group = question(/Associez/);
  await user.selectOptions(within(group).getByRole('combobox', { name: 'docker ps' }), 'Lister les conteneurs');
  await user.selectOptions(within(group).getByRole('combobox', { name: 'docker images' }), 'Lister les images');
  await user.selectOptions(
    within(group).getByRole('combobox', { name: 'docker logs' }),
    'Afficher la sortie d’un conteneur',
  );
  await check(user, group);
  group = question(/Complétez/);
  await user.type(within(group).getByRole('textbox', { name: 'Trou 1' }), 'overlay2');
  await user.type(within(group).getByRole('textbox', { name: 'Trou 2' }), 'couches');
  await check(user, group);
  group = question(/Quel fichier/);
  await user.type(within(group).getByRole('textbox', { name: 'Votre réponse' }), 'dockerfile');
  await check(user, group);
  group = question(/Sur quel port/);
  await user.type(within(group).getByRole('textbox', { name: 'Votre réponse' }), '80');
  await check(user, group);
  group = question(/Lancez/);
  await user.type(within(group).getByRole('textbox', { name: 'Commande' }), 'docker run -p 8080:80 --detach nginx');
  await check(user, group);
}

/* Structure -------------------------------------------------------------------------------------- */

test('renders a labelled section with an h2 and one group per question', () => {
  setup({ quiz: allTypes });
  expect(screen.getByRole('region', { name: 'Tous les types de questions' })).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 2, name: 'Tous les types de questions' })).toBeInTheDocument();
  expect(screen.getAllByRole('group')).toHaveLength(9);
  expect(question(/Question 1 sur 9/)).toBeInTheDocument();
});

test('the heading says « Quiz » when the quiz has no title', () => {
  const { title: _title, ...untitled } = allTypes;
  setup({ quiz: untitled });
  expect(screen.getByRole('heading', { level: 2, name: 'Quiz' })).toBeInTheDocument();
});

test('each type gets its control', () => {
  setup({ quiz: allTypes });
  expect(within(question(/Quel système/)).getAllByRole('radio')).toHaveLength(3);
  expect(within(question(/Quels mécanismes/)).getAllByRole('checkbox')).toHaveLength(3);
  expect(within(question(/propre noyau/)).getByRole('radio', { name: 'Vrai' })).toBeInTheDocument();
  expect(within(question(/propre noyau/)).getByRole('radio', { name: 'Faux' })).toBeInTheDocument();
  expect(within(question(/cycle de vie/)).getAllByRole('button', { name: /^Descendre/ })).toHaveLength(4);
  expect(within(question(/Associez/)).getAllByRole('combobox')).toHaveLength(3);
  expect(within(question(/Complétez/)).getByRole('textbox', { name: 'Trou 2' })).toBeInTheDocument();
  expect(within(question(/Sur quel port/)).getByRole('textbox', { name: 'Votre réponse' })).toHaveAttribute(
    'inputmode',
    'decimal',
  );
  const command = within(question(/Lancez/)).getByRole('textbox', { name: 'Commande' });
  expect(command).toHaveAttribute('spellcheck', 'false');
  expect(command).toHaveAttribute('autocapitalize', 'off');
});

test('inline code and bold in quiz strings become elements, never HTML', () => {
  setup({ quiz: allTypes });
  const group = question(/Lancez/);
  expect(within(group).getByText('nginx', { selector: 'code' })).toBeInTheDocument();
});

/* Wrong, then right, for every type --------------------------------------------------------------- */

test('single: wrong with the choice feedback, then retry and right', async () => {
  const { user } = setup({ quiz: allTypes });
  const group = question(/Quel système s’exécute/);
  const check_ = within(group).getByRole('button', { name: 'Vérifier' });
  expect(check_).toBeDisabled();
  await user.click(within(group).getByRole('radio', { name: 'Le système hôte' }));
  expect(check_).toBeEnabled();
  await check(user, group);
  const status = within(group).getByText('Incorrect');
  expect(status).toHaveFocus();
  expect(within(group).getByText('Mauvaise réponse')).toBeInTheDocument();
  expect(within(group).getByText('Non, l’hôte fait tourner les VM.')).toBeInTheDocument();
  expect(within(group).getByText(/est le système installé dans la machine virtuelle/)).toBeInTheDocument();
  expect(within(group).getByText('invité', { selector: 'strong' })).toBeInTheDocument();
  expect(within(group).getByRole('radio', { name: 'Le système invité' })).toBeDisabled();
  await retry(user, group);
  expect(within(group).queryByText('Incorrect')).not.toBeInTheDocument();
  await user.click(within(group).getByRole('radio', { name: 'Le système invité' }));
  await check(user, group);
  expect(within(group).getByText('Correct')).toHaveFocus();
  expect(within(group).getByText('Oui, l’invité tourne dans la VM.')).toBeInTheDocument();
  expect(within(group).queryByRole('button', { name: 'Réessayer' })).not.toBeInTheDocument();
});

test('multiple: partial, then right', async () => {
  const { user } = setup({ quiz: allTypes });
  const group = question(/Quels mécanismes/);
  await user.click(within(group).getByRole('checkbox', { name: 'Les namespaces' }));
  await check(user, group);
  expect(within(group).getByText('Partiellement correct (50 %)')).toHaveFocus();
  expect(within(group).getByText('Il manque une bonne réponse.')).toBeInTheDocument();
  await retry(user, group);
  await user.click(within(group).getByRole('checkbox', { name: 'Les namespaces' }));
  await user.click(within(group).getByRole('checkbox', { name: 'Un hyperviseur de type 1' }));
  await check(user, group);
  expect(within(group).getByText('Incorrect')).toBeInTheDocument();
  expect(within(group).getByText('Non, un conteneur n’a pas d’hyperviseur.')).toBeInTheDocument();
  await retry(user, group);
  await user.click(within(group).getByRole('checkbox', { name: 'Les cgroups' }));
  await user.click(within(group).getByRole('checkbox', { name: 'Les namespaces' }));
  await check(user, group);
  expect(within(group).getByText('Correct')).toBeInTheDocument();
});

test('truefalse: wrong, then right', async () => {
  const { user } = setup({ quiz: allTypes });
  const group = question(/propre noyau/);
  await user.click(within(group).getByRole('radio', { name: 'Vrai' }));
  await check(user, group);
  expect(within(group).getByText('Incorrect')).toBeInTheDocument();
  await retry(user, group);
  await user.click(within(group).getByRole('radio', { name: 'Faux' }));
  await check(user, group);
  expect(within(group).getByText('Correct')).toBeInTheDocument();
});

test('ordering: the shuffled list is no answer until kept with « Valider cet ordre », then put in order', async () => {
  const { user, lastDraft } = setup({ quiz: allTypes });
  const group = question(/cycle de vie/);
  const shown = orderingItems(group);
  expect(shown).not.toEqual(cycle);
  const checkButton = within(group).getByRole('button', { name: 'Vérifier' });
  expect(checkButton).toBeDisabled();
  expect(within(group).getByText(ORDERING_UNANSWERED)).toBeInTheDocument();
  const keep = within(group).getByRole('button', { name: 'Valider cet ordre' });
  expect(keep).toHaveAttribute('aria-disabled', 'false');
  await keepOrder(user, group);
  expect(orderingItems(group)).toEqual(shown);
  expect(lastDraft()?.answers['cycle-image']).toHaveLength(4);
  expect(within(group).getByText(ORDERING_ANSWERED, { ignore: '.quiz-sr-only' })).toBeInTheDocument();
  expect(within(group).queryByText(ORDERING_UNANSWERED)).not.toBeInTheDocument();
  // The button stays focusable but has nothing more to do.
  expect(keep).toHaveFocus();
  expect(keep).toHaveAttribute('aria-disabled', 'true');
  expect(checkButton).toBeEnabled();
  await check(user, group);
  expect(within(group).queryByText('Correct')).not.toBeInTheDocument();
  expect(within(group).getAllByText(/Mal placé/).length).toBeGreaterThan(0);
  // Checked: the answer is locked, so no more « Valider cet ordre ».
  expect(within(group).queryByRole('button', { name: 'Valider cet ordre' })).not.toBeInTheDocument();
  await retry(user, group);
  // « Réessayer » forgets the order: no answer again until the learner moves or keeps it.
  expect(within(group).getByRole('button', { name: 'Vérifier' })).toBeDisabled();
  expect(within(group).getByText(ORDERING_UNANSWERED)).toBeInTheDocument();
  await putInOrder(user, group, cycle);
  expect(orderingItems(group)).toEqual(cycle);
  expect(within(group).getByText(ORDERING_ANSWERED)).toBeInTheDocument();
  await check(user, group);
  expect(within(group).getByText('Correct')).toBeInTheDocument();
  expect(within(group).getAllByText(/Bien placé/)).toHaveLength(4);
});

test('ordering: « Valider cet ordre » is a real button reached with Tab and pressed with Enter', async () => {
  const { user, lastDraft } = setup({ quiz: allTypes });
  const group = question(/cycle de vie/);
  const shown = orderingItems(group);
  within(group)
    .getAllByRole('button', { name: /^Descendre/ })
    .at(-1)
    ?.focus();
  await user.tab();
  const keep = within(group).getByRole('button', { name: 'Valider cet ordre' });
  expect(keep.tagName).toBe('BUTTON');
  expect(keep).toHaveFocus();
  await user.keyboard('{Enter}');
  expect(keep).toHaveFocus();
  expect(within(group).getByText(ORDERING_ANSWERED, { selector: '.quiz-sr-only' })).toBeInTheDocument();
  // The order as shown is the answer.
  const draft = lastDraft();
  expect(draft?.answers['cycle-image']).toEqual(initialOrder(cycleQuestion, draft?.seed ?? 0));
  expect(orderingItems(group)).toEqual(shown);
  // Pressing it again records nothing more.
  await user.keyboard('{Enter}');
  expect(lastDraft()).toBe(draft);
});

test('ordering: arrow keys move the focused item, focus follows it and the move is announced', async () => {
  const { user } = setup({ quiz: allTypes });
  const group = question(/cycle de vie/);
  const before = orderingItems(group);
  const item = before[2] as string;
  within(group)
    .getByRole('button', { name: fr(`Monter « ${item} »`) })
    .focus();
  await user.keyboard('{ArrowUp}');
  expect(orderingItems(group).indexOf(item)).toBe(1);
  expect(within(group).getByRole('button', { name: fr(`Monter « ${item} »`) })).toHaveFocus();
  expect(within(group).getByText(`« ${item} » est maintenant en position 2 sur 4.`)).toBeInTheDocument();
  await user.keyboard('{ArrowUp}');
  expect(orderingItems(group).indexOf(item)).toBe(0);
  // At the top, Monter does nothing but keeps the focus.
  await user.keyboard('{ArrowUp}');
  expect(orderingItems(group).indexOf(item)).toBe(0);
  expect(within(group).getByRole('button', { name: fr(`Monter « ${item} »`) })).toHaveFocus();
  await user.keyboard('{ArrowDown}');
  expect(orderingItems(group).indexOf(item)).toBe(1);
  expect(within(group).getByRole('button', { name: fr(`Descendre « ${item} »`) })).toHaveFocus();
  await user.click(within(group).getByRole('button', { name: fr(`Descendre « ${item} »`) }));
  expect(orderingItems(group).indexOf(item)).toBe(2);
  expect(within(group).getByRole('button', { name: fr(`Descendre « ${item} »`) })).toHaveFocus();
});

test('matching: one wrong pair is partial, then right', async () => {
  const { user } = setup({ quiz: allTypes });
  const group = question(/Associez/);
  await user.selectOptions(within(group).getByRole('combobox', { name: 'docker ps' }), 'Lister les images');
  await user.selectOptions(within(group).getByRole('combobox', { name: 'docker images' }), 'Lister les conteneurs');
  await user.selectOptions(
    within(group).getByRole('combobox', { name: 'docker logs' }),
    'Afficher la sortie d’un conteneur',
  );
  await check(user, group);
  expect(within(group).getByText('Partiellement correct (33 %)')).toBeInTheDocument();
  await retry(user, group);
  expect(within(group).getByRole('combobox', { name: 'docker ps' })).toHaveValue('');
  await user.selectOptions(within(group).getByRole('combobox', { name: 'docker ps' }), 'Lister les conteneurs');
  await user.selectOptions(within(group).getByRole('combobox', { name: 'docker images' }), 'Lister les images');
  await user.selectOptions(
    within(group).getByRole('combobox', { name: 'docker logs' }),
    'Afficher la sortie d’un conteneur',
  );
  await check(user, group);
  expect(within(group).getByText('Correct')).toBeInTheDocument();
});

test('cloze: one wrong blank, then right (case and accents ignored)', async () => {
  const { user } = setup({ quiz: allTypes });
  const group = question(/Complétez/);
  await user.type(within(group).getByRole('textbox', { name: 'Trou 1' }), 'aufs');
  await user.type(within(group).getByRole('textbox', { name: 'Trou 2' }), 'COUCHES');
  await check(user, group);
  expect(within(group).getByText('Partiellement correct (50 %)')).toBeInTheDocument();
  await retry(user, group);
  expect(within(group).getByRole('textbox', { name: 'Trou 1' })).toHaveValue('');
  await user.type(within(group).getByRole('textbox', { name: 'Trou 1' }), 'Overlay 2');
  await user.type(within(group).getByRole('textbox', { name: 'Trou 2' }), 'layers');
  await check(user, group);
  expect(within(group).getByText('Correct')).toBeInTheDocument();
});

test('short: wrong, then right with Enter', async () => {
  const { user } = setup({ quiz: allTypes });
  const group = question(/Quel fichier/);
  await user.type(within(group).getByRole('textbox', { name: 'Votre réponse' }), 'compose.yaml');
  await check(user, group);
  expect(within(group).getByText('Incorrect')).toBeInTheDocument();
  await retry(user, group);
  expect(within(group).getByRole('textbox', { name: 'Votre réponse' })).toHaveFocus();
  await user.keyboard('Le Dockerfile{Enter}');
  expect(within(group).getByText('Correct')).toHaveFocus();
});

test('numeric: not a number, wrong, then right', async () => {
  const { user } = setup({ quiz: allTypes });
  const group = question(/Sur quel port/);
  await user.type(within(group).getByRole('textbox', { name: 'Votre réponse' }), 'quatre-vingts');
  await check(user, group);
  expect(within(group).getByText(/Ce n’est pas un nombre/)).toBeInTheDocument();
  await retry(user, group);
  await user.type(within(group).getByRole('textbox', { name: 'Votre réponse' }), '443');
  await check(user, group);
  expect(within(group).getByText('Incorrect')).toBeInTheDocument();
  await retry(user, group);
  await user.type(within(group).getByRole('textbox', { name: 'Votre réponse' }), '80');
  await check(user, group);
  expect(within(group).getByText('Correct')).toBeInTheDocument();
});

test('command: the problems are explained, then right', async () => {
  const { user } = setup({ quiz: allTypes });
  const group = question(/Lancez/);
  await user.type(within(group).getByRole('textbox', { name: 'Commande' }), 'docker run -d -p 80:8080 nginx');
  await check(user, group);
  expect(within(group).getByText('Incorrect')).toBeInTheDocument();
  expect(
    within(group).getByText('La publication de port est inversée : l’hôte d’abord, puis le conteneur (8080:80).'),
  ).toBeInTheDocument();
  await retry(user, group);
  await user.type(within(group).getByRole('textbox', { name: 'Commande' }), 'docker run -d nginx');
  await check(user, group);
  expect(within(group).getByText(/Il manque l’option/)).toBeInTheDocument();
  expect(within(group).getByText('-p 8080:80', { selector: 'code' })).toBeInTheDocument();
  await retry(user, group);
  await user.type(
    within(group).getByRole('textbox', { name: 'Commande' }),
    'docker container run --name web -dp 8080:80 nginx',
  );
  await check(user, group);
  expect(within(group).getByText('Correct')).toBeInTheDocument();
});

/* Drafts ----------------------------------------------------------------------------------------- */

test('the first interaction creates a draft; answers flow through onDraftChange', async () => {
  const { user, onDraftChange, lastDraft } = setup({ quiz: allTypes });
  expect(onDraftChange).not.toHaveBeenCalled();
  await user.click(within(question(/propre noyau/)).getByRole('radio', { name: 'Faux' }));
  expect(onDraftChange).toHaveBeenCalledTimes(1);
  expect(lastDraft()).toMatchObject({ answers: { 'conteneur-noyau': false }, checked: {}, hintsUsed: {} });
  expect(Number.isInteger(lastDraft()?.seed)).toBe(true);
  await check(user, question(/propre noyau/));
  expect(lastDraft()?.checked).toEqual({ 'conteneur-noyau': 1 });
});

test('a saved draft is restored, with its answers, checks and order', () => {
  const draft: QuizDraft = {
    seed: 4242,
    startedAt: '2025-01-01T00:00:00.000Z',
    answers: { 'hote-invite': 'a', 'fichier-recette': 'Dockerfile', 'pilote-stockage': { b1: 'overlay2' } },
    checked: { 'hote-invite': 1 },
    hintsUsed: {},
  };
  setup({ quiz: allTypes, initial: { attempts: [], draft } });
  const single = question(/Quel système/);
  expect(within(single).getByRole('radio', { name: 'Le système invité' })).toBeChecked();
  expect(within(single).getByText('Correct')).toBeInTheDocument();
  expect(within(question(/Quel fichier/)).getByRole('textbox')).toHaveValue('Dockerfile');
  expect(within(question(/Complétez/)).getByRole('textbox', { name: 'Trou 1' })).toHaveValue('overlay2');
  const singleQuestion = allTypes.questions[0] as SingleQuestion;
  const texts = within(single)
    .getAllByRole('radio')
    .map((radio) => radio.closest('label')?.textContent ?? '');
  const expected = choiceOrder(singleQuestion, 4242).map(
    (id) => singleQuestion.choices.find((choice) => choice.id === id)?.text,
  );
  expect(texts).toEqual(expected);
});

/* Hints ------------------------------------------------------------------------------------------ */

test('a hint shows its cost, is recorded, and lowers the points', async () => {
  const { user, lastDraft } = setup({ quiz: allTypes });
  const group = question(/Quel système s’exécute/);
  await user.click(
    within(group).getByRole('button', { name: fr('Indice (chaque indice retire 25 % des points de la question)') }),
  );
  expect(within(group).getByText('Indice 1 : Pensez à qui reçoit l’hospitalité.')).toHaveFocus();
  expect(lastDraft()?.hintsUsed).toEqual({ 'hote-invite': 1 });
  await user.click(
    within(group).getByRole('button', { name: fr('Indice (chaque indice retire 25 % des points de la question)') }),
  );
  expect(within(group).getByText(/Indice 2 : Ce n’est pas celui qui héberge/)).toBeInTheDocument();
  expect(within(group).queryByRole('button', { name: /^Indice/ })).not.toBeInTheDocument();
  expect(lastDraft()?.hintsUsed).toEqual({ 'hote-invite': 2 });
  await user.click(within(group).getByRole('radio', { name: 'Le système invité' }));
  await check(user, group);
  expect(within(group).getByText('Correct')).toBeInTheDocument();
  expect(
    within(group).getByText(
      'Indices dévoilés : 2 ; chaque indice retire 25 % des points de la question. Points retenus : 50 %.',
    ),
  ).toBeInTheDocument();
  expect(lastDraft()?.checked).toEqual({ 'hote-invite': 0.5 });
});

test('questions without hints have no hint button', () => {
  setup({ quiz: allTypes });
  expect(within(question(/propre noyau/)).queryByRole('button', { name: /^Indice/ })).not.toBeInTheDocument();
});

/* Finishing a practice quiz ----------------------------------------------------------------------- */

test('practice: « Terminer le quiz » waits for every check, then records the attempt', async () => {
  const { user, onAttempt, lastDraft } = setup({ quiz: allTypes });
  const finish = screen.getByRole('button', { name: 'Terminer le quiz' });
  expect(finish).toBeDisabled();
  expect(screen.getByText('Encore 9 questions à vérifier avant de terminer.')).toBeInTheDocument();
  await user.click(within(question(/Quel système/)).getByRole('button', { name: /^Indice/ }));
  await answerAllRight(user);
  expect(lastDraft()?.checked['conteneur-noyau']).toBe(1);
  expect(screen.getByText('Toutes les questions sont vérifiées.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Terminer le quiz' }));
  expect(onAttempt).toHaveBeenCalledTimes(1);
  const attempt = onAttempt.mock.lastCall?.[0];
  expect(attempt).toMatchObject({ mode: 'practice', passed: true, hintsUsed: { 'hote-invite': 1 } });
  expect(attempt?.questionScores['hote-invite']).toBe(0.75);
  expect(attempt?.questionScores['lancer-nginx']).toBe(1);
  expect(attempt?.score).toBeCloseTo(8.75 / 9, 10);
  expect(lastDraft()).toBeNull();
  const summary = screen.getByRole('heading', { level: 3, name: 'Résultat' });
  expect(summary).toHaveFocus();
  expect(screen.getByText('Réussi')).toBeInTheDocument();
  expect(screen.getByText('8 sur 9 du premier coup (score du premier coup : 97 %).')).toBeInTheDocument();
  expect(
    screen.getByText('Après corrections : 8 sur 9 (score corrigé : 97 %, seuil de réussite : 70 %).'),
  ).toBeInTheDocument();
  expect(screen.getByText('Meilleur score du premier coup jusqu’ici : 97 %')).toBeInTheDocument();
  expect(screen.getByRole('link', { name: fr('Revoir : Terminologie') })).toHaveAttribute('href', '#terminologie');
});

test('practice: a retry corrects the score, never the first try', async () => {
  const { user, onAttempt, lastDraft } = setup({ quiz: allTypes });
  const group = question(/Quel système s’exécute/);
  await user.click(within(group).getByRole('radio', { name: 'Le système hôte' }));
  await check(user, group);
  expect(lastDraft()?.firstChecked).toEqual({ 'hote-invite': 0 });
  await user.click(within(group).getByRole('button', { name: 'Réessayer' }));
  await answerAllRight(user);
  expect(lastDraft()?.checked['hote-invite']).toBe(1);
  expect(lastDraft()?.firstChecked?.['hote-invite']).toBe(0);
  await user.click(screen.getByRole('button', { name: 'Terminer le quiz' }));
  const attempt = onAttempt.mock.lastCall?.[0];
  expect(attempt?.score).toBe(1);
  expect(attempt?.firstTryScores?.['hote-invite']).toBe(0);
  expect(attempt?.firstTryScores?.['lancer-nginx']).toBe(1);
  expect(screen.getByText('8 sur 9 du premier coup (score du premier coup : 89 %).')).toBeInTheDocument();
  expect(
    screen.getByText('Après corrections : 9 sur 9 (score corrigé : 100 %, seuil de réussite : 70 %).'),
  ).toBeInTheDocument();
});

test('practice: a failed attempt lists the missed questions with their sections', async () => {
  const { user, onAttempt } = setup({ quiz: allTypes });
  for (const group of screen.getAllByRole('group')) {
    const radios = within(group).queryAllByRole('radio');
    if (radios.length > 0) await user.click(within(group).getByRole('radio', { name: /hôte|Vrai/ }));
  }
  await user.click(within(question(/Quels mécanismes/)).getByRole('checkbox', { name: /hyperviseur/ }));
  await user.selectOptions(
    within(question(/Associez/)).getByRole('combobox', { name: 'docker ps' }),
    'Lister les images',
  );
  await user.selectOptions(
    within(question(/Associez/)).getByRole('combobox', { name: 'docker images' }),
    'Lister les images',
  );
  await user.selectOptions(
    within(question(/Associez/)).getByRole('combobox', { name: 'docker logs' }),
    'Lister les images',
  );
  await user.type(within(question(/Complétez/)).getByRole('textbox', { name: 'Trou 1' }), 'x');
  await user.type(within(question(/Complétez/)).getByRole('textbox', { name: 'Trou 2' }), 'y');
  await user.type(within(question(/Quel fichier/)).getByRole('textbox'), 'x');
  await user.type(within(question(/Sur quel port/)).getByRole('textbox'), '1');
  await user.type(within(question(/Lancez/)).getByRole('textbox'), 'docker ps');
  await keepOrder(user, question(/cycle de vie/));
  for (const group of screen.getAllByRole('group')) await check(user, group);
  await user.click(screen.getByRole('button', { name: 'Terminer le quiz' }));
  const attempt = onAttempt.mock.lastCall?.[0];
  expect(attempt?.passed).toBe(false);
  expect(screen.getByText('Non réussi')).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 4, name: 'Questions à revoir' })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: fr('Revoir : Terminologie') })).toBeInTheDocument();
  expect(screen.getByRole('link', { name: fr('Revoir : Isolation') })).toHaveAttribute('href', '#isolation');
  // The corrections show what was expected.
  expect(screen.getByText('Réponse attendue : Dockerfile / le Dockerfile')).toBeInTheDocument();
  expect(screen.getAllByText('Bonne réponse non choisie').length).toBeGreaterThan(0);
});

/* Restarting -------------------------------------------------------------------------------------- */

function attemptFor(quiz: Quiz, seed: number, score: number, finishedAt: string): QuizAttempt {
  return {
    seed,
    startedAt: '2025-01-01T00:00:00.000Z',
    finishedAt,
    mode: quiz.mode,
    answers: {},
    hintsUsed: {},
    questionScores: Object.fromEntries(quiz.questions.map((q) => [q.id, score])),
    score,
    passed: score * 100 >= quiz.passMark,
  };
}

const sixChoices = quizFrom(`id: six
questions:
  - id: q
    type: single
    prompt: Choisissez
    choices:
      - {text: Un, correct: true}
      - {text: Deux}
      - {text: Trois}
      - {text: Quatre}
      - {text: Cinq}
      - {text: Six}
`);

function displayedChoices(): string[] {
  return screen.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent ?? '');
}

function orderFor(seed: number): string[] {
  const q = sixChoices.questions[0] as SingleQuestion;
  return choiceOrder(q, seed).map((id) => q.choices.find((choice) => choice.id === id)?.text ?? '');
}

test('« Recommencer » starts a new draft with a new seed and reshuffles', async () => {
  const previous = attemptFor(sixChoices, 1, 0, '2025-01-01T00:10:00.000Z');
  const { user, lastDraft, view } = setup({ quiz: sixChoices, initial: { attempts: [previous], draft: null } });
  expect(screen.getByRole('heading', { name: 'Résultat' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Recommencer' }));
  const draft = lastDraft();
  expect(draft).not.toBeNull();
  expect(draft?.seed).not.toBe(previous.seed);
  expect(draft?.answers).toEqual({});
  expect(screen.getByRole('heading', { level: 2, name: 'Quiz' })).toHaveFocus();
  const order = displayedChoices();
  expect(order).toEqual(orderFor(draft?.seed ?? 0));
  // Rendering again from the same stored draft (a reload) keeps the order.
  view.unmount();
  render(<Harness quiz={sixChoices} initial={{ attempts: [previous], draft }} />);
  expect(displayedChoices()).toEqual(order);
});

test('a different seed gives a different order, the same seed the same order', () => {
  const base = { startedAt: '2025-01-01T00:00:00.000Z', answers: {}, checked: {}, hintsUsed: {} };
  const first = render(<Harness quiz={sixChoices} initial={{ attempts: [], draft: { ...base, seed: 1 } }} />);
  const one = displayedChoices();
  first.unmount();
  const second = render(<Harness quiz={sixChoices} initial={{ attempts: [], draft: { ...base, seed: 1 } }} />);
  expect(displayedChoices()).toEqual(one);
  second.unmount();
  const seeds = [2, 3, 4, 5, 6];
  const orders = seeds.map((seed) => {
    const view = render(<Harness quiz={sixChoices} initial={{ attempts: [], draft: { ...base, seed } }} />);
    const order = displayedChoices().join();
    view.unmount();
    return order;
  });
  expect(new Set([one.join(), ...orders]).size).toBeGreaterThan(3);
});

/* Exams ------------------------------------------------------------------------------------------ */

const exam = quizFrom(`id: exam-test
title: Évaluation
mode: exam
passMark: 60
maxAttempts: 2
questions:
  - id: e1
    type: truefalse
    prompt: Un conteneur partage le noyau de l’hôte.
    answer: true
    explanation: Oui, c’est le principe.
  - id: e2
    type: short
    prompt: Quel fichier décrit une image ?
    answers: [Dockerfile]
  - id: e3
    type: ordering
    prompt: Rangez les étapes.
    items: [Un, Deux, Trois]
`);

test('exam: no hints nor checks; « Soumettre » waits for every answer; then the result and corrections', async () => {
  const { user, onAttempt, lastDraft } = setup({ quiz: exam });
  expect(screen.queryByRole('button', { name: 'Vérifier' })).not.toBeInTheDocument();
  expect(screen.getByText('Tentatives : 0 / 2')).toBeInTheDocument();
  const submit = screen.getByRole('button', { name: 'Soumettre' });
  expect(submit).toBeDisabled();
  expect(screen.getByText('Encore 3 questions sans réponse.')).toBeInTheDocument();
  await user.click(screen.getByRole('radio', { name: 'Vrai' }));
  expect(screen.getByText('Encore 2 questions sans réponse.')).toBeInTheDocument();
  await user.type(screen.getByRole('textbox', { name: 'Votre réponse' }), 'Compose');
  expect(screen.getByText('Encore une question sans réponse.')).toBeInTheDocument();
  expect(submit).toBeDisabled();
  const ordering = screen.getByRole('group', { name: /Rangez/ });
  const shown = orderingItems(ordering);
  await keepOrder(user, ordering);
  expect(screen.getByText('Toutes les questions ont une réponse.')).toBeInTheDocument();
  expect(submit).toBeEnabled();
  expect(screen.queryByText('Correct')).not.toBeInTheDocument();
  await user.click(submit);
  expect(onAttempt).toHaveBeenCalledTimes(1);
  const attempt = onAttempt.mock.lastCall?.[0];
  expect(attempt).toMatchObject({ mode: 'exam', answers: { e1: true, e2: 'Compose' } });
  expect(attempt?.questionScores.e1).toBe(1);
  expect(attempt?.questionScores.e2).toBe(0);
  expect((attempt?.answers.e3 as number[]).map((index) => ['Un', 'Deux', 'Trois'][index])).toEqual(shown);
  expect(lastDraft()).toBeNull();
  expect(screen.getByRole('heading', { level: 3, name: 'Résultat' })).toHaveFocus();
  expect(screen.getByText('Non réussi')).toBeInTheDocument();
  expect(screen.getByText('Tentatives : 1 / 2')).toBeInTheDocument();
  expect(screen.getByRole('heading', { level: 3, name: 'Corrigé' })).toBeInTheDocument();
  expect(screen.getByText('Réponse attendue : Dockerfile')).toBeInTheDocument();
  expect(screen.getByText('Oui, c’est le principe.')).toBeInTheDocument();
  expect(screen.getByText('Ordre attendu :')).toBeInTheDocument();
  // Second and last attempt.
  await user.click(screen.getByRole('button', { name: 'Recommencer' }));
  expect(screen.getByText('Tentatives : 1 / 2')).toBeInTheDocument();
  await user.click(screen.getByRole('radio', { name: 'Vrai' }));
  await user.type(screen.getByRole('textbox', { name: 'Votre réponse' }), 'dockerfile');
  const group = screen.getByRole('group', { name: /Rangez/ });
  await putInOrder(user, group, ['Un', 'Deux', 'Trois']);
  await user.click(screen.getByRole('button', { name: 'Soumettre' }));
  expect(onAttempt).toHaveBeenCalledTimes(2);
  expect(onAttempt.mock.lastCall?.[0]).toMatchObject({ score: 1, passed: true });
  expect(screen.getByText('Réussi')).toBeInTheDocument();
  expect(screen.getByText('Vous avez utilisé toutes vos tentatives (2).')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Recommencer' })).not.toBeInTheDocument();
  expect(screen.getByText('Meilleur score jusqu’ici : 100 %')).toBeInTheDocument();
});

const examOrdering = exam.questions.find((q) => q.id === 'e3') as OrderingQuestion;

test('exam: an untouched ordering question counts as unanswered until « Valider cet ordre », and stays answered after a reload', async () => {
  const { user, onDraftChange, lastDraft, view } = setup({ quiz: exam });
  await user.click(screen.getByRole('radio', { name: 'Vrai' }));
  await user.type(screen.getByRole('textbox', { name: 'Votre réponse' }), 'Dockerfile');
  const submit = screen.getByRole('button', { name: 'Soumettre' });
  // Only the ordering question is left, though its shuffled list is on screen.
  expect(screen.getByText('Encore une question sans réponse.')).toBeInTheDocument();
  expect(submit).toBeDisabled();
  expect(lastDraft()?.answers).toEqual({ e1: true, e2: 'Dockerfile' });
  const ordering = screen.getByRole('group', { name: /Rangez/ });
  expect(within(ordering).getByText(ORDERING_UNANSWERED)).toBeInTheDocument();

  // A reload before confirming: still unanswered.
  const untouched = lastDraft();
  view.unmount();
  const reloaded = render(<Harness quiz={exam} initial={{ attempts: [], draft: untouched }} />);
  expect(screen.getByText('Encore une question sans réponse.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Soumettre' })).toBeDisabled();
  reloaded.unmount();

  render(<Harness quiz={exam} initial={{ attempts: [], draft: untouched }} onDraftChange={onDraftChange} />);
  const calls = onDraftChange.mock.calls.length;
  const group = screen.getByRole('group', { name: /Rangez/ });
  const shown = orderingItems(group);
  await keepOrder(user, group);
  expect(onDraftChange).toHaveBeenCalledTimes(calls + 1);
  const kept = lastDraft();
  expect(kept?.answers).toEqual({
    e1: true,
    e2: 'Dockerfile',
    e3: initialOrder(examOrdering, untouched?.seed ?? 0),
  });
  expect(screen.getByText('Toutes les questions ont une réponse.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Soumettre' })).toBeEnabled();
  expect(orderingItems(group)).toEqual(shown);

  // A reload after confirming: the same order, still answered.
  cleanup();
  render(<Harness quiz={exam} initial={{ attempts: [], draft: kept }} />);
  const again = screen.getByRole('group', { name: /Rangez/ });
  expect(orderingItems(again)).toEqual(shown);
  expect(within(again).getByText(ORDERING_ANSWERED)).toBeInTheDocument();
  expect(within(again).getByRole('button', { name: 'Valider cet ordre' })).toHaveAttribute('aria-disabled', 'true');
  expect(screen.getByText('Toutes les questions ont une réponse.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Soumettre' })).toBeEnabled();
});

test('exam: moving an ordering item, with a button or an arrow key, answers the question too', async () => {
  const { user, lastDraft } = setup({ quiz: exam });
  await user.click(screen.getByRole('radio', { name: 'Vrai' }));
  await user.type(screen.getByRole('textbox', { name: 'Votre réponse' }), 'Dockerfile');
  const submit = screen.getByRole('button', { name: 'Soumettre' });
  expect(submit).toBeDisabled();
  const group = screen.getByRole('group', { name: /Rangez/ });
  const top = orderingItems(group)[0] as string;
  within(group)
    .getByRole('button', { name: fr(`Descendre « ${top} »`) })
    .focus();
  await user.keyboard('{ArrowDown}');
  expect(orderingItems(group)[1]).toBe(top);
  expect(lastDraft()?.answers.e3).toHaveLength(3);
  expect(screen.getByText('Toutes les questions ont une réponse.')).toBeInTheDocument();
  expect(submit).toBeEnabled();
  expect(within(group).getByText(ORDERING_ANSWERED)).toBeInTheDocument();
  // Moved back where it was: still an answer (the learner may agree with the shuffle).
  await user.click(within(group).getByRole('button', { name: fr(`Monter « ${top} »`) }));
  expect(lastDraft()?.answers.e3).toEqual(initialOrder(examOrdering, lastDraft()?.seed ?? 0));
  expect(submit).toBeEnabled();
});

test('exam: with every attempt used, the last result stays and no retake is offered', () => {
  const attempts = [
    attemptFor(exam, 1, 0.4, '2025-01-01T00:10:00.000Z'),
    attemptFor(exam, 2, 0.5, '2025-01-01T00:20:00.000Z'),
  ];
  setup({ quiz: exam, initial: { attempts, draft: null } });
  expect(screen.getByText('Score : 50 % (seuil de réussite : 60 %)')).toBeInTheDocument();
  expect(screen.getByText('Non réussi')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Recommencer' })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Soumettre' })).not.toBeInTheDocument();
});

/* Exams drawn from a pool ------------------------------------------------------------------------- */

const pooled = quizFrom(`id: exam-pool
mode: exam
draw: 3
passMark: 60
questions:
${[1, 2, 3, 4, 5, 6]
  .map((n) => `  - id: p${n}\n    type: truefalse\n    prompt: Affirmation numéro ${n}.\n    answer: true`)
  .join('\n')}
`);

/** The pool's questions shown to answer, by id (their prompts say their number). */
function shownPool(): string[] {
  return screen
    .getAllByRole('group', { name: /Affirmation numéro/ })
    .map((group) => `p${/numéro (\d)/.exec(group.getAttribute('aria-label') ?? group.textContent ?? '')?.[1] ?? '?'}`);
}

test('a drawn exam asks `draw` questions of its pool, the first attempt’s draw the same on the server and in the browser', () => {
  setup({ quiz: pooled });
  const expected = askedQuiz(pooled, firstAttemptSeed(pooled.id)).questions.map((q) => q.id);
  expect(expected).toHaveLength(3);
  expect(shownPool()).toEqual(expected);
  expect(
    screen.getByText(
      'Chaque tentative pose 3 questions tirées au hasard parmi 6 : une nouvelle tentative en pose d’autres.',
    ),
  ).toBeInTheDocument();
  expect(screen.getByText('Encore 3 questions sans réponse.')).toBeInTheDocument();
});

test('a drawn exam is graded out of its draw; a retake asks other questions, and a reload the same ones', async () => {
  const { user, onAttempt, lastDraft } = setup({ quiz: pooled });
  const first = shownPool();
  const groups = screen.getAllByRole('group', { name: /Affirmation numéro/ });
  await user.click(within(groups[0] as HTMLElement).getByRole('radio', { name: 'Faux' }));
  for (const group of groups.slice(1)) await user.click(within(group).getByRole('radio', { name: 'Vrai' }));
  expect(screen.getByText('Toutes les questions ont une réponse.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Soumettre' }));
  const attempt = onAttempt.mock.lastCall?.[0];
  expect(Object.keys(attempt?.questionScores ?? {}).sort()).toEqual([...first].sort());
  expect(attempt?.score).toBeCloseTo(2 / 3);
  expect(attempt?.passed).toBe(true);
  expect(screen.getByText('Réponses justes : 2 sur 3.')).toBeInTheDocument();
  expect(screen.getByText('Score : 67 % (seuil de réussite : 60 %)')).toBeInTheDocument();
  // The corrections and the questions to review are those of the draw.
  expect(shownPool().sort()).toEqual([...first].sort());
  const missedPrompt = `Affirmation numéro ${first[0]?.slice(1) ?? '?'}.`;
  // The missed question is listed to review, and shown in the corrections.
  expect(screen.getAllByText(missedPrompt)).toHaveLength(2);
  await user.click(screen.getByRole('button', { name: 'Recommencer' }));
  const second = shownPool();
  expect(second).toHaveLength(3);
  expect(second).not.toEqual(first);
  const draft = lastDraft();
  expect(second).toEqual(askedQuiz(pooled, draft?.seed ?? -1).questions.map((q) => q.id));
  // A reload with the attempt in progress: the same draw.
  cleanup();
  render(<Harness quiz={pooled} initial={{ attempts: attempt ? [attempt] : [], draft }} />);
  expect(shownPool()).toEqual(second);
});

/* Read-only -------------------------------------------------------------------------------------- */

test('readOnly: everything works but nothing is recorded', async () => {
  const { user, onDraftChange, onAttempt } = setup({ quiz: exam, readOnly: true });
  await user.click(screen.getByRole('radio', { name: 'Vrai' }));
  await user.type(screen.getByRole('textbox', { name: 'Votre réponse' }), 'Dockerfile');
  expect(screen.getByRole('radio', { name: 'Vrai' })).toBeChecked();
  await keepOrder(user, screen.getByRole('group', { name: /Rangez/ }));
  expect(screen.getByText(ORDERING_ANSWERED, { ignore: '.quiz-sr-only' })).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Soumettre' }));
  expect(screen.getByRole('heading', { name: 'Résultat' })).toBeInTheDocument();
  expect(onDraftChange).not.toHaveBeenCalled();
  expect(onAttempt).not.toHaveBeenCalled();
});

/* Language --------------------------------------------------------------------------------------- */

test('every string comes from the catalogue (English renders too)', async () => {
  const user = userEvent.setup();
  render(
    <I18nProvider lang="en" catalogue={catalogue}>
      <QuizView quiz={exam} saved={emptySaved} onDraftChange={() => undefined} onAttempt={() => undefined} readOnly />
    </I18nProvider>,
  );
  expect(screen.getByRole('radio', { name: 'True' })).toBeInTheDocument();
  expect(screen.getByText('Attempts: 0 / 2')).toBeInTheDocument();
  await user.click(screen.getByRole('radio', { name: 'True' }));
  expect(screen.getByRole('button', { name: 'Submit' })).toBeDisabled();
  expect(screen.getByText('No answer yet: move an item, or keep the order shown if it suits you.')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Keep this order' }));
  expect(screen.getByText('This order is recorded as your answer.', { ignore: '.quiz-sr-only' })).toBeInTheDocument();
  expect(screen.getByText('One question still has no answer.')).toBeInTheDocument();
});

test('both catalogues have the same keys', () => {
  expect(Object.keys(quizMessages.en).sort()).toEqual(Object.keys(quizMessages.fr).sort());
});

test('matching: a long answer chosen in a select is shown whole beside it', async () => {
  const long = 'Garder les données d’une base PostgreSQL après la suppression du conteneur';
  const quiz = quizFrom(
    `id: quiz-long\nquestions:\n  - id: long\n    type: matching\n    prompt: Associez chaque option à son rôle.\n    left: [-v, --rm]\n    right:\n      - ${long}\n      - Supprimer le conteneur à son arrêt\n`,
  );
  const { user } = setup({ quiz });
  const group = question(/Associez chaque option/);
  const select = within(group).getByRole('combobox', { name: '-v' });
  await user.selectOptions(select, long);
  const shown = within(group)
    .getAllByText(long)
    .filter((element) => element.tagName !== 'OPTION');
  expect(shown).toHaveLength(1);
  expect(shown[0]).toBeVisible();
  expect(select).not.toContainElement(shown[0] ?? null);
});

test('inline code in a question that is a flag never breaks inside', () => {
  const quiz = quizFrom(
    'id: quiz-flag\nquestions:\n  - id: flag\n    type: truefalse\n    prompt: "`--no-stream` affiche une seule mesure."\n    answer: true\n',
  );
  setup({ quiz });
  expect(screen.getByText('--no-stream', { selector: 'code' })).toHaveClass('code-word');
});

test('a missed question without a section of its lesson gets the link the app gives (a module exam’s)', () => {
  const exam: Quiz = {
    ...allTypes,
    mode: 'exam',
    questions: allTypes.questions.map(({ section: _section, ...question }) => question),
  };
  const attempt: QuizAttempt = {
    seed: 1,
    startedAt: '2026-01-01T10:00:00.000Z',
    finishedAt: '2026-01-01T10:05:00.000Z',
    mode: 'exam',
    answers: {},
    hintsUsed: {},
    questionScores: Object.fromEntries(exam.questions.map((q, index) => [q.id, index === 0 ? 0 : 1])),
    score: 8 / 9,
    passed: true,
  };
  setup({
    quiz: exam,
    initial: { attempts: [attempt], draft: null },
    reviewLink: (question) => <a href={`/lecon-de-${question.id}`}>Revoir : la leçon de {question.id}</a>,
  });
  const links = screen.getAllByRole('link', { name: /^Revoir/ });
  expect(links).toHaveLength(1);
  expect(links[0]).toHaveAttribute('href', '/lecon-de-hote-invite');
});
