import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { fetchSource } from '../../lib/data/fetch-source';
import {
  earliestNextAttempt,
  isDue,
  nextAlarmDelayMinutes,
  nextAttemptAfterFailure,
  type RefreshInput,
  type RefreshState,
  refreshSources,
} from '../../lib/data/refresh';
import { type LiveSourceId, SourceError, type SourceUpdate } from '../../lib/data/sources/types';
import { type HttpServer, serveHttp } from '../../scripts/support/serve';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = new Date('2025-06-01T00:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

// A source's answer in a form small enough to read in a test: prices per model.
const PriceList = z.object({ models: z.array(z.object({ id: z.string(), input: z.number(), output: z.number() })) });
let parses = 0;
function parse(id: LiveSourceId, json: unknown, fetchedAt: Date): SourceUpdate {
  parses++;
  const answer = PriceList.safeParse(json);
  if (!answer.success) throw new SourceError('answer is not in the expected form');
  const asOf = fetchedAt.toISOString().slice(0, 10);
  return {
    source: id,
    fetchedAt: fetchedAt.toISOString(),
    patches: answer.data.models.map(({ id: model, input, output }) => ({
      id: model,
      price: { input, output, source: id, asOf },
    })),
  };
}

type Behaviour = (req: IncomingMessage, res: ServerResponse) => void;

/** A source that answers `models` under `etag`, and 304 to a request that already has it. */
function answering(etag: string, input = 1): Behaviour {
  return (req, res) => {
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { ETag: etag }).end();
    const body = { models: [{ id: 'openai/gpt-4.1-mini', input, output: input * 4 }] };
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: etag }).end(JSON.stringify(body));
  };
}

const behaviours = new Map<string, Behaviour>();
const requests: { path: string; ifNoneMatch?: string }[] = [];
let server: HttpServer;
let base: string;
let host: string;

beforeAll(async () => {
  server = await serveHttp((req, res) => {
    const path = req.url ?? '';
    const ifNoneMatch = req.headers['if-none-match'];
    requests.push({ path, ...(ifNoneMatch ? { ifNoneMatch } : {}) });
    const behaviour = behaviours.get(path);
    if (behaviour) behaviour(req, res);
    else res.writeHead(404).end();
  });
  base = server.origin;
  host = new URL(base).host;
});

afterAll(() => server.close());

beforeEach(() => {
  behaviours.clear();
  behaviours.set('/published', answering('"p1"', 1));
  behaviours.set('/openrouter', answering('"o1"', 2));
  requests.length = 0;
  parses = 0;
});

const onlyPublished = () => [{ id: 'published' as const, url: `${base}/published` }];
const sources = () => [...onlyPublished(), { id: 'openrouter' as const, url: `${base}/openrouter` }];

function refresh(input: Partial<RefreshInput> & { now: Date }) {
  return refreshSources({
    sources: sources(),
    fetchSource,
    parse,
    state: {},
    timeoutMs: 1_000,
    maxBytes: 4096,
    ...input,
  });
}

/** The state after both sources answered well at T0. */
async function refreshedAtT0(): Promise<RefreshState> {
  const { state } = await refresh({ now: T0 });
  requests.length = 0;
  parses = 0;
  return state;
}

