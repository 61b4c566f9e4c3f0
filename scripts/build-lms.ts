/**
 * `npm run build:lms`: the course as three LMS packages in dist-lms/ (docs/decisions/006-lms-packages.md):
 * cours-docker-scorm12.zip, cours-docker-scorm2004.zip and cours-docker-cmi5.zip, from one build
 * of the site in LMS mode (relative paths, one page, no service worker), each with its manifest
 * and, for SCORM, the schemas its manifest names (tests/lms/xsd/, as LMSs expect them beside it).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCourseQuizzes } from '../src/build/content/course-quizzes';
import {
  cmi5CourseStructure,
  scorm12Manifest,
  scorm2004Manifest,
  type PackageInfo,
} from '../src/build/lms/lms-manifests';
import { writeZip, type ZipEntry } from '../src/build/lms/zip';

const root = fileURLToPath(new URL('..', import.meta.url));
const siteDir = join(root, 'node_modules', '.cache', 'lms-site');
const outDir = join(root, 'dist-lms');
const xsdDir = join(root, 'tests', 'lms', 'xsd');
/** Files of public/ that only the website uses (host headers, install icons). */
const SITE_ONLY = /^(_headers|apple-touch-icon\.png|pwa-[\w-]+\.png|\.vite\/.*)$/;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function main() {
  const skipBuild = process.argv.includes('--no-build');
  if (!skipBuild) {
    execFileSync('npx', ['tsx', 'scripts/check-content.ts'], { cwd: root, stdio: 'inherit' });
    execFileSync(
      process.execPath,
      ['scripts/vite.mjs', 'build', '--mode', 'lms', '--outDir', siteDir, '--emptyOutDir', '--logLevel', 'warn'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
  }
  const site: ZipEntry[] = listFiles(siteDir)
    .map((path) => ({ name: relative(siteDir, path).split(sep).join('/'), data: readFileSync(path) }))
    .filter((entry) => !SITE_ONLY.test(entry.name))
    .sort((a, b) => a.name.localeCompare(b.name));
  if (site.some((entry) => entry.name === 'sw.js')) throw new Error('build:lms: a service worker got into the package');

  const { outline, quizzes } = loadCourseQuizzes(root);
  const examMarks = quizzes.filter((entry) => entry.lesson.kind === 'assessment').map((entry) => entry.quiz.passMark);
  if (examMarks.length === 0)
    throw new Error('build:lms: the course has no module exam to derive a mastery score from');
  const info: PackageInfo = {
    title: 'Cours Docker',
    description: `Un cours interactif sur Docker en ${outline.modules.length} modules : ${outline.modules.map((module) => module.title).join(', ')}.`,
    // Every exam must be passed; the mastery score the LMS is given is the highest pass mark among them.
    masteryScore: Math.max(...examMarks) / 100,
    files: site.map((entry) => entry.name),
  };
  const xsds = (dir: string): ZipEntry[] =>
    readdirSync(join(xsdDir, dir))
      .filter((name) => /\.(xsd|dtd)$/.test(name))
      .map((name) => ({ name, data: readFileSync(join(xsdDir, dir, name)) }));
  const packages: { file: string; entries: ZipEntry[] }[] = [
    {
      file: 'cours-docker-scorm12.zip',
      entries: [{ name: 'imsmanifest.xml', data: Buffer.from(scorm12Manifest(info)) }, ...xsds('scorm12'), ...site],
    },
    {
      file: 'cours-docker-scorm2004.zip',
      entries: [{ name: 'imsmanifest.xml', data: Buffer.from(scorm2004Manifest(info)) }, ...xsds('scorm2004'), ...site],
    },
    {
      file: 'cours-docker-cmi5.zip',
      entries: [{ name: 'cmi5.xml', data: Buffer.from(cmi5CourseStructure(info)) }, ...site],
    },
  ];
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const { file, entries } of packages) {
    const archive = writeZip(entries);
    writeFileSync(join(outDir, file), archive);
    console.log(`dist-lms/${file}  ${entries.length} fichiers, ${(archive.length / 1024).toFixed(0)} Ko`);
  }
}

main();
