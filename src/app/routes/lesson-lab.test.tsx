/**
 * The `Lab` block of a lesson: its shell first, the lab itself (view and simulated engine, loaded on demand) when it
 * comes near the viewport or on the first interaction with it, with nothing typed, sent or saved lost on the way.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { useProgressStore } from '../../features/progress/progress-store';
import type { LabDefinition } from '../../features/labs/lab-schema';
import { I18nProvider, mergeCatalogues } from '../../lib/i18n';
import { appMessages } from '../messages';
import { LessonLab } from './lesson-lab';
import { LessonContext } from '../lesson-quiz';
import { resetProgress, testLesson } from '../testing/lesson-fixtures';

vi.mock('virtual:course-outline', () => ({ outline: { modules: [] } }));

const lesson = testLesson({ kind: 'lesson', quizIds: [] });

const lab: LabDefinition = {
  id: 'lab-essai',
  title: 'Premier essai',
  setup: { images: ['alpine:3.24'], hostFiles: {}, commands: [] },
  steps: [
    {
      id: 'lister',
      goal: 'Affichez les images présentes avec `docker images`.',
      hints: ['La commande est `docker images`.', 'Tapez `docker images` puis Entrée.'],
      check: { commandRan: 'docker images' },
      explanation: 'L’image alpine est là.',
    },
  ],
};

/** A stand-in for the browser's IntersectionObserver: the test says when the lab comes near the viewport. */
class FakeObserver {
  static instances: FakeObserver[] = [];
  readonly targets: Element[] = [];
  constructor(
    private readonly callback: (entries: { isIntersecting: boolean; target: Element }[]) => void,
    readonly options?: { rootMargin?: string },
  ) {
    FakeObserver.instances.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.targets.length = 0;
  }
  static enterViewport() {
    for (const observer of FakeObserver.instances)
      if (observer.targets.length > 0)
        observer.callback(observer.targets.map((target) => ({ isIntersecting: true, target })));
  }
}

beforeEach(() => {
  FakeObserver.instances = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  resetProgress();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderLab() {
  render(
    <I18nProvider lang="fr" catalogue={mergeCatalogues(appMessages)}>
      <LessonContext value={lesson}>
        <LessonLab data={JSON.stringify(lab)} />
      </LessonContext>
    </I18nProvider>,
  );
  return userEvent.setup();
}

const region = () => screen.getByRole('region', { name: 'Lab\u00a0: Premier essai' });
const input = () => within(region()).getByRole('textbox', { name: 'Commande docker' });
const output = () => within(region()).getByRole('log', { name: 'Sortie du terminal' });
const starting = /Le terminal démarre/;

/** The lab is running: the terminal no longer says it is starting. */
async function labRunning() {
  await waitFor(() => expect(output()).not.toHaveTextContent(starting), { timeout: 10_000 });
}

test('the shell shows the lab, says its terminal is starting, and loads nothing until the lab is near or used', async () => {
  renderLab();
  expect(within(region()).getByRole('heading', { level: 2, name: 'Lab\u00a0: Premier essai' })).toBeInTheDocument();
  expect(within(region()).getByText('Affichez les images présentes avec', { exact: false })).toBeInTheDocument();
  expect(within(region()).getByText('0 sur 1 étapes réussies')).toBeInTheDocument();
  expect(output()).toHaveTextContent(starting);
  expect(input()).toHaveAccessibleDescription(/Le terminal démarre/);
  // Copying and resetting wait for the lab.
  expect(within(region()).getByRole('button', { name: 'Réinitialiser le lab' })).toBeDisabled();
  expect(FakeObserver.instances.at(-1)?.options?.rootMargin).toMatch(/px/);
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(output()).toHaveTextContent(starting);
});

test('the lab loads when it comes near the viewport', async () => {
  renderLab();
  act(() => FakeObserver.enterViewport());
  await labRunning();
  expect(within(region()).getByRole('button', { name: 'Réinitialiser le lab' })).toBeEnabled();
  expect(input()).toHaveAccessibleDescription(/^↑ et ↓/);
});

test('the lab loads on the first interaction with it, and the command line keeps the focus and what was typed', async () => {
  const user = renderLab();
  // Keyboard only: Tab reaches the output, then the command line.
  await user.tab();
  await user.tab();
  expect(input()).toHaveFocus();
  await user.keyboard('docker ima');
  await labRunning();
  expect(input()).toHaveFocus();
  await waitFor(() => expect(input()).toHaveValue('docker ima'));
  await user.keyboard('ges{Enter}');
  expect(await within(output()).findByText(/alpine\s+3\.24/)).toBeInTheDocument();
});

test('a line sent before the lab is there runs once it is, is saved, and completes its step', async () => {
  const user = renderLab();
  // A hint shown in the shell stays shown.
  await user.click(within(region()).getByRole('button', { name: 'Afficher un indice (1 sur 2)' }));
  expect(within(region()).getByText(/^Indice 1\s:/)).toBeInTheDocument();
  await user.type(input(), 'docker images{Enter}');
  expect(input()).toHaveValue('');
  await labRunning();
  expect(within(region()).getByText(/^Indice 1\s:/)).toBeInTheDocument();
  expect(await within(output()).findByText(/alpine\s+3\.24/)).toBeInTheDocument();
  expect(within(region()).getByText('1 sur 1 étapes réussies')).toBeInTheDocument();
  expect(within(region()).getByText('L’image alpine est là.')).toBeInTheDocument();
  const record = useProgressStore.getState().data.labs['lab-essai'];
  expect(record?.session?.map((entry) => entry.line)).toEqual(['docker images']);
  expect(Object.keys(record?.steps ?? {})).toEqual(['lister']);
});

test('a saved session is replayed when the lab loads; the shell shows the steps already done', async () => {
  act(() => {
    useProgressStore
      .getState()
      .recordLabCommand('lab-essai', 'conteneurs', { line: 'docker pull busybox:1.37', at: 0 });
    useProgressStore.getState().recordLabSteps('lab-essai', 'conteneurs', ['lister'], 1);
  });
  renderLab();
  expect(within(region()).getByText('1 sur 1 étapes réussies')).toBeInTheDocument();
  expect(output()).toHaveTextContent(starting);
  act(() => FakeObserver.enterViewport());
  await labRunning();
  expect(output()).toHaveTextContent('docker pull busybox:1.37');
  expect(output()).toHaveTextContent(/Downloaded newer image for busybox:1\.37/);
});