describe('refreshSources', () => {
  it('stores each first good answer with its validators, due again after the interval', async () => {
    const { state, changed } = await refresh({ now: T0 });
    expect(changed).toBe(true);
    expect(state.published).toEqual({
      id: 'published',
      url: `${base}/published`,
      etag: '"p1"',
      lastSuccess: T0.toISOString(),
      lastAttempt: T0.toISOString(),
      failures: 0,
      nextAttempt: at(12 * HOUR).toISOString(),
      update: {
        source: 'published',
        fetchedAt: T0.toISOString(),
        patches: [
          { id: 'openai/gpt-4.1-mini', price: { input: 1, output: 4, source: 'published', asOf: '2025-06-01' } },
        ],
      },
    });
    expect(state.openrouter?.update?.patches[0]?.price?.input).toBe(2);
  });

  it('waits the interval it is given', async () => {
    const { state } = await refresh({ now: T0, intervalHours: 6 });
    expect(state.published?.nextAttempt).toBe(at(6 * HOUR).toISOString());
  });

  it('counts a 304 as success and keeps the update it already has', async () => {
    const before = await refreshedAtT0();
    const now = at(12 * HOUR);
    const { state, changed } = await refresh({ now, state: before });
    expect(requests).toEqual([
      { path: '/published', ifNoneMatch: '"p1"' },
      { path: '/openrouter', ifNoneMatch: '"o1"' },
    ]);
    expect(changed).toBe(false);
    expect(parses).toBe(0);
    expect(state.published?.update).toEqual(before.published?.update);
    expect(state.published?.etag).toBe('"p1"');
    expect(state.published?.lastSuccess).toBe(now.toISOString());
    expect(state.published?.nextAttempt).toBe(at(24 * HOUR).toISOString());
  });

  it('replaces the update and the validators when the source has something new', async () => {
    const before = await refreshedAtT0();
    behaviours.set('/published', answering('"p2"', 3));
    const { state, changed } = await refresh({ now: at(12 * HOUR), state: before });
    expect(changed).toBe(true);
    expect(state.published?.etag).toBe('"p2"');
    expect(state.published?.update?.fetchedAt).toBe(at(12 * HOUR).toISOString());
    expect(state.published?.update?.patches[0]?.price?.input).toBe(3);
  });

  const failures: [string, Behaviour, () => string][] = [
    ['an HTTP error', (_req, res) => void res.writeHead(500).end(), () => `HTTP 500 from ${host}`],
    ['a dropped connection', (req) => void req.socket.destroy(), () => `could not reach ${host}`],
    [
      'a source too slow to answer',
      (_req, res) => {
        const timer = setTimeout(() => res.writeHead(200).end('{}'), 5_000);
        res.on('close', () => clearTimeout(timer));
      },
      () => 'no answer within 1 s',
    ],
    ['malformed JSON', (_req, res) => void res.writeHead(200).end('{"models": ['), () => 'answer is not valid JSON'],
    [
      'an answer over the size cap',
      (_req, res) => void res.writeHead(200).end(' '.repeat(5000)),
      () => 'answer larger than 4 kB',
    ],
    [
      'an answer of the wrong form',
      (_req, res) => void res.writeHead(200).end('{"models": [{"id": 7}]}'),
      () => 'answer is not in the expected form',
    ],
  ];

  it.each(failures)(
    'keeps the last good update after %s, and says what went wrong',
    async (_kind, behaviour, words) => {
      const before = await refreshedAtT0();
      behaviours.set('/published', behaviour);
      const now = at(HOUR);
      const { state, changed } = await refresh({ now, state: before, force: true });
      expect(changed).toBe(false);
      expect(state.published).toEqual({
        ...before.published,
        lastAttempt: now.toISOString(),
        lastError: words(),
        failures: 1,
        nextAttempt: at(HOUR + 30 * MINUTE).toISOString(),
      });
      // The other source is untouched by its neighbour's failure.
      expect(state.openrouter?.lastError).toBeUndefined();
      expect(state.openrouter?.lastSuccess).toBe(now.toISOString());
    },
  );

  it('backs off after each failure, up to a day, then recovers on the next success', async () => {
    let state = await refreshedAtT0();
    behaviours.set('/published', (_req, res) => void res.writeHead(503).end());
    let now = at(12 * HOUR);
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      ({ state } = await refresh({ now, state, sources: onlyPublished() }));
      const next = Date.parse(state.published?.nextAttempt ?? '');
      waits.push((next - now.getTime()) / MINUTE);
      expect(state.published?.failures).toBe(i + 1);
      expect(state.published?.lastError).toBe(`HTTP 503 from ${host}`);
      expect(state.published?.update?.fetchedAt).toBe(T0.toISOString());
      // Halfway through the wait, an alarm finds nothing due.
      const asked = requests.length;
      ({ state } = await refresh({ now: new Date((now.getTime() + next) / 2), state, sources: onlyPublished() }));
      expect(requests).toHaveLength(asked);
      now = new Date(next);
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1440, 1440]);

    behaviours.set('/published', answering('"p2"', 5));
    const recovered = await refresh({ now, state });
    expect(recovered.changed).toBe(true);
    expect(recovered.state.published).toMatchObject({ failures: 0, lastSuccess: now.toISOString(), etag: '"p2"' });
    expect(recovered.state.published?.lastError).toBeUndefined();
    expect(recovered.state.published?.nextAttempt).toBe(new Date(now.getTime() + 12 * HOUR).toISOString());
  });

  it('clears the error after a 304 too', async () => {
    const before = await refreshedAtT0();
    behaviours.set('/published', (_req, res) => void res.writeHead(500).end());
    const failed = await refresh({ now: at(HOUR), state: before, force: true });
    behaviours.set('/published', answering('"p1"'));
    const { state } = await refresh({ now: at(2 * HOUR), state: failed.state, force: true });
    expect(requests.at(-2)).toEqual({ path: '/published', ifNoneMatch: '"p1"' });
    expect(state.published?.lastError).toBeUndefined();
    expect(state.published?.failures).toBe(0);
    expect(state.published?.update).toEqual(before.published?.update);
  });

  it('keeps that access to the site would fix a failure, until the next success', async () => {
    const noCors: RefreshInput['fetchSource'] = async () => {
      throw new SourceError('openrouter.ai answers, but without the CORS headers that let an extension read it', {
        needsAccess: true,
      });
    };
    const failed = await refresh({ now: T0, sources: onlyPublished(), fetchSource: noCors });
    expect(failed.state.published).toMatchObject({ needsAccess: true, failures: 1 });
    const recovered = await refresh({ now: at(HOUR), sources: onlyPublished(), state: failed.state, force: true });
    expect(recovered.state.published?.needsAccess).toBeUndefined();
    expect(recovered.state.published?.lastError).toBeUndefined();
  });

  it('skips sources that are not yet due', async () => {
    const before = await refreshedAtT0();
    const { state, changed } = await refresh({ now: at(HOUR), state: before });
    expect(requests).toEqual([]);
    expect(changed).toBe(false);
    expect(state).toEqual(before);
  });

  it('fetches a never-tried source while skipping one that is not due', async () => {
    const before = await refreshedAtT0();
    const { state } = await refresh({ now: at(HOUR), state: { openrouter: before.openrouter } });
    expect(requests.map((request) => request.path)).toEqual(['/published']);
    expect(state.openrouter).toBe(before.openrouter);
    expect(state.published?.lastSuccess).toBe(at(HOUR).toISOString());
  });

  it('fetches every source when forced, due or not', async () => {
    const before = await refreshedAtT0();
    behaviours.set('/published', answering('"p2"', 9));
    const { state, changed } = await refresh({ now: at(HOUR), state: before, force: true });
    expect(requests.map((request) => request.path)).toEqual(['/published', '/openrouter']);
    expect(changed).toBe(true);
    expect(state.published?.update?.patches[0]?.price?.input).toBe(9);
  });

  it('counts an alarm that comes up to a tenth of the wait early as due', async () => {
    const before = await refreshedAtT0();
    await refresh({ now: at(12 * HOUR * 0.85), state: before });
    expect(requests).toEqual([]);
    await refresh({ now: at(12 * HOUR * 0.95), state: before });
    expect(requests.map((request) => request.path)).toEqual(['/published', '/openrouter']);
  });

  it('sends no validators to a moved address, and fetches it at once', async () => {
    const before = await refreshedAtT0();
    behaviours.set('/mirror', (_req, res) => void res.writeHead(502).end());
    const { state } = await refresh({
      now: at(HOUR),
      state: before,
      sources: [{ id: 'published', url: `${base}/mirror` }],
    });
    expect(requests).toEqual([{ path: '/mirror' }]);
    expect(state.published?.url).toBe(`${base}/mirror`);
    expect(state.published?.lastError).toBe(`HTTP 502 from ${host}`);
    expect(state.published?.update).toEqual(before.published?.update);
  });

  it('asks for the whole answer when it has no update to fall back on', async () => {
    const { state } = await refresh({
      now: T0,
      state: { published: { id: 'published', url: `${base}/published`, etag: '"p1"', failures: 0 } },
      sources: onlyPublished(),
    });
    expect(requests).toEqual([{ path: '/published' }]);
    expect(state.published?.update?.patches).toHaveLength(1);
  });

  it('leaves the state of sources it was not asked to refresh as it is', async () => {
    const before = await refreshedAtT0();
    const { state } = await refresh({ now: at(13 * HOUR), state: before, sources: [] });
    expect(state).toEqual(before);
  });

  it('refreshes a source whose last attempt lies in the future, as after the clock was set back', async () => {
    const before = await refreshedAtT0();
    await refresh({ now: at(-24 * HOUR), state: before });
    expect(requests).toHaveLength(2);
  });
});

