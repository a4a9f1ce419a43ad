import type { Browser, Page } from 'playwright-core';
import { startTrace, type TraceEvent } from './trace';

/**
 * Bare passes over a page's text, as a script can make them: every text node read by a
 * TreeWalker (the floor of any scan), every element visited too (as a scan must, to skip fields
 * and editors and to find open shadow roots: no selector finds a shadow host), the whole text
 * read at once, and the element walk with every text node matched (`globalThis.matchText`, set
 * up beforehand): the least any scan with this matcher does, with no bookkeeping and no
 * highlight.
 */
const PASSES = {
  textWalk: `const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += n.data.length;
    return chars;`,
  elementWalk: `const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 3) chars += n.data.length;
      else if (n.shadowRoot || n.getAttribute('contenteditable') !== null || n.localName === 'script') chars++;
    }
    return chars;`,
  textContent: 'return document.body.textContent.length;',
  matchWalk: `const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let names = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === 3) names += globalThis.matchText(n.data).length;
      else if (n.shadowRoot || n.getAttribute('contenteditable') !== null || n.localName === 'script') names++;
    }
    return names;`,
} as const;
export type Pass = keyof typeof PASSES;

/** The thread that made the mark `name`, and the time it did. */
function markOf(events: readonly TraceEvent[], name: string) {
  const mark = events.find((e) => e.name === name);
  if (!mark) throw new Error(`no ${name} in the trace`);
  return mark;
}

/** Tasks of the thread of `at` from its time on: wall and CPU milliseconds, and whether the task painted. */
function tasksFrom(events: readonly TraceEvent[], at: TraceEvent) {
  const onThread = events.filter((e) => e.pid === at.pid && e.tid === at.tid);
  const paints = onThread.filter((e) => e.name === 'Paint').map((e) => e.ts);
  return onThread
    .filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ts + (e.dur ?? 0) >= at.ts)
    .map((e) => ({
      ms: (e.dur ?? 0) / 1000,
      cpuMs: (e.tdur ?? 0) / 1000,
      holds: e.ts <= at.ts,
      painted: paints.some((ts) => ts >= e.ts && ts <= e.ts + (e.dur ?? 0)),
    }));
}

/**
 * A pass, cold (the first over the page's freshly loaded nodes, as a content script's first
 * scan is), in an isolated world like a content script's (where every node touched gets a
 * wrapper of that world) or in the page's own: CPU milliseconds of the task that ran it.
 * `setup` runs first in the same world, untimed.
 */
export async function coldPass(browser: Browser, url: string, pass: Pass, world: 'isolated' | 'page', setup?: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url, { timeout: 180_000 });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  const cdp = await page.context().newCDPSession(page);
  let contextId: number | undefined;
  if (world === 'isolated') {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    ({ executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'floor',
    }));
  }
  if (setup) {
    await cdp.send('Runtime.evaluate', { expression: setup, ...(contextId === undefined ? {} : { contextId }) });
  }
  const trace = await startTrace(cdp);
  // The mark tells which thread ran the pass, and when.
  await cdp.send('Runtime.evaluate', {
    expression: `performance.mark('floor:pass'); (() => { ${PASSES[pass]} })()`,
    returnByValue: true,
    ...(contextId === undefined ? {} : { contextId }),
  });
  const events = await trace.stop();
  await page.close();
  const task = tasksFrom(events, markOf(events, 'floor:pass')).find((t) => t.holds);
  // The trace may miss the task (it ends as the trace stops): NaN, which the caller leaves out.
  return task?.cpuMs ?? Number.NaN;
}

/**
 * What a frame is measured after: the page selects a word (no highlight involved), adds a
 * paragraph, or jumps far down (to the next of `times` places spread over the page).
 */
export type PageAction = 'select' | 'append' | 'jump';

/**
 * The frame after the page does `action`, on a page already loaded, wall milliseconds, once for
 * each of `times`: what one repaint costs the browser, whoever causes it, and with the extension
 * on the page, what its highlight adds to it.
 */
export async function framesAfter(page: Page, action: PageAction, times: number): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  const frames: number[] = [];
  for (let i = 0; i < times; i++) {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    const trace = await startTrace(cdp);
    await page.evaluate(
      ({ i, action, times }) =>
        new Promise((resolve) => {
          performance.mark('floor:action');
          if (action === 'jump') scrollTo(0, ((i + 1) * document.documentElement.scrollHeight) / (times + 1));
          else if (action === 'append') {
            const added = document.createElement('p');
            added.textContent = `A line the page added, number ${i}.`;
            document.body.append(added);
          } else {
            const texts = document.body.querySelectorAll('p');
            const text = texts[(i * 7) % Math.min(texts.length, 20)]?.firstChild;
            if (text) getSelection()?.setBaseAndExtent(text, 0, text, 3);
          }
          requestAnimationFrame(() => requestAnimationFrame(resolve));
        }),
      { i, action, times },
    );
    const events = await trace.stop();
    const frame = Math.max(
      0,
      ...tasksFrom(events, markOf(events, 'floor:action'))
        .filter((task) => task.painted)
        .map((task) => task.ms),
    );
    frames.push(frame);
  }
  await cdp.detach();
  return frames;
}

/** The same on a fresh page of `url` in a browser without the extension. */
export async function repaints(browser: Browser, url: string, times: number, action: PageAction = 'select') {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url, { timeout: 180_000 });
  const frames = await framesAfter(page, action, times);
  await page.close();
  return frames;
}
