import { useEffect, useState } from 'react';
import type { LessonHeading } from '../../lib/course-types';
import { useT } from '../../lib/i18n';

/** A heading is the current section once its top passes this far below the sticky header. */
const READING_LINE_PX = 120;

/** The section being read: the last heading whose top has passed the reading line. */
function findCurrent(headings: LessonHeading[]): string | null {
  let current: string | null = null;
  for (const heading of headings) {
    const element = document.getElementById(heading.slug);
    if (!element) continue;
    if (element.getBoundingClientRect().top <= READING_LINE_PX) current = heading.slug;
    else break;
  }
  return current;
}

/**
 * The lesson's headings, with the section being read highlighted
 * (aria-current="location"). Follows the scroll, one measure per frame.
 */
export function TableOfContents({ headings, showTitle = true }: { headings: LessonHeading[]; showTitle?: boolean }) {
  const t = useT();
  const [active, setActive] = useState<string | null>(null);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      if (frame) return;
      frame = window.requestAnimationFrame(() => {
        frame = 0;
        setActive(findCurrent(headings));
      });
    };
    update();
    window.addEventListener('scroll', update, { passive: true });
    window.addEventListener('resize', update);
    // The lesson body loads after the page frame: measure again once its headings exist.
    const mutation = new MutationObserver(update);
    mutation.observe(document.body, { childList: true, subtree: true });
    return () => {
      window.cancelAnimationFrame(frame);
      window.removeEventListener('scroll', update);
      window.removeEventListener('resize', update);
      mutation.disconnect();
    };
  }, [headings]);

  if (headings.length === 0) return null;
  return (
    <nav aria-label={t('course.toc')} className="toc">
      {showTitle ? (
        <p className="toc-title" aria-hidden="true">
          {t('course.toc')}
        </p>
      ) : null}
      <ol lang="fr">
        {headings.map((heading) => (
          <li key={heading.slug} className={`toc-depth-${heading.depth}`}>
            <a href={`#${heading.slug}`} aria-current={active === heading.slug ? 'location' : undefined}>
              {heading.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
