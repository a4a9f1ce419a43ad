import type { BrowserContext, Frame as PlaywrightFrame, Page as PlaywrightPage } from 'playwright-core';
import type { Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension } from '../../scripts/support/extension';
import { launchFirefoxWithExtension } from '../../scripts/support/firefox';
import { type StaticServer, serveFolder } from '../../scripts/support/serve';
import { installPageProbe, type MainThreadFigures, type Underline } from './page-probe';

/**
 * Pages that make a content script's life hard, served from 127.0.0.1 (test/fixtures/pages/hostile)
 * and opened in Chromium and in Firefox with the built extension. On each: nothing of the extension
 * reaches the page's console, the page's own behaviour and markup are unchanged, names are found
 * where they can be (and never inside text fields or editors), and the main thread stays free.
 */

type BrowserName = 'chromium' | 'firefox';

interface Heard {
  console: { type: string; text: string; url: string }[];
  errors: string[];
}

/** Runs a function in a page or frame, with either driver. */
interface Evaluator {
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
}

/** Either driver's page or frame: both take `evaluate(fn, arg)` in the same shape. */
const evaluator = (target: PlaywrightPage | PlaywrightFrame | PuppeteerPage | PuppeteerFrame) =>
  target as unknown as Evaluator;

/** A tab of either browser, as the cases use it. */
interface Tab extends Evaluator {
  /** Loads `url` and gives the response's headers, names in lower case. */
  goto(url: string): Promise<Record<string, string>>;
  /** The frame whose URL contains `part`. */
  frame(part: string): Evaluator | undefined;
  move(x: number, y: number): Promise<void>;
  click(selector: string): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  heard: Heard;
  close(): Promise<void>;
}

function playwrightTab(page: PlaywrightPage): Tab {
  const heard: Heard = { console: [], errors: [] };
  page.on('console', (message) =>
    heard.console.push({
      type: message.type() === 'warning' ? 'warn' : message.type(),
      text: message.text(),
      url: message.location().url,
    }),
  );
  page.on('pageerror', (error) => heard.errors.push(error.message));
  return {
    heard,
    async goto(url) {
      const response = await page.goto(url);
      return response ? await response.allHeaders() : {};
    },
    evaluate: (fn, arg) => evaluator(page).evaluate(fn, arg),
    frame(part) {
      const frame = page.frames().find((f) => f.url().includes(part));
      return frame && evaluator(frame);
    },
    move: (x, y) => page.mouse.move(x, y, { steps: 3 }),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text, { delay: 15 }),
    close: () => page.close(),
  };
}

function puppeteerTab(page: PuppeteerPage): Tab {
  const heard: Heard = { console: [], errors: [] };
  page.on('console', (message) =>
    heard.console.push({ type: message.type(), text: message.text(), url: message.location().url ?? '' }),
  );
  page.on('pageerror', (error) => heard.errors.push(error instanceof Error ? error.message : String(error)));
  return {
    heard,
    async goto(url) {
      const response = await page.goto(url);
      return response?.headers() ?? {};
    },
    evaluate: (fn, arg) => evaluator(page).evaluate(fn, arg),
    frame(part) {
      const frame = page.frames().find((f) => f.url().includes(part));
      return frame && evaluator(frame);
    },
    move: (x, y) => page.mouse.move(x, y, { steps: 3 }),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key as Parameters<PuppeteerPage['keyboard']['press']>[0]),
    type: (text) => page.keyboard.type(text, { delay: 15 }),
    close: () => page.close(),
  };
}

interface Session {
  open(): Promise<Tab>;
  close(): Promise<void>;
}

async function startBrowser(name: BrowserName): Promise<Session> {
  if (name === 'chromium') {
    const extension = await launchWithExtension({ headless: true });
    const context: BrowserContext = extension.context;
    await context.addInitScript(installPageProbe);
    return {
      open: async () => playwrightTab(await context.newPage()),
      close: () => extension.close(),
    };
  }
  const firefox = await launchFirefoxWithExtension({ headless: true });
  return {
    async open() {
      const page = await firefox.browser.newPage();
      await page.evaluateOnNewDocument(installPageProbe);
      return puppeteerTab(page);
    },
    close: () => firefox.close(),
  };
}

