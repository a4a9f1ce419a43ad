import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { framesAfter } from './floors';
import { type MainThreadTask, readMainThread, startTrace, taskAt } from './trace';

const HIGHLIGHT = 'modelpeek-mention';

/**
 * The names a page's scan underlines: how many when the scan ends, how many in all once the
 * reader has scrolled through the page (on a page with many names, the far ones are underlined
 * as the viewport comes near them), and those in the first viewport (text node's index in the
 * body, offset).
 */
export interface ScanExpectation {
  atScanEnd: number;
  total: number;
  viewport: [node: number, offset: number][];
}

/** What one load of a page measured, in milliseconds from the content script's start. */
export interface ScanRun {
  /** Every name in the first viewport underlined: the end of the frame that painted the last of them. */
  viewportUnderlinedMs: number;
  /** Every name on the page underlined: the end of the first frame after the scan's last change to the highlight. */
  fullScanWallMs: number;
  /** CPU time of the content script's work from its start to the last underline. */
  ownCpuMs: number;
  /** The longest main-thread task of the content script in that stretch (not a frame), wall and CPU. */
  longestTaskMs: number;
  longestTaskCpuMs: number;
  /** The same after the task that evaluates the script (compiling and running its top level), wall: the scan's own. */
  longestScanTaskMs: number;
  /** The longest frame the browser rendered in that stretch (it repaints the page for a highlight change). */
  longestFrameMs: number;
  /** Frames the browser painted (a static page paints only for the highlight's changes, and once when it is first shown). */
  paintedFrames: number;
  // What no scan's own work can save (the floors of the figures above):
  /** CPU time of evaluating the content script (compiling it and running its top level). */
  evaluateCpuMs: number;
  /** From the content script's start to its first scan's start: settings and names read from storage, matcher built. */
  scanStartMs: number;
  /** Of that, the frames the browser rendered meanwhile (the page's first render of itself), wall. */
  pageFramesBeforeScanMs: number;
  /** The frame that painted the first viewport's names, and the one that painted the last change, wall. */
  viewportFrameMs: number;
  finalFrameMs: number;
}

/**
 * Watches the page's highlight once a frame (from the page's own world, in the frame's
 * animation callbacks, so the check belongs to the frame being painted) until every expected
 * first-viewport name is in it, then marks `bench:viewport` on the page's timeline and stops
 * (a loop of animation frames makes the browser render every frame, which leaves less idle time
 * to the content script).
 */
function watchViewport({ name, expected }: { name: string; expected: ScanExpectation }) {
  let wanted: Map<Node, Set<number>> | undefined;
  const wantedNames = () => {
    const byNode = new Map<Node, Set<number>>();
    const last = Math.max(...expected.viewport.map(([node]) => node));
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const offsets = new Map<number, number[]>();
    for (const [node, offset] of expected.viewport) offsets.set(node, [...(offsets.get(node) ?? []), offset]);
    let index = 0;
    for (let node = walker.nextNode(); node && index <= last; node = walker.nextNode(), index++) {
      const at = offsets.get(index);
      if (at) byNode.set(node, new Set(at));
    }
    return byNode;
  };
  // Says when the scan is over and its last change painted, on the console: waiting for it from
  // outside would run the driver's own scripts in the page while the scan is measured.
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('modelpeek:first-scan').length) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => console.debug('bench:settled'), 100));
  }).observe({ type: 'measure', buffered: true });
  const tick = () => {
    const highlight = CSS.highlights.get(name) as unknown as Set<AbstractRange> | undefined;
    if (document.body && (highlight?.size ?? 0) >= expected.viewport.length) {
      wanted ??= wantedNames();
      let found = 0;
      for (const range of highlight ?? []) if (wanted.get(range.startContainer)?.has(range.startOffset)) found++;
      if (found >= expected.viewport.length) {
        performance.mark('bench:viewport');
        return;
      }
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * Scrolls through the page, two viewport heights a step (the names underlined reach one viewport
 * height above and below the viewport), and keeps every name the highlight held on the way, once
 * each, in `window.benchSeen`; how many. Runs in the page.
 */
async function scrollThrough(name: string): Promise<number> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const seen = new Map<string, StaticRange>();
  const indexOf = new Map<Node, number>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(), i = 0; node; node = walker.nextNode(), i++) indexOf.set(node, i);
  for (let y = 0; y < document.documentElement.scrollHeight; y += 2 * innerHeight) {
    scrollTo(0, y);
    await frame();
    await frame();
    for (const range of (CSS.highlights.get(name) as unknown as Set<AbstractRange> | undefined) ?? []) {
      const key = `${indexOf.get(range.startContainer)}:${range.startOffset}`;
      if (!seen.has(key)) seen.set(key, new StaticRange(range));
    }
  }
  (window as unknown as { benchSeen: StaticRange[] }).benchSeen = [...seen.values()];
  return seen.size;
}

