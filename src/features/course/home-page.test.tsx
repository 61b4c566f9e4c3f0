import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { expect, test } from 'vitest';
import type { CourseOutline, LessonMeta } from '../../lib/course-types';
import { I18nProvider, type Lang } from '../../lib/i18n';
import { HomePage } from './home-page';
import { courseMessages } from './messages';
import { courseFrame, knownOutline } from './outline';

const first: LessonMeta = {
  id: 'a1',
  moduleSlug: 'a',
  slug: 'a1',
  path: '/a/a1',
  title: 'Première leçon',
  duration: 10,
  kind: 'lesson',
  quizIds: [],
};
const course: CourseOutline = {
  modules: [{ id: 'a', slug: 'a', title: 'Module A', summary: 'Le résumé.', lessons: [first] }],
};
const outline = knownOutline(courseFrame(course), course);

function renderHome(lang: Lang, certificateReady = false) {
  render(
    <I18nProvider lang={lang} catalogue={courseMessages}>
      <MemoryRouter>
        <HomePage
          outline={outline}
          lookup={() => ({ status: 'not-started', bestScore: null })}
          resume={null}
          firstLesson={first}
          certificateReady={certificateReady}
        />
      </MemoryRouter>
    </I18nProvider>,
  );
}

test('in English, the home page says plainly that the lessons themselves are in French', () => {
  renderHome('en');
  expect(screen.getByText(/the lessons themselves, their quizzes and the glossary are in French/)).toBeVisible();
});

test('in French, the home page does not explain its own language', () => {
  renderHome('fr');
  expect(screen.queryByText(/rédigé en français/)).not.toBeInTheDocument();
});

test('the home page points to the certificate once it is ready, and not before', () => {
  renderHome('fr', false);
  expect(screen.queryByRole('link', { name: /attestation/ })).not.toBeInTheDocument();
});

test('the home page links to the certificate when every assessment is passed', () => {
  renderHome('fr', true);
  expect(screen.getByRole('link', { name: 'Voir et imprimer votre attestation' })).toHaveAttribute(
    'href',
    '/certificat',
  );
});
