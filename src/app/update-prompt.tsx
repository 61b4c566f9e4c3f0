/**
 * Updates without a half-old, half-new app. The service worker (vite-plugin-pwa, workbox; see
 * src/build/pwa/pwa-plugin.ts) precaches the whole build and never takes over by itself: a new
 * version waits until the learner chooses « Recharger » in this notice. Then it activates, and
 * every open tab reloads on `controllerchange`, so no page keeps running old code against the
 * new files.
 */
import { useSyncExternalStore } from 'react';
import { useT } from '../lib/i18n';
import './update-prompt.css';
import { Button } from '../components/ui/button';

let waitingWorker: ServiceWorker | null = null;
let dismissedWorker: ServiceWorker | null = null;
const listeners = new Set<() => void>();

function setWaiting(worker: ServiceWorker) {
  waitingWorker = worker;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

function getSnapshot(): ServiceWorker | null {
  return waitingWorker === dismissedWorker ? null : waitingWorker;
}

function dismiss() {
  dismissedWorker = waitingWorker;
  for (const listener of listeners) listener();
}

function applyUpdate() {
  // The worker activates, claims every tab, and `controllerchange` reloads them (registerServiceWorker).
  waitingWorker?.postMessage({ type: 'SKIP_WAITING' });
}

const HOUR = 60 * 60 * 1000;

/** Registers `${base}sw.js` for the whole course (scope: the base path) and watches for new versions. */
export function registerServiceWorker(base: string): void {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  let controller = container.controller;
  container.addEventListener('controllerchange', () => {
    // The first install only starts controlling this page; a change of controller is a new version.
    if (controller) window.location.reload();
    controller = container.controller;
  });
  container
    .register(`${base}sw.js`, { scope: base })
    .then((registration) => {
      const watch = (worker: ServiceWorker | null) => {
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed' && container.controller) setWaiting(worker);
        });
      };
      if (registration.waiting && container.controller) setWaiting(registration.waiting);
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
      const check = () => void registration.update().catch(() => undefined);
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') check();
      });
      window.setInterval(check, HOUR);
    })
    .catch(() => undefined);
}

/** The notice « Nouvelle version disponible — Recharger »: a polite status, never a blocking dialog. */
export function UpdatePrompt() {
  const t = useT();
  const worker = useSyncExternalStore(subscribe, getSnapshot, () => null);
  return (
    <div className="update-prompt" role="status">
      {worker ? (
        <>
          <p>{t('update.available')}</p>
          <Button type="button" variant="primary" onClick={applyUpdate}>
            {t('update.reload')}
          </Button>
          <Button type="button" onClick={dismiss}>
            {t('update.later')}
          </Button>
        </>
      ) : null}
    </div>
  );
}
