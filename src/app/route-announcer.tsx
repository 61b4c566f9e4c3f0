import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useT } from '../lib/i18n';

/** How long to wait for a lazily loaded page (or lesson body) to show its heading or anchor. */
const WAIT_MS = 8000;

/** Calls `onFound` with the element `find` returns, now or as soon as it appears; returns a cancel function. */
function whenPresent(find: () => HTMLElement | null, onFound: (element: HTMLElement) => void): () => void {
  const now = find();
  if (now) {
    onFound(now);
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    const element = find();
    if (!element) return;
    stop();
    onFound(element);
  });
  const timer = window.setTimeout(() => stop(), WAIT_MS);
  const stop = () => {
    observer.disconnect();
    window.clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}

function focusWithoutScroll(element: HTMLElement) {
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.setAttribute('tabindex', '-1');
  element.focus({ preventScroll: true });
}

/**
 * After a client-side navigation, does what a full page load does for screen
 * reader and keyboard users: moves focus to the new page's h1 (or to the
 * `#anchor` the link points to, once the lazily loaded content shows it) and
 * announces the new title. On the first load, only scrolls to the anchor:
 * the browser could not, the content was not there yet.
 */
export function RouteAnnouncer() {
  const t = useT();
  const { pathname, hash } = useLocation();
  const [message, setMessage] = useState('');
  const previousPath = useRef<string | null>(null);
  // Reads the current language without making a language switch count as a navigation.
  const announce = useEffectEvent(() => {
    setMessage('');
    window.requestAnimationFrame(() => setMessage(t('app.routeAnnounce', { title: document.title })));
  });

  useEffect(() => {
    const firstLoad = previousPath.current === null;
    const newPage = previousPath.current !== pathname;
    previousPath.current = pathname;
    const anchor = hash ? decodeURIComponent(hash.slice(1)) : '';
    const cancels: (() => void)[] = [];

    if (anchor) {
      cancels.push(
        whenPresent(
          () => document.getElementById(anchor),
          (target) => {
            target.scrollIntoView();
            if (!firstLoad) focusWithoutScroll(target);
          },
        ),
      );
    } else if (!firstLoad) {
      window.scrollTo(0, 0);
    }

    if (newPage && !firstLoad) {
      // Wait for the new page's heading: a lazily loaded route shows it a moment later, with its title.
      cancels.push(
        whenPresent(
          () => document.querySelector<HTMLElement>('main h1'),
          (heading) => {
            if (!anchor) focusWithoutScroll(heading);
            announce();
          },
        ),
      );
    }
    return () => cancels.forEach((cancel) => cancel());
  }, [pathname, hash]);

  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {message}
    </p>
  );
}
