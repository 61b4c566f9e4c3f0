import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { expect, test, vi } from 'vitest';
import { sampleOutline } from '../progress/fixtures/sample-outline';
import type { KnownOutline } from '../../lib/course-types';
import { I18nProvider } from '../../lib/i18n';
import { CourseOutlineNav } from './course-outline-nav';
import { courseMessages } from './messages';
import { courseFrame, moduleLessons } from './outline';

const loadCourseOutline = vi.hoisted(() => vi.fn<() => Promise<unknown>>());
vi.mock('./known-outline', () => ({ loadCourseOutline }));

// A lesson page of the first module, before the whole outline is here: only its module's lessons are known.
const partial: KnownOutline = {
  frame: courseFrame(sampleOutline),
  lessons: { virtualisation: moduleLessons(sampleOutline, 'virtualisation')! },
  full: null,
};
const conteneurisation = sampleOutline.modules[1]!;

function renderNav() {
  render(
    <I18nProvider lang="fr" catalogue={courseMessages}>
      <MemoryRouter initialEntries={['/virtualisation/domaines']}>
        <CourseOutlineNav
          outline={partial}
          lookup={() => ({ status: 'done', bestScore: null })}
          currentLessonId="virt-domaines"
        />
      </MemoryRouter>
    </I18nProvider>,
  );
  return screen.getByRole('navigation', { name: 'Plan du cours' });
}

test('a module whose lessons are not here counts none done yet, as the prerendered page does', () => {
  loadCourseOutline.mockReturnValue(new Promise(() => undefined));
  const outline = renderNav();
  const total = conteneurisation.lessons.length;
  expect(within(outline).getByText(`Leçons terminées : 0 sur ${total}`)).toBeInTheDocument();
  expect(loadCourseOutline).not.toHaveBeenCalled();
});

test('opened before its lessons are here, a module says they are loading, and asks for them', async () => {
  loadCourseOutline.mockReset().mockReturnValue(new Promise(() => undefined));
  const user = userEvent.setup();
  const outline = renderNav();
  const toggle = within(outline).getByRole('button', { name: 'Leçons de « Conteneurisation »' });
  await user.click(toggle);
  const list = document.getElementById(toggle.getAttribute('aria-controls') ?? '')!;
  expect(list).toHaveAttribute('aria-busy', 'true');
  expect(within(list).getByText('Chargement des leçons…')).toBeVisible();
  expect(loadCourseOutline).toHaveBeenCalledTimes(1);
});

test('when the lessons cannot be fetched, it says so once and tries again on request', async () => {
  loadCourseOutline
    .mockReset()
    .mockRejectedValueOnce(new TypeError('Failed to fetch'))
    .mockReturnValue(new Promise(() => undefined));
  const user = userEvent.setup();
  const outline = renderNav();
  await user.click(within(outline).getByRole('button', { name: 'Leçons de « Conteneurisation »' }));
  expect(await within(outline).findByRole('alert')).toHaveTextContent(
    'Les leçons de ce module n’ont pas pu être chargées.',
  );
  await user.click(within(outline).getByRole('button', { name: 'Réessayer' }));
  expect(loadCourseOutline).toHaveBeenCalledTimes(2);
  expect(within(outline).queryByRole('alert')).not.toBeInTheDocument();
  expect(within(outline).getByText('Chargement des leçons…')).toBeVisible();
});
