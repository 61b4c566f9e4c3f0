import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { attempt, lessonRecord, minute, progress, quizRecord } from './fixtures/progress-builders';
import { catchDownloads, polyfillDialog, renderWithProviders, resetAppStore } from './fixtures/render';
import { sampleOutline } from './fixtures/sample-outline';
import { buildExportFile, MAX_IMPORT_BYTES } from './progress-file';
import { ProgressPage } from './progress-page';
import { isMarkedDone } from './progress-schema';
import { PROGRESS_KEY, useProgressStore } from './progress-store';

const current = progress({
  lessons: {
    'virt-definition': lessonRecord({ lastVisitAt: minute(30) }),
    'virt-domaines': lessonRecord({ markedDoneAt: minute(1) }),
  },
  quizzes: {
    'quiz-virt-definition': quizRecord({ attempts: [attempt({ score: 0.55, passed: false })] }),
  },
});

const fileData = progress({
  lessons: { 'cont-conteneurs': lessonRecord({ markedDoneAt: minute(2), lastVisitAt: minute(2) }) },
  quizzes: {
    'quiz-virt-definition': quizRecord({
      attempts: [attempt({ seed: 7, score: 0.95, passed: true, answers: { x: '<script>alert(1)</script>' } })],
    }),
  },
});

function jsonFile(text: string, name = 'sauvegarde.json') {
  return new File([text], name, { type: 'application/json' });
}

async function renderPage() {
  await act(() => useProgressStore.setState({ data: current }));
  return renderWithProviders(<ProgressPage outline={sampleOutline} />);
}

beforeAll(polyfillDialog);

beforeEach(() => {
  resetAppStore();
});

afterEach(() => {
  vi.restoreAllMocks();
});

test('shows where the learner stands, per module and lesson, with the completion rule', async () => {
  await renderPage();
  expect(screen.getByRole('heading', { level: 1, name: 'Votre progression' })).toBeInTheDocument();
  expect(screen.getByText(/Leçons terminées\s*: 1 sur 6 \(17\s*%\)/)).toBeInTheDocument();
  expect(screen.getByRole('heading', { name: /Quand une leçon est-elle terminée/ })).toBeInTheDocument();
  expect(screen.getByText(/quand vous avez réussi chacun de ses quiz/)).toBeInTheDocument();

  const table = screen.getByRole('table', { name: 'Virtualisation' });
  const definition = within(table).getByRole('row', { name: /Leçon virt-definition/ });
  expect(within(definition).getByText('En cours')).toBeInTheDocument();
  expect(within(definition).getByText(/55\s*%/)).toBeInTheDocument();
  const domaines = within(table).getByRole('row', { name: /Leçon virt-domaines/ });
  expect(within(domaines).getByText('Terminée')).toBeInTheDocument();
  expect(within(domaines).getByText('Pas de quiz')).toBeInTheDocument();
  const evaluation = within(table).getByRole('row', { name: /Leçon virt-evaluation/ });
  expect(within(evaluation).getByText('Pas commencée')).toBeInTheDocument();
  expect(within(evaluation).getByText('Aucune')).toBeInTheDocument();
  expect(within(definition).getByRole('link', { name: 'Leçon virt-definition' })).toHaveAttribute(
    'href',
    '/virtualisation/definition',
  );
  expect(within(definition).getByText(/il y a/)).toBeInTheDocument();
});

test('suggests the next lesson', async () => {
  await renderPage();
  expect(screen.getByRole('link', { name: /Leçon suivante conseillée\s*: Leçon virt-definition/ })).toBeInTheDocument();
});

test('the suggested next lesson is the first not completed in course order, not the one after the last visited', async () => {
  await act(() =>
    useProgressStore.setState({
      data: progress({
        lessons: { 'cont-conteneurs': lessonRecord({ lastVisitAt: minute(40) }) },
        lastLocation: { lessonId: 'cont-conteneurs', path: '/conteneurisation/conteneurs', at: minute(40) },
      }),
    }),
  );
  renderWithProviders(<ProgressPage outline={sampleOutline} />);
  expect(screen.getByRole('link', { name: /Leçon suivante conseillée\s*: Leçon virt-definition/ })).toBeInTheDocument();
});

test('a lesson marked done with its quiz not taken is never « Terminée » and « Aucun quiz terminé » at once', async () => {
  await act(() =>
    useProgressStore.setState({
      data: progress({ lessons: { 'virt-definition': lessonRecord({ markedDoneAt: minute(3) }) } }),
    }),
  );
  renderWithProviders(<ProgressPage outline={sampleOutline} />);
  const row = screen.getByRole('row', { name: /Leçon virt-definition/ });
  expect(within(row).getByText('Terminée')).toBeInTheDocument();
  expect(row).not.toHaveTextContent(/quiz terminé/i);
  expect(within(row).getByText('Pas encore de score')).toBeInTheDocument();
});

