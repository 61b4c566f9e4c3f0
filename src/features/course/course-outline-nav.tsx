import { memo } from 'react';
import { NavLink } from 'react-router';
import type { CourseOutline, LessonStatus } from '../../lib/course-types';
import { useT } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import type { ProgressLookup } from './progress-view';

const icons: Record<LessonStatus, string> = { 'not-started': '○', 'in-progress': '◐', done: '✓' };

interface OutlineEntryProps {
  href: string;
  title: string;
  status: LessonStatus;
  current: boolean;
  onNavigate?: () => void;
}

/**
 * One lesson of the outline. Memoised: when the learner's progress changes, only the
 * entries whose status changed render again, not the whole course's links.
 */
const OutlineEntry = memo(function OutlineEntry({ href, title, status, current, onNavigate }: OutlineEntryProps) {
  const t = useT();
  return (
    <li>
      <NavLink
        to={href}
        className={`outline-lesson outline-${status}`}
        aria-current={current ? 'page' : undefined}
        onClick={onNavigate}
      >
        <span className="outline-icon" aria-hidden="true">
          {icons[status]}
        </span>
        <span lang="fr">{title}</span>
        <span className="visually-hidden"> ({t(`course.status.${status}`)})</span>
      </NavLink>
    </li>
  );
});

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
              {module.lessons.map((lesson) => (
                <OutlineEntry
                  key={lesson.id}
                  href={paths.lesson.href(module.slug, lesson.slug)}
                  title={lesson.title}
                  status={lookup(lesson.id).status}
                  current={lesson.id === currentLessonId}
                  onNavigate={onNavigate}
                />
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}
