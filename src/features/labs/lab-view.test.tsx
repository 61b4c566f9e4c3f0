import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Component, type ReactNode } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { I18nProvider, mergeCatalogues } from '../../lib/i18n';
import type { Engine, EngineOptions, LabSetup } from './engine-api';
import type { LabDefinition } from './lab-schema';
import { LabView } from './lab-view';
import { labMessages } from './messages';
import { labShellMessages } from './shell-messages';
import { containerView, fakeView } from './testing/fake-view';

/** A test double of the engine: `run web` starts a container named web; it echoes everything else. */
function fakeEngine(_setup: LabSetup, _options: EngineOptions): Engine {
  let time = 0;
  const names: string[] = [];
  return {
    run: (line) => {
      if (line === 'boom') throw new Error('engine failure');
      if (line === 'run web') {
        names.push('web');
        return { stdout: 'abc123\n', stderr: '', exitCode: 0 };
      }
      if (line === 'clear') return { stdout: '', stderr: '', exitCode: 0, clear: true };
      if (line === 'evil') return { stdout: '\u001b[31mrouge\u001b[0m <b>gras</b>\u0007', stderr: 'oops', exitCode: 1 };
      return { stdout: `echo ${line}`, stderr: '', exitCode: 0 };
    },
    prompt: () => '$ ',
    complete: (line) =>
      line.startsWith('docker lo')
        ? { from: 7, candidates: ['logs', 'login', 'logout'] }
        : line.startsWith('docker ins')
          ? { from: 7, candidates: ['inspect'] }
          : { from: line.length, candidates: [] },
    tick: (ms) => {
      time += ms;
    },
    now: () => time,
    view: () => fakeView({ containers: names.map((name) => containerView({ name })) }),
    readHostFiles: () => ({}),
    writeHostFiles: () => ({ refused: [] }),
    removeHostFile: () => false,
  };
}

const lab: LabDefinition = {
  id: 'lab-test',
  title: 'Essai',
  setup: { images: [], hostFiles: {}, commands: [] },
  steps: [
    {
      id: 'lancer',
      goal: 'Lancez `web`.',
      hints: ['Premier indice', 'Second indice'],
      check: { container: { name: 'web', status: 'running' } },
      explanation: 'Bien joué.',
    },
    {
      id: 'lire',
      goal: 'Lisez.',
      hints: ['Tapez lire'],
      check: { commandRan: 'lire' },
      explanation: 'Lu.',
    },
  ],
};

function renderLab(overrides: Partial<Parameters<typeof LabView>[0]> = {}) {
  const props = {
    lab,
    savedSteps: {},
    savedSession: [],
    readOnly: false,
    onCommand: vi.fn(() => true),
    onStepsDone: vi.fn(),
    onResetSession: vi.fn(),
    createEngine: fakeEngine,
    clock: () => 0,
    ...overrides,
  };
  render(
    <I18nProvider lang="fr" catalogue={mergeCatalogues(labShellMessages, labMessages)}>
      <LabView {...props} />
    </I18nProvider>,
  );
  return props;
}

const input = () => screen.getByRole('textbox', { name: 'Commande docker' });
const log = () => screen.getByRole('log', { name: 'Sortie du terminal' });

