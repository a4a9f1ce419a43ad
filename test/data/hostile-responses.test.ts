import 'fake-indexeddb/auto';
import { gzipSync } from 'node:zlib';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/data/bundled';
import { createLiveData, type LiveSources } from '../../lib/data/live-data';
import { type Dataset, HttpsUrl, type Model } from '../../lib/data/schema';
import { MAX_PRICE_PER_MILLION } from '../../lib/data/sources/figures';
import { openModelStore } from '../../lib/data/store';
import { type HttpServer, serveHttp } from '../../scripts/support/serve';
import {
  goodBody,
  HOSTILE_SOURCES,
  type HostileResponse,
  type HostileSource,
  hostileResponses,
} from '../support/hostile-responses';

/**
 * Every hostile answer goes through the refresh the background runs: the four live sources on, a
 * real HTTP exchange, the adapters, the merge and the IndexedDB commit, starting from a good
 * stored dataset. The sources have https addresses, as they must; the fetch sends
 * each request to a local server on 127.0.0.1, which answers for all of them.
 */

/**
 * The bundled snapshot, cut to the models the good answers name and a sample of the rest: the
 * adapters and the merge read it the same way, and each of the thousands of refreshes stays quick.
 */
const ANCHORS = new Set([
  'openai/gpt-4.1-mini',
  'openai/gpt-4.1-nano',
  'openai/gpt-4.1',
  'anthropic/claude-sonnet-4.5',
  'google/gemini-2.5-pro',
  'mistralai/mistral-large-2411',
]);
const snapshot = loadBundledDataset();
const bundled: Dataset = {
  ...snapshot,
  models: snapshot.models.filter((model, i) => ANCHORS.has(model.id) || i % 10 === 0),
};
const NOW = '2026-11-29T10:00:00.000Z';
const address = (source: HostileSource) => `https://${source}.hostile.test/${source}`;
const sources: LiveSources = {
  enabled: HOSTILE_SOURCES.map((id) => ({ id, url: address(id) })),
  intervalHours: 12,
};

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const GOOD: Record<HostileSource, Answer> = Object.fromEntries(
  HOSTILE_SOURCES.map((source) => [
    source,
    {
      status: 200,
      headers: { 'Content-Type': 'application/json', ETag: `"good-${source}"` },
      body: Buffer.from(goodBody(source)),
    },
  ]),
) as unknown as Record<HostileSource, Answer>;

/** What each source answers now: its good answer unless a case stands in for it. */
const serving: Partial<Record<HostileSource, Answer>> = {};
let bytesServed = 0;
let server: HttpServer;

function answerOf(response: HostileResponse): Answer {
  const body = Buffer.from(response.body);
  return {
    status: response.status ?? 200,
    headers: {
      'Content-Type': 'application/json',
      ...response.headers,
      ...(response.gzip ? { 'Content-Encoding': 'gzip' } : {}),
    },
    body: response.gzip ? gzipSync(body) : body,
  };
}

const localFetch: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  return fetch(`${server.origin}${url.pathname}`, init);
};

function liveData() {
  return createLiveData({
    bundled: () => bundled,
    openStore: openModelStore,
    sources: async () => sources,
    now: () => new Date(NOW),
    fetch: localFetch,
  });
}

beforeAll(async () => {
  server = await serveHttp((req, res) => {
    const path = req.url ?? '';
    if (path === '/loop') return void res.writeHead(302, { Location: '/loop' }).end();
    const good = path.startsWith('/good/');
    const source = path.slice(good ? 6 : 1) as HostileSource;
    const answer = (good ? undefined : serving[source]) ?? GOOD[source];
    if (!answer) return void res.writeHead(404).end();
    if (answer === GOOD[source] && req.headers['if-none-match'] === answer.headers.ETag) {
      return void res.writeHead(304).end();
    }
    // The client may stop reading (an answer over the cap): that is its right, not a server error.
    res.on('error', () => {});
    bytesServed += answer.body.byteLength;
    res.writeHead(answer.status, answer.headers).end(answer.body);
  });
});

afterAll(() => server.close());

// ---------------------------------------------------------------------------------------------
// What must hold after every case.

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];
const prototypeKeys = () => PROTOTYPES.map((p) => Reflect.ownKeys(p).map(String).sort().join());
const cleanPrototypes = prototypeKeys();

function pollution(): string | undefined {
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || probe.isAdmin !== undefined || ([] as unknown as { polluted?: unknown }).polluted)
    return 'Object.prototype was polluted';
  if (prototypeKeys().join('|') !== cleanPrototypes.join('|')) return 'a built-in prototype gained a property';
  return undefined;
}

