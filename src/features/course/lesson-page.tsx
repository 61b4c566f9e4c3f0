import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { CloseIcon, OutlineIcon } from '../../components/ui/icons';
import type { KnownOutline, LessonWithDetails, ModuleFrame, ModuleLessons } from '../../lib/course-types';
import { useT } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { CourseOutlineNav } from './course-outline-nav';
import { LessonStatusBadge } from './lesson-status-badge';
import { neighboursIn, readingMinutes } from './outline';
import type { ProgressLookup } from './progress-view';
import { TableOfContents } from './table-of-contents';
import { useOutlineDrawer } from './use-outline-drawer';
import { Button } from '../../components/ui/button';
import './course.css';

export interface LessonPageProps {
  /** For the sidebar: what the page knows of the outline (the other modules' lessons may come later). */
  outline: KnownOutline;
  module: ModuleFrame;
  /** The lesson's module's lessons, with the lessons on either side (previous, next). */
  part: ModuleLessons;
  lesson: LessonWithDetails;
  lookup: ProgressLookup;
  /** Whether the learner marked the lesson done themselves. */
  markedDone: boolean;
  /** Whether every quiz of the lesson is passed: the lesson is then completed, whatever the mark says. */
  quizzesPassed: boolean;
  onToggleDone: (done: boolean) => void;
  /** The lesson's body (lazy); the route provides it with its MDX components. */
  children: ReactNode;
}

/**
 * The frame of a lesson: outline (a drawer on small screens), breadcrumbs,
 * objectives, body, table of contents (a disclosure above the body when there
 * is no room for its column), completion and neighbours. Course content is
 * French whatever the interface language: it is marked lang="fr".
 */
export function LessonPage({
  outline,
  module,
  part,
  lesson,
  lookup,
  markedDone,
  quizzesPassed,
  onToggleDone,
  children,
}: LessonPageProps) {
  const t = useT();
  const { previous, next } = neighboursIn(part, lesson.id);
  const progress = lookup(lesson.id);
  const { open: drawerOpen, toggleRef, drawerRef, toggle, close, handleNavigate } = useOutlineDrawer(lesson.id);
  return (
    <div className={`lesson-layout${drawerOpen ? ' drawer-open' : ''}`}>
      <article className="lesson" aria-labelledby="page-title">
        <div className="lesson-topbar">
          <Button
            ref={toggleRef}
            type="button"
            className="outline-toggle"
            aria-expanded={drawerOpen}
            aria-controls="course-sidebar"
            onClick={toggle}
          >
            <OutlineIcon />
            {t('course.outline')}
          </Button>
          <nav aria-label={t('course.breadcrumb')} className="breadcrumbs">
            <ol>
              <li>
                <Link to={paths.home.href()}>{t('course.home')}</Link>
              </li>
              <li>
                <Link to={paths.module.href(module.slug)} lang="fr">
                  {module.title}
                </Link>
              </li>
              <li aria-current="page" lang="fr">
                {lesson.title}
              </li>
            </ol>
          </nav>
        </div>
        <header className="lesson-header">
          <h1 id="page-title" tabIndex={-1} lang="fr">
            {lesson.title}
          </h1>
          <p className="lead" lang="fr">
            {lesson.description}
          </p>
          <p className="meta">
            <span>{t('course.duration', { n: lesson.duration })}</span>
            <span>{t('course.reading', { n: readingMinutes(lesson) })}</span>
            <LessonStatusBadge status={progress.status} steady />
          </p>
          <section className="objectives" aria-labelledby="objectives-title">
            <h2 id="objectives-title">{t('course.objectives')}</h2>
            <ul lang="fr">
              {lesson.objectives.map((objective) => (
                <li key={objective}>{objective}</li>
              ))}
            </ul>
          </section>
        </header>
        {lesson.headings.length > 0 ? (
          <details className="toc-inline">
            <summary>{t('course.toc')}</summary>
            <TableOfContents headings={lesson.headings} showTitle={false} />
          </details>
        ) : null}
        <div className="lesson-body" lang="fr">
          {children}
        </div>
        <footer className="lesson-footer">
          <LessonCompletion
            isAssessment={lesson.kind === 'assessment' && lesson.quizIds.length > 0}
            markedDone={markedDone}
            quizzesPassed={quizzesPassed}
            onToggleDone={onToggleDone}
          />
          <nav aria-label={t('course.neighbours')} className="lesson-neighbours">
            {previous ? (
              <Link
                rel="prev"
                className="neighbour neighbour-previous"
                to={paths.lesson.href(previous.moduleSlug, previous.slug)}
              >
                <span className="neighbour-label">← {t('course.previous')}</span>
                <span className="neighbour-title" lang="fr">
                  {previous.title}
                </span>
              </Link>
            ) : null}
            {next ? (
              <Link rel="next" className="neighbour neighbour-next" to={paths.lesson.href(next.moduleSlug, next.slug)}>
                <span className="neighbour-label">{t('course.next')} →</span>
                <span className="neighbour-title" lang="fr">
                  {next.title}
                </span>
              </Link>
            ) : null}
          </nav>
        </footer>
      </article>
      {/* After the article in reading order (the skip link lands on the lesson); CSS puts it in the first column. */}
      <div ref={drawerRef} className={`lesson-sidebar${drawerOpen ? ' is-open' : ''}`} id="course-sidebar">
        <div className="drawer-head">
          <p className="drawer-title" aria-hidden="true">
            {t('course.outline')}
          </p>
          <button
            type="button"
            className="icon-button"
            aria-label={t('course.outlineClose')}
            title={t('course.outlineClose')}
            onClick={() => close(true)}
          >
            <CloseIcon />
          </button>
        </div>
        <CourseOutlineNav outline={outline} lookup={lookup} currentLessonId={lesson.id} onNavigate={handleNavigate} />
      </div>
      <div className="lesson-toc">
        <TableOfContents headings={lesson.headings} />
      </div>
    </div>
  );
}

/**
 * The foot of a lesson: how it gets completed and, while a mark can still change anything, the
 * « Marquer comme terminée » toggle. A passed quiz completes the lesson for good, and an
 * assessment is completed only by passing it, so neither offers the toggle.
 */
function LessonCompletion({
  isAssessment,
  markedDone,
  quizzesPassed,
  onToggleDone,
}: {
  isAssessment: boolean;
  markedDone: boolean;
  quizzesPassed: boolean;
  onToggleDone: (done: boolean) => void;
}) {
  const t = useT();
  if (quizzesPassed) {
    return (
      <p className="lesson-done">
        <span aria-hidden="true">✓ </span>
        {t(isAssessment ? 'course.assessmentPassed' : 'course.doneByQuiz')}
      </p>
    );
  }
  if (isAssessment) return <p className="completion-rule">{t('course.assessmentRule')}</p>;
  return (
    <>
      <p className="completion-rule">{t('course.completionRule')}</p>
      <Button
        type="button"
        variant={markedDone ? undefined : 'primary'}
        aria-pressed={markedDone}
        onClick={() => onToggleDone(!markedDone)}
      >
        {markedDone ? `✓ ${t('course.markedDone')}` : t('course.markDone')}
      </Button>
    </>
  );
}
