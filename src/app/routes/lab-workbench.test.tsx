/**
 * The workbench editor composed with a lab on the real simulated engine: what the learner writes in the editor is
 * what `docker build .` in the lab's terminal builds.
 */
import { EditorView } from '@codemirror/view';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { I18nProvider, mergeCatalogues } from '../../lib/i18n';
import type { LabDefinition, LabSessionEntry } from '../../features/labs/lab-schema';
import type { LabEdit } from '../../features/labs/lab-view';
import { LabView } from '../../features/labs/lab-view';
import { labMessages } from '../../features/labs/messages';
import { labShellMessages } from '../../features/labs/shell-messages';
import { WorkbenchEditor } from '../../features/workbench/editor/workbench-editor';
import { workbenchMessages } from '../../features/workbench/editor/messages';

const lab: LabDefinition = {
  id: 'lab-atelier',
  title: 'Écrire un Dockerfile',
  setup: {
    images: ['node:22-alpine'],
    hostFiles: {
      Dockerfile: 'FROM node:22-alpine\nWORKDIR /app\nCOPY server.js .\nUSER node\nCMD ["server.js"]\n',
      'server.js': 'console.log("bonjour")\n',
    },
    commands: [],
  },
  editor: ['Dockerfile', 'server.js'],
  steps: [
    {
      id: 'construire',
      goal: 'Construisez l’image `app`.',
      hints: ['docker build -t app .'],
      check: { image: { tag: 'app', exists: true } },
      explanation: 'L’image est construite.',
    },
  ],
};

function editorView(name: string): EditorView {
  const host = document.querySelector('.workbench-editor__host');
  const box = within(host?.shadowRoot as unknown as HTMLElement).getByRole('textbox', { name });
  const view = EditorView.findFromDOM(box);
  if (!view) throw new Error('no editor view');
  return view;
}

test('docker build . in the terminal builds the Dockerfile as the editor left it; a reload finds both again', async () => {
  const user = userEvent.setup();
  const commands: LabSessionEntry[] = [];
  const edits: LabEdit[] = [];
  const { unmount } = render(
    <I18nProvider lang="fr" catalogue={mergeCatalogues(labShellMessages, labMessages, workbenchMessages)}>
      <LabView
        lab={lab}
        savedSteps={{}}
        savedSession={[]}
        readOnly={false}
        onCommand={(entry) => {
          commands.push(entry);
          return true;
        }}
        onFiles={(files) => {
          // As the progress store keeps them: after the commands recorded so far, merged between two commands.
          const last = edits.at(-1);
          if (last && last.after === commands.length) Object.assign(last.files, files);
          else edits.push({ after: commands.length, files: { ...files } });
          return true;
        }}
        onStepsDone={() => undefined}
        onResetSession={() => undefined}
        renderEditor={(folder, files) => <WorkbenchEditor folder={folder} files={files} saveDelay={5} />}
      />
    </I18nProvider>,
  );
  const view = editorView('Éditeur\u00a0: Dockerfile');
  const copyLine = view.state.doc.line(3);
  expect(copyLine.text).toBe('COPY server.js .');
  act(() => {
    view.dispatch({ changes: { from: copyLine.to, insert: '\nRUN mkdir -p /app/data' } });
  });
  await waitFor(() => expect(screen.getByText('Aucun problème relevé dans Dockerfile.')).toBeInTheDocument());

  await user.type(screen.getByRole('textbox', { name: 'Commande docker' }), 'docker build -t app .{Enter}');
  const output = await screen.findByText(/naming to docker\.io\/library\/app/);
  expect(output.textContent).toContain('#8 [4/4] RUN mkdir -p /app/data\n');
  expect(output.textContent).not.toContain('ERROR');
  expect(edits).toEqual([
    { after: 0, files: { Dockerfile: expect.stringContaining('RUN mkdir -p /app/data') as string } },
  ]);
  unmount();

  // A reload: the saved session replays on the saved files, and the editor shows them.
  render(
    <I18nProvider lang="fr" catalogue={mergeCatalogues(labShellMessages, labMessages, workbenchMessages)}>
      <LabView
        lab={lab}
        savedSteps={{}}
        savedSession={commands}
        savedEdits={edits}
        readOnly={false}
        onCommand={() => true}
        onStepsDone={() => undefined}
        onResetSession={() => undefined}
        renderEditor={(folder, files) => <WorkbenchEditor folder={folder} files={files} saveDelay={5} />}
      />
    </I18nProvider>,
  );
  expect(editorView('Éditeur\u00a0: Dockerfile').state.doc.toString()).toContain('RUN mkdir -p /app/data');
  const replayed = await screen.findByText(/naming to docker\.io\/library\/app/);
  expect(replayed.textContent).toContain('#8 [4/4] RUN mkdir -p /app/data\n');
});
