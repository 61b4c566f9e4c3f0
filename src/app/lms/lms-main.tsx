/**
 * The LMS package's entry (built by `npm run build:lms`, see docs/decisions/006-lms-packages.md).
 * It finds the LMS before anything reads the browser's storage: the learner's copy of the
 * progress is kept under a key of its own (two learners may share a browser), and the app is
 * imported only then. Without an LMS, the package runs on its own with the browser's storage.
 */
import { setStorageScope } from '../../lib/safe-storage';
import { startCmi5Session } from '../../lib/lms/cmi5-session';
import type { LmsSession } from '../../lib/lms/lms-session';
import { startScormSession } from '../../lib/lms/scorm-session';

/** A short, stable name for a learner id (FNV-1a), so the id itself is not written in storage keys. */
function learnerKey(id: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < id.length; index += 1) {
    hash ^= id.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

async function connect(): Promise<LmsSession | null> {
  const cmi5 = await startCmi5Session(window.location.href);
  if (cmi5) return cmi5;
  return startScormSession('scorm2004', window) ?? startScormSession('scorm12', window);
}

async function main() {
  let session: LmsSession | null = null;
  try {
    session = await connect();
  } catch {
    session = null;
  }
  if (session) setStorageScope(`lms:${session.standard}:${learnerKey(session.launch.learnerId)}:`);
  const { startLmsApp } = await import('./lms-app');
  await startLmsApp(session);
}

void main();
