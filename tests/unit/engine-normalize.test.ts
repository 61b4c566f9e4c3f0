import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../fixtures/engine/normalize';

describe('normalize (recorded engine outputs)', () => {
  it('replaces long and short IDs and sha256 digests', () => {
    const long = '4b9647dd98217f4b1fb0c2a7e8b1e5f3a0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5';
    expect(normalize(`${long}\n`)).toBe('<id>\n');
    expect(normalize('Deleted: sha256:' + 'ab12'.repeat(16))).toBe('Deleted: sha256:<id>');
    expect(normalize('You cannot remove a running container 4b9647dd9821.')).toBe(
      'You cannot remove a running container <id>.',
    );
  });

  it('keeps words made of hex letters only, and numbers that are not IDs', () => {
    expect(normalize('deadbeefcafe 123456789012345')).toBe('deadbeefcafe 123456789012345');
    expect(normalize('Exited (137)')).toBe('Exited (137)');
  });

  it('replaces human durations, times and sizes', () => {
    expect(normalize('Up 3 seconds')).toBe('Up <duration>');
    expect(normalize('Exited (0) Less than a second ago')).toBe('Exited (0) <duration> ago');
    expect(normalize('About a minute ago')).toBe('<duration> ago');
    expect(normalize('Up About an hour (healthy)')).toBe('Up <duration> (healthy)');
    expect(normalize('2026-12-06T10:11:12.123456789Z hello')).toBe('<time> hello');
    expect(normalize('"Created": "2026-12-06T10:11:12.5+01:00",')).toBe('"Created": "<time>",');
    expect(normalize('2026-12-06 10:11:12 +0000 UTC')).toBe('<time>');
    expect(normalize('1.87MB 4.26kB 0B 12.5MiB / 23.54GiB')).toBe('<size> <size> <size> <size> / <size>');
    expect(normalize('0.00% 12.5%')).toBe('<percent> <percent>');
  });

  it('keeps addresses and ports unless asked', () => {
    const line = '0.0.0.0:49153->80/tcp, [::]:49153->80/tcp 172.18.0.2';
    expect(normalize(line)).toBe(line);
    expect(normalize(line, { normalizePorts: true })).toBe('0.0.0.0:<port>->80/tcp, [::]:<port>->80/tcp 172.18.0.2');
    expect(normalize('172.18.0.2 172.18.0.0/16', { normalizeAddresses: true })).toBe('<ip> <ip>/16');
    expect(normalize('root 4242 4200 0 10:11 ?', { normalizeNumbers: true })).toBe('root <n> <n> <n> <n>:<n> ?');
  });

  it('collapses column padding only in tables that hold a normalised token', () => {
    const ps =
      'CONTAINER ID   IMAGE         STATUS                     NAMES\n' +
      '4b9647dd9821   alpine:3.20   Exited (3) 2 seconds ago   trois\n';
    expect(normalize(ps)).toBe(
      'CONTAINER ID  IMAGE  STATUS  NAMES\n<id>  alpine:3.20  Exited (3) <duration> ago  trois\n',
    );
    const volumes = 'DRIVER    VOLUME NAME\nlocal     donnees\n';
    expect(normalize(volumes)).toBe(volumes);
  });

  it('keeps indentation and lines outside tables', () => {
    const text = 'Error: x\n       You must specify POSTGRES_PASSWORD\n';
    expect(normalize(text)).toBe(text);
    expect(normalize('{\n    "Id": "' + 'a1'.repeat(32) + '"\n}')).toBe('{\n    "Id": "<id>"\n}');
  });

  const fragment = fc.constantFrom(
    'Up 3 seconds',
    'Exited (0) 2 minutes ago',
    'About a minute ago',
    'Less than a second',
    '4b9647dd9821',
    'sha256:' + '0f'.repeat(32),
    '2026-12-06T10:11:12.123Z',
    '2026-12-06 10:11:12 +0000 UTC',
    '1.87MB',
    '0B',
    '12%',
    '172.17.0.2',
    '0.0.0.0:49153->80/tcp',
    '   ',
    '  ',
    ' ',
    '\n',
    '<id>',
    'web',
    '42',
    '-',
  );
  const text = fc.oneof(
    fc.string(),
    fc.array(fc.oneof(fragment, fc.string({ maxLength: 4 })), { maxLength: 30 }).map((a) => a.join('')),
  );
  const options = fc.record(
    { normalizeAddresses: fc.boolean(), normalizePorts: fc.boolean(), normalizeNumbers: fc.boolean() },
    { requiredKeys: [] },
  );

  it('changes nothing when applied twice (property)', () => {
    fc.assert(
      fc.property(text, options, (input, opts) => {
        const once = normalize(input, opts);
        expect(normalize(once, opts)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the number of lines (property)', () => {
    fc.assert(
      fc.property(text, options, (input, opts) => {
        expect(normalize(input, opts).split('\n')).toHaveLength(input.split('\n').length);
      }),
    );
  });
});
