import { SourceError } from './sources/types';

/** What the last good answer of a source said about its version, to ask only for something newer. */
export interface SourceValidators {
  etag?: string;
  lastModified?: string;
}

export interface FetchSourceOptions {
  /** For the whole exchange, body included: a source that trickles its answer is as stuck as a silent one. */
  timeoutMs: number;
  maxBytes: number;
  fetch?: typeof fetch;
  /** Cancels the request; its reason is rethrown as it is, since a cancelled refresh is not the source's fault. */
  signal?: AbortSignal;
}

export type FetchedSource = { kind: 'unchanged' } | ({ kind: 'body'; json: unknown } & SourceValidators);

/**
 * Fetches one source's JSON with a conditional request, a time limit and a size cap. Every way it
 * can fail becomes a SourceError in words the options page can show.
 */
export async function fetchSource(
  url: string,
  previous: SourceValidators,
  options: FetchSourceOptions,
): Promise<FetchedSource> {
  const host = hostOf(url);
  const controller = new AbortController();
  const outer = options.signal;
  outer?.throwIfAborted();
  let timedOut = false;
  const cancel = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', cancel);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const fetcher = options.fetch ?? fetch;
  try {
    const response = await request(url, previous, controller.signal, fetcher)
      .catch((error: unknown) => {
        // Without access to the source's site, a browser first asks it whether conditional headers
        // may be sent (a CORS preflight), which some sources do not answer: ask again plainly.
        if (timedOut || outer?.aborted || (!previous.etag && !previous.lastModified)) throw error;
        return request(url, {}, controller.signal, fetcher);
      })
      .catch(async (error: unknown) => {
        if (!timedOut && !outer?.aborted && (await answersWithoutCors(url, controller.signal, fetcher))) {
          throw new SourceError(
            `${host} answers, but without the CORS headers that let an extension read it: give ModelPeek access to ${host} to fetch it`,
            { needsAccess: true },
          );
        }
        throw failure(error, `could not reach ${host}`);
      });
    if (response.status === 304 || (response.ok && sameVersion(previous, response))) {
      await discard(response);
      return { kind: 'unchanged' };
    }
    if (!response.ok) {
      await discard(response);
      throw new SourceError(`HTTP ${response.status} from ${host}`);
    }
    const text = await readCapped(response, options.maxBytes).catch((error: unknown) => {
      throw failure(error, `answer from ${host} was cut off`);
    });
    return { kind: 'body', json: parseJson(text), ...validatorsOf(response) };
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener('abort', cancel);
  }

  /** A timeout or a cancellation says so; anything else that went wrong on the wire is `otherwise`. */
  function failure(error: unknown, otherwise: string): unknown {
    if (error instanceof SourceError) return error;
    if (timedOut) return new SourceError(`no answer within ${formatDuration(options.timeoutMs)}`);
    if (outer?.aborted) return outer.reason;
    return new SourceError(otherwise);
  }
}

/**
 * Whether a source that could not be read is there all the same: a request whose answer the
 * browser keeps from us (no-cors) succeeds when the source answers without CORS headers.
 */
async function answersWithoutCors(url: string, signal: AbortSignal, fetcher: typeof fetch): Promise<boolean> {
  try {
    const response = await fetcher(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal });
    await discard(response);
    return response.type === 'opaque';
  } catch {
    return false;
  }
}

/** An answer with the validators of the one already held (a browser's cache may have answered the 304 itself). */
function sameVersion(previous: SourceValidators, response: Response): boolean {
  const { etag, lastModified } = validatorsOf(response);
  if (previous.etag || etag) return previous.etag === etag;
  return previous.lastModified !== undefined && previous.lastModified === lastModified;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    throw new SourceError(`"${url}" is not a web address`);
  }
}

function request(url: string, previous: SourceValidators, signal: AbortSignal, fetcher: typeof fetch) {
  const headers = new Headers({ Accept: 'application/json' });
  if (previous.etag) headers.set('If-None-Match', previous.etag);
  if (previous.lastModified) headers.set('If-Modified-Since', previous.lastModified);
  return fetcher(url, {
    headers,
    signal,
    // Sources are public: no cookies go to them. The conditional headers above are our own cache,
    // so the browser's must not answer in their place.
    credentials: 'omit',
    cache: 'no-store',
  });
}

function validatorsOf(response: Response): SourceValidators {
  const etag = response.headers.get('ETag');
  const lastModified = response.headers.get('Last-Modified');
  return { ...(etag ? { etag } : {}), ...(lastModified ? { lastModified } : {}) };
}

/** Lets go of a body we will not read, so the connection is not held open. */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => {});
}

/** Reads the body as text, giving up as soon as it passes `maxBytes`, whatever Content-Length claimed. */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const tooLarge = () => new SourceError(`answer larger than ${formatBytes(maxBytes)}`);
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > maxBytes) {
    await discard(response);
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      received += value.byteLength;
      if (received > maxBytes) throw tooLarge();
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    // Cancelling stops the download; on a stream that already failed it only rejects again.
    await reader.cancel().catch(() => {});
    throw error;
  } finally {
    reader.releaseLock();
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new SourceError('answer is not valid JSON');
  }
}

/** "15 s", "0.2 s". */
function formatDuration(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/** "8 MB", "64 kB", "100 bytes". */
function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} kB`;
  return `${bytes} bytes`;
}
