/**
 * The progress page (/progression): where the learner stands, per module and lesson, what is saved
 * and where, and the export / import / reset actions. Thin: selectors compute, this renders.
 */
import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { CourseOutline, LessonMeta, LessonStatus, ModuleMeta } from '../../lib/course-types';
import { useLang, useT } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { CorruptBackups } from './corrupt-backups';
import { downloadProgressExport } from './download';
import { formatAbsoluteDate, formatRelativeDate } from '../../lib/format-date';
import { ImportPanel } from './import-panel';
import { LabProgress } from './lab-progress';
import type { ProgressData } from './progress-schema';
import { useProgressStore } from './progress-store';
import { ResetPanel } from './reset-panel';
import {
  selectBestScore,
  selectCourseCompletion,
  selectLessonLastActivity,
  selectLessonStatus,
  selectModuleCompletion,
  selectCertificateReady,
  selectNextLesson,
} from './selectors';
import './progress.css';
import { Button } from '../../components/ui/button';

const statusIcons: Record<LessonStatus, string> = { 'not-started': '○', 'in-progress': '◐', done: '✓' };

function percent(ratio: number): number {
  return Math.round(ratio * 100);
}

function StatusLabel({ status }: { status: LessonStatus }) {
  const t = useT();
  return (
    <span className={`progress-status progress-status-${status}`}>
      <span aria-hidden="true">{statusIcons[status]}</span> {t(`progress.status.${status}`)}
    </span>
  );
}

function BestScores({ data, lesson }: { data: ProgressData; lesson: LessonMeta }) {
  const t = useT();
  if (lesson.quizIds.length === 0) return <span className="progress-muted">{t('progress.score.noQuiz')}</span>;
  const scores = lesson.quizIds.map((quizId) => ({ quizId, best: selectBestScore(data, quizId) }));
  if (scores.every(({ best }) => best === null)) {
    return <span className="progress-muted">{t('progress.score.none')}</span>;
  }
  if (scores.length === 1) {
    return <>{t('progress.score.value', { score: percent(scores[0]?.best ?? 0) })}</>;
  }
  return (
    <ul className="progress-scores">
      {scores.map(({ quizId, best }) => (
        <li key={quizId}>
          {best === null
            ? t('progress.score.quizNone', { quiz: quizId })
            : t('progress.score.quizValue', { quiz: quizId, score: percent(best) })}
        </li>
      ))}
    </ul>
  );
}

function ActivityDate({ iso, now }: { iso: string | null; now: Date }) {
  const t = useT();
  const lang = useLang();
  if (iso === null) return <span className="progress-muted">{t('progress.activity.never')}</span>;
  return (
    <>
      <time dateTime={iso}>{formatRelativeDate(iso, now, lang)}</time>
      <span className="progress-absolute-date">{formatAbsoluteDate(iso, lang)}</span>
    </>
  );
}

