/**
 * The manifests of the three LMS packages (docs/decisions/006-lms-packages.md): one SCO / AU for
 * the whole course, launched at index.html. SCORM 1.2 (imsmanifest.xml, IMS CP 1.1.2 + ADL CP
 * 1.2), SCORM 2004 4th edition (imsmanifest.xml, IMS CP 1.1.4 + ADL CP/SEQ/NAV 1.3 + IMS SS) and
 * cmi5 (cmi5.xml, the course structure). Validated against the official schemas in tests/lms/.
 */

export interface PackageInfo {
  title: string;
  description: string;
  /** Mastery score in [0, 1]: the module exams' pass mark. */
  masteryScore: number;
  /** Every file of the package but the manifest, relative, with forward slashes. */
  files: string[];
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const fileList = (files: readonly string[], indent: string) =>
  files.map((file) => `${indent}<file href="${escapeXml(file)}"/>`).join('\n');

export function scorm12Manifest(info: PackageInfo): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="cours-docker-scorm12" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="cours-docker">
    <organization identifier="cours-docker">
      <title>${escapeXml(info.title)}</title>
      <item identifier="cours-docker-cours" identifierref="cours-docker-sco" isvisible="true">
        <title>${escapeXml(info.title)}</title>
        <adlcp:masteryscore>${Math.round(info.masteryScore * 100)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="cours-docker-sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileList(info.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

export function scorm2004Manifest(info: PackageInfo): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="cours-docker-scorm2004" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="cours-docker">
    <organization identifier="cours-docker">
      <title>${escapeXml(info.title)}</title>
      <item identifier="cours-docker-cours" identifierref="cours-docker-sco">
        <title>${escapeXml(info.title)}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="cours-docker-examens" satisfiedByMeasure="false">
              <imsss:minNormalizedMeasure>${info.masteryScore}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="cours-docker-sco" type="webcontent" adlcp:scormType="sco" href="index.html">
${fileList(info.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

export const CMI5_COURSE_ID = 'urn:cours-docker:cours';
export const CMI5_AU_ID = 'urn:cours-docker:cours:au:complet';

export function cmi5CourseStructure(info: PackageInfo): string {
  const text = (value: string) => `<langstring lang="fr-FR">${escapeXml(value)}</langstring>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${CMI5_COURSE_ID}">
    <title>${text(info.title)}</title>
    <description>${text(info.description)}</description>
  </course>
  <au id="${CMI5_AU_ID}" moveOn="CompletedAndPassed" masteryScore="${info.masteryScore}" launchMethod="AnyWindow">
    <title>${text(info.title)}</title>
    <description>${text(info.description)}</description>
    <url>index.html</url>
  </au>
</courseStructure>
`;
}
