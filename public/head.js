/*
 * The page's one classic script, run in the <head> (inline in a built page, allowed by its CSP
 * hash): the stored theme and language before the first paint; then the app's modules that the
 * build listed in <meta name="cours-docker:modules">, once the page has painted for a returning
 * learner, at the learner's first interaction on a first visit (decision 010).
 * docs/architecture.md ("First paint") explains both; head-script.test.ts tests them.
 */
(function () {
  var root = document.documentElement;
  try {
    var stored = JSON.parse(window.localStorage.getItem('cours-docker:preferences') || 'null');
    var state = stored && stored.state;
    if (!state) return;
    if (state.theme === 'light' || state.theme === 'dark') root.setAttribute('data-theme', state.theme);
    if (state.lang === 'fr' || state.lang === 'en') root.setAttribute('lang', state.lang);
  } catch {
    // Storage disabled or unreadable: keep the defaults (system theme, French).
  }
})();

(function () {
  var started = false;
  var heldClick = null;

  // What says a learner is using the page (each precedes any click, tap or key press that follows
  // it): the same list as the lesson body's gate, src/lib/hydration-gate.ts (head-script.test.ts keeps them equal).
  var INTERACTIONS = [
    'pointerover',
    'pointermove',
    'pointerdown',
    'touchstart',
    'focusin',
    'keydown',
    'wheel',
    'scroll',
  ];

  function moduleUrls() {
    var meta = document.querySelector('meta[name="cours-docker:modules"]');
    return ((meta && meta.getAttribute('content')) || '').split(' ').filter(Boolean);
  }

  function addModule(tag, rel, url) {
    var element = document.createElement(tag);
    element.crossOrigin = '';
    if (tag === 'script') {
      element.type = 'module';
      element.src = url;
    } else {
      element.rel = rel;
      element.href = url;
    }
    document.head.appendChild(element);
    return element;
  }

  function start() {
    if (started) return;
    started = true;
    var urls = moduleUrls();
    if (urls.length === 0) return;
    // The page's chunks first: src/main.tsx imports every modulepreload before hydrating.
    for (var i = 1; i < urls.length; i += 1) addModule('link', 'modulepreload', urls[i]);
    var entry = addModule('script', '', urls[0]);
    // Without its app (offline on a first visit, a blocked script), the page stays plain HTML.
    entry.addEventListener('error', stopHoldingClicks);
  }

  /**
   * A learner on a first visit: nothing the app keeps in this browser (no progress, no
   * preference). The page is then complete as prerendered, and its app starts at the learner's
   * first interaction rather than competing with the page while it shows.
   */
  function firstVisit() {
    try {
      var storage = window.localStorage;
      for (var i = 0; i < storage.length; i += 1) {
        if (String(storage.key(i)).indexOf('cours-docker:') === 0) return false;
      }
      return true;
    } catch {
      // Storage unreadable: nothing says this is a first visit; start as for a returning learner.
      return false;
    }
  }

  function onInteraction() {
    for (var i = 0; i < INTERACTIONS.length; i += 1) {
      window.removeEventListener(INTERACTIONS[i], onInteraction, { capture: true, passive: true });
    }
    start();
  }

  // A click before the app has hydrated would do nothing (a button's action is the app's): it is
  // put aside and made again on the same element once the app says it is ready. A link is left
  // to the browser, which follows it as a plain link.
  function onClick(event) {
    var element = event.target;
    if (!element || typeof element.closest !== 'function' || element.closest('a[href]')) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    heldClick = element;
    start();
  }

  function stopHoldingClicks() {
    window.removeEventListener('click', onClick, true);
    heldClick = null;
  }

  function onReady() {
    var element = heldClick;
    stopHoldingClicks();
    if (!element) return;
    // Out of the app's effect that says so: React renders nothing synchronously from inside one.
    window.setTimeout(function () {
      if (!element.isConnected) return;
      // A part of the page still dehydrated (a route's own boundary) is hydrated by React at once
      // for an event with no action of its own; the click then finds it as the learner saw it.
      element.dispatchEvent(new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 }));
      element.click();
    }, 0);
  }

  function waitForInteraction() {
    for (var i = 0; i < INTERACTIONS.length; i += 1) {
      window.addEventListener(INTERACTIONS[i], onInteraction, { capture: true, passive: true });
    }
    window.addEventListener('click', onClick, true);
    window.addEventListener('cours-docker:ready', onReady);
  }

  // Fetched once the page has painted, evaluated at the interaction: the app's files are then here.
  function prefetch() {
    if (started) return;
    moduleUrls().forEach(function (url) {
      addModule('link', 'prefetch', url);
    });
  }

  function afterFirstPaint(then) {
    // A page opened in a background tab paints nothing: go on now.
    if (document.visibilityState === 'hidden') return then();
    var done = false;
    function once() {
      if (done) return;
      done = true;
      then();
    }
    var Observer = window.PerformanceObserver;
    var types = (Observer && Observer.supportedEntryTypes) || [];
    if (types.indexOf('paint') >= 0) {
      // The browser says when the page's content first painted; the app starts just after.
      new Observer(function (list, observer) {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        window.setTimeout(once, 0);
      }).observe({ type: 'paint', buffered: true });
    } else {
      // Without paint timing: a frame's callbacks run just before it paints, a task queued there after.
      window.requestAnimationFrame(function () {
        window.setTimeout(once, 0);
      });
    }
    // Should no paint come (the tab hidden meanwhile, a page without text), go on anyway.
    window.setTimeout(once, 3000);
  }

  function boot() {
    if (moduleUrls().length === 0) return;
    if (firstVisit()) {
      // Listening from now: an interaction may come before the paint is reported.
      waitForInteraction();
      afterFirstPaint(prefetch);
    } else {
      afterFirstPaint(start);
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
  else boot();
})();
