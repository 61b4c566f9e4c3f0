import { staticPages } from '../../lib/pages';
import { outline } from 'virtual:course-outline';
import { HomePage } from '../../features/course/home-page';
import { listLessons } from '../../features/course/outline';
import { useT } from '../../lib/i18n';
import { useCertificateReady, useProgressLookup, useResumeLesson } from '../progress-bindings';
import { usePageTitle } from '../use-page-title';

export function HomeRoute() {
  const t = useT();
  usePageTitle(t(staticPages.home.title));
  const lookup = useProgressLookup();
  const resume = useResumeLesson();
  const certificateReady = useCertificateReady();
  return (
    <HomePage
      outline={outline}
      lookup={lookup}
      resume={resume}
      firstLesson={listLessons(outline)[0] ?? null}
      certificateReady={certificateReady}
    />
  );
}
