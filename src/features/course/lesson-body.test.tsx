import { screen, waitFor } from '@testing-library/react';
import { startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { hydrationGate } from '../../lib/hydration-gate';
import { I18nProvider } from '../../lib/i18n';
import { LessonBody, preloadLessonBody } from './lesson-body';
import { courseMessages } from './messages';

vi.mock('virtual:course-lessons', () => ({
  lessonLoaders: {
    tenue: () =>
      Promise.resolve({
        default: () => <p>Le corps de la leçon tenue.</p>,
        details: { description: '', objectives: [], headings: [], wordCount: 0 },
      }),
  },
}));

// React's own scheduling, as in the browser (act() would run the work its own way).
const environment = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
let actEnvironment: boolean | undefined;
beforeAll(() => {
  actEnvironment = environment.IS_REACT_ACT_ENVIRONMENT;
  environment.IS_REACT_ACT_ENVIRONMENT = false;
});
afterAll(() => {
  environment.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
});

test('the gate lets go while React is between two slices of the render that found the body held: the body renders, no error', async () => {
  await preloadLessonBody('tenue');
  hydrationGate.arm('tenue', document.createElement('div'), () => preloadLessonBody('tenue'));
  // The gate lets go just after React's first look at the body, which found it held and gave the
  // browser a turn: React then takes up that same render again, the gate open.
  const holds = hydrationGate.holds.bind(hydrationGate);
  let releaseQueued = false;
  vi.spyOn(hydrationGate, 'holds').mockImplementation((lessonId) => {
    const held = holds(lessonId);
    if (held && !releaseQueued) {
      releaseQueued = true;
      queueMicrotask(() => hydrationGate.release());
    }
    return held;
  });

  const errors: unknown[] = [];
  const consoleError = vi.spyOn(console, 'error');
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container, {
    onCaughtError: (error) => errors.push(error),
    onUncaughtError: (error) => errors.push(error),
    onRecoverableError: (error) => errors.push(error),
  });
  startTransition(() =>
    root.render(
      <I18nProvider lang="fr" catalogue={courseMessages}>
        <LessonBody lessonId="tenue" components={{}} />
      </I18nProvider>,
    ),
  );
  await waitFor(() => expect(hydrationGate.state).toBe('shown'));
  expect(releaseQueued).toBe(true);
  expect(screen.getByText('Le corps de la leçon tenue.')).toBeInTheDocument();
  expect(screen.queryByRole('alert')).toBeNull();
  expect(errors).toEqual([]);
  // Nor does React find a promise other than the one the body first gave it.
  expect(consoleError).not.toHaveBeenCalled();
  root.unmount();
});
