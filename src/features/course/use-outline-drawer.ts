/**
 * The lesson page's course outline as a drawer on small screens: a disclosure
 * button (aria-expanded, aria-controls) opens it over the page; focus moves to
 * the current lesson, Tab stays inside while it covers the page, Escape or a
 * click outside closes it and gives focus back to the button, and it closes
 * when the learner goes to another lesson. On wide screens the outline is a
 * plain column and none of this applies.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** Keep in step with the breakpoint of `.lesson-sidebar` in course.css. */
const DRAWER_MEDIA = '(max-width: 63.99rem)';

function isDrawerMode(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(DRAWER_MEDIA).matches;
}

function focusables(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('a[href], button:not([disabled])')].filter(
    (element) => element.getClientRects().length > 0,
  );
}

export function useOutlineDrawer(lessonId: string) {
  // Open for one lesson: going to another lesson closes it without an effect.
  const [openFor, setOpenFor] = useState<string | null>(null);
  const open = openFor === lessonId;
  const toggleRef = useRef<HTMLButtonElement>(null);
  // Stable, so the outline's memoised entries do not render again with every page render.
  const handleNavigate = useCallback(() => setOpenFor(null), []);
  const drawerRef = useRef<HTMLDivElement>(null);

  const close = (returnFocus: boolean) => {
    setOpenFor(null);
    if (returnFocus) toggleRef.current?.focus();
  };

  // As a column, the outline scrolls on its own: show the current lesson in its middle.
  useEffect(() => {
    const column = drawerRef.current;
    const current = column?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!column || !current || isDrawerMode() || column.scrollHeight <= column.clientHeight) return;
    const offset = current.getBoundingClientRect().top - column.getBoundingClientRect().top;
    column.scrollTop += offset - column.clientHeight / 2;
  }, [lessonId]);

  useEffect(() => {
    const drawer = drawerRef.current;
    if (!open || !drawer || !isDrawerMode()) return;
    const current = drawer.querySelector<HTMLElement>('[aria-current="page"]') ?? focusables(drawer)[0];
    current?.focus({ preventScroll: true });
    current?.scrollIntoView({ block: 'center' });

    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        setOpenFor(null);
        toggleRef.current?.focus();
        return;
      }
      if (event.key !== 'Tab') return;
      // While the drawer covers the page, Tab cycles inside it.
      const items = focusables(drawer);
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    };
    const handlePointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!drawer.contains(target) && !toggleRef.current?.contains(target)) setOpenFor(null);
    };
    drawer.addEventListener('keydown', handleKeyDown);
    document.addEventListener('pointerdown', handlePointerDown);
    return () => {
      drawer.removeEventListener('keydown', handleKeyDown);
      document.removeEventListener('pointerdown', handlePointerDown);
    };
  }, [open]);

  return {
    open,
    toggleRef,
    drawerRef,
    toggle: () => setOpenFor(open ? null : lessonId),
    close,
    /** For the outline's links: a choice made in the drawer closes it. */
    handleNavigate,
  };
}
