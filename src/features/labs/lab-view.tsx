/**
 * A lab on the page: the terminal and the steps panel, over one simulated engine. Its own chunk,
 * loaded only by lessons with a lab. The session is the list of commands run; it is saved through
 * `onCommand` and replayed on load, so the engine comes back to the same state.
 */
import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useT } from '../../lib/i18n';
import { createEngine as createSimulatedEngine } from './engine/index';
import type { Engine, EngineOptions, LabSetup } from './engine-api';
import { advanceSteps } from './lab-checks';
import { LabLayout } from './lab-layout';
import type { LabDefinition, LabSessionEntry } from './lab-schema';
import { sameCommand } from './same-command';
import { StepsPanel } from './steps-panel';
import { Terminal, type TerminalBlock } from './terminal';

export { labMessages } from './messages';

/** Blocks kept on screen: older ones scroll away (the session itself is kept whole). */
const MAX_BLOCKS = 200;
const SEED = 1;

export interface LabViewProps {
  lab: LabDefinition;
  /** Step id → when it was done. */
  savedSteps: Readonly<Record<string, string>>;
  savedSession: readonly LabSessionEntry[];
  /** Files the learner wrote in the editor, in the session's timeline: written again while the session replays. */
  savedEdits?: readonly LabEdit[];
  readOnly: boolean;
  /** Saves a command of the session; false when it could not be kept (session full). */
  onCommand: (entry: LabSessionEntry) => boolean;
  onStepsDone: (stepIds: string[]) => void;
  /** Saves files the editor wrote (after the commands recorded so far); false when they could not be kept. */
  onFiles?: (files: Record<string, string>) => boolean;
  onResetSession: () => void;
  /** The engine factory; tests pass their own. */
  createEngine?: (setup: LabSetup, options: EngineOptions) => Engine;
  /** Real time, in ms, for the engine's clock; tests pass their own. */
  clock?: () => number;
  /**
   * The workbench editor on the lab folder, for a lab with `editor` files (composed by the app: the labs feature
   * does not know the editor). Made again, on the new engine, when the lab is reset.
   */
  renderEditor?: (folder: LabFolder, files: readonly string[]) => ReactNode;
  /** The workbench's findings on a file, for `lint` checks (composed by the app, like the editor). */
  findings?: (path: string, content: string) => readonly { rule: string }[];
  /** Lines sent in the lab's shell before the lab ran: they run first, after the saved session, and are saved. */
  pendingLines?: readonly string[];
  /** Called once the pending lines ran and were saved (they are not to run again). */
  onPendingRun?: () => void;
  /** The input line as typed in the shell. */
  initialLine?: string;
  /** What had the focus in the lab's shell, as a selector in the lab (lab-shell.tsx): it gets the focus back. */
  focusOnMount?: string | null;
  /** Step id → hints shown (kept from the shell). */
  revealedHints?: Map<string, number>;
}

/** The part of the engine the workbench editor uses. */
export type LabFolder = Pick<Engine, 'readHostFiles' | 'writeHostFiles'>;

/** Files written in the editor after the session's first `after` commands. */
export interface LabEdit {
  after: number;
  files: Record<string, string>;
}

interface Session {
  engine: Engine;
  /** Lines from the shell run at the start, to be saved once the view is there. */
  pending: LabSessionEntry[];
  /** The lab folder as the editor sees it: one per engine (the editor reopens its file when it changes). */
  folder: LabFolder;
  origin: number;
  lines: string[];
  blocks: TerminalBlock[];
}

let nextBlockId = 1;

/** Per engine, what to do once the editor wrote files (set by the view showing that engine). */
const writeListeners = new WeakMap<Engine, (files: Record<string, string>) => void>();

function runLine(engine: Engine, line: string): { block: TerminalBlock; clear: boolean } {
  const prompt = engine.prompt();
  const result = engine.run(line);
  return {
    block: { id: nextBlockId++, prompt, line, stdout: result.stdout, stderr: result.stderr },
    clear: result.clear === true,
  };
}