describe('the terminal', () => {
  test('runs a line, shows it with its output, saves it and marks the step done', async () => {
    const user = userEvent.setup();
    const props = renderLab();
    await user.type(input(), 'run web{Enter}');
    expect(log()).toHaveTextContent('$ run web');
    expect(log()).toHaveTextContent('abc123');
    expect(props.onCommand).toHaveBeenCalledWith({ line: 'run web', at: 0 });
    expect(props.onStepsDone).toHaveBeenCalledWith(['lancer']);
    expect(screen.getByText('1 sur 2 étapes réussies')).toBeInTheDocument();
    expect(screen.getByText('Bien joué.')).toBeInTheDocument();
  });

  test('output is text: escape sequences and control characters are removed, markup shown as typed', async () => {
    const user = userEvent.setup();
    renderLab();
    await user.type(input(), 'evil{Enter}');
    expect(log().textContent).toContain('rouge <b>gras</b>');
    // eslint-disable-next-line no-control-regex -- checking that control characters are gone
    expect(log().textContent).not.toMatch(/\u001b|\u0007/);
    expect(log().querySelector('b')).toBeNull();
  });

  test('↑ and ↓ walk the history; Tab completes; Ctrl+L clears', async () => {
    const user = userEvent.setup();
    renderLab();
    await user.type(input(), 'un{Enter}deux{Enter}');
    await user.keyboard('{ArrowUp}');
    expect(input()).toHaveValue('deux');
    await user.keyboard('{ArrowUp}');
    expect(input()).toHaveValue('un');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(input()).toHaveValue('');
    await user.type(input(), 'docker ins');
    await user.keyboard('{Tab}');
    expect(input()).toHaveValue('docker inspect ');
    await user.clear(input());
    await user.type(input(), 'docker lo');
    await user.keyboard('{Tab}');
    // The candidates' common prefix first, then the list of candidates.
    expect(input()).toHaveValue('docker log');
    await user.keyboard('{Tab}');
    expect(input()).toHaveValue('docker log');
    expect(log()).toHaveTextContent(/Possibilités\s:\slogs login logout/);
    await user.keyboard('{Control>}l{/Control}');
    expect(log()).toHaveTextContent('');
  });

  test('Tab on an empty line moves focus on instead of being trapped', async () => {
    const user = userEvent.setup();
    renderLab();
    input().focus();
    await user.keyboard('{Tab}');
    expect(input()).not.toHaveFocus();
  });

  test('a saved session is replayed on load, its steps found again', () => {
    const props = renderLab({ savedSession: [{ line: 'run web', at: 1500 }] });
    expect(log()).toHaveTextContent('$ run web');
    expect(props.onStepsDone).toHaveBeenCalledWith(['lancer']);
  });

  test('reset asks first, then starts again and keeps the steps done', async () => {
    const user = userEvent.setup();
    const props = renderLab({ savedSteps: { lancer: '2026-12-06T10:00:00.000Z' } });
    await user.type(input(), 'hello{Enter}');
    await user.click(screen.getByRole('button', { name: 'Réinitialiser le lab' }));
    const confirm = screen.getByRole('group', { name: 'Réinitialiser le lab' });
    expect(within(confirm).getByRole('button', { name: 'Oui, réinitialiser' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Annuler' }));
    expect(props.onResetSession).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Réinitialiser le lab' }));
    await user.click(screen.getByRole('button', { name: 'Oui, réinitialiser' }));
    expect(props.onResetSession).toHaveBeenCalledTimes(1);
    expect(log()).not.toHaveTextContent('hello');
    expect(screen.getByText('1 sur 2 étapes réussies')).toBeInTheDocument();
  });

  test('hints are revealed one at a time', async () => {
    const user = userEvent.setup();
    renderLab();
    await user.click(screen.getByRole('button', { name: 'Afficher un indice (1 sur 2)' }));
    expect(screen.getByText('Premier indice')).toBeInTheDocument();
    expect(screen.queryByText('Second indice')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Afficher un indice (2 sur 2)' }));
    expect(screen.getByText('Second indice')).toBeInTheDocument();
  });

  test('a step turning done is announced once, in the steps status line', async () => {
    const user = userEvent.setup();
    renderLab();
    await user.type(input(), 'run web{Enter}');
    const statuses = screen.getAllByRole('status').map((node) => node.textContent);
    expect(statuses.filter((text) => text?.includes('Étape 1 réussie'))).toHaveLength(1);
    await user.type(input(), 'autre{Enter}');
    expect(screen.getAllByRole('status').filter((node) => node.textContent?.includes('Étape 1'))).toHaveLength(1);
  });

  test('an engine crash reaches the error boundary above', async () => {
    const user = userEvent.setup();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let caught: unknown = null;
    class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
      override state = { error: null as unknown };
      static getDerivedStateFromError(error: unknown) {
        return { error };
      }
      override componentDidCatch(error: unknown) {
        caught = error;
      }
      override render() {
        return this.state.error ? <p>planté</p> : this.props.children;
      }
    }
    render(
      <I18nProvider lang="fr" catalogue={mergeCatalogues(labShellMessages, labMessages)}>
        <Boundary>
          <LabView
            lab={lab}
            savedSteps={{}}
            savedSession={[]}
            readOnly={false}
            onCommand={() => true}
            onStepsDone={() => undefined}
            onResetSession={() => undefined}
            createEngine={fakeEngine}
          />
        </Boundary>
      </I18nProvider>,
    );
    await user.type(input(), 'boom{Enter}');
    expect(screen.getByText('planté')).toBeInTheDocument();
    expect((caught as Error).message).toBe('engine failure');
  });
});
