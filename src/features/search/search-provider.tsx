/**
 * Search, available everywhere inside the app frame: the dialog, its keyboard
 * shortcuts (`/` when not typing in a field, Ctrl/⌘+K anywhere) and the way for
 * any component to open it (`useOpenSearch()`, e.g. the header button and the
 * 404 page). Closing without choosing a result gives focus back to the opener.
 *
 * The dialog itself (its code and stylesheet) is a chunk of its own, out of every page's first
 * load: fetched the first time search is about to open (the pointer or the focus on the header's
 * button, or the opening itself). Should it fail to arrive, a small dialog says so and can try again.
 */
import { createContext, use, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../components/ui/button';
import { useT } from '../../lib/i18n';
import { loadOnce } from '../../lib/load-once';
import type * as SearchDialogModule from './search-dialog';

type DialogModule = typeof SearchDialogModule;

/** The dialog's chunk, fetched once; a failed download is tried again at the next call. */
export const loadSearchDialog: () => Promise<DialogModule> = loadOnce(() => import('./search-dialog'));

/** Starts fetching the dialog when search is likely to open next (the header's button is pointed at or focused). */
export function preloadSearchDialog(): void {
  loadSearchDialog().catch(() => undefined);
}

/** In place of the dialog when its chunk could not be fetched (offline before the course was kept for it). */
function SearchUnavailable({ onRetry, onClose }: { onRetry: () => void; onClose: (restoreFocus: boolean) => void }) {
  const t = useT();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const retryRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    retryRef.current?.focus();
  }, []);
  return (
    <dialog
      ref={dialogRef}
      className="search-unavailable"
      aria-labelledby="search-unavailable-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose(true);
      }}
    >
      <h2 id="search-unavailable-title">{t('search.title')}</h2>
      <p role="alert">{t('search.error')}</p>
      <p className="search-unavailable-actions">
        <Button ref={retryRef} type="button" onClick={onRetry}>
          {t('search.retry')}
        </Button>
        <Button type="button" onClick={() => onClose(true)}>
          {t('search.close')}
        </Button>
      </p>
    </dialog>
  );
}

const SearchContext = createContext<(() => void) | null>(null);

/** Opens the search dialog; null outside a SearchProvider (e.g. the root error page), where there is no search to offer. */
export function useOpenSearch(): (() => void) | null {
  return use(SearchContext);
}

function isTypingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

export function SearchProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const isOpen = useRef(false);
  const opener = useRef<HTMLElement | null>(null);
  // The dialog's chunk once it is here; 'failed' when it could not be fetched.
  const [dialog, setDialog] = useState<DialogModule | 'failed' | null>(null);

  const fetchDialog = useCallback(() => {
    loadSearchDialog().then(
      (module) => setDialog(module),
      () => setDialog('failed'),
    );
  }, []);

  const openSearch = useCallback(() => {
    if (isOpen.current) return;
    isOpen.current = true;
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    setOpen(true);
    fetchDialog();
  }, [fetchDialog]);

  const closeSearch = useCallback((restoreFocus: boolean) => {
    isOpen.current = false;
    setOpen(false);
    const target = opener.current;
    opener.current = null;
    if (restoreFocus && target?.isConnected) target.focus();
  }, []);

  useEffect(() => {
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const commandK =
        event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingIn(event.target);
      if (!commandK && !slash) return;
      event.preventDefault();
      openSearch();
    };
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [openSearch]);

  return (
    <SearchContext value={openSearch}>
      {children}
      {dialog !== null && dialog !== 'failed' ? (
        <dialog.SearchDialog open={open} onClose={closeSearch} />
      ) : open && dialog === 'failed' ? (
        <SearchUnavailable
          onRetry={() => {
            setDialog(null);
            fetchDialog();
          }}
          onClose={closeSearch}
        />
      ) : null}
    </SearchContext>
  );
}
