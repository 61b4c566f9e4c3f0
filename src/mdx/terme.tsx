import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../lib/i18n';
import { paths } from '../lib/paths';

/**
 * A glossary term in a lesson. The definition is inlined at build time, so the
 * lesson never loads the glossary. It shows on hover and focus (CSS) and on tap
 * (toggle), and is the button's description for screen readers.
 */
export function Terme({
  id,
  term,
  definition,
  children,
}: {
  id: string;
  term: string;
  definition: string;
  children?: ReactNode;
}) {
  const t = useT();
  const tooltipId = useId();
  const [open, setOpen] = useState(false);
  return (
    <span className="terme" data-open={open ? 'true' : undefined} onMouseLeave={() => setOpen(false)}>
      <button
        type="button"
        className="terme-button"
        aria-expanded={open}
        aria-describedby={tooltipId}
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
        onBlur={(event) => {
          if (!event.currentTarget.parentElement?.contains(event.relatedTarget)) setOpen(false);
        }}
      >
        {children ?? term}
      </button>
      <span role="tooltip" id={tooltipId} className="terme-tooltip">
        <strong>{term}</strong> : {definition}{' '}
        <Link to={paths.glossary.href(id)} className="terme-link" tabIndex={open ? 0 : -1}>
          {t('mdx.term.glossary')}
        </Link>
      </span>
    </span>
  );
}
