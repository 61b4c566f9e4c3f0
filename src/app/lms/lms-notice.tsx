import { useT } from '../../lib/i18n';
import { useLmsNotices } from './lms-bindings';

/** What the learner must know about the LMS's copy of the progress; nothing when all is well. */
export function LmsNoticeBanner() {
  const t = useT();
  const notices = useLmsNotices((state) => state.notices);
  return (
    <aside aria-label={t('lms.notice.label')} className="storage-notice" hidden={notices.length === 0}>
      <div role="status">
        {notices.map((notice) => (
          <p key={notice}>{t(`lms.notice.${notice}`)}</p>
        ))}
      </div>
    </aside>
  );
}
