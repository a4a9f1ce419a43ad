import { randomUUID } from 'node:crypto';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, request as forward, type IncomingMessage, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/support/extension';
import { hoverMention, waitForMentions } from '../../scripts/support/page';
import { type HttpServer, type StaticServer, serveFolder, serveHttp } from '../../scripts/support/serve';
import { openPopupWindow } from '../../scripts/support/toolbar';
import { onlyOpenRouterFrom, openRouterPriceCut } from '../support/openrouter-stand-in';
import {
  DEFAULT_SOURCE_HOSTS,
  LITELLM_PATH,
  OPENROUTER_PATH,
  type SourceStandIn,
  serveDefaultSources,
} from '../support/source-stand-ins';

/**
 * Privacy, proved on the wire: Chromium runs behind a logging proxy that sees every request of any
 * part of the browser (pages, the extension's worker and pages, the browser itself), loopback
 * included, while a test browses pages naming models, opens cards, the popup, the comparison and
 * options pages, and refreshes one live source. Every request a page or the extension makes goes to
 * the page server, to the two sources on by default (OpenRouter and LiteLLM, at their real
 * addresses, which the proxy tunnels to a local stand-in) or to the source turned on, and none
 * carries what the pages say.
 *
 * Chromium itself also calls Google's services on its own (component updates, account checks), with
 * or without any extension and whatever switches turn off: those are told apart by their host and by
 * no page or extension context having made them, and are listed in the summary line.
 */

/** Written into the private page: it must never appear in any request. */
const MARKER = `private-${randomUUID()}`;
/** What the pages name: no request may carry it either. */
const PAGE_WORDS = [MARKER, 'GPT-4.1', 'gpt-4.1', 'Claude Sonnet', 'claude-sonnet', 'shortlist'];

const PRIVATE_PAGE = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Internal notes ${MARKER}</title></head>
  <body>
    <h1>Our model shortlist</h1>
    <p>Memo ${MARKER}: we are moving the support bot from GPT-4.1 mini to Claude Sonnet 4.5.</p>
    <p>GPT-4.1 nano was too weak for ${MARKER}.</p>
  </body>
</html>`;

/** Chromium's own services: never a destination of ModelPeek's, and only allowed where no page or extension context asked. */
const BROWSER_OWN = /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)(:\d+)?$/;

/** One request as the proxy saw it. */
interface Seen {
  method: string;
  /** host:port, for CONNECT too. */
  host: string;
  url: string;
  headers: string;
  body: string;
}

let pagesDir: string;
let pages: StaticServer;
let source: HttpServer;
let defaultSources: SourceStandIn;
let sourceHost: string;
let proxy: Server;
let extension: ExtensionBrowser;
const throughProxy: Seen[] = [];
const seenByBrowser: string[] = [];

/** Starts a server on a free loopback port; resolves with its host:port. */
async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * A forward proxy that writes down every request, body included, and passes on only those to the
 * test servers: https to the default sources' hosts goes to their stand-in, which writes down what
 * it is asked; anything else is answered 502 and never leaves the machine.
 */
function loggingProxy(passOn: () => Set<string>): Server {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const target = new URL(req.url ?? '/', 'http://proxy.invalid');
      throughProxy.push(seen(req, target.host, body.toString('utf8')));
      if (!passOn().has(target.host)) {
        res.writeHead(502).end();
        return;
      }
      const upstream = forward(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: target.pathname + target.search,
          headers: req.headers,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      upstream.end(body);
    });
  });
  // https: written down, and refused unless it is for a default source (tunnelled to its stand-in).
  server.on('connect', (req: IncomingMessage, socket) => {
    throughProxy.push(seen(req, req.url ?? '', ''));
    const host = (req.url ?? '').replace(/:443$/, '');
    if (!(DEFAULT_SOURCE_HOSTS as readonly string[]).includes(host)) {
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = connect(defaultSources.port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  // WebSockets: written down and refused (nothing here may need them).
  server.on('upgrade', (req: IncomingMessage, socket) => {
    throughProxy.push(seen(req, new URL(req.url ?? '/', 'http://proxy.invalid').host, ''));
    socket.destroy();
  });
  return server;
}

function seen(req: IncomingMessage, host: string, body: string): Seen {
  return { method: req.method ?? '', host, url: req.url ?? '', headers: JSON.stringify(req.headers), body };
}

beforeAll(async () => {
  pagesDir = await mkdtemp(join(tmpdir(), 'modelpeek-privacy-'));
  await writeFile(join(pagesDir, 'private.html'), PRIVATE_PAGE);
  await copyFile(new URL('../fixtures/pages/compare.html', import.meta.url), join(pagesDir, 'compare.html'));
  pages = await serveFolder(pagesDir);
  defaultSources = await serveDefaultSources({ cors: true });
  source = await serveHttp((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(JSON.stringify(openRouterPriceCut));
  });
  sourceHost = new URL(source.origin).host;
  const pagesHost = new URL(pages.origin).host;
  proxy = loggingProxy(() => new Set([pagesHost, sourceHost]));
  const proxyHost = await listen(proxy);
  extension = await launchWithExtension({
    headless: true,
    // Every request through the proxy; `<-loopback>` takes back Chromium's own exception for 127.0.0.1.
    // The stand-in's certificate is made for the run.
    args: [`--proxy-server=http://${proxyHost}`, '--proxy-bypass-list=<-loopback>', '--ignore-certificate-errors'],
  });
  extension.context.on('request', (request) => seenByBrowser.push(request.url()));
});

