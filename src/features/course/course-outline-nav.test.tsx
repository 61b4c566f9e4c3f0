import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { expect, test } from 'vitest';
import { sampleOutline } from '../progress/fixtures/sample-outline';
import type { LessonStatus, ModuleMeta } from '../../lib/course-types';
import { I18nProvider } from '../../lib/i18n';
import { CourseOutlineNav } from './course-outline-nav';
import { courseMessages } from './messages';
import { courseFrame, knownOutline } from './outline';
import type { ProgressLookup } from './progress-view';

const [virtualisation, conteneurisation] = sampleOutline.modules as [ModuleMeta, ModuleMeta];
const done = new Set(['virt-definition', 'virt-avantages']);
const lookup: ProgressLookup = (lessonId) => ({
  status: (done.has(lessonId) ? 'done' : 'not-started') satisfies LessonStatus,
  bestScore: null,
});

function nav(currentLessonId?: string) {
  const current = sampleOutline.modules.flatMap((module) => module.lessons).find(({ id }) => id === currentLessonId);
  return (
    <I18nProvider lang="fr" catalogue={courseMessages}>
      <MemoryRouter initialEntries={[current?.path ?? '/page-inconnue']}>
        <CourseOutlineNav
          outline={knownOutline(courseFrame(sampleOutline), sampleOutline)}
          lookup={lookup}
          currentLessonId={currentLessonId}
        />
      </MemoryRouter>
    </I18nProvider>
  );
}

test('on a lesson page, only the current module lists its lessons; the others are folded', () => {
  render(nav('virt-domaines'));
  const outline = screen.getByRole('navigation', { name: 'Plan du cours' });
  for (const lesson of virtualisation.lessons)
    expect(within(outline).getByRole('link', { name: new RegExp(lesson.title) })).toBeInTheDocument();
  expect(within(outline).getByRole('link', { name: /Leçon virt-domaines/ })).toHaveAttribute('aria-current', 'page');
  for (const lesson of conteneurisation.lessons)
    expect(within(outline).queryByRole('link', { name: new RegExp(lesson.title) })).not.toBeInTheDocument();
  // The current module has nothing to fold; the other one has its button, closed.
  expect(within(outline).queryByRole('button', { name: 'Leçons de « Virtualisation »' })).not.toBeInTheDocument();
  expect(within(outline).getByRole('button', { name: 'Leçons de « Conteneurisation »' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  // Each module says how many of its lessons are done, in words for screen readers (getByText
  // compares the page's text with its no-break spaces made plain).
  expect(within(outline).getByText(`Leçons terminées : 2 sur ${virtualisation.lessons.length}`)).toBeInTheDocument();
  expect(within(outline).getByText(`Leçons terminées : 0 sur ${conteneurisation.lessons.length}`)).toBeInTheDocument();
});

test('a folded module opens and closes from the keyboard, its lessons with their statuses', async () => {
  const user = userEvent.setup();
  render(nav('virt-domaines'));
  const toggle = screen.getByRole('button', { name: 'Leçons de « Conteneurisation »' });
  const list = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
  expect(list).not.toBeNull();
  expect(list).not.toBeVisible();

  toggle.focus();
  await user.keyboard('{Enter}');
  expect(toggle).toHaveAttribute('aria-expanded', 'true');
  expect(list).toBeVisible();
  const links = within(list!).getAllByRole('link');
  expect(links.map((link) => link.getAttribute('href'))).toEqual(
    conteneurisation.lessons.map((lesson) => `/${conteneurisation.slug}/${lesson.slug}`),
  );
  expect(links[0]).toHaveAccessibleName(new RegExp(`^${conteneurisation.lessons[0]!.title}\\s*\\(Pas commencée\\)$`));

  await user.keyboard(' ');
  expect(toggle).toHaveAttribute('aria-expanded', 'false');
  expect(within(list!).queryAllByRole('link')).toHaveLength(0);
});

test('the server page of a lesson carries the links of its own module only', () => {
  const html = renderToString(nav('virt-domaines'));
  for (const lesson of virtualisation.lessons) expect(html).toContain(`/${virtualisation.slug}/${lesson.slug}"`);
  for (const lesson of conteneurisation.lessons)
    expect(html).not.toContain(`/${conteneurisation.slug}/${lesson.slug}"`);
});

test('without a current lesson (the 404 page’s map), every module is listed and nothing folds', () => {
  render(nav());
  const outline = screen.getByRole('navigation', { name: 'Plan du cours' });
  const lessons = sampleOutline.modules.flatMap((module) => module.lessons);
  expect(within(outline).getAllByRole('link')).toHaveLength(lessons.length + sampleOutline.modules.length);
  expect(within(outline).queryAllByRole('button')).toHaveLength(0);
});
