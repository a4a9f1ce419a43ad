import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox } from './browser';
import { FIREFOX_BUILD_DIR } from './extension';

/** The Firefox build's add-on id (wxt.config.ts, browser_specific_settings.gecko.id). */
const ADDON_ID = 'modelpeek@modelpeek.dev';
/** The moz-extension:// host Firefox gives the add-on in test profiles, fixed so tests can open its pages. */
const EXTENSION_UUID = '6d1f0c8e-3b5a-4e2f-9c7d-5a4b3e2f1d0c';

export interface FirefoxExtension {
  browser: Browser;
  /** moz-extension://… with no trailing slash. */
  extensionOrigin: string;
  /** Opens one of the extension's pages (e.g. 'popup.html') in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** A local port where nothing listens: requests that go anywhere but loopback are sent there and fail. */
const NOWHERE_PORT = 9;

/**
 * Starts the system Firefox (ESR from Debian here) over WebDriver BiDi with the built extension
 * installed as a temporary add-on, in a fresh profile with the browser's own background traffic off
 * and offline but for loopback: every other request goes to a proxy that is not there (so the live
 * sources never reach the real sites from a test), unless `proxyPort` names one that is.
 */
export async function launchFirefoxWithExtension(options: {
  headless: boolean;
  extensionDir?: string;
  /** A proxy for every request but loopback's, whose https certificates are taken as they are (a test's stand-ins). */
  proxyPort?: number;
}) {
  const profile = await mkdtemp(join(tmpdir(), 'modelpeek-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: options.headless,
    userDataDir: profile,
    acceptInsecureCerts: options.proxyPort !== undefined,
    defaultViewport: { width: 1280, height: 900 },
    // Firefox 153 lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      // Optional permissions asked for by the options page are granted without a prompt.
      'extensions.webextOptionalPermissionPrompts': false,
      'browser.shell.checkDefaultBrowser': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'extensions.update.enabled': false,
      'browser.newtabpage.enabled': false,
      'browser.startup.homepage': 'about:blank',
      'browser.ping-centre.telemetry': false,
      'dom.disable_open_during_load': false,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.proxyPort ?? NOWHERE_PORT,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.proxyPort ?? NOWHERE_PORT,
      'network.proxy.no_proxies_on': '127.0.0.1, localhost',
    },
  });
  await browser.installExtension(options.extensionDir ?? FIREFOX_BUILD_DIR);
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`;
  return {
    browser,
    extensionOrigin,
    async openExtensionPage(path: string) {
      const page = await browser.newPage();
      const url = `${extensionOrigin}/${path}`;
      // Firefox moves the tab into the extension's process on this navigation, and the driver's
      // navigation promise never settles; the page itself loads, so wait for it instead.
      // Asked again and again: a question asked during the move fails rather than waits.
      page.goto(url).catch(() => undefined);
      const end = Date.now() + 15_000;
      while (Date.now() < end) {
        const loaded = await page
          .evaluate((href) => location.href === href && document.readyState === 'complete', url)
          .catch(() => false);
        if (loaded) return page;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`${url} did not load`);
    },
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  } satisfies FirefoxExtension;
}
