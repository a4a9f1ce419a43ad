import { readFile } from 'node:fs/promises';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface HttpServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Stops listening and ends the connections still open. */
  close(): Promise<void>;
}

export interface StaticServer extends HttpServer {
  /** Bytes of file bodies sent so far. */
  readonly bytesServed: number;
}

/**
 * Answers HTTP on 127.0.0.1 at a free port with `handle`: the pages and the stand-ins for remote
 * sources that the demo, the benchmarks and the tests use.
 */
export async function serveHttp(handle: RequestListener): Promise<HttpServer> {
  const server = createServer(handle);
  // A client may keep a connection open between slow requests; it is closed with the server, not under the client.
  server.keepAliveTimeout = 10 * 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Extra response headers of a file, from a sidecar beside it: `page.html.headers.json` holds
 * `{ "Content-Security-Policy": "…" }` for `page.html`. Most files have none.
 */
async function sidecarHeaders(file: string): Promise<Record<string, string>> {
  try {
    return JSON.parse(await readFile(`${file}.headers.json`, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/** Serves one folder's files on 127.0.0.1 at a free port; nothing outside the folder is reachable. */
export async function serveFolder(root: string): Promise<StaticServer> {
  const base = normalize(root);
  let bytesServed = 0;
  const server = await serveHttp(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      const headers = await sidecarHeaders(file);
      bytesServed += body.length;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return {
    origin: server.origin,
    get bytesServed() {
      return bytesServed;
    },
    close: server.close,
  };
}
