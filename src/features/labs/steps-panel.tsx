/**
 * The lab's steps: each goal, its hints revealed one at a time, its state, and the explanation
 * once done. A step turning done is announced once, in a polite status line.
 */
import { Fragment, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../lib/i18n';
import type { LabStep } from './lab-schema';
import { Button } from '../../components/ui/button';

/** Plain text with `code` between backticks; never markup. */
export function InlineCode({ text }: { text: string }): ReactNode {
  const parts = text.split('`');
  return parts.map((part, index) =>
    index % 2 === 1 && index < parts.length - 1 ? (
      <code key={index}>{part}</code>
    ) : (
      <Fragment key={index}>{index % 2 === 1 ? `\`${part}` : part}</Fragment>
    ),
  );
}

interface StepProps {
  step: LabStep;
  index: number;
  done: boolean;
  current: boolean;
  revealed: Map<string, number> | undefined;
}

function Step({ step, index, done, current, revealed }: StepProps) {
  const t = useT();
  const [shown, setShownState] = useState(() => revealed?.get(step.id) ?? 0);
  const setShown = (next: number) => {
    setShownState(next);
    revealed?.set(step.id, next);
  };
  return (
    <li className={`lab-step${done ? ' lab-step--done' : ''}`} aria-current={current ? 'step' : undefined}>
      <p className="lab-step__title">
        <span className="lab-step__mark" aria-hidden="true">
          {done ? '✓' : '○'}
        </span>{' '}
        <strong>{t('labs.step', { n: index + 1 })}</strong> — {done ? t('labs.state.done') : t('labs.state.todo')}
      </p>
      <p className="lab-step__goal">
        <InlineCode text={step.goal} />
      </p>
      {shown > 0 ? (
        <ul className="lab-step__hints">
          {step.hints.slice(0, shown).map((hint, hintIndex) => (
            <li key={hintIndex}>
              <span className="lab-step__hint-label">{t('labs.hintItem', { n: hintIndex + 1 })}</span>{' '}
              <InlineCode text={hint} />
            </li>
          ))}
        </ul>
      ) : null}
      {!done && shown < step.hints.length ? (
        <Button type="button" className="lab-step__hint" onClick={() => setShown(shown + 1)}>
          {t('labs.hint', { n: shown + 1, total: step.hints.length })}
        </Button>
      ) : null}
      {done ? (
        <p className="lab-step__explanation">
          <InlineCode text={step.explanation} />
        </p>
      ) : null}
    </li>
  );
}

export function StepsPanel({
  steps,
  done,
  labTitleId,
  revealed,
  quiet = false,
}: {
  steps: readonly LabStep[];
  done: ReadonlySet<string>;
  /** The lab's title: named with it, the steps of two labs on one page are two distinct regions. */
  labTitleId?: string;
  /** Step id → hints shown, kept outside the panel: the hints shown in the lab's shell stay shown in the lab. */
  revealed?: Map<string, number>;
  /** Announces nothing (the lab's shell: the learner's progress arriving after hydration is no news). */
  quiet?: boolean;
}) {
  const t = useT();
  const headingId = `${labTitleId ?? 'lab'}-steps-${useId()}`;
  const count = steps.filter((step) => done.has(step.id)).length;
  const currentIndex = steps.findIndex((step) => !done.has(step.id));
  const [announcement, setAnnouncement] = useState('');
  // Steps already done when the panel appears are not announced; each later one is, once.
  const announced = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (quiet) return;
    if (announced.current === null) {
      announced.current = new Set(done);
      return;
    }
    const seen = announced.current;
    const fresh = steps.filter((step) => done.has(step.id) && !seen.has(step.id));
    if (fresh.length === 0) return;
    for (const step of fresh) seen.add(step.id);
    const last = fresh[fresh.length - 1];
    if (!last) return;
    const messages = fresh.map((step) =>
      t('labs.stepDone', { n: steps.indexOf(step) + 1, goal: step.goal.replaceAll('`', '') }),
    );
    if (seen.size >= steps.length) messages.push(t('labs.allDone'));
    setAnnouncement(messages.join(' '));
  }, [done, steps, t, quiet]);

  return (
    <section className="lab-steps" aria-labelledby={labTitleId ? `${headingId} ${labTitleId}` : headingId}>
      <h3 id={headingId} className="lab-steps__heading">
        {t('labs.steps')}
      </h3>
      <p className="lab-steps__progress">{t('labs.stepsProgress', { done: count, total: steps.length })}</p>
      <ol className="lab-steps__list">
        {steps.map((step, index) => (
          <Step
            key={step.id}
            step={step}
            index={index}
            done={done.has(step.id)}
            current={index === currentIndex}
            revealed={revealed}
          />
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