describe('nextAttemptAfterFailure', () => {
  it.each([
    [1, 30],
    [2, 60],
    [3, 120],
    [5, 480],
    [6, 960],
    [7, 1440],
    [8, 1440],
    [1000, 1440],
    // A count that should not happen still waits the first step rather than retrying at once.
    [0, 30],
  ])('after %i failures waits %i minutes', (failures, minutes) => {
    expect(nextAttemptAfterFailure(T0, failures)).toEqual(at(minutes * MINUTE));
  });
});

describe('nextAlarmDelayMinutes', () => {
  it.each([
    [0, 648],
    [0.25, 684],
    [0.5, 720],
    [0.75, 756],
    [0.999_999, 792],
  ])('with random %d waits %i minutes for a 12 h interval', (random, minutes) => {
    expect(nextAlarmDelayMinutes(12, () => random)).toBe(minutes);
  });

  it('stays within a tenth of the interval', () => {
    for (let i = 0; i <= 100; i++) {
      const delay = nextAlarmDelayMinutes(1, () => i / 101);
      expect(delay).toBeGreaterThanOrEqual(54);
      expect(delay).toBeLessThanOrEqual(66);
    }
  });
});

describe('isDue and earliestNextAttempt', () => {
  const waiting = {
    id: 'openrouter' as const,
    url: 'https://openrouter.ai/api/v1/models',
    failures: 1,
    lastAttempt: T0.toISOString(),
    nextAttempt: at(30 * MINUTE).toISOString(),
  };

  it('is due once nine tenths of the wait have passed', () => {
    expect(isDue(waiting, at(26 * MINUTE))).toBe(false);
    expect(isDue(waiting, at(27 * MINUTE))).toBe(true);
    expect(isDue({ id: 'custom', url: 'https://example.com/d.json', failures: 0 }, T0)).toBe(true);
  });

  it('gives the earliest time any listed source is due', () => {
    const state: RefreshState = {
      openrouter: waiting,
      litellm: { ...waiting, id: 'litellm', nextAttempt: at(5 * HOUR).toISOString() },
      published: { ...waiting, id: 'published', nextAttempt: at(10 * MINUTE).toISOString() },
    };
    expect(earliestNextAttempt(state, ['openrouter', 'litellm'])).toEqual(at(30 * MINUTE));
    expect(earliestNextAttempt(state, ['custom'])).toBeUndefined();
  });
});
