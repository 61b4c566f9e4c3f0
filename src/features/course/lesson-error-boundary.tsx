import { Component, type ErrorInfo, type ReactNode } from 'react';
import { failedLessonSource, useBuildError } from '../../lib/dev-build-errors';
import { useT } from '../../lib/i18n';
import { Button } from '../../components/ui/button';

/** A failed dynamic import: offline, or the file was replaced by a new deploy. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported|Failed to fetch/i.test(
    message,
  );
}

/**
 * In development, a lesson whose file does not compile: the dev server shows the error over the
 * page, and the lesson's place says which file (and line, once the server has told) to fix.
 */
function LessonCompileError({ source }: { source: string }) {
  const t = useT();
  const place = useBuildError(source);
  return (
    <>
      <p className="lesson-error-title">
        {place?.line
          ? t('course.devLessonErrorAt', { file: source, line: place.line })
          : t('course.devLessonError', { file: source })}
      </p>
      <p>{t('course.devLessonErrorHint')}</p>
    </>
  );
}

function LessonErrorMessage({
  error,
  onRetry,
  retryLabel,
}: {
  error: unknown;
  onRetry: () => void;
  retryLabel: string;
}) {
  const t = useT();
  // Development only: there a failed import is a lesson that does not compile, not the network.
  const source = import.meta.env.DEV ? failedLessonSource(error) : null;
  const chunk = isChunkLoadError(error);
  return (
    <div role="alert" className="lesson-error">
      {source ? (
        <LessonCompileError source={source} />
      ) : (
        <>
          <p className="lesson-error-title">{chunk ? t('course.chunkError') : t('course.lessonError')}</p>
          <p>{t('course.lessonErrorHint')}</p>
        </>
      )}
      <p className="lesson-error-actions">
        <Button type="button" onClick={onRetry}>
          {chunk ? t('course.retry') : t(retryLabel)}
        </Button>
        {chunk ? (
          <Button type="button" onClick={() => window.location.reload()}>
            {t('course.reload')}
          </Button>
        ) : null}
      </p>
      {import.meta.env.DEV && error instanceof Error ? <pre className="lesson-error-stack">{error.stack}</pre> : null}
    </div>
  );
}

interface Props {
  children: ReactNode;
  onRetry?: () => void;
  /** Changing it (e.g. the lesson id) clears the error. */
  resetKey: string;
  /** Message key of the retry button when the error is not a failed download (a lab offers to reset itself). */
  retryLabel?: string;
}

/** Keeps an error inside one lesson (or one quiz) from taking the whole app down. */
export class LessonErrorBoundary extends Component<Props, { error: unknown; resetKey: string }> {
  override state = { error: null as unknown, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: { error: unknown; resetKey: string }) {
    return props.resetKey === state.resetKey ? null : { error: null, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    if (import.meta.env.DEV) console.error(error, info.componentStack);
  }

  handleRetry = () => {
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  override render() {
    if (this.state.error !== null)
      return (
        <LessonErrorMessage
          error={this.state.error}
          onRetry={this.handleRetry}
          retryLabel={this.props.retryLabel ?? 'course.retry'}
        />
      );
    return this.props.children;
  }
}
