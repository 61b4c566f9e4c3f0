/** Files handed to the learner: the progress export, set-aside unreadable data. */
import { buildExportFile } from './progress-file';
import type { ProgressData } from './progress-schema';

/** Saves text as a file on the learner's device, through a temporary object URL. Never throws. */
export function downloadTextFile(filename: string, text: string, type = 'application/json'): boolean {
  try {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked later: some browsers start the download after click() has returned.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return true;
  } catch {
    return false;
  }
}

/** Downloads the export file of `data`; returns its file name, or null when the download could not start. */
export function downloadProgressExport(data: ProgressData, now: Date = new Date()): string | null {
  const { filename, text } = buildExportFile(data, now);
  return downloadTextFile(filename, text) ? filename : null;
}
