import { Link } from 'react-router';
import type { KnownOutline, LessonMeta } from '../../lib/course-types';
import { useLang, useT } from '../../lib/i18n';
import { paths } from '../../lib/paths';
import { formatDuration } from './format';
import { listLessons } from './outline';
import type { ProgressLookup } from './progress-view';
import { buttonClass } from '../../components/ui/button';
import './course.css';

export interface HomePageProps {
  /** The modules' progress needs their lessons: until they are here, each reads 0 %, as the prerendered page does. */
  outline: KnownOutline;
  lookup: ProgressLookup;
  /** Where "Reprendre" leads, or null for a learner who has not started. */
  resume: LessonMeta | null;
  firstLesson: LessonMeta | null;
  /** Every module's assessment is passed: the certificate is ready. */
  certificateReady: boolean;
}

/** The course's front door: what it teaches, its modules with progress, and where to start or resume. */
export function HomePage({ outline, lookup, resume, firstLesson, certificateReady }: HomePageProps) {
  const t = useT();
  const lang = useLang();
  const modules = outline.frame.modules;
  const lessons = outline.full ? listLessons(outline.full) : [];
  const target = resume ?? firstLesson;
  const allDone = lessons.length > 0 && lessons.every((lesson) => lookup(lesson.id).status === 'done');
  const courseMinutes = modules.reduce((sum, module) => sum + module.duration, 0);
  return (
    <div className="home">
      <section className="hero" aria-labelledby="page-title">
        <h1 id="page-title" tabIndex={-1}>
          {t('course.title')}
        </h1>
        <p className="hero-tagline">{t('course.tagline')}</p>
        <p className="hero-author">{t('course.author')}</p>
        {lang === 'fr' ? null : <p className="hero-language">{t('course.lessonsInFrench')}</p>}
        <p className="hero-duration">{t('course.totalDuration', { duration: formatDuration(t, courseMinutes) })}</p>
        {allDone ? <p className="hero-done">{t('course.completedAll')}</p> : null}
        {certificateReady ? (
          <p className="hero-certificate">
            {t('course.certificateReady')} <Link to={paths.completion.href()}>{t('course.certificateLink')}</Link>
          </p>
        ) : null}
        {target ? (
          <Link
            className={buttonClass({ variant: 'primary', className: 'hero-cta' })}
            to={paths.lesson.href(target.moduleSlug, target.slug)}
          >
            {resume ? t('course.resume', { title: resume.title }) : t('course.start')}
            <span aria-hidden="true"> →</span>
          </Link>
        ) : null}
      </section>

      <section aria-labelledby="learn-title" className="home-learn">
        <h2 id="learn-title">{t('course.learn')}</h2>
        <ul>
          {modules.map((module) => (
            <li key={module.id}>
              <strong lang="fr">{module.title}</strong> — <span lang="fr">{module.summary}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="modules-title" className="home-modules">
        <h2 id="modules-title">{t('course.modules')}</h2>
        <ol className="module-cards">
          {modules.map((module, index) => {
            const moduleLessons = outline.lessons[module.slug]?.lessons ?? [];
            const done = moduleLessons.filter((lesson) => lookup(lesson.id).status === 'done').length;
            const percent = module.lessonCount === 0 ? 0 : Math.round((done / module.lessonCount) * 100);
            return (
              <li key={module.id} className="module-card">
                <p className="module-card-number">{t('course.moduleNumber', { n: index + 1 })}</p>
                <h3 id={`module-${module.id}-title`} lang="fr">
                  <Link to={paths.module.href(module.slug)}>{module.title}</Link>
                </h3>
                <p className="module-card-meta">
                  {t('course.lessonCount', { n: module.lessonCount })} · {formatDuration(t, module.duration)}
                </p>
                <progress
                  max={100}
                  value={percent}
                  aria-labelledby={`module-${module.id}-title module-${module.id}-progress`}
                />
                <p className="module-card-progress" id={`module-${module.id}-progress`}>
                  {t('course.moduleProgress', { percent })}
                </p>
              </li>
            );
          })}
        </ol>
      </section>
    </div>
  );
}