function startSession(
  lab: LabDefinition,
  saved: readonly LabSessionEntry[],
  factory: (setup: LabSetup, options: EngineOptions) => Engine,
  edits: readonly LabEdit[] = [],
): Session {
  const engine = factory(lab.setup, { seed: SEED });
  const origin = engine.now();
  let blocks: TerminalBlock[] = [];
  const lines: string[] = [];
  // The editor's files are written back at their place in the session, so that each build sees what it saw.
  const writeEdits = (after: number) => {
    for (const edit of edits) if (edit.after === after) engine.writeHostFiles(edit.files, 'merge');
  };
  writeEdits(0);
  for (const [index, entry] of saved.entries()) {
    const wait = entry.at - (engine.now() - origin);
    if (wait > 0) engine.tick(wait);
    const { block, clear } = runLine(engine, entry.line);
    lines.push(entry.line);
    blocks = clear ? [] : [...blocks, block].slice(-MAX_BLOCKS);
    writeEdits(index + 1);
  }
  // Edits placed after more commands than the session kept (a session cut short) are written last.
  for (const edit of edits) if (edit.after > saved.length) engine.writeHostFiles(edit.files, 'merge');
  const folder: LabFolder = {
    readHostFiles: () => engine.readHostFiles(),
    writeHostFiles: (files, mode) => {
      const result = engine.writeHostFiles(files, mode);
      const refused = new Set(result.refused.map((item) => item.path));
      writeListeners.get(engine)?.(Object.fromEntries(Object.entries(files).filter(([path]) => !refused.has(path))));
      return result;
    },
  };
  return { engine, folder, origin, lines, blocks, pending: [] };
}

/** Runs the lines sent in the shell before the lab ran, as if typed now. */
function runPending(session: Session, pendingLines: readonly string[]): Session {
  if (pendingLines.length === 0) return session;
  let { blocks } = session;
  const lines = [...session.lines];
  const pending: LabSessionEntry[] = [];
  for (const line of pendingLines) {
    const at = Math.max(0, Math.round(session.engine.now() - session.origin));
    const { block, clear } = runLine(session.engine, line);
    lines.push(line);
    blocks = clear ? [] : [...blocks, block].slice(-MAX_BLOCKS);
    if (line.trim() !== '') pending.push({ line, at });
  }
  return { ...session, lines, blocks, pending };
}

