import { describe, expect, it } from 'vitest';
import { cloneLesson } from '../../bench/scale-course';

const lesson = [
  '---',
  'id: reseau',
  'title: Réseau',
  'order: 4',
  'previousIds: [ancien-reseau]',
  '---',
  '',
  '```quiz',
  'id: quiz-reseau',
  'previousIds:',
  '  - ancien-quiz',
  'questions: []',
  '```',
  '',
  '```lab',
  'id: lab-ports',
  'title: Ports',
  'steps:',
  '  - id: publier',
  '```',
  '',
].join('\n');

describe('the scale bench copies a lesson', () => {
  it('gives the copy new lesson, quiz and lab ids and its own order, and claims no former id', () => {
    const copy = cloneLesson(lesson, 'x7', 12);
    expect(copy).toMatch(/^id: reseau-x7$/m);
    expect(copy).toMatch(/^order: 12$/m);
    expect(copy).toMatch(/^id: quiz-reseau-x7$/m);
    expect(copy).toMatch(/^id: lab-ports-x7$/m);
    expect(copy).not.toMatch(/previousIds/);
    // Step ids are indented and stay as they are: they are unique within their lab only.
    expect(copy).toMatch(/^ {2}- id: publier$/m);
  });
});