test('an assessment marked done but not passed is not « Terminée »', async () => {
  await act(() =>
    useProgressStore.setState({
      data: progress({
        lessons: { 'virt-evaluation': lessonRecord({ markedDoneAt: minute(3) }) },
        quizzes: { 'exam-virtualisation': quizRecord({ attempts: [attempt({ score: 0.4, passed: false })] }) },
      }),
    }),
  );
  renderWithProviders(<ProgressPage outline={sampleOutline} />);
  const row = screen.getByRole('row', { name: /Leçon virt-evaluation/ });
  expect(within(row).getByText('En cours')).toBeInTheDocument();
  expect(within(row).queryByText('Terminée')).not.toBeInTheDocument();
});

test('says what is saved, where, what can erase it, and what the browser answered', async () => {
  await renderPage();
  const section = screen.getByRole('region', { name: /Où est enregistrée votre progression/ });
  expect(within(section).getByText(/localStorage/)).toBeInTheDocument();
  expect(within(section).getByText(/Safari.*7 jours.*Exportez/)).toBeInTheDocument();
  expect(within(section).getByText(/bien enregistrée/)).toBeInTheDocument();
  await act(() => useProgressStore.setState({ persistence: 'granted' }));
  expect(within(section).getByText(/a accepté de conserver durablement/)).toBeInTheDocument();
});

test('uses the active language for its strings', async () => {
  await act(() => useProgressStore.setState({ data: current }));
  renderWithProviders(<ProgressPage outline={sampleOutline} />, 'en');
  expect(screen.getByRole('heading', { level: 1, name: 'Your progress' })).toBeInTheDocument();
  expect(screen.getAllByText(/ago/).length).toBeGreaterThan(0);
});