interface HostileCase {
  name: string;
  /** Under /hostile/. */
  page: string;
  /** Headers the page must be sent with. */
  headers?: Record<string, string>;
  /** Underlined once the page has settled, in any order (repeated names repeated). */
  underlined: string[];
  /** Underlined before the measured stretch, when the page settles only after it (default: `underlined`). */
  underlinedFirst?: string[];
  /** Underlined in frames, by a part of the frame's URL. */
  frames?: Record<string, string[]>;
  /** What a reader does once the names show (typing, clicking). */
  act?(tab: Tab): Promise<void>;
  /** Ends the page's own activity after the measured stretch. */
  settle?(tab: Tab): Promise<void>;
  /** A name whose card must open on hover, in its own look. */
  hover?: string;
  /** The main thread is measured this long once the names show. */
  measureMs?: number;
  /** Whether the main thread's busy share over that stretch is bounded (on pages busy by design). */
  boundBusyShare?: boolean;
  /** The page's own deliberate errors: they must be heard (so errors from its frames are), and are not failures. */
  ownErrors?: RegExp[];
}

const times = (count: number, name: string) => Array.from({ length: count }, () => name);
const FRAME_NAMES = ['Gemini 2.5 Flash', 'Llama 3.3 70B'];

const CASES: HostileCase[] = [
  {
    name: "strict CSP (default-src 'none', sent as a header)",
    page: 'csp.html',
    headers: { 'content-security-policy': "default-src 'none'" },
    underlined: ['GPT-4.1 mini', 'Claude Sonnet 4.5'],
    hover: 'GPT-4.1 mini',
  },
  {
    name: '* { all: unset !important }',
    page: 'reset.html',
    underlined: ['Gemini 2.5 Flash', 'Llama 3.3 70B', 'GPT-4.1 mini'],
    hover: 'Gemini 2.5 Flash',
  },
  {
    name: 'Node, Element, Range, MutationObserver and CSS.highlights rewritten',
    page: 'prototypes.html',
    underlined: ['GPT-4.1 mini', 'Claude Sonnet 4.5', 'Gemini 2.5 Flash', 'Llama 3.3 70B'],
    hover: 'Claude Sonnet 4.5',
  },
  {
    name: 'a page of 200,000 nodes',
    page: 'big.html',
    underlined: [...times(10, 'GPT-4.1 mini'), ...times(11, 'Claude Sonnet 4.5')],
  },
  {
    name: 'text changing 1,000 times a second',
    page: 'mutating.html',
    underlinedFirst: ['GPT-4.1 mini', 'Claude Sonnet 4.5'],
    underlined: ['GPT-4.1 mini', 'Claude Sonnet 4.5', ...times(4, 'Llama 3.3 70B')],
    measureMs: 3_000,
    boundBusyShare: true,
    settle: async (tab) => {
      await tab.evaluate(() => (window as unknown as { pageControl: { stop(): void } }).pageControl.stop(), null);
    },
  },
  {
    name: '40 nested shadow roots, a closed one, slots and a late component',
    page: 'shadow.html',
    underlined: [
      'GPT-4.1 mini',
      'Claude Sonnet 4.5',
      'Gemini 2.5 Flash-Lite',
      'Gemini 2.5 Flash',
      'Llama 3.3 70B',
      'GPT-4.1 nano',
    ],
    hover: 'Claude Sonnet 4.5',
  },
  {
    name: 'same- and cross-origin frames, nested',
    page: 'frames.html',
    underlined: ['GPT-4.1 mini'],
    frames: { 'from=same': FRAME_NAMES, 'from=cross': FRAME_NAMES, 'from=nested': FRAME_NAMES },
    ownErrors: [/frame page: deliberate error/],
  },
  {
    name: 'contenteditable, a code editor and text fields, typed into',
    page: 'editor.html',
    underlined: ['GPT-4.1 nano'],
    act: async (tab) => {
      await tab.click('.cm-content .cm-line:last-child');
      await tab.press('End');
      await tab.press('Enter');
      await tab.type("const careful = 'Claude Sonnet 4.5';");
      await tab.click('#note');
      await tab.press('End');
      await tab.type(', then Gemini 2.5 Flash');
    },
  },
  {
    name: 'a paragraph made editable in place, then typed into',
    page: 'editable-later.html',
    underlinedFirst: ['GPT-4.1 mini', 'Claude Sonnet 4.5'],
    underlined: ['GPT-4.1 mini'],
    act: async (tab) => {
      await tab.click('#edit');
      await tab.click('#article');
      await tab.press('Home');
      await tab.type('Edited: ');
    },
  },
  {
    name: 'one text node of 4,000,000 characters',
    page: 'huge-text.html',
    underlined: ['GPT-4.1 mini', 'Claude Sonnet 4.5', 'Gemini 2.5 Flash'],
  },
  {
    name: 'right-to-left text (Arabic, Hebrew, bidi marks and overrides)',
    page: 'rtl.html',
    underlined: [
      'GPT-4.1 mini',
      'Claude Sonnet 4.5',
      'Gemini 2.5 Flash',
      'Llama 3.3 70B',
      'GPT-4.1 nano',
      'GPT-4o mini',
    ],
    hover: 'Claude Sonnet 4.5',
  },
];

