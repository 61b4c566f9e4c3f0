import type { ReactNode } from 'react';
import { useT } from '../lib/i18n';

import { calloutTypes, type CalloutType } from '../lib/lesson-components';

const icons: Record<CalloutType, string> = { info: 'ℹ', warning: '⚠', tip: '💡' };

function isCalloutType(value: unknown): value is CalloutType {
  return (calloutTypes as readonly unknown[]).includes(value);
}

/** A highlighted aside; its type is said in words (not colour alone) through its label. */
export function Callout({ type, title, children }: { type?: string; title?: string; children?: ReactNode }) {
  const t = useT();
  const kind = isCalloutType(type) ? type : calloutTypes[0];
  return (
    <aside className={`callout callout-${kind}`} aria-label={title ?? t(`mdx.callout.${kind}`)}>
      <p className="callout-title">
        <span aria-hidden="true" className="callout-icon">
          {icons[kind]}
        </span>{' '}
        {title ?? t(`mdx.callout.${kind}`)}
      </p>
      <div className="callout-body">{children}</div>
    </aside>
  );
}
