import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import type { CourseOutline } from '../../lib/course-types';
import { labRecord, minute, progress } from './fixtures/progress-builders';
import { catchDownloads, polyfillDialog, renderWithProviders, resetAppStore } from './fixtures/render';
import { sampleOutline } from './fixtures/sample-outline';
import { buildExportFile } from './progress-file';
import { ProgressPage } from './progress-page';
import { useProgressStore } from './progress-store';

/** The sample course, with a lab of three steps in the lesson without a quiz. */
const outline: CourseOutline = {
  modules: sampleOutline.modules.map((module) => ({
    ...module,
    lessons: module.lessons.map((lesson) =>
      lesson.id === 'virt-domaines'
        ? { ...lesson, labIds: ['lab-domaines'], labs: [{ id: 'lab-domaines', title: 'Premier lab', stepCount: 3 }] }
        : lesson,
    ),
  })),
};

const twoSteps = labRecord({
  lessonId: 'virt-domaines',
  steps: { a: minute(1), b: minute(2) },
  session: [{ line: 'docker ps', at: 0 }],
  sessionSavedAt: minute(2),
});
const allSteps = { ...twoSteps, steps: { ...twoSteps.steps, c: minute(3) }, completedAt: minute(3) };

function row(name: RegExp) {
  return within(screen.getByRole('table', { name: 'Virtualisation' })).getByRole('row', { name });
}

beforeAll(polyfillDialog);
beforeEach(() => resetAppStore());
afterEach(() => vi.restoreAllMocks());

test('a lab is listed with its lesson, steps done out of its steps, and counts once all are done', async () => {
  await act(() => useProgressStore.setState({ data: progress({ labs: { 'lab-domaines': twoSteps } }) }));
  const { unmount } = renderWithProviders(<ProgressPage outline={outline} />);
  const table = screen.getByRole('table', { name: 'Virtualisation' });
  expect(within(table).getByRole('columnheader', { name: 'Labs' })).toBeInTheDocument();
  expect(within(row(/Leçon virt-domaines/)).getByText(/^Premier lab\s*: 2 sur 3 étapes réussies$/)).toBeInTheDocument();
  expect(within(row(/Leçon virt-domaines/)).getByText('En cours')).toBeInTheDocument();
  expect(within(row(/Leçon virt-definition/)).getByText('Pas de lab')).toBeInTheDocument();
  expect(screen.getByText(/réussi toutes les étapes de chacun de ses labs/)).toBeInTheDocument();
  unmount();

  await act(() => useProgressStore.setState({ data: progress({ labs: { 'lab-domaines': allSteps } }) }));
  renderWithProviders(<ProgressPage outline={outline} />);
  expect(within(row(/Leçon virt-domaines/)).getByText(/^Premier lab\s*: 3 sur 3 étapes réussies$/)).toBeInTheDocument();
  expect(within(row(/Leçon virt-domaines/)).getByText('Terminée')).toBeInTheDocument();
  const virtualisation = screen.getByRole('region', { name: 'Virtualisation' });
  expect(within(virtualisation).getByText(/Leçons terminées\s*: 1 sur 4/)).toBeInTheDocument();
});

test('labs travel in the export file and come back whole on import', async () => {
  const user = userEvent.setup();
  const downloads = catchDownloads();
  const data = progress({ labs: { 'lab-domaines': allSteps } });
  await act(() => useProgressStore.setState({ data }));
  renderWithProviders(<ProgressPage outline={outline} />);
  await user.click(screen.getByRole('button', { name: 'Exporter ma progression' }));
  expect(downloads).toHaveLength(1);
  const exported = await downloads[0]!.text;
  expect(JSON.parse(exported)).toMatchObject({ data: { labs: { 'lab-domaines': allSteps } } });

  await act(() => useProgressStore.setState({ data: progress() }));
  expect(within(row(/Leçon virt-domaines/)).getByText(/^Premier lab\s*: 0 sur 3 étapes réussies$/)).toBeInTheDocument();
  await user.upload(
    screen.getByLabelText('Fichier de progression (.json)'),
    new File([buildExportFile(data, new Date()).text], 'sauvegarde.json', { type: 'application/json' }),
  );
  await user.click(await screen.findByRole('button', { name: 'Remplacer' }));
  expect(useProgressStore.getState().data.labs).toEqual({ 'lab-domaines': allSteps });
  expect(within(row(/Leçon virt-domaines/)).getByText(/^Premier lab\s*: 3 sur 3 étapes réussies$/)).toBeInTheDocument();
});
