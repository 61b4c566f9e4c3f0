/**
 * The lab's terminal: an output log and one input line, driven by an engine (engine-api.ts).
 * Output is rendered as text only (terminal-text.ts); the log region announces each command's
 * output once, politely, by itself (role="log"): nothing else announces it again.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useT } from '../../lib/i18n';
import type { Completion } from './engine-api';
import { cleanInput, cleanOutput, commonPrefix } from './terminal-text';
import { Button } from '../../components/ui/button';

export interface TerminalBlock {
  id: number;
  prompt: string;
  /** The command line, or null for a note (completion candidates). */
  line: string | null;
  stdout: string;
  stderr: string;
}

export interface TerminalProps {
  blocks: readonly TerminalBlock[];
  prompt: string;
  /** Commands already run, oldest first, for ↑/↓. */
  history: readonly string[];
  onRun: (line: string) => void;
  onClear: () => void;
  onNote: (text: string) => void;
  complete: (line: string, cursor: number) => Completion;
  onReset: () => void;
  /** A line under the actions (session full, read-only…), or null. */
  notice: string | null;
  /**
   * The lab is not running yet (the page shows its shell): the output says so, a line sent is queued by `onRun`
   * (it runs once the lab is there), completion finds nothing, and copying and resetting wait for the lab.
   */
  starting?: boolean;
  /** What the input line holds at first (a line typed in the shell, carried into the lab). */
  initialLine?: string;
  /** Every change of the input line (the shell keeps it for the lab). */
  onLineChange?: (line: string) => void;
}

/**
 * Scrolls the page the least needed for the input line to be inside the visual viewport (the part of
 * the page a phone's keyboard does not cover), its bottom edge a little above the viewport's bottom.
 */
function keepFormInView(form: HTMLFormElement | null) {
  const page = typeof document === 'undefined' ? null : document.scrollingElement;
  if (!form || !page) return;
  const viewport = window.visualViewport;
  const top = viewport ? viewport.offsetTop : 0;
  const bottom = viewport ? viewport.offsetTop + viewport.height : window.innerHeight;
  const rect = form.getBoundingClientRect();
  const margin = 8;
  if (rect.bottom + margin > bottom) page.scrollTop += rect.bottom + margin - bottom;
  else if (rect.top < top) page.scrollTop -= top - rect.top + margin;
}

