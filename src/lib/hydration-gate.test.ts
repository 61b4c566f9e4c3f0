import fc from 'fast-check';
import { afterEach, expect, test, vi } from 'vitest';
import { createHydrationGate, INTERACTION_EVENTS, type GateState } from './hydration-gate';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

function setup() {
  vi.useFakeTimers();
  const region = document.createElement('div');
  const button = document.createElement('button');
  region.append(button);
  const outside = document.createElement('button');
  document.body.append(region, outside);
  const load = vi.fn(() => Promise.resolve());
  const gate = createHydrationGate(() => ({
    target: window,
    setTimeout: (callback, ms) => setTimeout(callback, ms),
  }));
  return { gate, region, button, outside, load };
}

async function isSettled(promise: Promise<void>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await Promise.resolve();
  await Promise.resolve();
  return settled;
}

test('a gate never armed holds nothing', () => {
  const { gate } = setup();
  expect(gate.state).toBe('open');
  expect(gate.holds('lesson')).toBe(false);
});

test.each(INTERACTION_EVENTS)('armed, it holds its lesson until a « %s » event anywhere on the page', async (type) => {
  const { gate, region, load } = setup();
  gate.arm('lesson', region, load);
  expect(gate.holds('lesson')).toBe(true);
  expect(gate.holds('another')).toBe(false);
  expect(await isSettled(gate.released)).toBe(false);
  // The page scrolls as a whole (its scroll event is the document's); the other events reach an element.
  (type === 'scroll' ? document : document.body).dispatchEvent(new Event(type, { bubbles: false }));
  expect(gate.state).toBe('released');
  expect(load).toHaveBeenCalledTimes(1);
  expect(await isSettled(gate.released)).toBe(true);
  expect(gate.holds('lesson')).toBe(false);
});

test('a part of the page scrolled by the app (the outline’s column) does not release it', () => {
  const { gate, region, load } = setup();
  const column = document.createElement('nav');
  document.body.append(column);
  gate.arm('lesson', region, load);
  column.dispatchEvent(new Event('scroll', { bubbles: false }));
  expect(gate.state).toBe('armed');
  expect(load).not.toHaveBeenCalled();
  document.dispatchEvent(new Event('scroll', { bubbles: false }));
  expect(gate.state).toBe('released');
});

test('released, it waits for what it held to load, and opens even if that fails', async () => {
  const { gate, region } = setup();
  let finish: (ok: boolean) => void = () => undefined;
  gate.arm(
    'lesson',
    region,
    () => new Promise((resolve, reject) => (finish = (ok) => (ok ? resolve(null) : reject(new Error('offline'))))),
  );
  gate.release();
  // Released but not loaded: the body still waits, so that it hydrates with everything it holds (its quiz too).
  expect(await isSettled(gate.released)).toBe(false);
  expect(gate.holds('lesson')).toBe(true);
  finish(false);
  expect(await isSettled(gate.released)).toBe(true);
  expect(gate.holds('lesson')).toBe(false);
});

test('without any interaction, it holds the body however long the page stays open', () => {
  const { gate, region, load } = setup();
  gate.arm('lesson', region, load);
  vi.advanceTimersByTime(60 * 60 * 1000);
  expect(gate.state).toBe('armed');
  expect(gate.holds('lesson')).toBe(true);
  expect(load).not.toHaveBeenCalled();
});

test('a click inside the held body is put aside, then made again on the same element once the body is shown', () => {
  const { gate, region, button, load } = setup();
  const clicks = vi.fn();
  button.addEventListener('click', clicks);
  gate.arm('lesson', region, load);
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  button.dispatchEvent(event);
  expect(event.defaultPrevented).toBe(true);
  expect(clicks).not.toHaveBeenCalled();
  expect(gate.state).toBe('released');
  gate.shown();
  // Made again in a task of its own, after the effect that says the body is shown.
  expect(clicks).not.toHaveBeenCalled();
  vi.advanceTimersByTime(0);
  expect(clicks).toHaveBeenCalledTimes(1);
  // Shown, the body takes its clicks directly.
  button.click();
  expect(clicks).toHaveBeenCalledTimes(2);
});

test('the held body’s server HTML is kept from arming, without React’s markers, for its lesson only, until it is shown', () => {
  const { gate, region, load } = setup();
  region.innerHTML = '<!--$--><p>Prérendu</p><!--/$-->';
  expect(gate.heldMarkup('lesson')).toBeNull();
  gate.arm('lesson', region, load);
  region.innerHTML = '<p>Changé depuis</p>';
  expect(gate.heldMarkup('lesson')).toBe('<p>Prérendu</p>');
  expect(gate.heldMarkup('another')).toBeNull();
  gate.release();
  expect(gate.heldMarkup('lesson')).toBe('<p>Prérendu</p>');
  gate.shown();
  expect(gate.heldMarkup('lesson')).toBeNull();
});

test('a click outside the held body goes through untouched', () => {
  const { gate, region, outside, load } = setup();
  const clicks = vi.fn();
  outside.addEventListener('click', clicks);
  gate.arm('lesson', region, load);
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  outside.dispatchEvent(event);
  expect(event.defaultPrevented).toBe(false);
  expect(clicks).toHaveBeenCalledTimes(1);
});

test('a put-aside click whose element left the page is not made again', () => {
  const { gate, region, button, load } = setup();
  const clicks = vi.fn();
  button.addEventListener('click', clicks);
  gate.arm('lesson', region, load);
  button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  button.remove();
  gate.shown();
  vi.advanceTimersByTime(0);
  expect(clicks).not.toHaveBeenCalled();
});

const order: GateState[] = ['open', 'armed', 'released', 'shown'];

test('whatever happens, the gate only moves forward, holds only while armed, and replays at most one click', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.constantFrom('arm', 'release', 'shown', 'pointer', 'click', 'wait'), { maxLength: 12 }),
      async (steps) => {
        const { gate, region, button, load } = setup();
        const clicks = vi.fn();
        button.addEventListener('click', clicks);
        let previous = order.indexOf(gate.state);
        let armed = false;
        for (const step of steps) {
          if (step === 'arm') {
            gate.arm('lesson', region, load);
            armed ||= previous === 0;
          } else if (step === 'release') gate.release();
          else if (step === 'shown') {
            gate.shown();
            vi.advanceTimersByTime(0);
          } else if (step === 'pointer') window.dispatchEvent(new Event('pointerover'));
          else if (step === 'click') button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
          else vi.advanceTimersByTime(10_000);
          await isSettled(gate.released);
          const now = order.indexOf(gate.state);
          expect(now).toBeGreaterThanOrEqual(previous);
          // Once what it held has loaded (a microtask here), it holds exactly while armed.
          expect(gate.holds('lesson')).toBe(gate.state === 'armed');
          previous = now;
        }
        expect(await isSettled(gate.released)).toBe(gate.state === 'released' || gate.state === 'shown');
        expect(load.mock.calls.length).toBe(armed && gate.state !== 'armed' ? 1 : 0);
        const direct = steps.filter((step) => step === 'click').length;
        // Each click reaches the button once at most, the one put aside included.
        expect(clicks.mock.calls.length).toBeLessThanOrEqual(direct);
        if (!armed) expect(clicks.mock.calls.length).toBe(direct);
        gate.release();
        gate.shown();
        vi.advanceTimersByTime(0);
        vi.useRealTimers();
        document.body.replaceChildren();
      },
    ),
  );
});
