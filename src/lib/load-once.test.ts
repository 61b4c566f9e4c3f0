import { expect, test, vi } from 'vitest';
import { loadOnce } from './load-once';

test('the chunk is fetched once, whether still on its way or arrived', async () => {
  const load = vi.fn(() => Promise.resolve('chunk'));
  const get = loadOnce(load);
  const first = get();
  expect(get()).toBe(first);
  await expect(first).resolves.toBe('chunk');
  expect(get()).toBe(first);
  expect(load).toHaveBeenCalledTimes(1);
});

test('a failed fetch is tried again at the next call, and the one that succeeds is kept', async () => {
  const load = vi
    .fn<() => Promise<string>>()
    .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
    .mockResolvedValue('chunk');
  const get = loadOnce(load);
  const failed = get();
  expect(get()).toBe(failed);
  await expect(failed).rejects.toThrow(/Failed to fetch/);
  const retried = get();
  expect(retried).not.toBe(failed);
  await expect(retried).resolves.toBe('chunk');
  expect(get()).toBe(retried);
  expect(load).toHaveBeenCalledTimes(2);
});
