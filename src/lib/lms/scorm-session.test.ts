import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findApi } from './find-api';
import { duration2004, scormValues, startScormSession, timespan12 } from './scorm-session';
import type { LmsReport } from './lms-session';

/** A window-like object; `crossOrigin` makes every property read throw, as a frame of another origin does. */
function fakeWindow(props: Record<string, unknown>, parent?: object, crossOrigin = false): Window {
  const target: Record<string, unknown> = { ...props };
  const win = new Proxy(target, {
    get(object, key) {
      if (key === 'parent') return parent ?? win;
      if (crossOrigin) throw new DOMException('Blocked a frame with origin', 'SecurityError');
      return object[key as string];
    },
  });
  return win as unknown as Window;
}

function fakeApi12() {
  const values = new Map<string, string>([
    ['cmi.core.student_id', 'apprenant-7'],
    ['cmi.core.lesson_location', '/virtualisation/definition'],
    ['cmi.suspend_data', '1J["0",{}]'],
    ['cmi.student_data.mastery_score', '70'],
  ]);
  const calls: string[] = [];
  return {
    values,
    calls,
    LMSInitialize: vi.fn(() => 'true'),
    LMSFinish: vi.fn(() => {
      calls.push('finish');
      return 'true';
    }),
    LMSGetValue: vi.fn((name: string) => values.get(name) ?? ''),
    LMSSetValue: vi.fn((name: string, value: string) => {
      calls.push(`set ${name}`);
      values.set(name, value);
      return 'true';
    }),
    LMSCommit: vi.fn(() => {
      calls.push('commit');
      return 'true';
    }),
    LMSGetLastError: vi.fn(() => '0'),
  };
}

const report = (patch: Partial<LmsReport> = {}): LmsReport => ({
  completed: false,
  passed: null,
  score: null,
  progress: 0.25,
  location: '/virtualisation/hyperviseurs',
  suspendData: '1J["0",{"a":1}]',
  ...patch,
});

describe('findApi', () => {
  it('finds the API in a parent, walking past frames that hold none', () => {
    const api = fakeApi12();
    const top = fakeWindow({ API: api });
    const middle = fakeWindow({}, top);
    const course = fakeWindow({}, middle);
    expect(findApi(course, 'API', ['LMSInitialize'])).toBe(api);
  });

  it('never throws on a cross-origin frame, and looks at the opener too', () => {
    const api = fakeApi12();
    const opener = fakeWindow({ API: api });
    const foreignTop = fakeWindow({}, undefined, true);
    const course = fakeWindow({ opener }, foreignTop);
    expect(() => findApi(course, 'API_1484_11', ['Initialize'])).not.toThrow();
    expect(findApi(course, 'API_1484_11', ['Initialize'])).toBeNull();
    expect(findApi(course, 'API', ['LMSInitialize'])).toBe(api);
  });

  it('ignores an object of that name without the API’s methods', () => {
    const course = fakeWindow({ API: { LMSInitialize: 'nope' } });
    expect(findApi(course, 'API', ['LMSInitialize'])).toBeNull();
  });
});

describe('SCORM values', () => {
  it('says passed only when every exam is passed, failed only once all were taken', () => {
    expect(scormValues('scorm12', report())['cmi.core.lesson_status']).toBe('incomplete');
    expect(scormValues('scorm12', report({ completed: true }))['cmi.core.lesson_status']).toBe('completed');
    expect(scormValues('scorm12', report({ passed: false }))['cmi.core.lesson_status']).toBe('failed');
    expect(scormValues('scorm12', report({ passed: true, completed: true }))['cmi.core.lesson_status']).toBe('passed');
    expect(scormValues('scorm2004', report({ passed: null }))['cmi.success_status']).toBe('unknown');
    expect(scormValues('scorm2004', report({ score: 91.67 }))).toMatchObject({
      'cmi.score.raw': '91.67',
      'cmi.score.scaled': '0.9167',
      'cmi.score.min': '0',
      'cmi.score.max': '100',
      'cmi.progress_measure': '0.25',
    });
  });

  it('writes session times in each version’s format', () => {
    expect(timespan12(3_723_450)).toBe('0001:02:03.45');
    expect(duration2004(3_723_450)).toBe('PT1H2M3.45S');
  });
});

describe('SCORM session', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads the launch, batches values, commits at most every interval, and suspends at the end', () => {
    const api = fakeApi12();
    const session = startScormSession('scorm12', fakeWindow({ API: api }), { commitIntervalMs: 10_000 });
    expect(session?.launch).toMatchObject({
      learnerId: 'apprenant-7',
      location: '/virtualisation/definition',
      suspendData: '1J["0",{}]',
      suspendLimit: 4096,
      masteryScore: 0.7,
      reviewOnly: false,
    });
    for (let change = 0; change < 30; change += 1) session?.report(report({ suspendData: `1J["0",${change}]` }));
    expect(api.LMSCommit).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(api.LMSCommit).toHaveBeenCalledTimes(1);
    expect(api.values.get('cmi.suspend_data')).toBe('1J["0",29]');
    // Within the interval: no commit; unchanged values are not set again.
    const setsBefore = api.LMSSetValue.mock.calls.length;
    session?.report(report({ suspendData: '1J["0",29]' }));
    vi.advanceTimersByTime(5_000);
    expect(api.LMSCommit).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5_000);
    expect(api.LMSSetValue.mock.calls.length).toBe(setsBefore);
    expect(api.LMSCommit).toHaveBeenCalledTimes(1);
    session?.report(report({ location: '/virtualisation/usages' }));
    session?.terminate();
    expect(api.values.get('cmi.core.lesson_location')).toBe('/virtualisation/usages');
    expect(api.values.get('cmi.core.exit')).toBe('suspend');
    expect(api.calls.slice(-2)).toEqual(['commit', 'finish']);
    session?.terminate();
    expect(api.LMSFinish).toHaveBeenCalledTimes(1);
  });

  it('returns null without an LMS or when the LMS refuses to start', () => {
    expect(startScormSession('scorm12', fakeWindow({}))).toBeNull();
    const api = fakeApi12();
    api.LMSInitialize.mockReturnValue('false');
    expect(startScormSession('scorm12', fakeWindow({ API: api }))).toBeNull();
  });
});
