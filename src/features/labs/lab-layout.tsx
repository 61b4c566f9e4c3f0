/**
 * The frame of a lab: its title, its introduction, the editor (for a workbench lab), the terminal and the steps.
 * Shared by the lab's shell (the prerendered page, before the lab runs) and the running lab, so that one replaces
 * the other without moving anything on the page.
 */
import type { ReactNode, Ref } from 'react';
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
  sectionRef?: Ref<HTMLElement>;
}

export function LabLayout({ titleId, title, editor, editorKey, terminal, steps, sectionRef }: LabLayoutProps) {
  const t = useT();
  return (
    <section ref={sectionRef} className="lab" aria-labelledby={titleId}>
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
