import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { expect, test } from 'vitest';
import type { LessonMeta, ModuleMeta } from '../../lib/course-types';
import { I18nProvider } from '../../lib/i18n';
import { courseMessages } from './messages';
import { ModulePage } from './module-page';

const lesson = (id: string, title: string): LessonMeta => ({
  id,
  moduleSlug: 'a',
  slug: id,
  path: `/a/${id}`,
  title,
  duration: 10,
  kind: 'lesson',
  quizIds: [],
});
const module: ModuleMeta = {
  id: 'a',
  slug: 'a',
  title: 'Module A',
  summary: 'Le résumé.',
  lessons: [lesson('a1', 'Première leçon'), lesson('a2', 'Deuxième leçon')],
};

test('each lesson of the module shows its description, and a lesson without one shows no empty line', () => {
  render(
    <I18nProvider lang="fr" catalogue={courseMessages}>
      <MemoryRouter>
        <ModulePage
          module={module}
          position={1}
          lookup={() => ({ status: 'not-started', bestScore: null })}
          descriptions={{ a1: 'Ce que dit la première.' }}
        />
      </MemoryRouter>
    </I18nProvider>,
  );
  const itemOf = (title: string) => screen.getByRole('link', { name: title }).closest('li') as HTMLElement;
  expect(within(itemOf('Première leçon')).getByText('Ce que dit la première.')).toBeVisible();
  expect(within(itemOf('Deuxième leçon')).getAllByRole('paragraph')).toHaveLength(1);
});
