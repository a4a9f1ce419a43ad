import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchSource } from '../../lib/data/fetch-source';
import { SourceError } from '../../lib/data/sources/types';
import { type HttpServer, serveHttp } from '../../scripts/support/serve';

const ETAG = '"v1"';
const LAST_MODIFIED = 'Wed, 01 Jan 2025 00:00:00 GMT';
const LIMITS = { timeoutMs: 2_000, maxBytes: 1024 };

/** Each path is one way a source can answer. */
const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/good': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', ETag: ETAG, 'Last-Modified': LAST_MODIFIED });
    res.end(JSON.stringify({ models: [{ id: 'openai/gpt-4.1-mini' }] }));
  },
  '/etag': (req, res) => {
    if (req.headers['if-none-match'] === ETAG) return void res.writeHead(304, { ETag: ETAG }).end();
    res.writeHead(200, { ETag: ETAG }).end('{"n":1}');
  },
  '/last-modified': (req, res) => {
    if (req.headers['if-modified-since'] === LAST_MODIFIED) return void res.writeHead(304).end();
    res.writeHead(200, { 'Last-Modified': LAST_MODIFIED }).end('{"n":2}');
  },
  '/error': (_req, res) => void res.writeHead(500).end('{"error":"boom"}'),
  '/not-found': (_req, res) => void res.writeHead(404).end(),
  '/slow': (_req, res) => {
    const timer = setTimeout(() => res.writeHead(200).end('{}'), 5_000);
    res.on('close', () => clearTimeout(timer));
  },
  '/stalls-mid-body': (_req, res) => {
    res.writeHead(200);
    res.write('{"models": [');
  },
  '/malformed': (_req, res) => void res.writeHead(200).end('{"models": [1, 2'),
  '/large-declared': (_req, res) => {
    // Claims more than the cap and sends almost nothing: only the header can say it is too large in time.
    res.writeHead(200, { 'Content-Length': '5000' });
    res.write('{"a":');
  },
  '/huge-declared': (_req, res) => {
    res.writeHead(200, { 'Content-Length': String(9 * 1024 * 1024) });
    res.write('{"a":');
  },
  '/large-streamed': (_req, res) => {
    res.writeHead(200);
    const timer = setInterval(() => res.write(' '.repeat(256)), 5);
    res.on('close', () => clearInterval(timer));
  },
  '/empty': (_req, res) => void res.writeHead(200).end(),
};

let server: HttpServer;
let base: string;
const requests: IncomingMessage[] = [];
/** Paths whose connection the client closed before the answer ended: it stopped reading. */
const abandoned: string[] = [];