/** The longest text a dataset holds: a note with its reason. Anything longer is garbage from a source. */
const LONGEST_TEXT = 1_000;
const MAX_ERROR = 500;

/** Every figure of a model a source could spoil: prices, limits, speed, scores. */
function badFigures(model: Model, dataset: Dataset): string[] {
  const problems: string[] = [];
  const figure = (what: string, value: number | undefined, ok: (n: number) => boolean) => {
    if (value !== undefined && !(typeof value === 'number' && Number.isFinite(value) && ok(value))) {
      problems.push(`${model.id}: ${what} ${value}`);
    }
  };
  const price = (n: number) => n >= 0 && n <= MAX_PRICE_PER_MILLION;
  figure('input price', model.price?.input, price);
  figure('output price', model.price?.output, price);
  figure('cached input price', model.price?.cachedInput, price);
  figure('context', model.limits?.context, (n) => Number.isSafeInteger(n) && n > 0);
  figure('max output', model.limits?.maxOutput, (n) => Number.isSafeInteger(n) && n > 0);
  figure('speed', model.speed?.outputTokensPerSecond, (n) => n > 0);
  figure('time to first token', model.speed?.timeToFirstTokenSeconds, (n) => n > 0);
  for (const [id, score] of Object.entries(model.scores)) {
    const unit = dataset.benchmarks.find((b) => b.id === id)?.unit;
    figure(`${id} score`, score.value, (n) => n >= 0 && (unit === 'elo' || n <= 100));
  }
  return problems;
}

/** Every link is https, and every text is of a sane length, anywhere in the dataset. */
function badStrings(value: unknown, path: string, problems: string[]): string[] {
  if (typeof value === 'string') {
    if (value.length > LONGEST_TEXT) problems.push(`${path}: ${value.length} characters`);
    if (/(^|\.)url$/.test(path) && (!HttpsUrl.safeParse(value).success || !value.startsWith('https://'))) {
      problems.push(`${path}: link ${JSON.stringify(value.slice(0, 80))}`);
    }
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) badStrings(item, `${path}.${i}`, problems);
  } else if (value !== null && typeof value === 'object') {
    if (Object.getPrototypeOf(value) !== Object.prototype) problems.push(`${path}: an object of another prototype`);
    for (const key of Object.keys(value))
      badStrings((value as Record<string, unknown>)[key], `${path}.${key}`, problems);
  }
  return problems.slice(0, 5);
}

/**
 * The cases in batches of one per source, answered at once. The cases that must be refused come
 * last in each source's list, and the lists end together: a batch of refusals alone is quick.
 */
function batches(cases: readonly HostileResponse[]): HostileResponse[][] {
  const queues = HOSTILE_SOURCES.map((source) => {
    const own = cases.filter((c) => c.source === source);
    return [...own.filter((c) => !c.refused), ...own.filter((c) => c.refused)];
  });
  const length = Math.max(...queues.map((queue) => queue.length));
  return Array.from({ length }, (_, i) => queues.flatMap((queue) => queue[i - (length - queue.length)] ?? []));
}

/** Problems of a case, or of a batch of cases answered at once, in words. */
type Problems = string[];

