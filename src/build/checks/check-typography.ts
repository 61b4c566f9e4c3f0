/**
 * French typography in everything a learner reads: prose text of lessons (never
 * code), the titles and captions of components, every quiz string (prompt,
 * choices and their feedback, explanation, hints, items, pairs, cloze text
 * outside the blanks, `inline code` excepted), the lesson's title, description
 * and objectives, module titles and summaries, and glossary entries. Each
 * problem is reported at the exact line and column of the character at fault.
 */
import {
  lessonQuizBlocks,
  lessonsToCheck,
  positionInFile,
  quizPosition,
  proseOf,
  type CheckInput,
} from './check-input';
import { proseAttributesOf } from '../../lib/lesson-components';
import { findTypographyIssues, maskCodeSpans } from './french-typography';
import type { ContentProblem } from './problems';
import type { LocatedString } from '../content/quiz-yaml';
import { sourceOffsetOf } from './source-align';
import { locateYamlStrings } from '../content/yaml-strings';
import { frontmatterOf } from '../content/yaml-locate';

/** Problems in located YAML strings, as offsets in the YAML source. */
function yamlStringIssues(source: string, strings: readonly LocatedString[]): { offset: number; message: string }[] {
  return strings.flatMap((located) =>
    findTypographyIssues(located.value, { mask: [...located.mask, ...maskCodeSpans(located.value)] }).map((issue) => ({
      offset: sourceOffsetOf(located.value, issue.index, source, located.start, located.end),
      message: issue.message,
    })),
  );
}

function checkYamlFile(input: CheckInput, file: string, patterns: readonly (readonly string[])[]): ContentProblem[] {
  const source = input.sources.get(file);
  if (source === undefined) return [];
  const { strings } = locateYamlStrings(source, patterns);
  return yamlStringIssues(source, strings).map(({ offset, message }) => ({
    file,
    ...positionInFile(input, file, offset),
    message,
  }));
}

export function checkTypography(input: CheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const lesson of lessonsToCheck(input)) {
    const source = input.sources.get(lesson.file);
    if (source === undefined) continue;
    const at = (offset: number, message: string) =>
      problems.push({ file: lesson.file, ...positionInFile(input, lesson.file, offset), message });

    const frontmatter = frontmatterOf(source);
    if (frontmatter) {
      const { strings } = locateYamlStrings(frontmatter.text, [['title'], ['description'], ['objectives', '*']]);
      for (const issue of yamlStringIssues(frontmatter.text, strings))
        at(frontmatter.start + issue.offset, issue.message);
    }

    const scan = proseOf(input, lesson.file);
    for (const text of scan.texts) {
      for (const issue of findTypographyIssues(text.value, { gluedStart: text.gluedStart })) {
        at(sourceOffsetOf(text.value, issue.index, source, text.offset, text.end), issue.message);
      }
    }
    for (const attribute of scan.attributes) {
      if (!proseAttributesOf(attribute.element).includes(attribute.name)) continue;
      const valueStart = attribute.offset + attribute.name.length + 1;
      for (const issue of findTypographyIssues(attribute.value)) {
        at(sourceOffsetOf(attribute.value, issue.index, source, valueStart, attribute.end), issue.message);
      }
    }

    for (const block of lessonQuizBlocks(lesson)) {
      if (!block.yaml) continue;
      for (const issue of yamlStringIssues(block.source, block.yaml.strings)) {
        problems.push({ file: lesson.file, ...quizPosition(block, issue.offset), message: issue.message });
      }
    }
  }

  for (const file of input.sources.keys()) {
    if (/^content\/[^/]+\/module\.yaml$/.test(file))
      problems.push(...checkYamlFile(input, file, [['title'], ['summary']]));
  }
  problems.push(
    ...checkYamlFile(input, 'content/glossary.yaml', [
      ['*', 'term'],
      ['*', 'definition'],
    ]),
  );
  return problems;
}