export function LabView({
  lab,
  savedSteps,
  savedSession,
  savedEdits,
  readOnly,
  onCommand,
  onStepsDone,
  onFiles,
  onResetSession,
  createEngine = createSimulatedEngine,
  clock = () => performance.now(),
  renderEditor,
  findings,
  pendingLines = [],
  onPendingRun,
  initialLine,
  focusOnMount = null,
  revealedHints,
}: LabViewProps) {
  const t = useT();
  // The lab's id in its title's id: two labs of one page, hydrated apart, may get the same useId.
  const titleId = `${lab.id}-${useId()}`;
  const [session, setSession] = useState(() =>
    runPending(startSession(lab, savedSession, createEngine, savedEdits), [...pendingLines]),
  );
  const [filesUnsaved, setFilesUnsaved] = useState(false);
  const [prompt, setPrompt] = useState(() => session.engine.prompt());
  const [sessionFull, setSessionFull] = useState(false);
  // A reset makes a new engine: the editor is made again on it.
  const [generation, setGeneration] = useState(0);
  const [crash, setCrash] = useState<unknown>(null);
  const lastTick = useRef<number | null>(null);
  // Steps done in this page are shown at once, even when the progress cannot be saved.
  const [localDone, setLocalDone] = useState<readonly string[]>([]);
  const done = useMemo(() => new Set([...Object.keys(savedSteps), ...localDone]), [savedSteps, localDone]);

  // A crash while running a command goes to the lesson's error boundary, which offers to reset the lab.
  if (crash !== null) throw crash instanceof Error ? crash : new Error('cours-docker: the lab crashed');

  const checkSteps = (current: Session) => {
    const fresh = advanceSteps(lab.steps, done, {
      view: current.engine.view(),
      commands: current.lines,
      sameCommand,
      ...(findings ? { findings } : {}),
    });
    if (fresh.length === 0) return;
    setLocalDone((current) => [...current, ...fresh]);
    onStepsDone(fresh);
  };

  const recordPending = (current: Session) => {
    const kept = current.pending.map((entry) => onCommand(entry));
    onPendingRun?.();
    if (kept.includes(false)) setSessionFull(true);
  };

  // After a replay on load (and the lines sent from the shell), the state may already satisfy steps the store does
  // not know yet; the shell's lines are saved like any command.
  const checkedOnLoad = useRef(false);
  useEffect(() => {
    if (checkedOnLoad.current) return;
    checkedOnLoad.current = true;
    recordPending(session);
    checkSteps(session);
  });

  const run = (line: string) => {
    try {
      const now = clock();
      if (lastTick.current !== null && now > lastTick.current) session.engine.tick(now - lastTick.current);
      lastTick.current = now;
      const at = Math.max(0, Math.round(session.engine.now() - session.origin));
      const { block, clear } = runLine(session.engine, line);
      const next: Session = {
        ...session,
        lines: [...session.lines, line],
        blocks: clear ? [] : [...session.blocks, block].slice(-MAX_BLOCKS),
      };
      setSession(next);
      setPrompt(session.engine.prompt());
      if (line.trim() !== '' && !onCommand({ line, at })) setSessionFull(true);
      checkSteps(next);
    } catch (error) {
      setCrash(error);
    }
  };

  const reset = () => {
    onResetSession();
    const fresh = startSession(lab, [], createEngine);
    lastTick.current = null;
    setSession(fresh);
    setPrompt(fresh.engine.prompt());
    setSessionFull(false);
    setFilesUnsaved(false);
    setGeneration((value) => value + 1);
  };

  const note = (text: string) =>
    setSession((current) => ({
      ...current,
      blocks: [...current.blocks, { id: nextBlockId++, prompt: '', line: null, stdout: text, stderr: '' }].slice(
        -MAX_BLOCKS,
      ),
    }));

  const notice = readOnly
    ? t('labs.readOnly')
    : sessionFull
      ? t('labs.sessionFull', { n: 500 })
      : filesUnsaved
        ? t('labs.filesUnsaved')
        : null;

  // The editor writes through the session's folder; what it wrote is saved with the session and checked at once.
  useEffect(() => {
    writeListeners.set(session.engine, (written) => {
      if (onFiles && Object.keys(written).length > 0 && !onFiles(written)) setFilesUnsaved(true);
      checkSteps(session);
    });
  });

  return (
    <LabLayout
      titleId={titleId}
      title={lab.title}
      editorKey={generation}
      focusOnMount={focusOnMount}
      editor={renderEditor && lab.editor && lab.editor.length > 0 ? renderEditor(session.folder, lab.editor) : null}
      terminal={
        <Terminal
          blocks={session.blocks}
          prompt={prompt}
          history={session.lines.filter((line) => line.trim() !== '')}
          onRun={run}
          onClear={() => setSession((current) => ({ ...current, blocks: [] }))}
          onNote={note}
          complete={(line, cursor) => session.engine.complete(line, cursor)}
          onReset={reset}
          notice={notice}
          {...(initialLine === undefined ? {} : { initialLine })}
        />
      }
      steps={
        <StepsPanel
          steps={lab.steps}
          done={done}
          labTitleId={titleId}
          {...(revealedHints ? { revealed: revealedHints } : {})}
        />
      }
    />
  );
}