/**
 * Generous bounds: the machine is shared and noisy, and the timer's lateness counts every other
 * process too; these catch a content script that runs away. Its own work share is bounded on every
 * page, the main thread's busy share on the page busy by design; its entries on the page's
 * performance timeline stay few whatever the page does.
 */
const LONGEST_GAP_MS = 500;
const BUSY_SHARE = 0.6;
const TIMELINE_ENTRIES = 400;
const DEFAULT_MEASURE_MS = 1_500;

interface CaseFigures {
  name: string;
  failed: boolean;
  servedBytes: number;
  textBytes: number;
  stretch?: MainThreadFigures;
  sinceLoad?: MainThreadFigures;
}

const sorted = (names: string[]) => [...names].sort();
const texts = (underlines: Underline[]) => sorted(underlines.map((u) => u.text));

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > end) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const underlinedIn = (target: Evaluator) => target.evaluate(() => window.pageProbe.underlined(), null);
const sameNames = (expected: string[]) => (underlines: Underline[]) =>
  texts(underlines).join('|') === sorted(expected).join('|');

/** The browser's own request for the site's icon fails (404, or blocked by a strict CSP): not the page's doing, nor ours. */
const aboutTheIcon = (text: string, url = '') => text.includes('/favicon.ico') || url.endsWith('/favicon.ico');

/** Console lines the extension is answerable for: warnings and errors, and anything it signs. */
function extensionNoise(heard: Heard): string[] {
  return heard.console
    .filter((line) => line.text.includes('[ModelPeek]') || ['error', 'warn', 'assert'].includes(line.type))
    .filter((line) => !aboutTheIcon(line.text, line.url))
    .map((line) => `${line.type}: ${line.text} (${line.url})`);
}

let server: StaticServer;
beforeAll(async () => {
  server = await serveFolder(new URL('../fixtures/pages', import.meta.url).pathname);
});
afterAll(async () => {
  await server?.close();
});

