/**
 * The lab folder's files as tabs, one tab panel below them: the same tabs in the editor's shell
 * (editor-shell.tsx) and in the editor (workbench-editor.tsx), so that one takes the other's place
 * without moving. The arrow keys, Home and End move between tabs (tab-keys.ts).
 */
import { type KeyboardEvent, useRef } from 'react';
import { useT } from '../../../lib/i18n';
import { nextTabIndex } from './tab-keys';

/** The ids tying the tabs to their panel, from one `useId()`. */
export function fileTabIds(id: string, files: readonly string[]) {
  return { panelId: `${id}-panel`, tabId: (path: string) => `${id}-tab-${files.indexOf(path)}` };
}

export interface FileTabsProps {
  files: readonly string[];
  active: string;
  onSelect: (path: string) => void;
  ids: ReturnType<typeof fileTabIds>;
}

export function FileTabs({ files, active, onSelect, ids }: FileTabsProps) {
  const t = useT();
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());

  function onTabKey(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const next = nextTabIndex(event.key, index, files.length);
    if (next === null) return;
    event.preventDefault();
    const path = files[next];
    if (path === undefined) return;
    onSelect(path);
    tabRefs.current.get(path)?.focus();
  }

  return (
    <div role="tablist" aria-label={t('workbench.files')} className="workbench-editor__tabs">
      {files.map((path, index) => (
        <button
          key={path}
          ref={(element) => {
            if (element) tabRefs.current.set(path, element);
            else tabRefs.current.delete(path);
          }}
          type="button"
          role="tab"
          id={ids.tabId(path)}
          aria-selected={path === active}
          aria-controls={ids.panelId}
          tabIndex={path === active ? 0 : -1}
          className="workbench-editor__tab"
          onClick={() => onSelect(path)}
          onKeyDown={(event) => onTabKey(event, index)}
        >
          {path}
        </button>
      ))}
    </div>
  );
}
