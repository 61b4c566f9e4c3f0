// @vitest-environment node
/**
 * The LMS packages' manifests against the official schemas (tests/lms/xsd, see its README), with
 * xmllint: SCORM 1.2 (ADL CP 1.2 over IMS CP 1.1.2), SCORM 2004 4th edition (IMS CP 1.1.4 with
 * the ADL and IMS SS extensions, all checked strictly) and cmi5 (course structure). A manifest
 * broken on purpose must fail, so the check is known to bite.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cmi5CourseStructure,
  scorm12Manifest,
  scorm2004Manifest,
  type PackageInfo,
} from '../../src/build/lms/lms-manifests';

const xsd = resolve('tests/lms/xsd');
const work = mkdtempSync(join(tmpdir(), 'lms-manifests-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const info: PackageInfo = {
  title: 'Cours Docker',
  description: 'Un cours « complet » sur Docker & ses outils <en français>.',
  masteryScore: 0.7,
  files: ['index.html', 'assets/index-abc.js', 'assets/lms-app-def.css', 'favicon.svg'],
};

/** One schema that imports every namespace a SCORM 2004 manifest uses, so extensions are checked strictly too. */
function scorm2004Schema(): string {
  const imports: [string, string][] = [
    ['http://www.imsglobal.org/xsd/imscp_v1p1', 'imscp_v1p1.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_v1p3', 'adlcp_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlseq_v1p3', 'adlseq_v1p3.xsd'],
    ['http://www.adlnet.org/xsd/adlnav_v1p3', 'adlnav_v1p3.xsd'],
    ['http://www.imsglobal.org/xsd/imsss', 'imsss_v1p0.xsd'],
  ];
  const file = join(work, 'scorm2004-all.xsd');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:cours-docker:tests" elementFormDefault="qualified">
${imports.map(([ns, name]) => `  <xs:import namespace="${ns}" schemaLocation="${join(xsd, 'scorm2004', name)}"/>`).join('\n')}
</xs:schema>
`,
  );
  return file;
}

function validate(xml: string, schema: string): { ok: boolean; output: string } {
  const file = join(work, `doc-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

const schemas = {
  scorm12: () => join(xsd, 'scorm12', 'adlcp_rootv1p2.xsd'),
  scorm2004: scorm2004Schema,
  cmi5: () => join(xsd, 'cmi5', 'CourseStructure.xsd'),
};

describe('LMS manifests against the official schemas', () => {
  it('has xmllint', () => {
    expect(
      execFileSync('xmllint', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
    ).toBeDefined();
  });

  it.each([
    ['scorm12', scorm12Manifest(info)],
    ['scorm2004', scorm2004Manifest(info)],
    ['cmi5', cmi5CourseStructure(info)],
  ] as const)('%s validates', (standard, xml) => {
    const result = validate(xml, schemas[standard]());
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it('bites: a wrong value or a misplaced element fails', () => {
    const bad2004 = scorm2004Manifest(info).replace('completionSetByContent="true"', 'completionSetByContent="oui"');
    expect(validate(bad2004, schemas.scorm2004()).ok).toBe(false);
    const bad12 = scorm12Manifest(info).replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lecon"');
    expect(validate(bad12, schemas.scorm12()).ok).toBe(false);
    const badCmi5 = cmi5CourseStructure(info).replace('moveOn="CompletedAndPassed"', 'moveOn="Whenever"');
    expect(validate(badCmi5, schemas.cmi5()).ok).toBe(false);
  });

  it('gives the LMS the mastery score, the launch page and every file', () => {
    expect(scorm12Manifest(info)).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
    expect(scorm2004Manifest(info)).toContain('<imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>');
    expect(cmi5CourseStructure(info)).toMatch(/masteryScore="0.7"[^>]*>[\s\S]*<url>index.html<\/url>/);
    for (const file of info.files) expect(scorm2004Manifest(info)).toContain(`<file href="${file}"/>`);
    expect(cmi5CourseStructure(info)).toContain('« complet » sur Docker &amp; ses outils &lt;en français&gt;.');
  });
});
