/**
 * A lesson's labs on the progress page: each lab's title with its steps done out of its steps
 * (a lab counts towards its lesson's completion once all its steps are done).
 */
import type { LessonMeta } from '../../lib/course-types';
import { useT } from '../../lib/i18n';
import type { ProgressData } from './progress-schema';
import { selectLabStepsDone } from './selectors';

export function LabProgress({ data, lesson }: { data: ProgressData; lesson: LessonMeta }) {
  const t = useT();
  const labs = lesson.labs ?? [];
  if (labs.length === 0) return <span className="progress-muted">{t('progress.labs.none')}</span>;
  return (
    <ul className="progress-scores">
      {labs.map((lab) => {
        const done = Math.min(selectLabStepsDone(data, lab.id), lab.stepCount);
        return <li key={lab.id}>{t('progress.labs.steps', { title: lab.title, done, total: lab.stepCount })}</li>;
      })}
    </ul>
  );
}
