import { patternPages } from '../../lib/pages';
import { Link } from 'react-router';
import { CourseOutlineNav } from '../../features/course/course-outline-nav';
import { useKnownOutline } from '../../features/course/known-outline';
import { useOpenSearch } from '../../features/search/search-provider';
import { useT } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { useProgressLookup } from '../progress-bindings';
import { usePageTitle } from '../use-page-title';
import { Button, buttonClass } from '../../components/ui/button';
import './not-found-route.css';

/** The 404 page: says so plainly, and offers the way home, search and the whole outline. */
export function NotFoundRoute() {
  const t = useT();
  usePageTitle(t(patternPages.notFound.title));
  const lookup = useProgressLookup();
  const openSearch = useOpenSearch();
  // The map lists every module's lessons: the 404 page hydrates with the whole outline (src/main.tsx);
  // reached by a link inside the app before it is here, each module shows its lessons once they load.
  const outline = useKnownOutline();
  return (
    <div className="not-found">
      <h1 id="page-title" tabIndex={-1}>
        {t('app.notFound.title')}
      </h1>
      <p>{t('app.notFound.text')}</p>
      <p className="not-found-actions">
        <Link className={buttonClass({ variant: 'primary' })} to={paths.home.href()}>
          {t('app.notFound.home')}
        </Link>
        {openSearch ? (
          <Button type="button" onClick={openSearch}>
            {t('app.notFound.search')}
          </Button>
        ) : null}
      </p>
      <h2>{t('app.notFound.outline')}</h2>
      <CourseOutlineNav outline={outline} lookup={lookup} />
    </div>
  );
}
