/**
 * The discreet notice shown on every page when progress is not being saved normally:
 * storage unavailable, data from a newer version (read-only), or unreadable data set aside.
 * Dismissed for this page load only: a persisting problem is shown again at the next load.
 */
import { useT } from '../../lib/i18n';
import { downloadTextFile } from './download';
import { readCorruptBackup, useProgressStore } from './progress-store';
import './progress.css';
import { Button } from '../../components/ui/button';

export function StorageNotice() {
  const t = useT();
  const storage = useProgressStore((state) => state.storage);
  const recoveredCorrupt = useProgressStore((state) => state.recoveredCorrupt);
  const latestBackup = useProgressStore((state) => state.corruptBackups.at(-1) ?? null);
  const unsaved = useProgressStore((state) => state.unsavedCorruptText);
  const dismissed = useProgressStore((state) => state.noticeDismissed);
  const dismissNotice = useProgressStore((state) => state.dismissNotice);

  const messages: string[] = [];
  if (storage === 'unavailable') messages.push(t('progress.notice.unavailable'));
  if (storage === 'read-only') messages.push(t('progress.notice.read-only'));
  if (recoveredCorrupt) messages.push(t('progress.notice.corrupt'));
  if (dismissed || messages.length === 0) return null;

  const corruptText = recoveredCorrupt ? (unsaved ?? (latestBackup ? readCorruptBackup(latestBackup) : null)) : null;

  return (
    <div role="status" aria-label={t('progress.notice.label')} className="storage-notice">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
      <div className="storage-notice-actions">
        {corruptText !== null ? (
          <Button
            type="button"
            onClick={() => downloadTextFile('cours-docker-donnees-illisibles.txt', corruptText, 'text/plain')}
          >
            {t('progress.notice.download')}
          </Button>
        ) : null}
        <Button type="button" onClick={dismissNotice}>
          {t('progress.notice.dismiss')}
        </Button>
      </div>
    </div>
  );
}