describe.each(['chromium', 'firefox'] as const)('hostile pages in %s', (browserName) => {
  let session: Session;
  const figures: CaseFigures[] = [];

  beforeAll(async () => {
    session = await startBrowser(browserName);
  }, 90_000);

  afterAll(async () => {
    await session?.close();
    const sum = (pick: (f: CaseFigures) => number) => figures.reduce((total, f) => total + pick(f), 0);
    const perCase = figures.map((f) => {
      const name = f.name.replace('.html', '');
      if (!f.stretch || !f.sinceLoad) return `${name} FAILED before measuring`;
      const cpu = `${f.stretch.busyMs.toFixed(0)}/${f.sinceLoad.longestGapMs.toFixed(0)}`;
      const own = `own ${f.stretch.extensionWorkMs.toFixed(0)}, slice ${f.sinceLoad.extensionLongestSliceMs.toFixed(0)}`;
      return `${name}${f.failed ? ' FAILED' : ''} ${cpu} (${own})`;
    });
    console.log(
      `[${browserName}] hostile pages: ${figures.length} cases tried, ${figures.filter((f) => f.failed).length} failures, ` +
        `${(sum((f) => f.servedBytes) / 1e3).toFixed(1)} kB served, ${(sum((f) => f.textBytes) / 1e6).toFixed(2)} MB of page text scanned; ` +
        `per case, busy ms over the stretch / longest gap ms after load (the content script's own work ms, its longest slice ms): ` +
        perCase.join('; '),
    );
  });

  it.each(CASES)('$name', async (hostile) => {
    const tab = await session.open();
    const record: CaseFigures = { name: hostile.page, failed: true, servedBytes: 0, textBytes: 0 };
    figures.push(record);
    try {
      const servedBefore = server.bytesServed;
      const headers = await tab.goto(`${server.origin}/hostile/${hostile.page}`);
      for (const [name, value] of Object.entries(hostile.headers ?? {})) expect(headers[name]).toBe(value);

      // (c) Names found where they can be, before the page is measured.
      const first = hostile.underlinedFirst ?? hostile.underlined;
      const found = await until(
        () => underlinedIn(tab),
        (u) => sorted(first).every((name) => texts(u).includes(name)),
      );
      expect(texts(found)).toEqual(expect.arrayContaining(sorted(first)));
      await hostile.act?.(tab);

      // (d) The main thread over a fixed stretch, then since load.
      const stretch = await tab.evaluate((ms) => window.pageProbe.measure(ms), hostile.measureMs ?? DEFAULT_MEASURE_MS);
      const sinceLoad = await tab.evaluate(() => window.pageProbe.figures(0), null);
      Object.assign(record, { stretch, sinceLoad });
      await hostile.settle?.(tab);

      // (c) Once settled: exactly the expected names, in the page and in its frames, none in a field or editor.
      const settled = await until(() => underlinedIn(tab), sameNames(hostile.underlined), 8_000);
      expect(texts(settled), 'underlined once settled').toEqual(sorted(hostile.underlined));
      expect(settled.filter((u) => u.editable)).toEqual([]);
      for (const [part, names] of Object.entries(hostile.frames ?? {})) {
        const frame = tab.frame(part);
        if (!frame) throw new Error(`no frame ${part}`);
        const inFrame = await until(() => underlinedIn(frame), sameNames(names), 8_000);
        expect(texts(inFrame), part).toEqual(sorted(names));
        expect(await frame.evaluate(() => window.pageProbe.atLoad === window.pageProbe.fingerprint(), null)).toBe(true);
        record.textBytes += await frame.evaluate(() => window.pageProbe.textBytes(), null);
      }

      // The card opens on hover, in its own look, whatever the page did.
      if (hostile.hover) {
        const box = await tab.evaluate((name) => window.pageProbe.boxOf(name), hostile.hover);
        if (!box) throw new Error(`${hostile.hover} has no box`);
        await tab.move(box.x, box.y);
        const card = await until(
          () => tab.evaluate(() => window.pageProbe.card(), null),
          (shown) => shown !== null,
          10_000,
        );
        expect(card?.text).toContain(hostile.hover);
        expect(card?.fontSize).toBe('13px');
        await tab.press('Escape');
        await until(
          () => tab.evaluate(() => window.pageProbe.card(), null),
          (shown) => shown === null,
          5_000,
        );
      }

      // (b) The page's own behaviour, and its markup as parsed.
      const own = await tab.evaluate(() => {
        const check = (window as unknown as { pageCheck?: () => { ok: boolean; notes: string[] } }).pageCheck;
        return check ? check() : { ok: true, notes: ['no script of its own'] };
      }, null);
      expect(own.ok, own.notes.join('; ')).toBe(true);
      const markup = await tab.evaluate(
        () => ({ atLoad: window.pageProbe.atLoad, now: window.pageProbe.fingerprint() }),
        null,
      );
      expect(markup.atLoad).not.toBeNull();
      expect(markup.now === markup.atLoad, 'the markup changed').toBe(true);
      expect(await tab.evaluate(() => window.pageProbe.violations, null)).toEqual([]);
      // No message of the extension's reaches the page's own message listeners.
      expect(await tab.evaluate(() => window.pageProbe.selfMessages, null)).toEqual([]);

      // (a) Nothing of the extension reached the console or the page's errors; the page's own errors were heard.
      const ownErrors = hostile.ownErrors ?? [];
      const isOwn = (error: string) => ownErrors.some((pattern) => pattern.test(error));
      for (const pattern of ownErrors) {
        expect(
          tab.heard.errors.some((error) => pattern.test(error)),
          `heard ${pattern}`,
        ).toBe(true);
      }
      expect(tab.heard.errors.filter((error) => !aboutTheIcon(error) && !isOwn(error))).toEqual([]);
      expect(extensionNoise(tab.heard)).toEqual([]);

      // (d) Bounded: no long hold of the main thread after load, and no runaway share of it.
      record.textBytes += await tab.evaluate(() => window.pageProbe.textBytes(), null);
      record.servedBytes = server.bytesServed - servedBefore;
      console.log(
        `[${browserName}] ${hostile.page}: busy ${stretch.busyMs.toFixed(0)} of ${stretch.spanMs.toFixed(0)} ms, ` +
          `content script ${stretch.extensionWorkMs.toFixed(1)} ms (${stretch.extensionEntries} entries), ` +
          `longest gap since load ${sinceLoad.longestGapMs.toFixed(0)} ms ` +
          `(content script's longest slice ${sinceLoad.extensionLongestSliceMs.toFixed(0)} ms), ` +
          `${record.textBytes} bytes of text, ${record.servedBytes} bytes served`,
      );
      expect(sinceLoad.longestGapMs, 'longest gap after load').toBeLessThan(LONGEST_GAP_MS);
      if (hostile.boundBusyShare) expect(stretch.busyMs / stretch.spanMs, 'busy share').toBeLessThan(BUSY_SHARE);
      expect(stretch.extensionWorkMs / stretch.spanMs, "content script's share").toBeLessThan(BUSY_SHARE);
      expect(sinceLoad.extensionEntries, 'entries on the timeline').toBeLessThan(TIMELINE_ENTRIES);
      record.failed = false;
    } finally {
      await tab.close();
    }
  });
});
