/**
 * The course inside an LMS: the same routes and pages as the site, with a memory router (the
 * package's only page is index.html, whatever URL the LMS launched it with; lesson anchors stay
 * plain `#fragments`), started at the lesson the learner left, and the progress bound to the LMS.
 */
import '../../styles/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { outline } from 'virtual:course-outline';
import { setCourseOutline } from '../../features/course/known-outline';
import { useProgressStore } from '../../features/progress/progress-store';
import { selectResumeTarget } from '../../features/progress/selectors';
import { registerMessages } from '../../lib/i18n';
import type { LmsSession } from '../../lib/lms/lms-session';
import { applyContentRenames } from '../progress-bindings';
import { AppProviders } from '../providers';
import { AppRoutes } from '../router';
import { bindProgressToLms } from './lms-bindings';
import { LmsNoticeBanner } from './lms-notice';
import { lmsMessages } from './messages';

const knownPaths = new Set([
  '/',
  ...outline.modules.flatMap((module) => [module.lessons.map((lesson) => lesson.path), `/${module.slug}`]).flat(),
]);

/** Where to open: the LMS's location if it is a page of the course, else the resume lesson, else home. */
function startPath(location: string | null): string {
  if (location && knownPaths.has(location)) return location;
  const resume = selectResumeTarget(useProgressStore.getState().data, outline);
  return resume?.path ?? '/';
}

export async function startLmsApp(session: LmsSession | null) {
  const container = document.getElementById('root');
  if (!container) throw new Error('cours-docker: #root is missing from index.html');
  registerMessages(lmsMessages);
  // The package carries the whole outline: its pages know every lesson from the start.
  setCourseOutline(outline);
  applyContentRenames(outline);
  if (session) await bindProgressToLms(session);
  const start = startPath(session?.launch.location ?? null);
  container.replaceChildren();
  createRoot(container).render(
    <StrictMode>
      <AppProviders>
        <LmsNoticeBanner />
        <MemoryRouter initialEntries={[start]}>
          <AppRoutes />
        </MemoryRouter>
      </AppProviders>
    </StrictMode>,
  );
}
