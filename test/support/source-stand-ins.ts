import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HttpServer } from '../../scripts/support/serve';
import { openRouterPriceCut } from './openrouter-stand-in';
import { liteLlmCostMap, liteLlmEntry } from './source-shapes';

/** The real hosts of the sources on by default, which browser tests send to the stand-in below. */
export const DEFAULT_SOURCE_HOSTS = ['openrouter.ai', 'raw.githubusercontent.com'] as const;
/** The paths ModelPeek fetches on them (lib/settings/sources.ts). */
export const OPENROUTER_PATH = '/api/v1/models';
export const LITELLM_PATH = '/BerriAI/litellm/main/model_prices_and_context_window.json';

/** LiteLLM's answer: Claude Sonnet 4.5 at $2.70 / $13.50 (a card showing $13.50 took it). */
export const liteLlmPriceCut = liteLlmCostMap({ 'claude-sonnet-4-5': liteLlmEntry('anthropic', 2.7e-6, 1.35e-5) });

export interface SeenRequest {
  method: string;
  host: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface SourceStandIn extends HttpServer {
  port: number;
  /** Every request it answered, in order. */
  requests: SeenRequest[];
  /** Whether answers carry CORS headers (changeable between requests). */
  cors: boolean;
  /** More files to serve, by path (e.g. a custom dataset). */
  files: Map<string, unknown>;
}

/**
 * An https server on 127.0.0.1 that answers as OpenRouter's models API and LiteLLM's cost map do,
 * with or without CORS headers, under a certificate made for the run (the browsers are told to
 * take it). The browser reaches it under the sources' real names through host rules (Chromium) or
 * a tunnelling proxy (Firefox, sourceTunnel), so the extension runs with its default addresses.
 */
export async function serveDefaultSources(options: { cors: boolean }): Promise<SourceStandIn> {
  const dir = await mkdtemp(join(tmpdir(), 'modelpeek-tls-'));
  const names = [...DEFAULT_SOURCE_HOSTS, 'team.example'].map((host) => `DNS:${host}`).join(',');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=modelpeek test sources',
      '-addext',
      `subjectAltName=${names}`,
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const [key, cert] = await Promise.all([readFile(join(dir, 'key.pem')), readFile(join(dir, 'cert.pem'))]);
  await rm(dir, { recursive: true, force: true });

  const files = new Map<string, unknown>([
    [OPENROUTER_PATH, openRouterPriceCut],
    [LITELLM_PATH, liteLlmPriceCut],
  ]);
  const requests: SeenRequest[] = [];
  const standIn = { cors: options.cors, requests, files };
  const server = createHttpsServer({ key, cert }, (req, res) => {
    const path = new URL(req.url ?? '/', 'https://stand-in').pathname;
    requests.push({ method: req.method ?? '', host: req.headers.host ?? '', path, headers: req.headers });
    const cors = standIn.cors
      ? {
          'access-control-allow-origin': '*',
          'access-control-allow-headers': 'If-None-Match, If-Modified-Since',
          'access-control-expose-headers': 'ETag, Last-Modified',
        }
      : {};
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors).end();
    const body = files.get(path);
    if (body === undefined) return void res.writeHead(404, cors).end();
    res.writeHead(200, { 'content-type': 'application/json', ...cors }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return Object.assign(standIn, {
    port,
    origin: `https://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
}

/** Chromium switches that send the sources' hosts to the stand-in and take its certificate. */
export function chromiumSourceArgs(standIn: SourceStandIn, hostRules: (hosts: Record<string, string>) => string) {
  const to = `127.0.0.1:${standIn.port}`;
  const hosts = Object.fromEntries([...DEFAULT_SOURCE_HOSTS, 'team.example'].map((host) => [host, to]));
  return [hostRules(hosts), '--ignore-certificate-errors'];
}

/**
 * A proxy for Firefox that tunnels every https connection to the stand-in, whatever host was
 * asked for, and refuses anything else: the browser reaches no real site.
 */
export async function sourceTunnel(standIn: SourceStandIn): Promise<HttpServer & { port: number }> {
  const server = createHttpServer((_req, res) => res.writeHead(502).end());
  server.on('connect', (_req, socket) => {
    const upstream = connect(standIn.port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
