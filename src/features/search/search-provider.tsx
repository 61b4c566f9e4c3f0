/**
 * Search, available everywhere inside the app frame: the dialog, its keyboard
 * shortcuts (`/` when not typing in a field, Ctrl/⌘+K anywhere) and the way for
 * any component to open it (`useOpenSearch()`, e.g. the header button and the
 * 404 page). Closing without choosing a result gives focus back to the opener.
 */
import { createContext, use, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { SearchDialog } from './search-dialog';

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

  const openSearch = useCallback(() => {
    if (isOpen.current) return;
    isOpen.current = true;
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    setOpen(true);
  }, []);

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
      <SearchDialog open={open} onClose={closeSearch} />
    </SearchContext>
  );
}
