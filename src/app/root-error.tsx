import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useT } from '../lib/i18n';
import { Button } from '../components/ui/button';
import './root-error.css';

/** What the root boundary shows: a calm message (stack in development only). */
export function RootError({ error }: { error: unknown }) {
  const t = useT();
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

interface BoundaryProps {
  children: ReactNode;
  /** The page's path: going to another page clears the error. */
  resetKey: string;
}

interface BoundaryState {
  error: unknown;
  failed: boolean;
  resetKey: string;
}

/** Catches what the app frame or a page throws while rendering, and shows RootError in their place. */
class RootErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey === state.resetKey ? null : { error: null, failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    if (import.meta.env.DEV) console.error(error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <RootError error={this.state.error} /> : this.props.children;
  }
}

/** The root boundary around the app frame; a navigation to another page gives the page a new chance. */
export function RootBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <RootErrorBoundary resetKey={pathname}>{children}</RootErrorBoundary>;
}
