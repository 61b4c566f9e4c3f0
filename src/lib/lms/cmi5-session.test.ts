import { describe, expect, it } from 'vitest';
import { startCmi5Session, STATE_ID } from './cmi5-session';
import type { LmsReport } from './lms-session';

const ENDPOINT = 'https://lrs.example/xapi/';
const ACTOR = { objectType: 'Agent', account: { homePage: 'https://lms.example', name: 'apprenant-7' } };

const launchHref = () =>
  `https://cours.example/index.html?${new URLSearchParams({
    endpoint: ENDPOINT,
    fetch: 'https://lms.example/fetch?launch=1',
    actor: JSON.stringify(ACTOR),
    registration: '0f3b1a62-6c8e-4a53-9a0e-6f1d2c3b4a50',
    activityId: 'urn:cours-docker:cours:au:complet',
  }).toString()}`;

interface Sent {
  method: string;
  url: string;
  keepalive: boolean;
  verb: string | null;
  body: string;
}

/**
 * An LRS behind a fetch stand-in: every request is recorded the moment it is made. Requests
 * after the launch wait while `hold` is set, as they do on a slow network.
 */
function fakeLrs() {
  const sent: Sent[] = [];
  const held: (() => void)[] = [];
  let hold = false;
  const fetchImpl = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const body = typeof init.body === 'string' ? init.body : '';
    const method = init.method ?? 'GET';
    const verb =
      url.endsWith('/statements') && method === 'POST'
        ? ((JSON.parse(body) as { verb: { id: string } }).verb.id.split('/').at(-1) ?? null)
        : null;
    sent.push({ method, url, keepalive: init.keepalive === true, verb, body });
    let response: Response;
    if (url.startsWith('https://lms.example/fetch')) response = Response.json({ 'auth-token': 'dG9rZW4=' });
    else if (url.includes('stateId=LMS.LaunchData'))
      response = Response.json({ launchMode: 'Normal', masteryScore: 0.7 });
    else if (method === 'GET') response = new Response(null, { status: 404 });
    else response = new Response(null, { status: method === 'PUT' ? 204 : 200 });
    if (!hold) return Promise.resolve(response);
    return new Promise((resolve) => held.push(() => resolve(response)));
  };
  return {
    sent,
    fetchImpl,
    holdFromNowOn: () => {
      hold = true;
    },
  };
}

const report = (patch: Partial<LmsReport> = {}): LmsReport => ({
  completed: false,
  passed: null,
  score: null,
  progress: 0.25,
  location: '/virtualisation/evaluation',
  suspendData: '1J["0",{"a":1}]',
  ...patch,
});

const verbs = (sent: readonly Sent[]) => sent.flatMap((request) => (request.verb ? [request.verb] : []));

describe('cmi5 session: terminate', () => {
  it('sends the waiting state and the terminated statement at once, with keepalive, while earlier requests still wait', async () => {
    const lrs = fakeLrs();
    const session = await startCmi5Session(launchHref(), { fetchImpl: lrs.fetchImpl, commitIntervalMs: 60_000 });
    expect(session).not.toBeNull();
    expect(verbs(lrs.sent)).toEqual(['initialized']);
    // A slow network: the completed statement and the state written with it do not come back.
    lrs.holdFromNowOn();
    session?.report(report({ completed: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(verbs(lrs.sent)).toEqual(['initialized', 'completed']);
    // The learner changes something, then the page goes: the change has not been written yet.
    session?.report(report({ completed: true, location: '/virtualisation/hyperviseurs' }));
    const before = lrs.sent.length;

    // pagehide: nothing after this call runs (no microtask, no timer), so the requests must be made now.
    session?.terminate();
    const atClose = lrs.sent.slice(before);
    expect(atClose.map(({ method, keepalive, verb }) => ({ method, keepalive, verb }))).toEqual([
      { method: 'PUT', keepalive: true, verb: null },
      { method: 'POST', keepalive: true, verb: 'terminated' },
    ]);
    expect(atClose[0]?.url).toContain(`stateId=${STATE_ID}`);
    expect(JSON.parse(atClose[0]?.body ?? '')).toMatchObject({
      location: '/virtualisation/hyperviseurs',
      sent: { completed: true },
    });
    expect(atClose[1]?.url).toBe(`${ENDPOINT}statements`);
  });

  it('terminates once: later reports, flushes and terminations send nothing', async () => {
    const lrs = fakeLrs();
    const session = await startCmi5Session(launchHref(), { fetchImpl: lrs.fetchImpl, commitIntervalMs: 60_000 });
    session?.terminate();
    const count = lrs.sent.length;
    expect(verbs(lrs.sent)).toEqual(['initialized', 'terminated']);
    session?.report(report({ completed: true }));
    session?.flush();
    session?.terminate();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(lrs.sent.length).toBe(count);
  });
});