afterAll(async () => {
  await extension?.close();
  await pages?.close();
  await source?.close();
  await defaultSources?.close();
  proxy?.closeAllConnections();
  await new Promise((resolve) => proxy?.close(resolve));
  if (pagesDir) await rm(pagesDir, { recursive: true, force: true });
});

/** Where the requests went, e.g. "127.0.0.1:4001 ×9". */
function destinations(hosts: string[]): string {
  const counts = new Map<string, number>();
  for (const host of hosts) counts.set(host, (counts.get(host) ?? 0) + 1);
  return [...counts].map(([host, n]) => `${host} ×${n}`).join(', ');
}

/** A web request's host:port; for anything else (the extension's own files, data:), its scheme. */
function whereTo(url: string): string {
  const { protocol, host } = new URL(url);
  return /^(https?|wss?):$/.test(protocol) ? host : protocol;
}

/** The hosts of the web requests among these (not the extension's own files or data: addresses). */
function webDestinations(urls: string[]): Set<string> {
  return new Set(urls.map(whereTo).filter((where) => !where.endsWith(':')));
}

async function openPage(url: string): Promise<Page> {
  const page = await extension.context.newPage();
  await page.goto(url);
  return page;
}

describe('privacy', () => {
  it('reaches only the default sources besides the pages, each for its one file, and tells them nothing', async () => {
    const page = await openPage(`${pages.origin}/private.html`);
    await waitForMentions(page, 3);
    expect(await hoverMention(page, 'GPT-4.1 mini')).toContain('GPT-4.1 mini');
    await page.keyboard.press('Escape');

    const popup = await openPopupWindow(extension, page);
    await popup.locator('.on-this-page .page-model').first().waitFor();
    await popup.locator('#model-search').fill('claude sonnet 4.5');
    await popup.locator('[role=option]').first().waitFor();
    await popup.close();

    const compare = await openPage(
      `chrome-extension://${extension.extensionId}/compare.html#openai/gpt-4.1-mini,anthropic/claude-sonnet-4.5`,
    );
    await compare.getByText('Claude Sonnet 4.5').first().waitFor();
    await compare.close();

    const other = await openPage(`${pages.origin}/compare.html`);
    await waitForMentions(other, 2);
    await other.close();
    await page.close();

    const pagesHost = new URL(pages.origin).host;
    expect(throughProxy.filter((r) => r.host === pagesHost).length).toBeGreaterThan(0);
    expect(webDestinations(seenByBrowser)).toEqual(new Set([pagesHost, ...DEFAULT_SOURCE_HOSTS]));
    const tunnels = DEFAULT_SOURCE_HOSTS.map((host) => `${host}:443`);
    expect(
      throughProxy.filter((r) => r.host !== pagesHost && !tunnels.includes(r.host) && !BROWSER_OWN.test(r.host)),
    ).toEqual([]);
    // The refresh on install: one plain GET of each default source's file, with no cookie.
    expect(defaultSources.requests.map((r) => `${r.method} ${r.host} ${r.path}`).sort()).toEqual([
      `GET openrouter.ai ${OPENROUTER_PATH}`,
      `GET raw.githubusercontent.com ${LITELLM_PATH}`,
    ]);
    for (const request of defaultSources.requests) {
      expect(request.headers.cookie).toBeUndefined();
      for (const word of PAGE_WORDS) expect(JSON.stringify(request.headers)).not.toContain(word);
    }
  });

  it('with one live source on, reaches only that source besides the pages, and tells no one what the pages say', async () => {
    await extension.worker.evaluate(
      async (settings) => {
        const { chrome } = globalThis as unknown as {
          chrome: { storage: { local: { set(v: object): Promise<void> } } };
        };
        await chrome.storage.local.set(settings);
      },
      onlyOpenRouterFrom(`http://${sourceHost}/api/v1/models`),
    );
    const options = await openPage(`chrome-extension://${extension.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Refresh now' }).click();
    const row = options.locator('[data-source="openrouter"]');
    await expect.poll(() => row.locator('.last-success').textContent(), { timeout: 15_000 }).not.toBe('never');
    await options.close();

    const page = await openPage(`${pages.origin}/private.html`);
    expect(await hoverMention(page, 'GPT-4.1 mini')).toContain('$0.80');
    await page.keyboard.press('Escape');
    await page.close();
    // Anything still on its way (a late refresh, a beacon) would arrive by now.
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const pagesHost = new URL(pages.origin).host;
    const ours = throughProxy.filter((r) => !BROWSER_OWN.test(r.host));
    const browserOwn = throughProxy.filter((r) => BROWSER_OWN.test(r.host));
    console.log(
      `privacy: ${throughProxy.length} requests through the proxy: ${ours.length} to ${destinations(ours.map((r) => r.host))} ` +
        `(pages ${pagesHost}, live source ${sourceHost}), ${browserOwn.length} from Chromium itself to ` +
        `${destinations(browserOwn.map((r) => r.host)) || 'nowhere'}; ${seenByBrowser.length} requests made by pages ` +
        `and the extension, to ${destinations(seenByBrowser.map(whereTo))}`,
    );

    // Pages and the extension reached the page server, the default sources and the one turned on, nothing else.
    expect(webDestinations(seenByBrowser)).toEqual(new Set([pagesHost, sourceHost, ...DEFAULT_SOURCE_HOSTS]));
    // The whole browser did too, apart from Chromium's own services, which no page or extension asked for.
    const tunnels = DEFAULT_SOURCE_HOSTS.map((host) => `${host}:443`);
    for (const request of ours) {
      if (request.method === 'CONNECT') {
        expect(tunnels, request.url).toContain(request.host);
        continue;
      }
      expect(request.method, request.url).toBe('GET');
      expect([pagesHost, sourceHost], request.url).toContain(request.host);
      const path = new URL(request.url).pathname;
      if (request.host === sourceHost) expect(path).toBe('/api/v1/models');
      else expect(['/private.html', '/compare.html', '/favicon.ico']).toContain(path);
    }
    expect(ours.filter((r) => r.host === sourceHost).length).toBeGreaterThan(0);
    for (const request of browserOwn) expect(webDestinations(seenByBrowser)).not.toContain(request.host);
    // Nothing the pages say, in any address, header or body the proxy could read.
    for (const request of throughProxy) {
      for (const word of PAGE_WORDS) {
        expect(`${request.url}\n${request.headers}\n${request.body}`, `${request.url} carries "${word}"`).not.toContain(
          word,
        );
      }
    }
    for (const url of seenByBrowser) for (const word of PAGE_WORDS) expect(url).not.toContain(word);
  });
});
