import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';
import { findChromium } from './browser';

/** Where `wxt build` writes (MODELPEEK_OUT_DIR, as in wxt.config.ts, else .output/). */
export const OUTPUT_DIR = resolve(import.meta.dirname, '../..', process.env.MODELPEEK_OUT_DIR ?? '.output');
export const CHROME_BUILD_DIR = join(OUTPUT_DIR, 'chrome-mv3');
export const FIREFOX_BUILD_DIR = join(OUTPUT_DIR, 'firefox-mv2');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/**
 * Host names the browser resolves only as these rules say: loopback as usual, `hosts` (e.g. the
 * live sources' real hosts) to the given local address, and every other name to nothing. So the
 * extension's live sources never reach the real sites from a test or the demo.
 */
export function offlineHostRules(hosts: Record<string, string> = {}): string {
  const maps = Object.entries(hosts).map(([host, to]) => `MAP ${host} ${to}`);
  return `--host-resolver-rules=${[...maps, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost'].join(', ')}`;
}

export interface LaunchOptions {
  headless: boolean;
  extensionDir?: string;
  /** A profile to start in and keep (to start again in it later); a fresh one, removed on close, by default. */
  profile?: string;
  args?: string[];
}

/**
 * Starts Chromium with the built extension loaded, in a fresh profile, offline but for loopback
 * (offlineHostRules), with the browser's own background traffic off: the only requests are the
 * ones the test makes. `args` adds command-line switches after these (e.g. a proxy that records
 * every request, or host rules that send the live sources' hosts to local stand-ins).
 */
export async function launchWithExtension(options: LaunchOptions) {
  const extensionDir = options.extensionDir ?? CHROME_BUILD_DIR;
  const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'modelpeek-profile-')));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      offlineHostRules(),
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      if (!options.profile) await rm(profile, { recursive: true, force: true });
    },
  } satisfies ExtensionBrowser;
}
