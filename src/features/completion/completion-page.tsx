import { useId } from 'react';
import { Link } from 'react-router';
import type { LessonMeta, ModuleMeta } from '../../lib/course-types';
import { formatLongDate } from '../../lib/format-date';
import { useLang, useT } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import './completion.css';
import { Medal } from './medal';
import { Button } from '../../components/ui/button';

export interface AssessmentResult {
  module: ModuleMeta;
  assessment: LessonMeta | null;
  /** Best score in percent, or null when never attempted. */
  bestScore: number | null;
  passed: boolean;
  /** When the assessment was first passed (ISO), or null. */
  passedAt: string | null;
}

/** Whether every module's assessment is passed: the rule for the certificate. */
export function isCourseCompleted(results: readonly AssessmentResult[]): boolean {
  return results.length > 0 && results.every((result) => result.passed);
}

export interface CompletionPageProps {
  courseTitle: string;
  results: AssessmentResult[];
  /** The name the learner wrote on the certificate ('' when none). */
  name: string;
  onNameChange: (name: string) => void;
  /** Longest name accepted (characters). */
  nameMaxLength: number;
}

/** The course completion page: a printable certificate once every module assessment is passed, else what is left. */
export function CompletionPage({ courseTitle, results, name, onNameChange, nameMaxLength }: CompletionPageProps) {
  const t = useT();
  const nameId = useId();
  const hintId = useId();
  const shownName = name.trim();
  const lang = useLang();
  const completed = isCourseCompleted(results);
  const lastPassed = results
    .map((result) => result.passedAt)
    .filter((date): date is string => date !== null)
    .sort()
    .at(-1);
  return (
    <div className={`completion ${completed ? 'completion-done' : ''}`}>
      <h1 id="page-title" tabIndex={-1}>
        {t('completion.title')}
      </h1>
      {completed ? (
        <div className="completion-certificate">
          <Medal className="completion-medal" />
          <p className="completion-headline">{t('completion.done', { course: courseTitle })}</p>
          {shownName ? (
            <p className="completion-name">
              {t('completion.awardedTo')} <strong>{shownName}</strong>
            </p>
          ) : null}
          {lastPassed ? <p>{t('completion.doneDate', { date: formatLongDate(lastPassed, lang) })}</p> : null}
        </div>
      ) : (
        <p className="lead">{t('completion.notYet')}</p>
      )}
      <table className="completion-table">
        <caption>{t('completion.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('completion.module')}</th>
            <th scope="col">{t('completion.best')}</th>
            <th scope="col">{t('completion.status')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result) => (
            <tr key={result.module.id}>
              <th scope="row">{result.module.title}</th>
              <td>{result.bestScore === null ? '—' : `${result.bestScore} %`}</td>
              <td>
                {result.passed ? (
                  <>
                    <span aria-hidden="true">✓ </span>
                    {t('completion.passed')}
                  </>
                ) : result.assessment ? (
                  <Link to={paths.lesson.href(result.assessment.moduleSlug, result.assessment.slug)}>
                    {result.bestScore === null ? t('completion.notTried') : t('completion.notPassed')} —{' '}
                    {t('completion.goTo', { module: result.module.title })}
                  </Link>
                ) : (
                  t('completion.notTried')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {completed ? (
        <div className="completion-actions">
          <div className="completion-name-field">
            <label htmlFor={nameId}>{t('completion.nameLabel')}</label>
            <input
              id={nameId}
              type="text"
              autoComplete="name"
              maxLength={nameMaxLength}
              value={name}
              aria-describedby={hintId}
              onChange={(event) => onNameChange(event.target.value)}
            />
            <p id={hintId} className="completion-hint">
              {t('completion.nameHint')}
            </p>
          </div>
          <p>
            <Button type="button" variant="primary" onClick={() => window.print()}>
              {t('completion.print')}
            </Button>
          </p>
        </div>
      ) : null}
      <p className="completion-note">{t('completion.local')}</p>
    </div>
  );
}
