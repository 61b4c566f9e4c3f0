/**
 * The search dialog: a native modal <dialog> (focus kept inside, the page
 * behind inert) holding a combobox: the input keeps focus, arrows move the
 * active result (aria-activedescendant), Enter opens it, Escape closes.
 * The engine and its index are loaded the first time the dialog opens.
 * Results are course content: marked lang="fr" whatever the interface language.
 */
import { Fragment, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { CloseIcon, SearchIcon } from '../../components/ui/icons';
import { useT } from '../../lib/i18n';
import type { Segment } from './highlight';
import type { SearchEngine } from './search-engine';
import type { SearchHit } from './search-index';
import './search.css';
import { Button } from '../../components/ui/button';

/** 'idle' until the engine is loaded (shown as loading), 'error' when it could not be. */
type EngineState = { status: 'idle' | 'error' } | { status: 'ready'; search: SearchEngine };

function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((segment, index) =>
    segment.match ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>,
  );
}

export function SearchDialog({ open, onClose }: { open: boolean; onClose: (restoreFocus: boolean) => void }) {
  const t = useT();
  const navigate = useNavigate();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [engine, setEngine] = useState<EngineState>({ status: 'idle' });
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);

  const loading = useRef(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      inputRef.current?.focus();
      inputRef.current?.select();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  // The engine (MiniSearch and the index) is fetched the first time the dialog opens, never before.
  useEffect(() => {
    if (!open || engine.status !== 'idle' || loading.current) return;
    loading.current = true;
    import('./search-engine')
      .then((module) => module.loadSearchEngine())
      .then((search) => setEngine({ status: 'ready', search }))
      .catch(() => setEngine({ status: 'error' }))
      .finally(() => {
        loading.current = false;
      });
  }, [open, engine.status]);

  const hits = useMemo<SearchHit[]>(() => (engine.status === 'ready' ? engine.search(query) : []), [engine, query]);
  const activeIndex = hits.length === 0 ? -1 : Math.min(active, hits.length - 1);
  const optionId = (index: number) => `${id}-hit-${index}`;
  const listId = `${id}-results`;

  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
    // optionId only depends on id, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeIndex]);

  const go = (hit: SearchHit) => {
    onClose(false);
    void navigate(hit.path);
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[activeIndex];
      if (hit) go(hit);
    }
  };

  const handleDialogKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // Closed here rather than by the browser, so an input of type search does not just clear itself first.
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose(true);
      return;
    }
    // Tab cycles inside the dialog rather than leaving for the browser's interface.
    if (event.key !== 'Tab') return;
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>('button, input')];
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  let status: string;
  if (engine.status === 'error') status = t('search.error');
  else if (engine.status !== 'ready') status = t('search.loading');
  else if (query.trim() === '') status = t('search.prompt');
  else if (hits.length === 0) status = `${t('search.empty', { query: query.trim() })} ${t('search.emptyHint')}`;
  else status = hits.length === 1 ? t('search.countOne') : t('search.countMany', { n: hits.length });

  const expanded = hits.length > 0;
  return (
    // Native <dialog>: Escape and a click on the backdrop close it; the handlers only route them to onClose.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={dialogRef}
      className="search-dialog"
      aria-labelledby={`${id}-title`}
      onKeyDown={handleDialogKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onClose(true);
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose(true);
      }}
    >
      <div className="search-panel">
        <div className="search-head">
          <h2 id={`${id}-title`} className="search-title">
            {t('search.title')}
          </h2>
          <button
            type="button"
            className="icon-button"
            onClick={() => onClose(true)}
            aria-label={t('search.close')}
            title={t('search.close')}
          >
            <CloseIcon />
          </button>
        </div>
        <div className="search-field">
          <SearchIcon />
          <input
            ref={inputRef}
            id={`${id}-input`}
            type="search"
            role="combobox"
            aria-label={t('search.label')}
            aria-describedby={`${id}-help`}
            aria-expanded={expanded}
            aria-controls={expanded ? listId : undefined}
            aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
            aria-autocomplete="list"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            enterKeyHint="go"
            placeholder={t('search.placeholder')}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
            }}
            onKeyDown={handleKeyDown}
          />
        </div>
        <p id={`${id}-help`} className="search-help">
          {t('search.help')}
        </p>
        <p role="status" className={`search-status search-status-${engine.status}`}>
          {status}
        </p>
        {engine.status === 'error' ? (
          <p>
            <Button type="button" onClick={() => setEngine({ status: 'idle' })}>
              {t('search.retry')}
            </Button>
          </p>
        ) : null}
        {expanded ? (
          <ul role="listbox" id={listId} aria-label={t('search.results')} className="search-results">
            {hits.map((hit, index) => (
              // The input keeps focus and handles the keyboard (combobox pattern); a click picks the option.
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events
              <li
                key={hit.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                aria-labelledby={`${optionId(index)}-title`}
                aria-describedby={`${optionId(index)}-excerpt`}
                className="search-hit"
                onClick={() => go(hit)}
                onMouseMove={() => {
                  if (index !== activeIndex) setActive(index);
                }}
              >
                <span className="search-hit-context">
                  {hit.kind === 'glossary' ? t('search.glossary') : hit.module}
                </span>
                <span id={`${optionId(index)}-title`} className="search-hit-title" lang="fr">
                  <Marked segments={hit.title} />
                  {hit.heading.length > 0 ? (
                    <>
                      <span aria-hidden="true" className="search-hit-separator">
                        {' › '}
                      </span>
                      <span className="visually-hidden">, </span>
                      <Marked segments={hit.heading} />
                    </>
                  ) : null}
                </span>
                <span id={`${optionId(index)}-excerpt`} className="search-hit-excerpt" lang="fr">
                  <Marked segments={hit.excerpt} />
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </dialog>
  );
}
