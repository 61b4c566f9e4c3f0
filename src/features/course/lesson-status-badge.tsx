import type { LessonStatus } from '../../lib/course-types';
import { useT } from '../../lib/i18n';

const icons: Record<LessonStatus, string> = { 'not-started': '○', 'in-progress': '◐', done: '✓' };

/** A status in words and icon, never colour alone. */
export function LessonStatusBadge({ status }: { status: LessonStatus }) {
  const t = useT();
  return (
    <span className={`status-badge status-${status}`}>
      <span aria-hidden="true">{icons[status]}</span> {t(`course.status.${status}`)}
    </span>
  );
}