function ModuleProgress({ module, data, now }: { module: ModuleMeta; data: ProgressData; now: Date }) {
  const t = useT();
  const headingId = useId();
  const completion = selectModuleCompletion(data, module);
  return (
    <section className="progress-module" aria-labelledby={headingId}>
      <h3 id={headingId}>{module.title}</h3>
      <p className="progress-muted">
        {t('progress.module.summary', {
          completed: completion.completed,
          total: completion.total,
          percent: percent(completion.ratio),
        })}
      </p>
      <div className="progress-table-wrapper">
        <table className="progress-table">
          <caption className="visually-hidden">{module.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.table.lesson')}</th>
              <th scope="col">{t('progress.table.status')}</th>
              <th scope="col">{t('progress.table.score')}</th>
              <th scope="col">{t('progress.table.labs')}</th>
              <th scope="col">{t('progress.table.activity')}</th>
            </tr>
          </thead>
          <tbody>
            {module.lessons.map((lesson) => (
              <tr key={lesson.id}>
                <th scope="row">
                  <Link to={paths.lesson.href(lesson.moduleSlug, lesson.slug)}>{lesson.title}</Link>
                </th>
                <td>
                  <StatusLabel status={selectLessonStatus(data, lesson)} />
                </td>
                <td>
                  <BestScores data={data} lesson={lesson} />
                </td>
                <td>
                  <LabProgress data={data} lesson={lesson} />
                </td>
                <td>
                  <ActivityDate iso={selectLessonLastActivity(data, lesson)} now={now} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function StorageExplanation() {
  const t = useT();
  const storage = useProgressStore((state) => state.storage);
  const storedVersion = useProgressStore((state) => state.storedVersion);
  const persistence = useProgressStore((state) => state.persistence);
  return (
    <section className="progress-section" aria-labelledby="progress-storage-title">
      <h2 id="progress-storage-title">{t('progress.storage.title')}</h2>
      <p>{t('progress.storage.what')}</p>
      <p>{t('progress.storage.where')}</p>
      <p>{t('progress.storage.erase')}</p>
      <p className={storage === 'ok' ? undefined : 'progress-warning'}>
        {t(`progress.storage.status.${storage}`, { version: storedVersion ?? '?' })}
      </p>
      <p>{t(`progress.persistence.${persistence}`)}</p>
    </section>
  );
}

function ExportPanel() {
  const t = useT();
  const [message, setMessage] = useState('');
  const handleExport = () => {
    const filename = downloadProgressExport(useProgressStore.getState().data);
    setMessage(filename ? t('progress.export.done', { filename }) : t('progress.export.failed'));
  };
  return (
    <section className="progress-section" aria-labelledby="progress-export-title">
      <h2 id="progress-export-title">{t('progress.export.title')}</h2>
      <p>{t('progress.export.text')}</p>
      <Button type="button" variant="primary" onClick={handleExport}>
        {t('progress.export.button')}
      </Button>
      <p role="status" className="progress-message">
        {message}
      </p>
    </section>
  );
}

export interface ProgressPageProps {
  outline: CourseOutline;
  /** The review cards due (« Révisions »), composed by the app: this feature does not know the scheduler. */
  reviewSummary?: ReactNode;
}

export function ProgressPage({ outline, reviewSummary }: ProgressPageProps) {
  const t = useT();
  const data = useProgressStore((state) => state.data);
  const readOnly = useProgressStore((state) => state.storage === 'read-only');
  // Relative dates ("il y a 3 jours") are counted from this render.
  const now = new Date();
  const course = selectCourseCompletion(data, outline);
  const next = selectNextLesson(data, outline);
  const certificateReady = selectCertificateReady(data, outline);
  return (
    <div className="progress-page">
      <h1 id="page-title" tabIndex={-1}>
        {t('progress.title')}
      </h1>
      <p className="lead">{t('progress.intro')}</p>

      <section className="progress-section" aria-labelledby="progress-course-title">
        <h2 id="progress-course-title" className="visually-hidden">
          {t('progress.course.bar')}
        </h2>
        <p className="progress-course-summary">
          {t('progress.course.summary', {
            completed: course.completed,
            total: course.total,
            percent: percent(course.ratio),
          })}
        </p>
        <progress
          className="progress-bar"
          max={100}
          value={percent(course.ratio)}
          aria-label={t('progress.course.bar')}
        />
        {next ? (
          <p>
            <Link to={paths.lesson.href(next.moduleSlug, next.slug)}>{t('progress.next', { title: next.title })}</Link>
          </p>
        ) : course.total > 0 ? (
          <p>{t('progress.allDone')}</p>
        ) : null}
        {certificateReady ? (
          <p className="progress-certificate">
            <Link to={paths.completion.href()}>{t('progress.certificate')}</Link>
          </p>
        ) : null}
        {reviewSummary}
      </section>

      <section className="progress-section" aria-labelledby="progress-rule-title">
        <h2 id="progress-rule-title">{t('progress.rule.title')}</h2>
        <p>{t('progress.rule.text')}</p>
      </section>

      <section className="progress-section" aria-labelledby="progress-modules-title">
        <h2 id="progress-modules-title">{t('progress.modules.title')}</h2>
        {outline.modules.map((module) => (
          <ModuleProgress key={module.id} module={module} data={data} now={now} />
        ))}
      </section>

      <StorageExplanation />
      <CorruptBackups />
      <ExportPanel />
      {readOnly ? (
        <p className="progress-section progress-warning">{t('progress.readOnly.actions')}</p>
      ) : (
        <>
          <ImportPanel outline={outline} />
          <ResetPanel />
        </>
      )}
    </div>
  );
}
