import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useT } from '../lib/i18n';
import { NotFoundRoute } from './routes/not-found-route';
import { Button } from '../components/ui/button';
import './root-error.css';

/** The root boundary: a 404 gets the 404 page; anything else a calm message (stack in development only). */
export function RootError() {
  const t = useT();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundRoute />;
  return (
    <div role="alert" className="root-error">
      <h1 id="page-title" tabIndex={-1}>
        {t('app.error.title')}
      </h1>
      <p>{t('app.error.text')}</p>
      <Button type="button" variant="primary" onClick={() => window.location.reload()}>
        {t('app.error.reload')}
      </Button>
      {import.meta.env.DEV && error instanceof Error ? <pre>{error.stack}</pre> : null}
    </div>
  );
}
