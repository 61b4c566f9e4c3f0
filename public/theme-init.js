/*
 * Applies the learner's stored theme and language before the first paint, so a
 * dark theme never flashes light. A classic blocking script loaded from the
 * <head> of index.html: the site runs under `script-src 'self'`, so no inline script.
 * The key and shape are those of src/features/preferences/preferences-store.ts
 * (theme-init.test.ts checks the two agree). 'system' sets nothing: the CSS
 * follows prefers-color-scheme.
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
