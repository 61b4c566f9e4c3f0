import { staticPages } from '../../lib/pages';
import { outline } from 'virtual:course-outline';
import { CompletionPage, type AssessmentResult } from '../../features/completion/completion-page';
import { useProgressData, useProgressStore } from '../../features/progress/progress-store';
import { CERTIFICATE_NAME_MAX } from '../../features/progress/progress-schema';
import { selectBestScore } from '../../features/progress/selectors';
import { registerMessages, useT } from '../../lib/i18n';
import { usePageTitle } from '../use-page-title';
import { completionMessages } from '../../features/completion/messages';

// The page's messages come with its chunk (docs/decisions/004-lazy-message-catalogues.md).
registerMessages(completionMessages);

export default function CompletionRoute() {
  const t = useT();
  usePageTitle(t(staticPages.completion.title));
  const data = useProgressData();
  const setCertificateName = useProgressStore((state) => state.setCertificateName);
  const results: AssessmentResult[] = outline.modules.map((module) => {
    const assessment = module.lessons.find((lesson) => lesson.kind === 'assessment') ?? null;
    const quizId = assessment?.quizIds[0];
    const attempts = quizId ? (data.quizzes[quizId]?.attempts ?? []) : [];
    const best = quizId ? selectBestScore(data, quizId) : null;
    const firstPass =
      attempts
        .filter((attempt) => attempt.passed)
        .map((attempt) => attempt.finishedAt)
        .sort()[0] ?? null;
    return {
      module,
      assessment,
      bestScore: best === null ? null : Math.round(best * 100),
      passed: firstPass !== null,
      passedAt: firstPass,
    };
  });
  return (
    <CompletionPage
      courseTitle={t('course.title')}
      results={results}
      name={data.certificate?.name ?? ''}
      onNameChange={setCertificateName}
      nameMaxLength={CERTIFICATE_NAME_MAX}
    />
  );
}
