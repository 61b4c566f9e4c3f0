/**
 * The workbench's editor: the lab's files as tabs, a CodeMirror editor on the open one, its findings at their
 * lines and listed below it. Its own chunk, loaded only with a workbench. It edits the lab folder of the running
 * engine through `folder` (the engine's readHostFiles / writeHostFiles): every change is written after a short
 * pause, and at once when another file is opened or the editor goes away, so `docker build .` in the terminal
 * builds what the learner wrote.
 */
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../../../lib/i18n';
import type { Finding, LessonLink } from '../finding';
import { type CodeEditor, createCodeEditor } from './code-editor';
import { findingsFor } from './file-kind';
import { FindingsList } from './findings-list';
import { FileTabs, fileTabIds } from './file-tabs';
import './workbench-editor.css';

export { workbenchMessages } from './messages';

/** The part of the engine the editor uses: the lab folder's files (paths relative to the lab folder). */
export interface HostFolder {
  readHostFiles(): Record<string, string>;
  writeHostFiles(
    files: Record<string, string>,
    mode?: 'merge' | 'replace',
  ): { refused: { path: string; reason: string }[] };
}

export interface WorkbenchEditorProps {
  folder: HostFolder;
  /** The files the learner edits, in the order of the tabs (a missing one starts empty). */
  files: readonly string[];
  /** The address of a lesson section; by default its path and anchor as they are. */
  lessonHref?: (link: LessonLink) => string;
  /** The pause, in ms, after the last keystroke before the file is written and checked again. */
  saveDelay?: number;
  /** The file open at first (the one the editor's shell showed); by default the first. */
  initialFile?: string;
}

const defaultHref = (link: LessonLink) => `${link.path}#${link.anchor}`;

export function WorkbenchEditor({
  folder,
  files,
  lessonHref = defaultHref,
  saveDelay = 400,
  initialFile,
}: WorkbenchEditorProps) {
  const t = useT();
  const id = useId();
  const [active, setActive] = useState(
    initialFile !== undefined && files.includes(initialFile) ? initialFile : (files[0] ?? null),
  );
  // The open file's findings from the first paint: the list does not grow under the editor a moment later.
  const [findings, setFindings] = useState<Finding[]>(() =>
    active === null ? [] : findingsFor(active, folder.readHostFiles()[active] ?? ''),
  );
  const [refused, setRefused] = useState<{ path: string; reason: string }[]>([]);
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<CodeEditor | null>(null);
  const pending = useRef(new Map<string, string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ folder, active, saveDelay });

  /** Writes the pending changes now, and checks the open file again. */
  const flush = useRef(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    if (pending.current.size === 0) return;
    const changes = Object.fromEntries(pending.current);
    pending.current.clear();
    const result = latest.current.folder.writeHostFiles(changes, 'merge');
    setRefused(result.refused);
    const open = latest.current.active;
    if (open !== null && open in changes) setFindings(findingsFor(open, changes[open] ?? ''));
  });

  const labels = useRef({ t, lessonHref });
  useLayoutEffect(() => {
    latest.current = { folder, active, saveDelay };
    labels.current = { t, lessonHref };
  });

  // Layout effects: the editor is in place, at its size, from the first paint (nothing moves when it arrives).
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const editor = createCodeEditor(host, {
      label: (path) => labels.current.t('workbench.editorLabel', { file: path }),
      keysHint: labels.current.t('workbench.keys'),
      diagnostics: {
        get lessonLink() {
          return labels.current.t('workbench.lessonLink');
        },
        lessonHref: (link) => labels.current.lessonHref(link),
      },
      onChange: (path, text) => {
        pending.current.set(path, text);
        if (timer.current !== null) clearTimeout(timer.current);
        timer.current = setTimeout(() => flush.current(), latest.current.saveDelay);
      },
    });
    editorRef.current = editor;
    const flushNow = flush.current;
    return () => {
      flushNow();
      editor.destroy();
      editorRef.current = null;
    };
  }, []);

  const firstOpen = useRef(true);
  useLayoutEffect(() => {
    const editor = editorRef.current;
    if (!editor || active === null) return;
    flush.current();
    const text = editor.textOf(active) ?? folder.readHostFiles()[active] ?? '';
    editor.open(active, text);
    // The first file's findings were found with the first render, on the same text.
    if (firstOpen.current) firstOpen.current = false;
    else setFindings(findingsFor(active, text));
  }, [active, folder]);

  useLayoutEffect(() => {
    editorRef.current?.showFindings(findings);
  }, [findings]);

  if (active === null) return <p className="workbench-editor__empty">{t('workbench.noFiles')}</p>;
  const ids = fileTabIds(id, files);

  return (
    <div className="workbench-editor">
      <FileTabs files={files} active={active} onSelect={setActive} ids={ids} />
      <div
        role="tabpanel"
        id={ids.panelId}
        aria-labelledby={ids.tabId(active)}
        className="workbench-editor__panel"
        // Leaving the editor (for the terminal, say) writes at once: the next `docker build` sees the last keystroke.
        onBlur={() => flush.current()}
      >
        <p className="workbench-editor__keys">{t('workbench.keys')}</p>
        <div ref={hostRef} className="workbench-editor__host" />
        {refused.map((item) => (
          <p key={item.path} role="alert" className="workbench-editor__refused">
            {t('workbench.refused', { file: item.path, reason: item.reason })}
          </p>
        ))}
        <FindingsList file={active} findings={findings} lessonHref={lessonHref} />
      </div>
    </div>
  );
}
