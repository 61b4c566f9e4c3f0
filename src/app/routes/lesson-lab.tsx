/**
 * The `Lab` component lessons use (each lesson with a lab imports it: no other page loads it): the lab feature's view (terminal, steps), fed and recorded by the progress store.
 *
 * The prerendered page shows the lab's shell (labs/lab-shell.tsx): its frame, title, steps and terminal, and for a
 * workbench lab the editor's shell with the starting files and their findings (workbench/editor/editor-shell.tsx),
 * all of it light. Nothing heavy runs until the lab is needed: when the shell comes near the viewport, or on the first
 * focus, press or key in it, the lab view and the simulated engine (their own chunk) load, with, for a lab with files,
 * the workbench editor (CodeMirror) and its checks; once all are here the running lab replaces the shell, the same
 * size, in one render. A line typed or sent meanwhile, hints shown, the file chosen and the focus are carried over; a
 * saved session is replayed as before.
 */
import { use, useCallback, useMemo, useRef, useState } from 'react';
import { LessonErrorBoundary } from '../../features/course/lesson-error-boundary';
import { useLabSaved, useProgressStore } from '../../features/progress/progress-store';
import { LabHandover, LabShell } from '../../features/labs/lab-shell';
import { labShellMessages } from '../../features/labs/shell-messages';
import type { LabDefinition } from '../../features/labs/lab-schema';
import type { LabFolder, LabView } from '../../features/labs/lab-view';
import type { Finding, LessonLink } from '../../features/workbench/finding';
import { EditorHandover, EditorShell } from '../../features/workbench/editor/editor-shell';
import { workbenchMessages } from '../../features/workbench/editor/messages';
import type { WorkbenchEditor } from '../../features/workbench/editor/workbench-editor';
import { registerMessages, useLang } from '../../lib/i18n';
import { track } from '../../lib/tracked-promise';
import { routerBasename } from '../router-basename';
import { LessonContext } from '../lesson-quiz';

// The shells are in the prerendered page: their words are here from the first render.
registerMessages(labShellMessages);
registerMessages(workbenchMessages);

type LabViewComponent = typeof LabView;
let labView: Promise<LabViewComponent> | null = null;

export function loadLabView(): Promise<LabViewComponent> {
  labView ??= track(
    import('../../features/labs/lab-view').then((view) => {
      registerMessages(view.labMessages);
      return view.LabView;
    }),
  );
  return labView;
}

type FindingsFor = (path: string, content: string) => readonly { rule: string }[];
let workbenchFindings: Promise<FindingsFor> | null = null;

/** The workbench's checks (Dockerfile rules, Compose checks) for a lab's `lint` steps: in the editor's chunks. */
function loadWorkbenchFindings(): Promise<FindingsFor> {
  workbenchFindings ??= track(import('../../features/workbench/editor/file-kind').then((module) => module.findingsFor));
  return workbenchFindings;
}

type EditorComponent = typeof WorkbenchEditor;
let workbenchEditor: Promise<EditorComponent> | null = null;

/** The workbench editor (CodeMirror) is a chunk of its own, fetched only by a lab with files to edit. */
export function loadWorkbenchEditor(): Promise<EditorComponent> {
  workbenchEditor ??= track(
    import('../../features/workbench/editor/workbench-editor').then((editor) => editor.WorkbenchEditor),
  );
  return workbenchEditor;
}

/** A lesson section's address under the deploy's base path. */
function lessonHref(link: LessonLink): string {
  const base = routerBasename === '/' ? '' : routerBasename;
  return `${base}${link.path}#${link.anchor}`;
}

/** What a running lab needs, all loaded: the view, and for a lab with files the editor and the checks. */
interface Loaded {
  View: LabViewComponent;
  Editor?: EditorComponent;
  findings?: FindingsFor;
}

async function loadLab(lab: LabDefinition): Promise<Loaded> {
  if (!lab.editor || lab.editor.length === 0) return { View: await loadLabView() };
  const [View, Editor, findings] = await Promise.all([loadLabView(), loadWorkbenchEditor(), loadWorkbenchFindings()]);
  return { View, Editor, findings };
}

/** A chunk that failed to load goes to the lesson's error boundary, like a crash of the lab. */
function LoadFailed({ error }: { error: unknown }): never {
  throw error instanceof Error ? error : new Error('cours-docker: the lab did not load');
}

