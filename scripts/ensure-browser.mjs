/**
 * Makes sure a Chromium exists for the end-to-end tests. When none is found and
 * we are root on Debian/Ubuntu, installs Debian's `chromium`; otherwise stops with
 * a message saying what to install.
 */
import { execFileSync } from 'node:child_process';
import { findBrowser } from './browser-path.mjs';

const found = findBrowser();
if (found) {
  console.log(`Navigateur des tests : ${found}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot) {
  console.log('Aucun Chromium trouvé : installation du paquet Debian « chromium »…');
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (error) {
    console.error(`L’installation de chromium a échoué : ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  if (findBrowser()) process.exit(0);
}
console.error(
  [
    'Aucun navigateur Chromium pour les tests de bout en bout.',
    'Installez-en un, au choix :',
    '  - Debian/Ubuntu : sudo apt-get install -y chromium',
    '  - ou indiquez le vôtre : CHROME_PATH=/chemin/vers/chrome npm test',
    '  - ou laissez Playwright télécharger le sien : npx playwright install chromium',
  ].join('\n'),
);
process.exit(1);
