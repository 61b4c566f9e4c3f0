/**
 * The workbench editor before it runs (the prerendered page, and until the lab is needed): the same file tabs, the
 * open file's text read-only with its line numbers, in a box of the editor's size, and the findings the build found
 * in the starting files. Light: no CodeMirror, no checker. The editor replaces it without moving anything; the file
 * chosen in the tabs, and the focus (lab-shell.tsx), are carried over through the `EditorHandover`.
 */
import { useId, useState } from 'react';
import { useT } from '../../../lib/i18n';
import type { Finding, LessonLink } from '../finding';
import { FindingsList } from './findings-list';
import { FileTabs, fileTabIds } from './file-tabs';
import './workbench-editor.css';

/** What the editor's shell hands to the editor. */
export class EditorHandover {
  /** The file open in the shell. */
  active: string | null = null;

  setActive(path: string): void {
    this.active = path;
  }
}

export interface EditorShellProps {
  /** The files of the tabs, in order. */
  files: readonly string[];
  /** Their starting text (a missing one is empty). */
  contents: Readonly<Record<string, string>>;
  /** The build's findings on each starting file. */
  findings: Readonly<Record<string, readonly Finding[]>>;
  lessonHref: (link: LessonLink) => string;
  handover: EditorHandover;
}

export function EditorShell({ files, contents, findings, lessonHref, handover }: EditorShellProps) {
  const t = useT();
  const id = useId();
  const [active, setActiveState] = useState(() =>
    handover.active !== null && files.includes(handover.active) ? handover.active : (files[0] ?? null),
  );
  const setActive = (path: string) => {
    setActiveState(path);
    handover.setActive(path);
  };

  if (active === null) return <p className="workbench-editor__empty">{t('workbench.noFiles')}</p>;
  const ids = fileTabIds(id, files);
  const lines = (contents[active] ?? '').replace(/\n$/, '').split('\n');

  return (
    <div className="workbench-editor">
      <FileTabs files={files} active={active} onSelect={setActive} ids={ids} />
      <div role="tabpanel" id={ids.panelId} aria-labelledby={ids.tabId(active)} className="workbench-editor__panel">
        <p className="workbench-editor__keys">{t('workbench.keys')}</p>
        <div className="workbench-editor__host">
          {/* Focusable, as a scrollable region must be; focusing it starts the editor. */}
          <div
            className="workbench-shell__code"
            role="region"
            aria-label={t('workbench.starting', { file: active })}
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
            tabIndex={0}
          >
            {lines.map((line, index) => (
              <div key={index} className="workbench-shell__line">
                <span className="workbench-shell__number" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="workbench-shell__text">{line}</span>
              </div>
            ))}
          </div>
        </div>
        <FindingsList file={active} findings={findings[active] ?? []} lessonHref={lessonHref} />
      </div>
    </div>
  );
}