export function Terminal({
  blocks,
  prompt,
  history,
  onRun,
  onClear,
  onNote,
  complete,
  onReset,
  notice,
  starting = false,
  initialLine = '',
  onLineChange,
}: TerminalProps) {
  const t = useT();
  const inputId = useId();
  const keysId = useId();
  const startingId = useId();
  const [line, setLineState] = useState(initialLine);
  const setLine = (next: string) => {
    setLineState(next);
    onLineChange?.(next);
  };
  const [historyIndex, setHistoryIndex] = useState<number | null>(null);
  const [draft, setDraft] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const outputRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  /** Set by a command sent from this terminal: the next render brings the input line into view. */
  const followRef = useRef(false);

  // New output: the log scrolls to its end; once the new output is laid out (it may push the input
  // down), the page brings the input line, and the output's last line just above it, back into view.
  useEffect(() => {
    const output = outputRef.current;
    if (output) output.scrollTop = output.scrollHeight;
    if (followRef.current || document.activeElement === inputRef.current) keepFormInView(formRef.current);
    followRef.current = false;
  }, [blocks]);

  // A phone's keyboard opening shrinks the visual viewport: the input line moves back above it.
  useEffect(() => {
    const viewport = typeof window === 'undefined' ? undefined : window.visualViewport;
    if (!viewport) return;
    const keepInputVisible = () => {
      if (document.activeElement === inputRef.current) keepFormInView(formRef.current);
    };
    viewport.addEventListener('resize', keepInputVisible);
    return () => viewport.removeEventListener('resize', keepInputVisible);
  }, []);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = cleanInput(line);
    setLine('');
    setHistoryIndex(null);
    setDraft('');
    followRef.current = true;
    onRun(clean);
  };

  const recall = (direction: -1 | 1) => {
    if (history.length === 0) return;
    const current = historyIndex ?? history.length;
    const next = Math.min(history.length, Math.max(0, current + direction));
    if (next === current) return;
    if (historyIndex === null) setDraft(line);
    setHistoryIndex(next === history.length ? null : next);
    setLine(next === history.length ? draft : (history[next] ?? ''));
  };

  const tabComplete = (input: HTMLInputElement) => {
    const cursor = input.selectionStart ?? line.length;
    const { from, candidates } = complete(line, cursor);
    if (candidates.length === 0) return;
    const typed = line.slice(from, cursor);
    const shared = candidates.length === 1 ? (candidates[0] ?? '') : commonPrefix(candidates);
    if (shared.length > typed.length) {
      const suffix = candidates.length === 1 && !/[/=:]$/.test(shared) ? ' ' : '';
      const next = line.slice(0, from) + shared + suffix + line.slice(cursor);
      setLine(next);
      const caret = from + shared.length + suffix.length;
      requestAnimationFrame(() => input.setSelectionRange(caret, caret));
    } else if (candidates.length > 1) {
      onNote(t('labs.candidates', { list: candidates.slice(0, 60).join('  ') }));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowUp') {
      event.preventDefault();
      recall(-1);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      recall(1);
    } else if (event.key === 'Tab' && !event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey) {
      // An empty line lets Tab move on, so the keyboard never gets stuck in the terminal.
      if (line.trim() === '') return;
      event.preventDefault();
      tabComplete(event.currentTarget);
    } else if ((event.key === 'l' || event.key === 'L') && event.ctrlKey && !event.altKey && !event.metaKey) {
      event.preventDefault();
      onClear();
    }
  };

  const copy = async () => {
    const text = blocks
      .map((block) =>
        [block.line === null ? '' : `${block.prompt}${block.line}`, block.stdout, block.stderr]
          .filter((part) => part !== '')
          .join('\n'),
      )
      .join('\n');
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('labs.copied'));
    } catch {
      setStatus(t('labs.copyFailed'));
    }
  };

  return (
    <div className="terminal">
      {/* Focusable so that a keyboard can scroll the output (it scrolls on its own). */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard */}
      <div ref={outputRef} className="terminal__output" role="log" aria-label={t('labs.output')} tabIndex={0}>
        {starting ? (
          <p id={startingId} className="terminal__starting">
            {t('labs.starting')}
          </p>
        ) : null}
        {blocks.map((block) => (
          <div key={block.id} className="terminal__block">
            {block.line === null ? null : (
              <div className="terminal__command">
                <span className="terminal__prompt">{cleanOutput(block.prompt)}</span>
                {block.line}
              </div>
            )}
            {block.stdout === '' ? null : <pre className="terminal__stdout">{cleanOutput(block.stdout)}</pre>}
            {block.stderr === '' ? null : <pre className="terminal__stderr">{cleanOutput(block.stderr)}</pre>}
          </div>
        ))}
      </div>
      <form ref={formRef} className="terminal__form" onSubmit={submit}>
        <label className="terminal__prompt terminal__prompt--input" htmlFor={inputId} aria-hidden="true">
          {cleanOutput(prompt)}
        </label>
        <input
          ref={inputRef}
          id={inputId}
          className="terminal__input"
          type="text"
          aria-label={t('labs.input')}
          aria-describedby={starting ? `${startingId} ${keysId}` : keysId}
          value={line}
          onChange={(event) => {
            setLine(event.target.value);
            setHistoryIndex(null);
          }}
          onKeyDown={onKeyDown}
          onFocus={() => keepFormInView(formRef.current)}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="send"
          maxLength={4096}
        />
        <Button type="submit" className="terminal__run">
          {t('labs.run')}
        </Button>
      </form>
      <p id={keysId} className="terminal__keys">
        {t('labs.keys')}
      </p>
      <div className="terminal__actions">
        <Button type="button" disabled={starting} onClick={() => void copy()}>
          {t('labs.copy')}
        </Button>
        {confirming ? null : (
          <Button ref={resetRef} type="button" disabled={starting} onClick={() => setConfirming(true)}>
            {t('labs.reset')}
          </Button>
        )}
      </div>
      {confirming ? (
        <div className="terminal__confirm" role="group" aria-label={t('labs.reset')}>
          <p>{t('labs.resetConfirm')}</p>
          <p className="terminal__actions">
            <Button
              ref={confirmRef}
              type="button"
              variant="primary"
              onClick={() => {
                setConfirming(false);
                setStatus(t('labs.resetDone'));
                onReset();
                inputRef.current?.focus();
              }}
            >
              {t('labs.resetYes')}
            </Button>
            <Button
              type="button"
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => resetRef.current?.focus());
              }}
            >
              {t('labs.resetNo')}
            </Button>
          </p>
        </div>
      ) : null}
      <p className="terminal__status" role="status">
        {status}
      </p>
      {notice === null ? null : <p className="terminal__notice">{notice}</p>}
    </div>
  );
}
