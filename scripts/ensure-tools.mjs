/**
 * Makes sure the system tools the suite uses are there before `npm test` starts: `xmllint`, with
 * which the LMS packages' manifests and the question bank are checked against their schemas
 * (required), and `nginx`, behind which one end-to-end spec serves the built site (without it,
 * that spec is skipped on a developer's machine). When one is missing and we are root on
 * Debian/Ubuntu, installs its package, as scripts/ensure-browser.mjs does for Chromium;
 * otherwise a missing `xmllint` stops the suite with a message saying what to install.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { aptInstall } from './apt-install.mjs';

const TOOLS = [
  { command: 'xmllint', paths: [], apt: 'libxml2-utils', required: true },
  { command: 'nginx', paths: ['/usr/sbin/nginx'], apt: 'nginx', required: false },
];

function found(tool) {
  const candidates = [
    ...(process.env.PATH ?? '')
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => join(dir, tool.command)),
    ...tool.paths,
  ];
  return candidates.some((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

const missing = TOOLS.filter((tool) => !found(tool));
if (missing.length === 0) process.exit(0);

console.log(`Outils absents (${missing.map((tool) => tool.command).join(', ')}) : installation si possible…`);
aptInstall(missing.map((tool) => tool.apt));

const stillMissing = TOOLS.filter((tool) => !found(tool));
for (const tool of stillMissing.filter((tool) => !tool.required)) {
  console.warn(
    `${tool.command} est absent : le test qui s’en sert sera sauté (Debian/Ubuntu : sudo apt-get install -y ${tool.apt}).`,
  );
}
const required = stillMissing.filter((tool) => tool.required);
if (required.length > 0) {
  console.error(
    [
      `Outil requis par les tests absent : ${required.map((tool) => tool.command).join(', ')}.`,
      `Debian/Ubuntu : sudo apt-get install -y ${required.map((tool) => tool.apt).join(' ')}`,
      'Ailleurs : installez libxml2 et ses outils en ligne de commande (xmllint).',
    ].join('\n'),
  );
  process.exit(1);
}
