/**
 * What a prerendered page hydrates later: the lesson body. Its HTML is on screen from the first
 * paint and reads the same without JavaScript, so the app hydrates the page's frame (header,
 * outline, table of contents) at start and leaves the body as the prerender wrote it until the
 * learner first does something with the page (moves the pointer over it, touches it, scrolls,
 * presses a key, moves the focus, clicks: a screen reader's activation included). Only then is the body's
 * chunk (and its quiz's) fetched and hydrated in place: React keeps a suspended boundary's server
 * HTML as it is, with no second render. docs/decisions/009 says why and what it costs.
 *
 * The gate is armed by main.tsx only when it hydrates a prerendered lesson; a page rendered by the
 * client (a navigation, a page the host answered with another file) never waits.
 */

/** The events that say the learner is using the page. Each precedes any click, tap or key press that follows it. */
export const INTERACTION_EVENTS = [
  'pointerover',
  'pointermove',
  'pointerdown',
  'touchstart',
  'focusin',
  'keydown',
  'wheel',
  'scroll',
] as const;

export type GateState = 'open' | 'armed' | 'released' | 'shown';

export interface HydrationGate {
  readonly state: GateState;
  /** Resolves once the gate is released and what it held is loaded (`load` given to `arm`). */
  readonly released: Promise<void>;
  /** Whether `lessonId`'s body must wait: until the gate is released and what it held has loaded. */
  holds(lessonId: string): boolean;
  /**
   * The server HTML of `lessonId`'s held body, as it was when the gate was armed, until the body
   * is shown. Should React have to render the body again before its chunk is here (an update
   * reaching it while it waits), this copy stands in for it, so the page never blanks.
   */
  heldMarkup(lessonId: string): string | null;
  /**
   * Holds `lessonId`'s body, the element `region`, until the first interaction, then loads it with `load` (its chunks: all of them, so that it hydrates in one go); a second
   * call does nothing.
   */
  arm(lessonId: string, region: Element, load: () => Promise<unknown>): void;
  release(): void;
  /**
   * The held body has hydrated. A click made inside it before then (too quick for its chunk to
   * arrive, which React would drop) was put aside: it is made again now, on the same element.
   */
  shown(): void;
}

interface GateTarget {
  addEventListener(type: string, listener: (event: Event) => void, options: AddEventListenerOptions): void;
  removeEventListener(type: string, listener: (event: Event) => void, options: AddEventListenerOptions): void;
}

export interface GateEnvironment {
  target: GateTarget;
  setTimeout: (callback: () => void, ms: number) => unknown;
}

export function createHydrationGate(environment: () => GateEnvironment): HydrationGate {
  let state: GateState = 'open';
  let heldLesson: string | null = null;
  let loaded = false;
  let markup: string | null = null;
  let resolve: () => void = () => undefined;
  const released = new Promise<void>((done) => {
    resolve = done;
  });
  let disarm: () => void = () => undefined;
  let stopHoldingClicks: () => void = () => undefined;
  let heldClick: HTMLElement | null = null;
  let loadHeld: () => Promise<unknown> = () => Promise.resolve();

  const gate: HydrationGate = {
    get state() {
      return state;
    },
    released,
    holds: (lessonId) => heldLesson === lessonId && !loaded,
    heldMarkup: (lessonId) => (heldLesson === lessonId ? markup : null),
    arm(lessonId, region, load) {
      if (state !== 'open') return;
      state = 'armed';
      heldLesson = lessonId;
      loadHeld = load;
      // Without React's markers around a boundary's server HTML (<!--$--> … <!--/$-->).
      markup = region.innerHTML.replace(/^<!--\$-->/, '').replace(/<!--\/\$-->$/, '');
      const { target } = environment();
      const options: AddEventListenerOptions = { capture: true, passive: true };
      const onInteraction = (event: Event) => {
        // The page scrolled by the learner counts; a part of it the app scrolls itself does not (the outline's
        // column brings the current lesson into view as it hydrates). A learner scrolling such a part moves
        // the pointer, touches or presses a key first.
        if (event.type === 'scroll' && event.target instanceof Element) return;
        gate.release();
      };
      for (const type of INTERACTION_EVENTS) target.addEventListener(type, onInteraction, options);
      disarm = () => {
        for (const type of INTERACTION_EVENTS) target.removeEventListener(type, onInteraction, options);
      };
      const clickOptions: AddEventListenerOptions = { capture: true };
      const onClick = (event: Event) => {
        const element = event.target;
        if (!(element instanceof HTMLElement) || !region.contains(element)) return;
        // Not hydrated yet: React would stop this click and forget it. It is kept for later instead.
        event.preventDefault();
        event.stopImmediatePropagation();
        heldClick = element;
        gate.release();
      };
      target.addEventListener('click', onClick, clickOptions);
      stopHoldingClicks = () => target.removeEventListener('click', onClick, clickOptions);
    },
    release() {
      if (state !== 'armed' && state !== 'open') return;
      disarm();
      state = 'released';
      const done = () => {
        loaded = true;
        resolve();
      };
      // A chunk that fails to load is the body's error boundary's to report (it can retry).
      loadHeld().then(done, done);
    },
    shown() {
      if (state === 'shown') return;
      gate.release();
      stopHoldingClicks();
      state = 'shown';
      markup = null;
      const element = heldClick;
      heldClick = null;
      if (!element) return;
      // Out of the effect that says so (React renders nothing synchronously from inside one).
      environment().setTimeout(() => {
        if (!element.isConnected) return;
        // A part of the body with its own boundary (a quiz) hydrates just after the body. An event
        // with no action of its own comes first: React hydrates the element's part for it, at once,
        // so that the click finds it hydrated and as it was (a radio not yet checked, say).
        element.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }));
        element.click();
      }, 0);
    },
  };
  return gate;
}

/** The page's gate. Listeners go on `window` in the capture phase: they run before React's own, on the root. */
export const hydrationGate = createHydrationGate(() => ({
  target: window,
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
}));
