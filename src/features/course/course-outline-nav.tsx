import { memo, useEffect, useId, useState } from 'react';
import { NavLink } from 'react-router';
import type { KnownOutline, LessonMeta, LessonStatus, ModuleFrame } from '../../lib/course-types';
import { useT } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { Button } from '../../components/ui/button';
import { loadCourseOutline } from './known-outline';
import type { ProgressLookup } from './progress-view';

const icons: Record<LessonStatus, string> = { 'not-started': '○', 'in-progress': '◐', done: '✓' };

interface OutlineEntryProps {
  href: string;
  title: string;
  status: LessonStatus;
  current: boolean;
  onNavigate?: () => void;
}

/**
 * One lesson of the outline. Memoised: when the learner's progress changes, only the
 * entries whose status changed render again, not the whole course's links.
 */
const OutlineEntry = memo(function OutlineEntry({ href, title, status, current, onNavigate }: OutlineEntryProps) {
  const t = useT();
  return (
    <li>
      <NavLink
        to={href}
        className={`outline-lesson outline-${status}`}
        aria-current={current ? 'page' : undefined}
        onClick={onNavigate}
      >
        <span className="outline-icon" aria-hidden="true">
          {icons[status]}
        </span>
        <span lang="fr">{title}</span>
        <span className="visually-hidden"> ({t(`course.status.${status}`)})</span>
      </NavLink>
    </li>
  );
});

interface CourseOutlineNavProps {
  /** What the page knows: a module whose lessons are not here yet shows its count of lessons and loads them when opened. */
  outline: KnownOutline;
  lookup: ProgressLookup;
  /**
   * The lesson on screen: its module's lessons are listed, the other modules' lessons only when
   * the learner opens them. Without it (the 404 page's map) every module is listed.
   */
  currentLessonId?: string;
  /** Called when one of its links is followed (the lesson page closes its drawer). */
  onNavigate?: () => void;
}

interface OutlineModuleProps {
  module: ModuleFrame;
  /** Its lessons, undefined until the page has them. */
  lessons: LessonMeta[] | undefined;
  lookup: ProgressLookup;
  currentLessonId?: string;
  /** Whether the module can be folded (lesson pages) or is always listed (the 404 page's map). */
  foldable: boolean;
  onNavigate?: () => void;
}

/**
 * An opened module whose lessons are not here yet: the whole outline is loading (it follows every
 * page's hydration, so this is rare and short); if it cannot be fetched, says so and offers to try again.
 */
function PendingLessons() {
  const t = useT();
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let active = true;
    loadCourseOutline().catch(() => {
      if (active) setFailed(true);
    });
    return () => {
      active = false;
    };
  }, [attempt]);
  return (
    <li className="outline-pending">
      {failed ? (
        <>
          <span role="alert">{t('course.outlineFailed')}</span>
          <Button
            type="button"
            size="small"
            onClick={() => {
              setFailed(false);
              setAttempt(attempt + 1);
            }}
          >
            {t('course.retry')}
          </Button>
        </>
      ) : (
        t('course.outlineLoading')
      )}
    </li>
  );
}

function OutlineModule({ module, lessons, lookup, currentLessonId, foldable, onNavigate }: OutlineModuleProps) {
  const t = useT();
  const listId = useId();
  const holdsCurrent = lessons?.some((lesson) => lesson.id === currentLessonId) ?? false;
  const [opened, setOpened] = useState(false);
  // The current module is always open; a module the learner opened stays open as they move on.
  const open = !foldable || holdsCurrent || opened;
  // Until its lessons are here, none counts as done: the prerendered page (without progress) says the same.
  const done = lessons?.filter((lesson) => lookup(lesson.id).status === 'done').length ?? 0;
  const total = module.lessonCount;
  return (
    <li>
      <div className="outline-module-row">
        <NavLink to={paths.module.href(module.slug)} className="outline-module" end lang="fr" onClick={onNavigate}>
          {module.title}
        </NavLink>
        <span className="outline-module-count">
          <span aria-hidden="true">
            {done}/{total}
          </span>
          <span className="visually-hidden">{t('course.outlineModuleDone', { done, total })}</span>
        </span>
        {foldable && !holdsCurrent ? (
          <button
            type="button"
            className="outline-fold"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpened(!opened)}
          >
            <span aria-hidden="true" className="outline-fold-icon">
              ▸
            </span>
            <span className="visually-hidden">{t('course.outlineModuleLessons', { title: module.title })}</span>
          </button>
        ) : null}
      </div>
      {/* A folded module's lessons are not in the page: the list is there, empty and hidden, for aria-controls. */}
      <ol id={listId} hidden={!open} aria-busy={open && !lessons ? true : undefined}>
        {open && !lessons ? <PendingLessons /> : null}
        {open && lessons
          ? lessons.map((lesson) => (
              <OutlineEntry
                key={lesson.id}
                href={paths.lesson.href(module.slug, lesson.slug)}
                title={lesson.title}
                status={lookup(lesson.id).status}
                current={lesson.id === currentLessonId}
                onNavigate={onNavigate}
              />
            ))
          : null}
      </ol>
    </li>
  );
}

/**
 * The course outline with statuses (icon and words, never colour alone): the sidebar of lesson
 * pages, where the modules other than the current one are folded (each says how many of its
 * lessons are done and opens on demand, so a page of a large course does not carry every lesson's
 * link), and the map of the 404 page, where everything is listed. Titles are course content, in French.
 */
export function CourseOutlineNav({ outline, lookup, currentLessonId, onNavigate }: CourseOutlineNavProps) {
  const t = useT();
  return (
    <nav aria-label={t('course.outline')} className="outline-nav">
      <ol>
        {outline.frame.modules.map((module) => (
          <OutlineModule
            key={module.id}
            module={module}
            lessons={outline.lessons[module.slug]?.lessons}
            lookup={lookup}
            currentLessonId={currentLessonId}
            foldable={currentLessonId !== undefined}
            onNavigate={onNavigate}
          />
        ))}
      </ol>
    </nav>
  );
}