/** `data` is the lab as the build validated and serialised it; `findings`, its starting files' findings (src/build/mdx/remark-course.ts). */
export function LessonLab({ data, findings: findingsData }: { data: string; findings?: string }) {
  const lesson = use(LessonContext);
  const lab = useMemo(() => JSON.parse(data) as LabDefinition, [data]);
  const startFindings = useMemo(
    () => (findingsData ? (JSON.parse(findingsData) as Record<string, Finding[]>) : {}),
    [findingsData],
  );
  const lessonId = lesson?.id ?? '';
  const lang = useLang();
  const saved = useLabSaved(lab.id);
  const readOnly = useProgressStore((state) => state.storage === 'read-only');
  const recordLabCommand = useProgressStore((state) => state.recordLabCommand);
  const recordLabSteps = useProgressStore((state) => state.recordLabSteps);
  const recordLabFiles = useProgressStore((state) => state.recordLabFiles);
  const resetLabSession = useProgressStore((state) => state.resetLabSession);
  const [generation, setGeneration] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  // Mutable on purpose, read by the running lab when it replaces the shell (never rendered from).
  const [handover] = useState(() => new LabHandover());
  const [editorHandover] = useState(() => new EditorHandover());
  const requested = useRef(false);

  const want = useCallback(() => {
    if (requested.current) return;
    requested.current = true;
    // A press under way in the shell ends first: its click is not lost in the swap.
    loadLab(lab).then((result) => handover.whenIdle(() => setLoaded(result)), setLoadError);
  }, [lab, handover]);

  const files = lab.editor ?? [];
  let content;
  if (loadError !== null) {
    content = <LoadFailed error={loadError} />;
  } else if (loaded === null) {
    content = (
      <LabShell
        lab={lab}
        savedSteps={saved.steps}
        handover={handover}
        onWanted={want}
        {...(files.length > 0
          ? {
              editor: (
                <EditorShell
                  files={files}
                  contents={lab.setup.hostFiles}
                  findings={startFindings}
                  lessonHref={lessonHref}
                  handover={editorHandover}
                />
              ),
            }
          : {})}
      />
    );
  } else {
    const { View, Editor, findings } = loaded;
    content = (
      <View
        key={generation}
        lab={lab}
        savedSteps={saved.steps}
        savedSession={saved.session}
        savedEdits={saved.edits}
        readOnly={readOnly}
        onCommand={(entry) => recordLabCommand(lab.id, lessonId, entry)}
        onStepsDone={(stepIds) => recordLabSteps(lab.id, lessonId, stepIds, lab.steps.length)}
        onFiles={(written) => recordLabFiles(lab.id, lessonId, written)}
        onResetSession={() => resetLabSession(lab.id, lessonId)}
        pendingLines={handover.queue}
        onPendingRun={() => handover.clearQueue()}
        initialLine={generation === 0 ? handover.line : ''}
        focusOnMount={generation === 0 ? handover.focus : null}
        revealedHints={handover.hints}
        {...(Editor
          ? {
              renderEditor: (folder: LabFolder, editorFiles: readonly string[]) => (
                <Editor
                  folder={folder}
                  files={editorFiles}
                  lessonHref={lessonHref}
                  {...(editorHandover.active === null ? {} : { initialFile: editorHandover.active })}
                />
              ),
            }
          : {})}
        {...(findings ? { findings } : {})}
      />
    );
  }

  return (
    <div lang={lang}>
      <LessonErrorBoundary
        resetKey={`${lab.id}:${generation}`}
        retryLabel="course.resetLab"
        onRetry={() => {
          // A crash may come from the saved session itself: the lab starts again from its starting state.
          handover.clearQueue();
          resetLabSession(lab.id, lessonId);
          if (loadError !== null) {
            // The chunk may load this time.
            labView = null;
            workbenchEditor = null;
            workbenchFindings = null;
            requested.current = false;
            setLoadError(null);
            setLoaded(null);
          }
          setGeneration((value) => value + 1);
        }}
      >
        {content}
      </LessonErrorBoundary>
    </div>
  );
}

/** What a lesson with a lab imports (src/build/mdx/remark-course.ts): this module is in those lessons' chunks only. */
export default LessonLab;
