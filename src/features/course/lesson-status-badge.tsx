import type { LessonStatus } from '../../lib/course-types';
import { useT } from '../../lib/i18n';

const icons: Record<LessonStatus, string> = { 'not-started': '○', 'in-progress': '◐', done: '✓' };
const statuses = Object.keys(icons) as LessonStatus[];

/**
 * A status in words and icon, never colour alone. `steady` (the lesson's own page): the badge is as wide as its widest
 * status, so the first visit, which turns « Pas commencée » into « En cours » right after the page shows, does not
 * rewrap the line and move the page.
 */
export function LessonStatusBadge({ status, steady = false }: { status: LessonStatus; steady?: boolean }) {
  const t = useT();
  if (!steady) {
    return (
      <span className={`status-badge status-${status}`}>
        <span aria-hidden="true">{icons[status]}</span> {t(`course.status.${status}`)}
      </span>
    );
  }
  return (
    <span className={`status-badge status-badge--steady status-${status}`}>
      {statuses.map((each) => (
        <span
          key={each}
          className={each === status ? 'status-badge__label' : 'status-badge__label status-badge__label--spacer'}
          {...(each === status ? {} : { 'aria-hidden': true })}
        >
          <span aria-hidden="true">{icons[each]}</span> {t(`course.status.${each}`)}
        </span>
      ))}
    </span>
  );
}
