import { Link } from 'react-router';
import type { ModuleMeta } from '../../lib/course-types';
import { useT } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { formatDuration } from './format';
import { LessonStatusBadge } from './lesson-status-badge';
import { totalDuration } from './outline';
import type { ProgressLookup } from './progress-view';
import './course.css';

/** A module: its lessons with description, duration, status and best quiz score. */
export function ModulePage({
  module,
  position,
  lookup,
  descriptions,
}: {
  module: ModuleMeta;
  position: number;
  lookup: ProgressLookup;
  /** The lessons' descriptions by lesson id (module-descriptions.ts); a lesson without one shows none. */
  descriptions: Readonly<Record<string, string>>;
}) {
  const t = useT();
  return (
    <div className="module-page">
      <nav aria-label={t('course.breadcrumb')} className="breadcrumbs">
        <ol>
          <li>
            <Link to={paths.home.href()}>{t('course.home')}</Link>
          </li>
          <li aria-current="page" lang="fr">
            {module.title}
          </li>
        </ol>
      </nav>
      <p className="eyebrow">{t('course.moduleNumber', { n: position })}</p>
      <h1 id="page-title" tabIndex={-1} lang="fr">
        {module.title}
      </h1>
      <p className="lead" lang="fr">
        {module.summary}
      </p>
      <p className="meta">
        {t('course.lessonCount', { n: module.lessons.length })} · {formatDuration(t, totalDuration(module.lessons))}
      </p>
      <h2>{t('course.lessons')}</h2>
      <ol className="lesson-list">
        {module.lessons.map((lesson) => {
          const progress = lookup(lesson.id);
          return (
            <li key={lesson.id} className="lesson-list-item">
              <Link to={paths.lesson.href(module.slug, lesson.slug)} className="lesson-list-link" lang="fr">
                {lesson.title}
              </Link>
              {lesson.kind !== 'lesson' ? <span className="kind-badge">{t(`course.kind.${lesson.kind}`)}</span> : null}
              {descriptions[lesson.id] ? (
                <p className="lesson-list-description" lang="fr">
                  {descriptions[lesson.id]}
                </p>
              ) : null}
              <p className="lesson-list-meta">
                <span>{t('course.minutes', { n: lesson.duration })}</span>
                <LessonStatusBadge status={progress.status} />
                {progress.bestScore !== null ? (
                  <span>{t('course.bestScore', { score: progress.bestScore })}</span>
                ) : null}
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
