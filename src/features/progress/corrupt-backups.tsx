/** Unreadable progress data that was set aside: download it, or delete the copy. */
import { useLang, useT } from '../../lib/i18n';
import { downloadTextFile } from './download';
import { formatAbsoluteDate } from '../../lib/format-date';
import { corruptBackupDate, readCorruptBackup, useProgressStore } from './progress-store';
import { Button } from '../../components/ui/button';

function backupFilename(iso: string | null): string {
  const stamp = (iso ?? 'inconnue').replace(/[:.]/g, '-');
  return `cours-docker-donnees-illisibles-${stamp}.txt`;
}

export function CorruptBackups() {
  const t = useT();
  const lang = useLang();
  const backups = useProgressStore((state) => state.corruptBackups);
  const unsaved = useProgressStore((state) => state.unsavedCorruptText);
  const deleteCorruptBackup = useProgressStore((state) => state.deleteCorruptBackup);
  if (backups.length === 0 && unsaved === null) return null;
  return (
    <section className="progress-section" aria-labelledby="progress-corrupt-title">
      <h2 id="progress-corrupt-title">{t('progress.corrupt.title')}</h2>
      <p>{t('progress.corrupt.text')}</p>
      {unsaved !== null ? (
        <p>
          {t('progress.corrupt.unsaved')}{' '}
          <Button type="button" onClick={() => downloadTextFile(backupFilename(null), unsaved, 'text/plain')}>
            {t('progress.corrupt.downloadUnsaved')}
          </Button>
        </p>
      ) : null}
      <ul className="progress-backups">
        {backups.map((backupKey) => {
          const iso = corruptBackupDate(backupKey);
          const date = iso ? formatAbsoluteDate(iso, lang) : backupKey;
          const handleDownload = () => {
            const text = readCorruptBackup(backupKey);
            if (text !== null) downloadTextFile(backupFilename(iso), text, 'text/plain');
          };
          return (
            <li key={backupKey} className="progress-actions">
              <Button type="button" onClick={handleDownload}>
                {t('progress.corrupt.download', { date })}
              </Button>
              <Button type="button" onClick={() => deleteCorruptBackup(backupKey)}>
                {t('progress.corrupt.delete', { date })}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
