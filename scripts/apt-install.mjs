/**
 * Installs Debian packages the test suite needs, when it can: as root, on a system with apt-get.
 * Used by scripts/ensure-browser.mjs (Chromium) and scripts/ensure-tools.mjs (xmllint, nginx).
 * Returns false, with the reason printed, when it could not; the caller then says what to install.
 */
import { execFileSync } from 'node:child_process';

export function aptInstall(packages) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) return false;
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
  } catch {
    return false;
  }
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return true;
  } catch (error) {
    console.error(
      `L’installation de ${packages.join(' ')} a échoué : ${error instanceof Error ? error.message : String(error)}`,
    );
    return false;
  }
}
