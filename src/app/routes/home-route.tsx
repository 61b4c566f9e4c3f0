import { staticPages } from '../../lib/pages';
import { HomePage } from '../../features/course/home-page';
import { useKnownOutline } from '../../features/course/known-outline';
import { useT } from '../../lib/i18n';
import { useCertificateReady, useProgressLookup, useResumeLesson } from '../progress-bindings';
import { usePageTitle } from '../use-page-title';

export function HomeRoute() {
  const t = useT();
  usePageTitle(t(staticPages.home.title));
  const lookup = useProgressLookup();
  const resume = useResumeLesson();
  const certificateReady = useCertificateReady();
  const outline = useKnownOutline();
  return (
    <HomePage
      outline={outline}
      lookup={lookup}
      resume={resume}
      firstLesson={outline.frame.firstLesson}
      certificateReady={certificateReady}
    />
  );
}
