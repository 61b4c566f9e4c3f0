import { EditorView } from '@codemirror/view';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { I18nProvider } from '../../../lib/i18n';
import { workbenchMessages } from './messages';
import { type HostFolder, WorkbenchEditor } from './workbench-editor';

const DOCKERFILE = 'FROM node:latest\nWORKDIR /app\nCOPY . .\nUSER node\nCMD ["node", "server.js"]\n';
const COMPOSE = 'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - data:/var/lib\n';

/** A lab folder in memory, as the engine keeps it; `refuse` names paths it will not write. */
function memoryFolder(initial: Record<string, string>, refuse: string[] = []) {
  const files = { ...initial };
  const writes: Record<string, string>[] = [];
  const folder: HostFolder = {
    readHostFiles: () => ({ ...files }),
    writeHostFiles: (changes) => {
      writes.push(changes);
      const refused = Object.keys(changes)
        .filter((path) => refuse.includes(path))
        .map((path) => ({ path, reason: 'chemin hors du dossier du lab' }));
      for (const [path, text] of Object.entries(changes)) if (!refuse.includes(path)) files[path] = text;
      return { refused };
    },
  };
  return { folder, files, writes };
}

function renderEditor(folder: HostFolder, files = ['Dockerfile', 'compose.yaml'], saveDelay = 300) {
  return render(
    <I18nProvider lang="fr" catalogue={workbenchMessages}>
      <WorkbenchEditor folder={folder} files={files} saveDelay={saveDelay} />
    </I18nProvider>,
  );
}

/** The editor's text box, inside the shadow root its host gives CodeMirror (see code-editor.ts). */
function editorBox(name: string): HTMLElement {
  const host = document.querySelector('.workbench-editor__host');
  if (!host?.shadowRoot) throw new Error('no editor host');
  return within(host.shadowRoot as unknown as HTMLElement).getByRole('textbox', { name });
}

