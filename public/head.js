/*
 * The page's one classic script, run in the <head> (inline in a built page, allowed by its CSP
 * hash): the stored theme and language before the first paint; then, once the page has painted,
 * the app's modules that the build listed in <meta name="cours-docker:modules">.
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
  }

  function start() {
    if (started) return;
    started = true;
    var meta = document.querySelector('meta[name="cours-docker:modules"]');
    var urls = ((meta && meta.getAttribute('content')) || '').split(' ').filter(Boolean);
    if (urls.length === 0) return;
    // The page's chunks first: src/main.tsx imports every modulepreload before hydrating.
    for (var i = 1; i < urls.length; i += 1) addModule('link', 'modulepreload', urls[i]);
    addModule('script', '', urls[0]);
  }

  function afterFirstPaint() {
    // A page opened in a background tab paints nothing: start now.
    if (document.visibilityState === 'hidden') return start();
    var Observer = window.PerformanceObserver;
    var types = (Observer && Observer.supportedEntryTypes) || [];
    if (types.indexOf('paint') >= 0) {
      // The browser says when the page's content first painted; the app starts just after.
      new Observer(function (list, observer) {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return;
        observer.disconnect();
        window.setTimeout(start, 0);
      }).observe({ type: 'paint', buffered: true });
    } else {
      // Without paint timing: a frame's callbacks run just before it paints, a task queued there after.
      window.requestAnimationFrame(function () {
        window.setTimeout(start, 0);
      });
    }
    // Should no paint come (the tab hidden meanwhile, a page without text), the app starts anyway.
    window.setTimeout(start, 3000);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterFirstPaint);
  else afterFirstPaint();
})();
