/**
 * The frame of a lab: its title, its introduction, the editor (for a workbench lab), the terminal and the steps.
 * Shared by the lab's shell (the prerendered page, before the lab runs) and the running lab, so that one replaces
 * the other without moving anything on the page.
 */
import { type ReactNode, type RefObject, useLayoutEffect, useRef } from 'react';
import { useT } from '../../lib/i18n';
import './lab.css';

export interface LabLayoutProps {
  titleId: string;
  title: string;
  /** The editor's place, for a lab with files to edit. */
  editor?: ReactNode;
  /** Remakes the editor's place (a reset of the lab makes a new editor on a new engine). */
  editorKey?: number;
  terminal: ReactNode;
  steps: ReactNode;
  sectionRef?: RefObject<HTMLElement | null>;
  /** What to focus once shown, before the first paint (what had the focus in the shell, see lab-shell.tsx). */
  focusOnMount?: string | null;
}

function focusTarget(section: HTMLElement, key: string): HTMLElement | null {
  // The workbench editor's text is in its shadow root.
  if (key === 'editor') {
    return (
      section.querySelector('.workbench-editor__host')?.shadowRoot?.querySelector<HTMLElement>('.cm-content') ?? null
    );
  }
  return section.querySelector<HTMLElement>(key);
}

export function LabLayout({
  titleId,
  title,
  editor,
  editorKey,
  terminal,
  steps,
  sectionRef,
  focusOnMount = null,
}: LabLayoutProps) {
  const t = useT();
  const ownRef = useRef<HTMLElement>(null);
  const ref = sectionRef ?? ownRef;
  const focused = useRef(false);
  useLayoutEffect(() => {
    const section = ref.current;
    if (focused.current || focusOnMount === null || !section) return;
    focused.current = true;
    const target = focusTarget(section, focusOnMount);
    target?.focus({ preventScroll: true });
    if (target instanceof HTMLInputElement) target.setSelectionRange(target.value.length, target.value.length);
  }, [focusOnMount, ref]);
  return (
    <section ref={ref} className="lab" aria-labelledby={titleId}>
      <h2 id={titleId} className="lab__title">
        {t('labs.heading', { title })}
      </h2>
      <p className="lab__intro">{t('labs.intro')}</p>
      {editor ? (
        <div key={editorKey} className="lab__editor">
          {editor}
        </div>
      ) : null}
      <div className="lab__grid">
        {terminal}
        {steps}
      </div>
    </section>
  );
}