/** Loads a page and waits until the content script has underlined all it will: how many, and those in the first viewport. */
export async function expectationOf(context: BrowserContext, url: string): Promise<ScanExpectation> {
  const page = await context.newPage();
  await page.goto(url, { timeout: 180_000 });
  await page.waitForFunction(() => performance.getEntriesByName('modelpeek:first-scan').length > 0, null, {
    timeout: 180_000,
  });
  const expected = await page.evaluate((name) => {
    const highlight = CSS.highlights.get(name) as unknown as Set<AbstractRange> | undefined;
    const indexOf = new Map<Node, number>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(), i = 0; node; node = walker.nextNode(), i++) indexOf.set(node, i);
    const viewport: [number, number][] = [];
    for (const painted of highlight ?? []) {
      const range = document.createRange();
      range.setStart(painted.startContainer, painted.startOffset);
      range.setEnd(painted.endContainer, painted.endOffset);
      const box = range.getBoundingClientRect();
      const inView = box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
      const node = indexOf.get(painted.startContainer);
      if (inView && node !== undefined) viewport.push([node, painted.startOffset]);
    }
    return { atScanEnd: highlight?.size ?? 0, viewport };
  }, HIGHLIGHT);
  const total = await page.evaluate(scrollThrough, HIGHLIGHT);
  await page.close();
  return { ...expected, total };
}

/** Loads a page with a trace running and measures the content script's scan of it (see ScanRun). */
export async function measureScan(
  context: BrowserContext,
  url: string,
  expected: ScanExpectation,
  scriptUrl: string,
): Promise<ScanRun> {
  const page = await context.newPage();
  await page.addInitScript(watchViewport, { name: HIGHLIGHT, expected });
  const cdp = await context.newCDPSession(page);
  const trace = await startTrace(cdp);
  const settled = page.waitForEvent('console', {
    predicate: (message) => message.text() === 'bench:settled',
    timeout: 180_000,
  });
  await page.goto(url, { timeout: 180_000 });
  await settled;
  const underlined = await page.evaluate(
    (name) => (CSS.highlights.get(name) as unknown as Set<unknown> | undefined)?.size ?? 0,
    HIGHLIGHT,
  );
  const events = await trace.stop();
  await page.close();
  if (underlined !== expected.atScanEnd) throw new Error(`${underlined} names underlined, not ${expected.atScanEnd}`);
  const { start, evaluateCpuMs, tasks, marks, measureStarts } = readMainThread(events, scriptUrl);
  const viewportAt = marks.get('bench:viewport');
  const scanEnd = marks.get('modelpeek:first-scan');
  const scanStart = measureStarts.get('modelpeek:first-scan');
  if (viewportAt === undefined || scanEnd === undefined || scanStart === undefined) {
    throw new Error('the trace lacks the marks of the scan');
  }
  // The mark is made in the frame that paints the viewport's names; the scan's last change is painted by the next frame that paints.
  const viewportFrame = taskAt(tasks, viewportAt);
  const viewportUnderlinedMs = (viewportFrame?.end ?? viewportAt) - start;
  const finalFrame = tasks.find((t) => t.frame && t.painted && t.start >= scanEnd);
  const fullScanWallMs = (finalFrame?.end ?? scanEnd) - start;
  const during = tasks.filter((t) => t.end > start && t.start < start + fullScanWallMs);
  const longest = (list: MainThreadTask[]) => list.reduce((a, b) => (b.ms > a.ms ? b : a), { ms: 0, cpuMs: 0 });
  const longestTask = longest(during.filter((t) => !t.frame));
  const evaluated = during.find((t) => t.start <= start && start <= t.end)?.end ?? start;
  const longestScanTask = longest(during.filter((t) => !t.frame && t.start >= evaluated));
  return {
    viewportUnderlinedMs,
    fullScanWallMs,
    ownCpuMs: during.reduce((sum, t) => sum + t.ownCpuMs, 0),
    longestTaskMs: longestTask.ms,
    longestTaskCpuMs: longestTask.cpuMs,
    longestScanTaskMs: longestScanTask.ms,
    longestFrameMs: longest(during.filter((t) => t.frame)).ms,
    paintedFrames: during.filter((t) => t.painted).length,
    evaluateCpuMs,
    scanStartMs: scanStart - start,
    pageFramesBeforeScanMs: tasks
      .filter((t) => t.frame && t.end > start && t.start < scanStart)
      .reduce((sum, t) => sum + Math.min(t.end, scanStart) - Math.max(t.start, start), 0),
    viewportFrameMs: viewportFrame?.ms ?? 0,
    finalFrameMs: finalFrame?.ms ?? 0,
  };
}

