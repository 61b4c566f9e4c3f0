/**
 * Import: choose a file, see what it holds (numbers and a date, never its text), then merge,
 * replace or cancel. The file is fully validated before anything changes.
 */
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { CourseOutline } from '../../lib/course-types';
import { useLang, useT } from '../../lib/i18n';
import { formatAbsoluteDate } from '../../lib/format-date';
import { readProgressFile, type ImportErrorCode, type ImportedProgress, type ProgressSummary } from './progress-file';
import { useProgressStore, type ImportMode } from './progress-store';
import { Button } from '../../components/ui/button';

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'error'; error: ImportErrorCode }
  | { kind: 'ready'; file: ImportedProgress; summary: ProgressSummary };

export function ImportPanel({ outline }: { outline: CourseOutline }) {
  const t = useT();
  const lang = useLang();
  const inputId = useId();
  const summaryTitleId = useId();
  const importProgress = useProgressStore((state) => state.importProgress);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [message, setMessage] = useState('');
  const summaryHeading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);

  const handleChange = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    setMessage('');
    setPhase({ kind: 'reading' });
    const result = await readProgressFile(file, { outline });
    setPhase(
      result.ok
        ? { kind: 'ready', file: result.file, summary: result.summary }
        : { kind: 'error', error: result.error },
    );
  };

  // Once the summary shows, focus its heading so the choice that follows is read in order.
  useEffect(() => {
    if (phase.kind === 'ready') summaryHeading.current?.focus();
  }, [phase.kind]);

  const finish = (text: string) => {
    setPhase({ kind: 'idle' });
    setMessage(text);
    // Clear the chosen file, so the same file can be chosen again, and bring focus back to the input.
    if (input.current) {
      input.current.value = '';
      input.current.focus();
    }
  };

  const handleChoice = (mode: ImportMode) => {
    if (phase.kind !== 'ready') return;
    importProgress(phase.file, mode);
    finish(mode === 'merge' ? t('progress.import.merged') : t('progress.import.replaced'));
  };

  return (
    <section className="progress-section" aria-labelledby="progress-import-title">
      <h2 id="progress-import-title">{t('progress.import.title')}</h2>
      <p>{t('progress.import.text')}</p>
      <p className="progress-field">
        <label htmlFor={inputId}>{t('progress.import.label')}</label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept="application/json,.json"
          onChange={(event) => void handleChange(event)}
        />
      </p>

      {phase.kind === 'reading' ? <p>{t('progress.import.reading')}</p> : null}

      {phase.kind === 'error' ? (
        <p role="alert" className="progress-error">
          {t(`progress.import.error.${phase.error}`)} {t('progress.import.untouched')}
        </p>
      ) : null}

      {phase.kind === 'ready' ? (
        <section className="progress-import-summary" aria-labelledby={summaryTitleId}>
          <h3 id={summaryTitleId} ref={summaryHeading} tabIndex={-1}>
            {t('progress.import.summary.title')}
          </h3>
          <ul>
            <li>
              {phase.summary.date
                ? t('progress.import.summary.date', { date: formatAbsoluteDate(phase.summary.date, lang) })
                : t('progress.import.summary.noDate')}
            </li>
            <li>{t('progress.import.summary.lessonsVisited', { n: phase.summary.lessonsVisited })}</li>
            <li>{t('progress.import.summary.lessonsCompleted', { n: phase.summary.lessonsCompleted })}</li>
            <li>{t('progress.import.summary.quizzes', { n: phase.summary.quizzes })}</li>
            <li>{t('progress.import.summary.attempts', { n: phase.summary.attempts })}</li>
          </ul>
          <p>{t('progress.import.choice')}</p>
          <ul className="progress-help">
            <li>{t('progress.import.mergeHelp')}</li>
            <li>{t('progress.import.replaceHelp')}</li>
          </ul>
          <div className="progress-actions">
            <Button type="button" variant="primary" onClick={() => handleChoice('merge')}>
              {t('progress.import.merge')}
            </Button>
            <Button type="button" onClick={() => handleChoice('replace')}>
              {t('progress.import.replace')}
            </Button>
            <Button type="button" onClick={() => finish(t('progress.import.cancelled'))}>
              {t('progress.import.cancel')}
            </Button>
          </div>
        </section>
      ) : null}

      <p role="status" className="progress-message">
        {message}
      </p>
    </section>
  );
}
