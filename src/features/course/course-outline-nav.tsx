import { NavLink } from 'react-router';
import type { CourseOutline } from '../../lib/course-types';
import { useT } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import type { ProgressLookup } from './progress-view';

const icons = { 'not-started': '○', 'in-progress': '◐', done: '✓' } as const;

interface CourseOutlineNavProps {
  outline: CourseOutline;
  lookup: ProgressLookup;
  currentLessonId?: string;
  /** Called when one of its links is followed (the lesson page closes its drawer). */
  onNavigate?: () => void;
}

/**
 * The whole course outline with statuses (icon and words, never colour alone);
 * the sidebar of lesson pages and the map of the 404 page. Titles are course content, in French.
 */
export function CourseOutlineNav({ outline, lookup, currentLessonId, onNavigate }: CourseOutlineNavProps) {
  const t = useT();
  return (
    <nav aria-label={t('course.outline')} className="outline-nav">
      <ol>
        {outline.modules.map((module) => (
          <li key={module.id}>
            <NavLink to={paths.module.href(module.slug)} className="outline-module" end lang="fr" onClick={onNavigate}>
              {module.title}
            </NavLink>
            <ol>
              {module.lessons.map((lesson) => {
                const status = lookup(lesson.id).status;
                return (
                  <li key={lesson.id}>
                    <NavLink
                      to={paths.lesson.href(module.slug, lesson.slug)}
                      className={`outline-lesson outline-${status}`}
                      aria-current={lesson.id === currentLessonId ? 'page' : undefined}
                      onClick={onNavigate}
                    >
                      <span className="outline-icon" aria-hidden="true">
                        {icons[status]}
                      </span>
                      <span lang="fr">{lesson.title}</span>
                      <span className="visually-hidden"> ({t(`course.status.${status}`)})</span>
                    </NavLink>
                  </li>
                );
              })}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}