/** The median of each figure over the runs, and its spread (smallest and largest). */
export function summarize(runs: readonly ScanRun[]) {
  const figure = (key: keyof ScanRun) => {
    const values = runs.map((run) => run[key]).sort((a, b) => a - b);
    return {
      median: values[Math.floor(values.length / 2)] ?? Number.NaN,
      min: values[0] ?? Number.NaN,
      max: values[values.length - 1] ?? Number.NaN,
    };
  };
  return {
    viewportUnderlinedMs: figure('viewportUnderlinedMs'),
    fullScanWallMs: figure('fullScanWallMs'),
    ownCpuMs: figure('ownCpuMs'),
    longestTaskMs: figure('longestTaskMs'),
    longestTaskCpuMs: figure('longestTaskCpuMs'),
    longestScanTaskMs: figure('longestScanTaskMs'),
    longestFrameMs: figure('longestFrameMs'),
    paintedFrames: figure('paintedFrames'),
    evaluateCpuMs: figure('evaluateCpuMs'),
    scanStartMs: figure('scanStartMs'),
    pageFramesBeforeScanMs: figure('pageFramesBeforeScanMs'),
    viewportFrameMs: figure('viewportFrameMs'),
    finalFrameMs: figure('finalFrameMs'),
  };
}

/** The extension's underline rule (entrypoints/content/highlight.css), for a highlight of another name. */
function underlineStyle(name: string): string {
  const css = readFileSync(resolve(import.meta.dirname, '../../entrypoints/content/highlight.css'), 'utf8');
  const rule = css.match(new RegExp(`::highlight\\(${HIGHLIGHT}\\)\\s*\\{[^}]*\\}`))?.[0];
  if (!rule) throw new Error(`no ::highlight(${HIGHLIGHT}) rule in highlight.css`);
  return rule.replace(HIGHLIGHT, name);
}

/**
 * What a page change costs once the scan is over (a paragraph added at the end of the page, the
 * frame after it, wall ms, `times` each): with the extension's highlight as it is, holding the
 * names near the viewport; and, as the baseline, with every name of the page underlined in one
 * more highlight of the same style (the ranges the extension's underlined while the page was
 * scrolled through), as the page was before the far names waited for the viewport. Between them,
 * the frame after a jump far down the page, where the extension underlines the names it comes
 * near and takes back those it leaves.
 */
export async function pageChangeFrames(context: BrowserContext, url: string, times: number) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(url, { timeout: 180_000 });
  await page.waitForFunction(() => performance.getEntriesByName('modelpeek:first-scan').length > 0, null, {
    timeout: 180_000,
  });
  const underlined = await page.evaluate(
    (name) => (CSS.highlights.get(name) as unknown as Set<unknown> | undefined)?.size ?? 0,
    HIGHLIGHT,
  );
  const withExtension = await framesAfter(page, 'append', times);
  const jumps = await framesAfter(page, 'jump', times);
  await page.evaluate(() => scrollTo(0, 0));
  const everyName = await page.evaluate(scrollThrough, HIGHLIGHT);
  await page.evaluate(async (css) => {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    const seen = (window as unknown as { benchSeen: StaticRange[] }).benchSeen;
    CSS.highlights.set('bench-every-name', new Highlight(...seen));
    scrollTo(0, 0);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, underlineStyle('bench-every-name'));
  const everyNameUnderlined = await framesAfter(page, 'append', times);
  await page.close();
  return { underlined, withExtension, jumps, everyName, everyNameUnderlined };
}
