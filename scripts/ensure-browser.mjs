/**
 * Makes sure a Chromium exists for the end-to-end tests. When none is found and
 * we are root on Debian/Ubuntu, installs Debian's `chromium`; otherwise stops with
 * a message saying what to install.
 */
import { aptInstall } from './apt-install.mjs';
import { findBrowser } from './browser-path.mjs';

const found = findBrowser();
if (found) {
  console.log(`Navigateur des tests : ${found}`);
  process.exit(0);
}
console.log('Aucun Chromium trouvé : installation du paquet Debian « chromium » si possible…');
if (aptInstall(['chromium']) && findBrowser()) process.exit(0);
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