describe('hostile source responses', () => {
  const cases = hostileResponses();
  const counts = { refused: 0, taken: 0, failures: 0 };
  let live: ReturnType<typeof liveData>;
  let good: Dataset;
  let goodJson: string;
  let goodModels: Map<string, string>;

  /** Each source's last failure, in words: none when every source answered well. */
  async function sourceErrors(): Promise<string[]> {
    return Object.values(await live.state()).flatMap((s) => (s?.lastError ? [`${s.id}: ${s.lastError}`] : []));
  }

  /** A fresh profile whose store holds the good answers of every source. */
  async function startFromGood(): Promise<string[]> {
    globalThis.indexedDB = new IDBFactory();
    live = liveData();
    await live.refresh(true);
    return sourceErrors();
  }

  beforeAll(async () => {
    expect(await startFromGood()).toEqual([]);
    good = (await live.current()).dataset;
    goodJson = JSON.stringify(good);
    goodModels = new Map(good.models.map((m) => [m.id, JSON.stringify(m)]));
  }, 60_000);

  afterAll(() => {
    const mb = (bytesServed / 1024 / 1024).toFixed(1);
    const count = (n: number) => n.toLocaleString('en');
    console.log(
      `hostile responses: ${count(cases.length)} cases (${count(counts.refused)} refused, ${count(counts.taken)} taken), ` +
        `${count(counts.failures)} failures, ${mb} MB served`,
    );
  });

  it('starts from good answers of every source, in the dataset with their figures', () => {
    const price = (id: string) => good.models.find((m) => m.id === id)?.price;
    expect(price('openai/gpt-4.1-mini')).toMatchObject({ input: 0.3, output: 1.2, source: 'custom' });
    expect(price('openai/gpt-4.1-nano')).toMatchObject({ input: 0.08, output: 0.32, source: 'openrouter' });
    expect(price('anthropic/claude-sonnet-4.5')).toMatchObject({ input: 2.7, output: 13.5, source: 'litellm' });
    expect(price('google/gemini-2.5-pro')).toMatchObject({ input: 1.1, output: 9, source: 'models-dev' });
    for (const id of ['nova/brand-new-9b', 'acme-labs/spark-2', 'acme/rocket-1']) expect(goodModels.has(id)).toBe(true);
    expect(badStrings(good, 'dataset', [])).toEqual([]);
    expect(good.models.flatMap((m) => badFigures(m, good))).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(1_000);
  });

  /**
   * Answers with the batch's cases at once, one per source, and checks what must hold: each
   * case's problems, and the batch's own (those no single case can be blamed for yet).
   */
  async function run(batch: readonly HostileResponse[]): Promise<{ each: Problems[]; all: Problems; taken: number }> {
    const all: Problems = [];
    for (const response of batch) serving[response.source] = answerOf(response);
    try {
      await live.refresh(true);
    } catch (error) {
      all.push(`the refresh rejected: ${String(error).slice(0, 200)}`);
    } finally {
      for (const response of batch) delete serving[response.source];
    }
    const polluted = pollution();
    if (polluted) all.push(polluted);

    const state = await live.state();
    const errors = batch.map((response) => state[response.source]?.lastError);
    const each = batch.map((response, i): Problems => {
      const error = errors[i];
      if (error === undefined) return response.refused ? ['taken, though nothing in it can be read'] : [];
      return error.length > MAX_ERROR ? [`an error of ${error.length} characters`] : [];
    });
    const taken = batch.filter((_, i) => errors[i] === undefined);

    const dataset = (await live.current()).dataset;
    if (taken.length === 0) {
      if (JSON.stringify(dataset) !== goodJson) all.push(`refused (${errors.join('; ')}), yet the dataset changed`);
      return { each, all, taken: 0 };
    }
    all.push(...badStrings(dataset, 'dataset', []));
    for (const model of dataset.models) all.push(...badFigures(model, dataset));
    const touched = new Set(taken.flatMap((response) => response.touches));
    const models = new Map(dataset.models.map((m) => [m.id, m]));
    for (const [id, json] of goodModels) {
      const model = models.get(id);
      if (touched.has(id)) {
        if (!model && bundled.models.some((m) => m.id === id)) all.push(`${id} is gone`);
      } else if (!model || JSON.stringify(model) !== json) {
        all.push(`${id} changed, though the answers leave its entries as they were`);
      }
    }
    // What a restarted worker reads from the store is what the refresh kept.
    if (JSON.stringify((await liveData().current()).dataset) !== JSON.stringify(dataset)) {
      all.push('the stored dataset differs from the one served');
    }
    // The sources recover: their good answers again give the good dataset again.
    await live.refresh(true);
    const after = await sourceErrors();
    if (after.length > 0) all.push(`the good answers after it fail: ${after.join('; ')}`);
    else if (JSON.stringify((await live.current()).dataset) !== goodJson) {
      all.push('the good answers after it do not give the good dataset back');
    }
    return { each, all, taken: taken.length };
  }

  it('keeps the good dataset, and every figure and link sane, through every hostile answer', async () => {
    const failures: string[] = [];
    const report = (response: HostileResponse, problems: Problems) => {
      if (problems.length === 0) return;
      counts.failures++;
      failures.push(`${response.name.slice(0, 160)}: ${problems.slice(0, 3).join('; ')}`);
    };
    for (const [i, batch] of batches(cases).entries()) {
      // A fresh store now and then: the price history the cases leave behind would slow every later one.
      if (i > 0 && i % 50 === 0) expect(await startFromGood()).toEqual([]);
      const { each, all, taken } = await run(batch);
      if (all.length === 0) {
        for (const [j, response] of batch.entries()) report(response, each[j] ?? []);
        counts.taken += taken;
        counts.refused += batch.length - taken;
        continue;
      }
      // Something went wrong in the batch: each case alone, from a good store, says which.
      for (const response of batch) {
        await startFromGood();
        const alone = await run([response]);
        report(response, [...(alone.each[0] ?? []), ...alone.all]);
        counts.taken += alone.taken;
        counts.refused += 1 - alone.taken;
      }
      await startFromGood();
    }
    expect(failures.slice(0, 60)).toEqual([]);
  }, 600_000);
});
