/**
 * A lab before it runs: what the prerendered page shows, and what the page keeps showing until the lab is needed.
 * Its frame, title, steps (with the learner's progress once the store has it) and terminal are the running lab's
 * own components, so the lab takes its place without moving anything. Nothing heavy here: the simulated engine
 * loads when the shell comes near the viewport or on the first interaction with it (focus, pointer, key), which
 * `onWanted` asks for. Until then the terminal says it is starting; a line typed is kept, a line sent is queued
 * and runs first thing in the lab, hints shown stay shown (all of it carried in the `LabHandover`).
 */
import { type ReactNode, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { LabDefinition } from './lab-schema';
import { LabLayout } from './lab-layout';
import { StepsPanel } from './steps-panel';
import { Terminal, type TerminalBlock } from './terminal';

/** What the shell hands to the running lab (one per lab on the page, kept across the swap). */
export class LabHandover {
  /** The input line as typed. */
  line = '';
  /** Lines sent before the lab ran, oldest first. */
  readonly queue: string[] = [];
  /** What had the focus in the shell (a selector in the lab, see `focusKey`), for the lab to give it back. */
  focus: string | null = null;
  /** A press (pointer or key) is under way in the shell: the lab waits for its click before taking the shell's place. */
  private pressing = false;
  private waiting: (() => void)[] = [];
  /** Step id → hints shown. */
  readonly hints = new Map<string, number>();

  setLine(line: string): void {
    this.line = line;
  }

  send(line: string): readonly string[] {
    this.queue.push(line);
    return [...this.queue];
  }

  /** The lab ran the lines sent: a lab made again later (reset after a crash) does not run them again. */
  clearQueue(): void {
    this.queue.length = 0;
  }

  setFocus(key: string | null): void {
    this.focus = key;
  }

  press(): void {
    this.pressing = true;
  }

  release(): void {
    this.pressing = false;
    for (const callback of this.waiting.splice(0)) callback();
  }

  /** Runs `callback` now, or once the press under way is over (its click then lands in the shell, not in a void). */
  whenIdle(callback: () => void): void {
    if (this.pressing) this.waiting.push(callback);
    else callback();
  }
}

/** How far below (or above) the viewport the lab starts loading: half a phone screen or so ahead, so that it is ready when it shows. */
export const LAB_ROOT_MARGIN = '400px 0px';

/**
 * A selector that finds, in the running lab, the element matching the one focused in the shell: the command line,
 * the output, a step's hint button, the open file's tab, or the file's text (`editor`: the running editor's own).
 */
export function focusKey(element: Element): string | null {
  if (element.matches('.terminal__input')) return '.terminal__input';
  if (element.matches('.terminal__output')) return '.terminal__output';
  if (element.matches('.workbench-editor__tab')) return '.workbench-editor__tab[aria-selected="true"]';
  if (element.matches('.workbench-shell__code')) return 'editor';
  const step = element.closest('.lab-step');
  if (element.matches('.lab-step__hint') && step?.parentElement) {
    return `.lab-step:nth-child(${[...step.parentElement.children].indexOf(step) + 1}) .lab-step__hint`;
  }
  return null;
}

const noCompletion = () => ({ from: 0, candidates: [] });
const nothing = () => undefined;

export interface LabShellProps {
  lab: LabDefinition;
  /** Step id → when it was done (the learner's progress). */
  savedSteps: Readonly<Record<string, string>>;
  handover: LabHandover;
  /** The lab is needed: near the viewport, or something in it was focused, pressed or typed in. */
  onWanted: () => void;
  /** The editor's shell, for a workbench lab (composed by the app). */
  editor?: ReactNode;
}

export function LabShell({ lab, savedSteps, handover, onWanted, editor }: LabShellProps) {
  const titleId = `${lab.id}-${useId()}`;
  const sectionRef = useRef<HTMLElement>(null);
  const [queue, setQueue] = useState<readonly string[]>(() => [...handover.queue]);
  const done = useMemo(() => new Set(Object.keys(savedSteps)), [savedSteps]);
  const wanted = useRef(onWanted);
  useLayoutEffect(() => {
    wanted.current = onWanted;
  });

  useEffect(() => {
    const section = sectionRef.current;
    if (!section) return;
    const events = ['focusin', 'pointerdown', 'keydown'] as const;
    let observer: IntersectionObserver | null = null;
    const stop = () => {
      observer?.disconnect();
      for (const type of events) section.removeEventListener(type, want);
    };
    function want() {
      stop();
      wanted.current();
    }
    if (typeof IntersectionObserver === 'function') {
      observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && want(), {
        rootMargin: LAB_ROOT_MARGIN,
      });
      observer.observe(section);
    }
    for (const type of events) section.addEventListener(type, want);
    return stop;
  }, []);

  // Where the focus is, and whether a press is under way, known before the lab renders in the shell's place.
  useEffect(() => {
    const section = sectionRef.current;
    if (!section) return;
    const onFocus = (event: FocusEvent) =>
      handover.setFocus(event.type === 'focusin' && event.target instanceof Element ? focusKey(event.target) : null);
    const onPress = () => handover.press();
    // After the click that follows a release, whichever handler runs it.
    const onRelease = () => setTimeout(() => handover.release(), 0);
    section.addEventListener('focusin', onFocus);
    section.addEventListener('focusout', onFocus);
    section.addEventListener('pointerdown', onPress);
    section.addEventListener('keydown', onPress);
    for (const type of ['pointerup', 'pointercancel', 'keyup'] as const) document.addEventListener(type, onRelease);
    return () => {
      section.removeEventListener('focusin', onFocus);
      section.removeEventListener('focusout', onFocus);
      section.removeEventListener('pointerdown', onPress);
      section.removeEventListener('keydown', onPress);
      for (const type of ['pointerup', 'pointercancel', 'keyup'] as const)
        document.removeEventListener(type, onRelease);
    };
  }, [handover]);

  const blocks = useMemo<TerminalBlock[]>(
    () => queue.map((line, index) => ({ id: -1 - index, prompt: '$ ', line, stdout: '', stderr: '' })),
    [queue],
  );

  return (
    <LabLayout
      sectionRef={sectionRef}
      titleId={titleId}
      title={lab.title}
      editor={editor}
      terminal={
        <Terminal
          starting
          blocks={blocks}
          prompt="$ "
          history={queue.filter((line) => line.trim() !== '')}
          onRun={(line) => {
            setQueue(handover.send(line));
            wanted.current();
          }}
          onClear={nothing}
          onNote={nothing}
          complete={noCompletion}
          onReset={nothing}
          notice={null}
          initialLine={handover.line}
          onLineChange={(line) => handover.setLine(line)}
        />
      }
      steps={<StepsPanel steps={lab.steps} done={done} labTitleId={titleId} revealed={handover.hints} quiet />}
    />
  );
}