/** Types as CodeMirror's input handling would: a change of the view's document at the end. */
function typeAtEnd(name: string, text: string) {
  const view = EditorView.findFromDOM(editorBox(name));
  if (!view) throw new Error('no editor view');
  act(() => {
    view.dispatch({ changes: { from: view.state.doc.length, insert: text } });
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('WorkbenchEditor', () => {
  test('lists the files as tabs, the first one open, reachable with the arrow keys', async () => {
    const user = userEvent.setup();
    renderEditor(memoryFolder({ Dockerfile: DOCKERFILE, 'compose.yaml': COMPOSE }).folder);
    const list = screen.getByRole('tablist', { name: 'Fichiers du lab' });
    const tabs = within(list).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Dockerfile', 'compose.yaml']);
    expect(within(list).getByRole('tab', { name: 'Dockerfile' })).toHaveAttribute('aria-selected', 'true');
    expect(within(list).getByRole('tab', { name: 'compose.yaml' })).toHaveAttribute('tabindex', '-1');

    await user.tab();
    expect(within(list).getByRole('tab', { name: 'Dockerfile' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    const compose = within(list).getByRole('tab', { name: 'compose.yaml' });
    expect(compose).toHaveFocus();
    expect(compose).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'compose.yaml' })).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(within(list).getByRole('tab', { name: 'Dockerfile' })).toHaveAttribute('aria-selected', 'true');
  });

  test('the editor is named after the file it edits, and holds its text', async () => {
    const user = userEvent.setup();
    renderEditor(memoryFolder({ Dockerfile: DOCKERFILE, 'compose.yaml': COMPOSE }).folder);
    expect(editorBox('Éditeur\u00a0: Dockerfile').textContent).toContain('FROM node:latest');
    await user.click(screen.getByRole('tab', { name: 'compose.yaml' }));
    const box = editorBox('Éditeur\u00a0: compose.yaml');
    expect(box.textContent).toContain('image: nginx:1.27');
    expect(box).toHaveAccessibleDescription('Tab indente dans l’éditeur\u00a0; Échap puis Tab en sort.');
  });

  test('shows the Dockerfile findings at their line, in French, with the lesson that teaches them', () => {
    renderEditor(memoryFolder({ Dockerfile: DOCKERFILE }).folder, ['Dockerfile']);
    const list = screen.getByRole('list', { name: 'Problèmes dans Dockerfile' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Ligne 1 (avertissement, DL3007)');
    expect(items[0]).toHaveTextContent('Le tag « latest » désigne la dernière version publiée');
    expect(within(items[0] as HTMLElement).getByRole('link', { name: 'Voir la leçon' })).toHaveAttribute(
      'href',
      '/conteneurisation/images-registre#tags-et-digests',
    );
    // The same finding is underlined in the editor, on `latest`.
    const host = document.querySelector('.workbench-editor__host');
    const marks = host?.shadowRoot?.querySelectorAll('.cm-lintRange-warning') ?? [];
    expect([...marks].map((mark) => mark.textContent)).toEqual(['latest']);
  });

  test('checks compose.yaml with the Compose checks, and a clean file says so', async () => {
    const user = userEvent.setup();
    renderEditor(memoryFolder({ Dockerfile: 'FROM nginx:1.27\nUSER nginx\n', 'compose.yaml': COMPOSE }).folder);
    expect(screen.getByText('Aucun problème relevé dans Dockerfile.')).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'compose.yaml' }));
    const list = screen.getByRole('list', { name: 'Problèmes dans compose.yaml' });
    expect(within(list).getByRole('listitem')).toHaveTextContent('Ligne 5 (erreur, UndeclaredVolume)');
  });

  test('writes the edits to the lab folder after a pause, and checks them again', () => {
    vi.useFakeTimers();
    const { folder, files, writes } = memoryFolder({ Dockerfile: DOCKERFILE });
    renderEditor(folder, ['Dockerfile']);
    typeAtEnd('Éditeur\u00a0: Dockerfile', 'WORKDIR app\n');
    typeAtEnd('Éditeur\u00a0: Dockerfile', 'EXPOSE 3000\n');
    expect(writes).toEqual([]);
    act(() => {
      vi.advanceTimersByTime(299);
    });
    expect(writes).toEqual([]);
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(writes).toHaveLength(1);
    expect(files.Dockerfile).toBe(`${DOCKERFILE}WORKDIR app\nEXPOSE 3000\n`);
    const list = screen.getByRole('list', { name: 'Problèmes dans Dockerfile' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.workbench-editor__where')?.textContent)).toEqual([
      'Ligne 1 (avertissement, DL3007)',
      'Ligne 6 (erreur, DL3000)',
    ]);
  });

  test('an edit survives switching files and is written at once when the file is left', async () => {
    const user = userEvent.setup();
    const { folder, files } = memoryFolder({ Dockerfile: DOCKERFILE, 'compose.yaml': COMPOSE });
    renderEditor(folder, ['Dockerfile', 'compose.yaml'], 60_000);
    typeAtEnd('Éditeur\u00a0: Dockerfile', 'EXPOSE 3000\n');
    await user.click(screen.getByRole('tab', { name: 'compose.yaml' }));
    expect(files.Dockerfile).toBe(`${DOCKERFILE}EXPOSE 3000\n`);
    typeAtEnd('Éditeur\u00a0: compose.yaml', 'volumes:\n  data:\n');
    await user.click(screen.getByRole('tab', { name: 'Dockerfile' }));
    expect(files['compose.yaml']).toBe(`${COMPOSE}volumes:\n  data:\n`);
    expect(editorBox('Éditeur\u00a0: Dockerfile').textContent).toContain('EXPOSE 3000');
    await user.click(screen.getByRole('tab', { name: 'compose.yaml' }));
    expect(screen.getByText('Aucun problème relevé dans compose.yaml.')).toBeInTheDocument();
  });

  test('a file that did not exist starts empty, and a write the folder refuses is said', () => {
    vi.useFakeTimers();
    const { folder, files } = memoryFolder({}, ['.dockerignore']);
    renderEditor(folder, ['.dockerignore']);
    expect(editorBox('Éditeur\u00a0: .dockerignore').textContent).toBe('');
    typeAtEnd('Éditeur\u00a0: .dockerignore', 'node_modules\n');
    act(() => {
      vi.advanceTimersByTime(300);
    });
    expect(screen.getByRole('alert').textContent).toBe(
      '.dockerignore n’a pas été enregistré\u00a0: chemin hors du dossier du lab.',
    );
    expect(files).toEqual({});
  });

  test('pending edits are written when the editor goes away', () => {
    const { folder, files } = memoryFolder({ Dockerfile: DOCKERFILE });
    const { unmount } = renderEditor(folder, ['Dockerfile'], 60_000);
    typeAtEnd('Éditeur\u00a0: Dockerfile', 'EXPOSE 3000\n');
    unmount();
    expect(files.Dockerfile).toBe(`${DOCKERFILE}EXPOSE 3000\n`);
  });
});