beforeAll(async () => {
  server = await serveHttp((req, res) => {
    requests.push(req);
    res.on('close', () => {
      if (!res.writableFinished) abandoned.push(req.url ?? '');
    });
    const route = routes[req.url ?? ''];
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
  base = server.origin;
});

afterAll(() => server.close());

beforeEach(() => {
  requests.length = 0;
  abandoned.length = 0;
});

/** The SourceError a fetch ends in, or a failed test when it ends otherwise. */
async function failureOf(promise: Promise<unknown>): Promise<SourceError> {
  const error = await promise.then(
    (value) => new Error(`expected a failure, got ${JSON.stringify(value)}`),
    (error: unknown) => error,
  );
  if (!(error instanceof SourceError)) throw error;
  return error;
}

/** Waits until `check` holds, for things the server learns a moment after the client acts. */
async function eventually(check: () => boolean, ms = 1_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition never held');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A fetch that drops the conditional headers, as a browser's own cache does before asking. */
const withoutConditionals: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers);
  headers.delete('If-None-Match');
  headers.delete('If-Modified-Since');
  return fetch(input, { ...init, headers });
};

describe('fetchSource', () => {
  it('returns the JSON and its validators from a good answer', async () => {
    const result = await fetchSource(`${base}/good`, {}, LIMITS);
    expect(result).toEqual({
      kind: 'body',
      json: { models: [{ id: 'openai/gpt-4.1-mini' }] },
      etag: ETAG,
      lastModified: LAST_MODIFIED,
    });
    expect(requests[0]?.headers['if-none-match']).toBeUndefined();
    expect(requests[0]?.headers['if-modified-since']).toBeUndefined();
    expect(requests[0]?.headers.accept).toBe('application/json');
  });

  it('sends If-None-Match and reads a 304 as unchanged', async () => {
    const first = await fetchSource(`${base}/etag`, {}, LIMITS);
    expect(first).toEqual({ kind: 'body', json: { n: 1 }, etag: ETAG });
    const second = await fetchSource(`${base}/etag`, { etag: ETAG }, LIMITS);
    expect(second).toEqual({ kind: 'unchanged' });
    expect(requests.map((req) => req.headers['if-none-match'])).toEqual([undefined, ETAG]);
  });

  it('reads an answer with the ETag already held as unchanged (a browser cache may answer a 304 with the old body)', async () => {
    const result = await fetchSource(`${base}/good`, { etag: ETAG }, { ...LIMITS, fetch: withoutConditionals });
    expect(result).toEqual({ kind: 'unchanged' });
  });

  it('asks again plainly when the browser refuses the conditional request (a CORS preflight the source ignores)', async () => {
    const refusingConditionals: typeof fetch = (input, init) =>
      new Headers(init?.headers).has('If-None-Match')
        ? Promise.reject(new TypeError('Failed to fetch'))
        : fetch(input, init);
    const result = await fetchSource(`${base}/etag`, { etag: '"older"' }, { ...LIMITS, fetch: refusingConditionals });
    expect(result).toEqual({ kind: 'body', json: { n: 1 }, etag: ETAG });
  });

  it('says when a source answers but without CORS headers, and that access to its site would fix it', async () => {
    // What a browser does without access to the site: the read fails, a no-cors request gets an opaque answer.
    const withoutCors: typeof fetch = async (input, init) => {
      if (init?.mode !== 'no-cors') throw new TypeError('Failed to fetch');
      await fetch(input, { ...init, mode: 'cors' });
      return { type: 'opaque', status: 0, ok: false, body: null } as unknown as Response;
    };
    const error = await failureOf(fetchSource(`${base}/good`, {}, { ...LIMITS, fetch: withoutCors }));
    const host = new URL(base).host;
    expect(error.message).toBe(
      `${host} answers, but without the CORS headers that let an extension read it: give ModelPeek access to ${host} to fetch it`,
    );
    expect(error.needsAccess).toBe(true);
    const unreachable: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const down = await failureOf(fetchSource(`${base}/good`, {}, { ...LIMITS, fetch: unreachable }));
    expect([down.message, down.needsAccess]).toEqual([`could not reach ${host}`, false]);
  });

  it('sends If-Modified-Since and reads a 304 as unchanged', async () => {
    const first = await fetchSource(`${base}/last-modified`, {}, LIMITS);
    expect(first).toEqual({ kind: 'body', json: { n: 2 }, lastModified: LAST_MODIFIED });
    const second = await fetchSource(`${base}/last-modified`, { lastModified: LAST_MODIFIED }, LIMITS);
    expect(second).toEqual({ kind: 'unchanged' });
    expect(requests[1]?.headers['if-modified-since']).toBe(LAST_MODIFIED);
  });

  it.each([
    ['/error', 'HTTP 500 from'],
    ['/not-found', 'HTTP 404 from'],
  ])('names the status and the host of a failed answer (%s)', async (path, words) => {
    const error = await failureOf(fetchSource(`${base}${path}`, {}, LIMITS));
    expect(error.message).toBe(`${words} ${new URL(base).host}`);
  });

  it('gives up on a source that does not answer in time', async () => {
    const started = Date.now();
    const error = await failureOf(fetchSource(`${base}/slow`, {}, { ...LIMITS, timeoutMs: 200 }));
    expect(error.message).toBe('no answer within 0.2 s');
    expect(Date.now() - started).toBeLessThan(2_000);
    await eventually(() => abandoned.includes('/slow'));
  });

  it('says the time limit in seconds as the options page shows it', async () => {
    const error = await failureOf(fetchSource(`${base}/slow`, {}, { ...LIMITS, timeoutMs: 1_000 }));
    expect(error.message).toBe('no answer within 1 s');
  });

  it('gives up on an answer that stops halfway', async () => {
    const error = await failureOf(fetchSource(`${base}/stalls-mid-body`, {}, { ...LIMITS, timeoutMs: 200 }));
    expect(error.message).toBe('no answer within 0.2 s');
    await eventually(() => abandoned.includes('/stalls-mid-body'));
  });

  it('rejects malformed JSON', async () => {
    const error = await failureOf(fetchSource(`${base}/malformed`, {}, LIMITS));
    expect(error.message).toBe('answer is not valid JSON');
  });

  it('rejects an empty answer as not JSON', async () => {
    const error = await failureOf(fetchSource(`${base}/empty`, {}, LIMITS));
    expect(error.message).toBe('answer is not valid JSON');
  });

  it('refuses an answer whose Content-Length passes the cap without reading it', async () => {
    const error = await failureOf(fetchSource(`${base}/large-declared`, {}, LIMITS));
    expect(error.message).toBe('answer larger than 1 kB');
    await eventually(() => abandoned.includes('/large-declared'));
  });

  it('stops reading an answer without Content-Length once it passes the cap', async () => {
    const error = await failureOf(fetchSource(`${base}/large-streamed`, {}, LIMITS));
    expect(error.message).toBe('answer larger than 1 kB');
    // The server would write forever: it sees the connection close only because the reader was cancelled.
    await eventually(() => abandoned.includes('/large-streamed'));
  });

  it('says the cap in the unit that reads best', async () => {
    const huge = await failureOf(fetchSource(`${base}/huge-declared`, {}, { ...LIMITS, maxBytes: 8 * 1024 * 1024 }));
    expect(huge.message).toBe('answer larger than 8 MB');
    const tiny = await failureOf(fetchSource(`${base}/large-declared`, {}, { ...LIMITS, maxBytes: 4 }));
    expect(tiny.message).toBe('answer larger than 4 bytes');
  });

  it('names the host it could not reach', async () => {
    const closed = await serveHttp(() => {});
    await closed.close();
    const error = await failureOf(fetchSource(`${closed.origin}/data.json`, {}, LIMITS));
    expect(error.message).toBe(`could not reach ${new URL(closed.origin).host}`);
  });

  it('refuses an address that is not one', async () => {
    const error = await failureOf(fetchSource('not a url', {}, LIMITS));
    expect(error.message).toBe('"not a url" is not a web address');
  });

  it('clears its timer once done, so nothing aborts the request afterwards', async () => {
    const signals: AbortSignal[] = [];
    const watched: typeof fetch = (input, init) => {
      if (init?.signal) signals.push(init.signal);
      return fetch(input, init);
    };
    await fetchSource(`${base}/good`, {}, { ...LIMITS, timeoutMs: 100, fetch: watched });
    await failureOf(fetchSource(`${base}/error`, {}, { ...LIMITS, timeoutMs: 100, fetch: watched }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(signals).toHaveLength(2);
    expect(signals.map((signal) => signal.aborted)).toEqual([false, false]);
  });

  it('passes on a cancellation as it is, not as a failure of the source', async () => {
    const controller = new AbortController();
    const reason = new Error('refresh cancelled');
    const pending = fetchSource(`${base}/slow`, {}, { ...LIMITS, signal: controller.signal });
    setTimeout(() => controller.abort(reason), 50);
    await expect(pending).rejects.toBe(reason);
    await eventually(() => abandoned.includes('/slow'));
  });
});
