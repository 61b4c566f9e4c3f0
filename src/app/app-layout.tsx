import { Suspense } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { LanguageSwitch, ThemeSwitch } from '../features/preferences/preference-switches';
import { SearchButton } from '../features/search/search-button';
import { SearchProvider } from '../features/search/search-provider';
import { useT } from '../lib/i18n';
import { paths } from '../lib/paths';
import { StorageNotice } from '../features/progress/storage-notice';
import { ClientOnly } from './client-only';
import { RouteAnnouncer } from './route-announcer';
import { useDueCardCount } from './review-bindings';

/** « Révisions », with the number of questions due when there are some. */
function ReviewNavLink() {
  const t = useT();
  const due = useDueCardCount();
  return (
    <NavLink to={paths.review.href()}>
      {t('app.nav.review')}
      {due > 0 && (
        <>
          {' '}
          <span className="nav-count">{t('app.nav.reviewDue', { n: due })}</span>
        </>
      )}
    </NavLink>
  );
}

/**
 * The frame around every page: skip link, header (brand, main navigation,
 * search, theme and language), main landmark, footer. Search is available on
 * every page inside this frame (`useOpenSearch()` from features/search).
 */
export function AppLayout() {
  const t = useT();
  return (
    <SearchProvider>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="site-header">
        <Link to={paths.home.href()} className="site-brand">
          <span aria-hidden="true" className="site-logo">
            ▣
          </span>{' '}
          {t('app.name')}
        </Link>
        <nav aria-label={t('app.nav.main')} className="site-nav">
          <ul>
            <li>
              <NavLink to={paths.home.href()} end>
                {t('app.nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.glossary.href()}>{t('app.nav.glossary')}</NavLink>
            </li>
            <li>
              <NavLink to={paths.progress.href()}>{t('app.nav.progress')}</NavLink>
            </li>
            <li>
              <ReviewNavLink />
            </li>
          </ul>
        </nav>
        <div className="header-search">
          <SearchButton />
        </div>
        <div className="header-prefs">
          <ThemeSwitch />
          <LanguageSwitch />
        </div>
      </header>
      <ClientOnly>
        <StorageNotice />
      </ClientOnly>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={null}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer.credit')}</p>
        <p>{t('app.footer.privacy')}</p>
      </footer>
      <RouteAnnouncer />
    </SearchProvider>
  );
}
