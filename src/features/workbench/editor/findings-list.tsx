/**
 * The findings of the open file, listed under the editor (each with its line, its severity, its rule and a link to
 * the lesson that teaches it). Shared by the editor and its shell, which shows the starting files' findings as the
 * build computed them.
 */
import { useId } from 'react';
import { useT } from '../../../lib/i18n';
import type { Finding, LessonLink } from '../finding';

export function FindingsList({
  file,
  findings,
  lessonHref,
}: {
  file: string;
  findings: readonly Finding[];
  lessonHref: (link: LessonLink) => string;
}) {
  const t = useT();
  const findingsId = `${useId()}-findings`;
  if (findings.length === 0) return <p className="workbench-editor__clean">{t('workbench.noFindings', { file })}</p>;
  return (
    <>
      <p id={findingsId} className="workbench-editor__findings-title">
        {t('workbench.findings', { file })}
      </p>
      <ul aria-labelledby={findingsId} className="workbench-editor__findings">
        {findings.map((finding, index) => (
          <li
            key={`${finding.rule}-${finding.line}-${finding.column}-${index}`}
            className={`workbench-editor__finding workbench-editor__finding--${finding.severity}`}
          >
            <span className="workbench-editor__where">
              {t('workbench.line', { line: finding.line })} ({t(`workbench.severity.${finding.severity}`)},{' '}
              <code>{finding.rule}</code>)
            </span>{' '}
            {finding.message}
            {finding.lesson && (
              <>
                {' '}
                <a href={lessonHref(finding.lesson)}>{t('workbench.lessonLink')}</a>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
