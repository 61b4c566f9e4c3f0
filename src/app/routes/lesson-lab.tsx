/**
 * The `Lab` component lessons use: the lab feature's view (terminal, steps), fed and recorded by
 * the progress store. The lab view and the simulated engine are their own chunk, fetched in the
 * browser only, by lessons that have a lab: no first load carries them, and the prerendered page
 * shows the lab's title and a loading line in their place.
 */
import { Suspense, use, useMemo, useState, useSyncExternalStore } from 'react';
import { LessonErrorBoundary } from '../../features/course/lesson-error-boundary';
import { useLabSaved, useProgressStore } from '../../features/progress/progress-store';
import type { LabDefinition } from '../../features/labs/lab-schema';
import type { LabFolder, LabView } from '../../features/labs/lab-view';
import type { LessonLink } from '../../features/workbench/finding';
import type { WorkbenchEditor } from '../../features/workbench/editor/workbench-editor';
import { registerMessages, useLang, useT } from '../../lib/i18n';
import { track } from '../../lib/tracked-promise';
import { routerBasename } from '../router-basename';
import { LessonContext } from '../lesson-quiz';

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
    import('../../features/workbench/editor/workbench-editor').then((editor) => {
      registerMessages(editor.workbenchMessages);
      return editor.WorkbenchEditor;
    }),
  );
  return workbenchEditor;
}

/** A lesson section's address under the deploy's base path. */
function lessonHref(link: LessonLink): string {
  const base = routerBasename === '/' ? '' : routerBasename;
  return `${base}${link.path}#${link.anchor}`;
}

function EditorLoader({ folder, files }: { folder: LabFolder; files: readonly string[] }) {
  const Editor = use(loadWorkbenchEditor());
  // eslint-disable-next-line react-hooks/static-components -- the editor, read from its loaded chunk, not made here
  return <Editor folder={folder} files={files} lessonHref={lessonHref} />;
}

function renderEditor(folder: LabFolder, files: readonly string[]) {
  return (
    <Suspense fallback={<EditorPlaceholder />}>
      <EditorLoader folder={folder} files={files} />
    </Suspense>
  );
}

function EditorPlaceholder() {
  const t = useT();
  return <p>{t('course.editorLoading')}</p>;
}

const subscribe = () => () => undefined;

/** What stands in for the lab until its chunk is here (and in the prerendered page). */
function Placeholder({ lab }: { lab: LabDefinition }) {
  const t = useT();
  return (
    <section className="lab-placeholder" aria-label={lab.title}>
      <p>{t('course.labLoading')}</p>
    </section>
  );
}

function LabLoader({ lab, lessonId, generation }: { lab: LabDefinition; lessonId: string; generation: number }) {
  const View = use(loadLabView());
  // Only a lab with files to edit loads the workbench's checks.
  const findings = lab.editor && lab.editor.length > 0 ? use(loadWorkbenchFindings()) : undefined;
  const saved = useLabSaved(lab.id);
  const readOnly = useProgressStore((state) => state.storage === 'read-only');
  const recordLabCommand = useProgressStore((state) => state.recordLabCommand);
  const recordLabSteps = useProgressStore((state) => state.recordLabSteps);
  const recordLabFiles = useProgressStore((state) => state.recordLabFiles);
  const resetLabSession = useProgressStore((state) => state.resetLabSession);
  return (
    // eslint-disable-next-line react-hooks/static-components -- the lab view, read from its loaded chunk, not made here
    <View
      key={generation}
      lab={lab}
      savedSteps={saved.steps}
      savedSession={saved.session}
      savedEdits={saved.edits}
      readOnly={readOnly}
      onCommand={(entry) => recordLabCommand(lab.id, lessonId, entry)}
      onStepsDone={(stepIds) => recordLabSteps(lab.id, lessonId, stepIds, lab.steps.length)}
      onFiles={(files) => recordLabFiles(lab.id, lessonId, files)}
      onResetSession={() => resetLabSession(lab.id, lessonId)}
      renderEditor={renderEditor}
      {...(findings ? { findings } : {})}
    />
  );
}

/** `data` is the lab as the build validated and serialised it (src/build/mdx/remark-course.ts). */
export function LessonLab({ data }: { data: string }) {
  const lesson = use(LessonContext);
  const lab = useMemo(() => JSON.parse(data) as LabDefinition, [data]);
  const lessonId = lesson?.id ?? '';
  const lang = useLang();
  const resetLabSession = useProgressStore((state) => state.resetLabSession);
  const [generation, setGeneration] = useState(0);
  // The lab runs in the browser only: the prerendered page and the hydration show the placeholder.
  const isClient = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return (
    <div lang={lang}>
      <LessonErrorBoundary
        resetKey={`${lab.id}:${generation}`}
        retryLabel="course.resetLab"
        onRetry={() => {
          // A crash may come from the saved session itself: the lab starts again from its starting state.
          labView = null;
          resetLabSession(lab.id, lessonId);
          setGeneration((value) => value + 1);
        }}
      >
        {isClient ? (
          <Suspense fallback={<Placeholder lab={lab} />}>
            <LabLoader lab={lab} lessonId={lessonId} generation={generation} />
          </Suspense>
        ) : (
          <Placeholder lab={lab} />
        )}
      </LessonErrorBoundary>
    </div>
  );
}