test('export downloads a dated JSON file with the app name and schema version', async () => {
  const downloads = catchDownloads();
  const user = userEvent.setup();
  await renderPage();
  await user.click(screen.getByRole('button', { name: 'Exporter ma progression' }));
  expect(downloads).toHaveLength(1);
  expect(downloads[0]?.filename).toMatch(/^cours-docker-progression-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse((await downloads[0]?.text) ?? '') as unknown;
  expect(file).toMatchObject({ app: 'cours-docker', version: 4, data: current });
  expect(screen.getByText(/Fichier «\s*cours-docker-progression-.*\.json\s*» téléchargé/)).toBeInTheDocument();
});

test('import: shows what the file holds, then merges it on request', async () => {
  const user = userEvent.setup();
  await renderPage();
  await user.upload(
    screen.getByLabelText('Fichier de progression (.json)'),
    jsonFile(buildExportFile(fileData, new Date()).text),
  );
  const summary = await screen.findByRole('region', { name: 'Contenu du fichier' });
  expect(within(summary).getByText(/Leçons visitées\s*: 1/)).toBeInTheDocument();
  // The file's quiz passed completes its lesson too, by the course's rule.
  expect(within(summary).getByText(/Leçons terminées\s*: 2/)).toBeInTheDocument();
  expect(within(summary).getByText(/Tentatives de quiz\s*: 1/)).toBeInTheDocument();
  expect(within(summary).getByRole('heading', { name: 'Contenu du fichier' })).toHaveFocus();
  // Nothing changes before the learner chooses.
  expect(useProgressStore.getState().data).toEqual(current);

  await user.click(within(summary).getByRole('button', { name: 'Fusionner' }));
  expect(screen.getByText('Le fichier a été fusionné avec votre progression.')).toBeInTheDocument();
  const data = useProgressStore.getState().data;
  expect(isMarkedDone(data.lessons['virt-domaines'])).toBe(true);
  expect(isMarkedDone(data.lessons['cont-conteneurs'])).toBe(true);
  expect(data.quizzes['quiz-virt-definition']?.attempts).toHaveLength(2);
  expect(localStorage.getItem(PROGRESS_KEY)).toContain('cont-conteneurs');
  // The answers in the file are data, never markup.
  expect(document.querySelector('script')).toBeNull();
});

test('import: replaces the progress on request', async () => {
  const user = userEvent.setup();
  await renderPage();
  await user.upload(
    screen.getByLabelText('Fichier de progression (.json)'),
    jsonFile(buildExportFile(fileData, new Date()).text),
  );
  await user.click(await screen.findByRole('button', { name: 'Remplacer' }));
  expect(screen.getByText('Votre progression a été remplacée par celle du fichier.')).toBeInTheDocument();
  expect(Object.keys(useProgressStore.getState().data.lessons)).toEqual(['cont-conteneurs']);
});

test('import: cancelling changes nothing', async () => {
  const user = userEvent.setup();
  await renderPage();
  await user.upload(
    screen.getByLabelText('Fichier de progression (.json)'),
    jsonFile(buildExportFile(fileData, new Date()).text),
  );
  await user.click(await screen.findByRole('button', { name: 'Annuler' }));
  expect(screen.getByText(/Import annulé/)).toBeInTheDocument();
  expect(screen.queryByRole('region', { name: 'Contenu du fichier' })).not.toBeInTheDocument();
  expect(useProgressStore.getState().data).toEqual(current);
});

test.each([
  ['not JSON', 'ceci est une note', /n’est pas au format JSON/],
  ['truncated', buildExportFile(fileData, new Date()).text.slice(0, 120), /incomplet \(tronqué\)/],
  ['not ours', JSON.stringify({ app: 'autre', version: 1 }), /ne vient pas de ce cours/],
  ['newer', JSON.stringify({ app: 'cours-docker', version: 5, data: fileData }), /version plus récente/],
  ['hostile', '{"app":"cours-docker","version":2,"data":{"__proto__":{"x":1}}}', /clés interdites/],
])('import: a %s file is refused with a clear message, progress untouched', async (_label, text, message) => {
  const user = userEvent.setup();
  await renderPage();
  await user.upload(screen.getByLabelText('Fichier de progression (.json)'), jsonFile(text));
  const alert = await screen.findByRole('alert');
  expect(alert).toHaveTextContent(message);
  expect(alert).toHaveTextContent('Votre progression actuelle n’a pas été modifiée.');
  expect(screen.queryByRole('button', { name: 'Fusionner' })).not.toBeInTheDocument();
  expect(useProgressStore.getState().data).toEqual(current);
});

test('import: a file over 5 MB is refused', async () => {
  const user = userEvent.setup();
  await renderPage();
  const huge = jsonFile('x');
  Object.defineProperty(huge, 'size', { value: MAX_IMPORT_BYTES + 1 });
  await user.upload(screen.getByLabelText('Fichier de progression (.json)'), huge);
  expect(await screen.findByRole('alert')).toHaveTextContent(/trop volumineux/);
});

test('reset: asks in a dialog, offers an export first, then erases', async () => {
  const downloads = catchDownloads();
  const user = userEvent.setup();
  await renderPage();
  const opener = screen.getByRole('button', { name: 'Effacer ma progression…' });
  await user.click(opener);
  const dialog = screen.getByRole('dialog', { name: /Effacer toute votre progression/ });
  expect(dialog).toHaveAccessibleDescription(/définitivement/);
  expect(within(dialog).getByRole('button', { name: 'Annuler' })).toHaveFocus();

  await user.click(within(dialog).getByRole('button', { name: 'Exporter d’abord' }));
  expect(downloads).toHaveLength(1);
  expect(useProgressStore.getState().data).toEqual(current);

  await user.click(within(dialog).getByRole('button', { name: 'Tout effacer' }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(opener).toHaveFocus();
  expect(screen.getByText('Votre progression a été effacée.')).toBeInTheDocument();
  expect(useProgressStore.getState().data.lessons).toEqual({});
  expect(screen.getByText(/Leçons terminées\s*: 0 sur 6/)).toBeInTheDocument();
});

test('reset: cancelling keeps everything', async () => {
  const user = userEvent.setup();
  await renderPage();
  const opener = screen.getByRole('button', { name: 'Effacer ma progression…' });
  await user.click(opener);
  await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Annuler' }));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  expect(opener).toHaveFocus();
  expect(useProgressStore.getState().data).toEqual(current);
});

test('read-only: says so, and offers neither import nor reset', async () => {
  await renderPage();
  await act(() => useProgressStore.setState({ storage: 'read-only', storedVersion: 3 }));
  expect(screen.getByText(/version plus récente du cours \(format 3\)/)).toBeInTheDocument();
  expect(screen.getByText(/L’import et l’effacement sont indisponibles/)).toBeInTheDocument();
  expect(screen.queryByLabelText('Fichier de progression (.json)')).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Effacer ma progression…' })).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Exporter ma progression' })).toBeInTheDocument();
});

test('storage unavailable: the page says progress is kept only until the page closes', async () => {
  await renderPage();
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('plein', 'QuotaExceededError');
  });
  act(() => useProgressStore.getState().visitLesson('virt-domaines', '/virtualisation/domaines'));
  expect(screen.getByText(/n’est gardée que jusqu’à la fermeture de la page/)).toBeInTheDocument();
});

test('set-aside unreadable data can be downloaded and deleted', async () => {
  const downloads = catchDownloads();
  const user = userEvent.setup();
  const backupKey = `${PROGRESS_KEY}:corrupt-${Date.parse('2025-03-01T10:00:00.000Z')}`;
  localStorage.setItem(backupKey, '{"abîmé":');
  await renderPage();
  await act(() => useProgressStore.setState({ corruptBackups: [backupKey] }));
  const section = screen.getByRole('region', { name: 'Données illisibles mises de côté' });
  await user.click(within(section).getByRole('button', { name: /Télécharger les données du 1 mars 2025/ }));
  expect(await downloads[0]?.text).toBe('{"abîmé":');
  await user.click(within(section).getByRole('button', { name: /Supprimer la copie/ }));
  expect(localStorage.getItem(backupKey)).toBeNull();
  expect(screen.queryByRole('region', { name: 'Données illisibles mises de côté' })).not.toBeInTheDocument();
});
