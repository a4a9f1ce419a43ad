/**
 * `npm run bench`: detection speed, each figure a ratio against a named baseline measured in the
 * same run on the same input (wall-clock limits are never asserted: machines are noisy).
 *
 *  1. matcher vs a naive loop of one RegExp per alias (Node, same text);
 *  2. matcher vs mark.js highlighting the same aliases in the same document (Chromium);
 *  3. the content script's full scan of a large page (≥ 5 MB of text, ≥ 100,000 text nodes,
 *     put in place after the page has loaded) vs a bare TreeWalker pass that only reads every
 *     text node (the floor), with the longest stretch the content script held the main thread;
 *     the floor is also measured in an isolated world like the content script's, with the longest
 *     pause that walk suffers, and beside it the time to read the whole text at once;
 *  4. the time from the card's show timer firing to the frame that paints it (median of 50 hovers);
 *  5. the content script's gzip size.
 * The last line is one JSON object with the headline figures.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { buildNameIndex } from '../lib/detect/aliases';
import { createMatcher } from '../lib/detect/matcher';
import { findChromium } from './support/browser';
import { readCorpus } from './support/corpus';
import { readCuratedDataset } from './support/dataset';
import { CHROME_BUILD_DIR, launchWithExtension } from './support/extension';
import { serveFolder } from './support/serve';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const round = (value: number, digits = 1) => Number(value.toFixed(digits));
const rows: [string, string][] = [];
const row = (name: string, value: string) => {
  rows.push([name, value]);
  console.log(`  ${name}: ${value}`);
};

const dataset = readCuratedDataset();
const { models } = dataset;
const entries = buildNameIndex(dataset);
/** The alias list as the dataset writes it: every id, name and alias of every model, as a naive tool would take it. */
const aliasList = [...new Set(models.flatMap((m) => [m.id, m.name, ...m.aliases, ...(m.ambiguousAliases ?? [])]))];
const corpus = readCorpus();
const paragraphsOf = (pages: typeof corpus) =>
  pages
    .map((page) => page.content.replace(/<[^>]+>/g, ' '))
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 40);
/** Paragraphs of every corpus page: docs, threads and tables about models, and pages that are not. */
const paragraphs = paragraphsOf(corpus);
const aiParagraphs = paragraphsOf(corpus.filter((page) => page.labels.length > 0));
const otherParagraphs = paragraphsOf(corpus.filter((page) => page.labels.length === 0));

function repeatTo(bytes: number, from = paragraphs): string[] {
  const out: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const p = from[i % from.length] ?? '';
    out.push(p);
    size += p.length;
  }
  return out;
}

// 1. Matcher vs naive per-alias RegExp loop, in Node.
console.log(
  `Models: ${models.length}; aliases in the dataset: ${aliasList.length} (${entries.length} distinct forms in the matcher); corpus paragraphs: ${paragraphs.length}`,
);
const nodeText = repeatTo(1_000_000);
const match = createMatcher(entries);
// The naive way to find the same spellings: one case-insensitive RegExp per alias, any separator between its parts.
const naive = aliasList.map((alias) => {
  const parts = alias.split(/[\s_.:-]+/).map((part) => part.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(`(?<![A-Za-z0-9])${parts.join('[\\s_.:-]?')}(?![A-Za-z0-9])`, 'gi');
});
function time(work: () => number, rounds: number): { ms: number; found: number } {
  let found = work();
  const runs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    found = work();
    runs.push(performance.now() - start);
  }
  return { ms: median(runs), found };
}
// The matcher takes about 20 ms a round: more rounds than the naive loop's 2–3 s ones, for as steady a median.
const ours = time(() => nodeText.reduce((n, text) => n + match(text).length, 0), 21);
const baseline = time(
  () => nodeText.reduce((n, text) => n + naive.reduce((m, re) => m + (text.match(re)?.length ?? 0), 0), 0),
  3,
);
const matcherVsNaive = round(baseline.ms / ours.ms);
console.log('1. Matcher vs naive per-alias RegExp loop (Node, 1 MB of docs text)');
row('matcher', `${ours.ms.toFixed(1)} ms, ${ours.found} mentions`);
row('baseline: naive loop', `${baseline.ms.toFixed(1)} ms, ${baseline.found} matches`);
row('matcherVsNaive', `${matcherVsNaive}× faster`);

// Pages for the browser runs.
const work = await mkdtemp(join(tmpdir(), 'modelpeek-bench-'));
const require = createRequire(import.meta.url);
writeFileSync(join(work, 'mark.js'), readFileSync(require.resolve('mark.js/dist/mark.min.js')));
await build({
  entryPoints: [resolve(import.meta.dirname, '../lib/detect/matcher.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'ModelPeekMatcher',
  outfile: join(work, 'matcher.js'),
  logLevel: 'silent',
});
writeFileSync(join(work, 'aliases.json'), JSON.stringify(entries));
writeFileSync(join(work, 'alias-list.json'), JSON.stringify(aliasList));
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function page(parts: string[], head = ''): string {
  // Paragraphs of short spans: many text nodes, as real pages have.
  const body = parts
    .map(
      (p) =>
        `<p>${
          p
            .match(/.{1,60}(\s|$)/g)
            ?.map((chunk, i) => (i % 2 ? `<span>${escapeHtml(chunk)}</span>` : escapeHtml(chunk)))
            .join('') ?? ''
        }</p>`,
    )
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>LLM benchmark notes</title>${head}</head><body>${body}</body></html>`;
}
writeFileSync(join(work, 'compare.html'), page(repeatTo(300_000)));
writeFileSync(join(work, 'card.html'), page(['We compared GPT-4.1 mini with GPT-4.1 nano on support tickets.']));
/**
 * Two large pages: a typical one, long prose naming a model now and then (one paragraph about
 * models in every 40), and a worst case made only of text about models.
 */
const typicalParts: string[] = [];
for (let size = 0, i = 0; size < 5_200_000; i++) {
  const p =
    (i % 40 === 0 ? aiParagraphs[(i / 40) % aiParagraphs.length] : otherParagraphs[i % otherParagraphs.length]) ?? '';
  typicalParts.push(p);
  size += p.length;
}
const denseParts = repeatTo(5_200_000, aiParagraphs);
// Each large page keeps its content in a template and puts it in place once loaded and painted,
// so the content script's scan of it is measured apart from the browser's own page load.
// The content is put in place once the content script has scanned the empty page (on a busy
// machine it may start late, and would then take the content in with its first scan), or on
// demand (?manual) for the floors measured below.
const insertLater = `<script>
  if (!location.search.includes('manual')) addEventListener('load', () => {
    const started = performance.now();
    const insert = () => {
      if (!performance.getEntriesByName('modelpeek:first-scan').length && performance.now() - started < 30000) {
        setTimeout(insert, 50);
        return;
      }
      requestAnimationFrame(() => setTimeout(() => {
        window.insertedAt = performance.now();
        document.body.append(document.getElementById('content').content);
      }, 50));
    };
    insert();
  });
</script>`;
for (const [name, parts] of [
  ['typical', typicalParts],
  ['dense', denseParts],
] as const) {
  writeFileSync(
    join(work, `large-${name}.html`),
    page([]).replace(
      '<body>',
      `<body><template id="content">${page(parts).replace(/^.*<body>|<\/body>.*$/gs, '')}</template>${insertLater}`,
    ),
  );
}
const server = await serveFolder(work);

// 2. Matcher vs mark.js on the same document, in Chromium without the extension.
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
// The TypeScript runner names functions with a helper the page lacks; give the page one.
const keepNames = 'window.__name = (f) => f;';
const compare = await browser.newPage();
await compare.addInitScript(keepNames);
await compare.goto(`${server.origin}/compare.html`);
await compare.addScriptTag({ url: `${server.origin}/matcher.js` });
await compare.addScriptTag({ url: `${server.origin}/mark.js` });
const markRun = await compare.evaluate(async (origin) => {
  const aliases = (await (await fetch(`${origin}/aliases.json`)).json()) as { alias: string }[];
  const aliasList = (await (await fetch(`${origin}/alias-list.json`)).json()) as string[];
  const w = window as unknown as {
    ModelPeekMatcher: { createMatcher: (e: unknown) => (t: string) => unknown[] };
    Mark: new (el: Element) => { mark(k: string[], o: object): void };
  };
  const matcher = w.ModelPeekMatcher.createMatcher(aliases);
  const runOurs = () => {
    const start = performance.now();
    let found = 0;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) found += matcher((n as Text).data).length;
    return { ms: performance.now() - start, found };
  };
  // Warm up the JIT first, as a page's long scan does; mark.js runs long enough to warm up on its own.
  for (let i = 0; i < 3; i++) runOurs();
  const oursRuns = [runOurs(), runOurs(), runOurs(), runOurs(), runOurs()];
  // mark.js takes one keyword after another, each call deeper on the stack: past a few thousand
  // keywords its regular expressions overflow it, so it gets them a thousand at a time.
  const start = performance.now();
  let marked = 0;
  for (let from = 0; from < aliasList.length; from += 1000) {
    marked += await new Promise<number>((done) =>
      new w.Mark(document.body).mark(aliasList.slice(from, from + 1000), {
        separateWordSearch: false,
        accuracy: 'exactly',
        done,
      }),
    );
  }
  return { ours: oursRuns.map((r) => r.ms), found: oursRuns[0]?.found, markMs: performance.now() - start, marked };
}, server.origin);
await compare.close();
const matcherInPage = median(markRun.ours);
const matcherVsMarkjs = round(markRun.markMs / matcherInPage);
console.log('2. Matcher vs mark.js, same aliases, same 300 kB document (Chromium)');
row('matcher over every text node', `${matcherInPage.toFixed(1)} ms, ${markRun.found} mentions`);
row('baseline: mark.js mark(aliases)', `${markRun.markMs.toFixed(0)} ms, ${markRun.marked} marks`);
row('matcherVsMarkjs', `${matcherVsMarkjs}× faster`);
await browser.close();

// 3. The content script's full scan of a large page vs a bare TreeWalker pass, in Chromium.
const extension = await launchWithExtension({ headless: true });
await extension.context.addInitScript(keepNames);
async function measureScan(name: string) {
  const large = await extension.context.newPage();
  await large.goto(`${server.origin}/large-${name}.html`, { timeout: 120_000 });
  const result = await large.evaluate(async () => {
    const w = window as unknown as { insertedAt?: number };
    const entry = await new Promise<PerformanceEntry>((resolve) => {
      const poll = () => {
        const e = performance
          .getEntriesByName('modelpeek:update')
          .find((m) => w.insertedAt !== undefined && m.startTime >= w.insertedAt);
        if (e) resolve(e);
        else setTimeout(poll, 50);
      };
      poll();
    });
    const work = performance.getEntriesByName('modelpeek:update:work').find((m) => m.startTime === entry.startTime);
    const slices = performance.getEntriesByName('modelpeek:longest-slice');
    const longestSlice = Math.max(...slices.map((m) => m.duration));
    let nodes = 0;
    let chars = 0;
    const floor: number[] = [];
    for (let round = 0; round < 5; round++) {
      const start = performance.now();
      nodes = 0;
      chars = 0;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes++;
        chars += (n as Text).data.length;
      }
      floor.push(performance.now() - start);
    }
    const highlights = (CSS.highlights.get('modelpeek-mention') as unknown as Set<Range> | undefined)?.size ?? 0;
    return {
      scanMs: entry.duration,
      workMs: work?.duration ?? Number.NaN,
      floor,
      nodes,
      chars,
      highlights,
      longestSlice,
    };
  });
  await large.close();
  return result;
}
/**
 * The floor in each JavaScript world: the page's own, and an isolated world like the content
 * script's (where every node a script touches gets a wrapper of that world, which costs several
 * times more than in the page's world), each cold (the first pass over freshly added nodes, as the
 * content script's scan is) and warm. Measured on fresh loads of the page, adding the content and
 * reading it in one task, before the content script hears of it.
 */
const walkRounds = (insert: boolean) => `(() => {
  ${insert ? "document.body.append(document.getElementById('content').content);" : ''}
  const rounds = [];
  // The longest time the first pass took for 256 nodes: the engine pausing (collecting garbage,
  // growing its table of the world's wrappers), not the walk.
  let pause = 0;
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    let nodes = 0;
    let stretch = start;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      chars += n.data.length;
      if (round === 0 && ++nodes % 256 === 0) {
        const now = performance.now();
        pause = Math.max(pause, now - stretch);
        stretch = now;
      }
    }
    rounds.push(performance.now() - start);
  }
  const start = performance.now();
  const text = document.body.textContent;
  return { rounds, pause, textContent: performance.now() - start, length: text.length };
})()`;
async function measureFloors(name: string) {
  const floors: Record<string, { cold: number; warm: number; pause: number; textContent: number }> = {};
  for (const world of ['page', 'isolated'] as const) {
    const large = await extension.context.newPage();
    await large.goto(`${server.origin}/large-${name}.html?manual`, { timeout: 120_000 });
    const cdp = await extension.context.newCDPSession(large);
    let contextId: number | undefined;
    if (world === 'isolated') {
      const { frameTree } = await cdp.send('Page.getFrameTree');
      ({ executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: 'floor',
      }));
    }
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: walkRounds(true),
      returnByValue: true,
      ...(contextId === undefined ? {} : { contextId }),
    });
    const { rounds, pause, textContent } = result.value as { rounds: number[]; pause: number; textContent: number };
    floors[world] = { cold: rounds[0] ?? Number.NaN, warm: median(rounds.slice(1)), pause, textContent };
    await large.close();
  }
  return floors;
}
const typical = await measureScan('typical');
const typicalFloors = await measureFloors('typical');
const dense = await measureScan('dense');
// 4. The card: from the show timer firing to the frame that paints it, over 50 hovers.
const cardPage = await extension.context.newPage();
await cardPage.goto(`${server.origin}/card.html`);
await cardPage.waitForFunction(
  () => ((CSS.highlights.get('modelpeek-mention') as unknown as Set<unknown>)?.size ?? 0) >= 2,
);
const word = await cardPage.evaluate(() => {
  const [first] = CSS.highlights.get('modelpeek-mention') as unknown as Iterable<AbstractRange>;
  if (!first) throw new Error('nothing underlined');
  const range = document.createRange();
  range.setStart(first.startContainer, first.startOffset);
  range.setEnd(first.endContainer, first.endOffset);
  const rect = range.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
});
for (let hover = 0; hover < 50; hover++) {
  await cardPage.mouse.move(word.x, word.y, { steps: 2 });
  await cardPage.locator('modelpeek-card .card').waitFor();
  await cardPage.keyboard.press('Escape');
  await cardPage.mouse.move(5, 5);
  await cardPage.locator('modelpeek-card').waitFor({ state: 'detached' });
}
const paints = await cardPage.evaluate(() =>
  performance.getEntriesByName('modelpeek:card-paint').map((m) => m.duration),
);
const cardPaintMs = round(median(paints), 1);
await cardPage.close();
await extension.close();
await server.close();
await rm(work, { recursive: true, force: true });
console.log('3. Content script full scan of a large page vs a bare TreeWalker pass reading every text node (Chromium)');
let scanVsTextWalk = Number.NaN;
let longest = Number.NaN;
for (const [name, scan] of [
  ['typical page', typical],
  ['worst case, all text about models', dense],
] as const) {
  const floorMs = median(scan.floor);
  const ratio = round(scan.workMs / floorMs, 2);
  console.log(
    `  ${name}: ${(scan.chars / 1e6).toFixed(1)} MB of text in ${scan.nodes} text nodes, ${scan.highlights} names`,
  );
  row('  content script scan, its own work (match, index, highlight)', `${scan.workMs.toFixed(0)} ms`);
  row(
    '  the same scan from start to end (the browser lays out and paints between slices)',
    `${scan.scanMs.toFixed(0)} ms`,
  );
  row('  floor: bare TreeWalker reading every text node', `${floorMs.toFixed(0)} ms`);
  row('  scanVsTextWalk', `${ratio}× the floor`);
  row('  longest main-thread task of the content script (its longest slice)', `${scan.longestSlice.toFixed(1)} ms`);
  if (scan === typical) {
    scanVsTextWalk = ratio;
    longest = scan.longestSlice;
  }
}
const { page: pageFloor, isolated: isolatedFloor } = typicalFloors;
console.log(
  '  floors of the typical page in each world: a bare walk cold (first pass over new nodes) and warm, the longest the cold walk took for 256 nodes (the engine pausing: garbage collection, its table of wrappers growing), and the whole text read at once:',
);
for (const [name, floor] of [
  ['page world', pageFloor],
  ['isolated world (as the content script)', isolatedFloor],
] as const) {
  row(
    `  ${name}`,
    `${floor?.cold.toFixed(0)} ms cold, ${floor?.warm.toFixed(0)} ms warm, longest pause ${floor?.pause.toFixed(1)} ms; body.textContent ${floor?.textContent.toFixed(0)} ms`,
  );
}
const scanVsIsolatedWalk = round(typical.workMs / (isolatedFloor?.cold ?? Number.NaN), 2);
row(
  '  scanVsIsolatedWalk (the same scan against a cold pass in an isolated world)',
  `${scanVsIsolatedWalk}× the floor`,
);

console.log(`4. The card, ${paints.length} hovers (Chromium)`);
row('show timer firing → frame that paints the card, median', `${cardPaintMs} ms (one frame is 16.7 ms)`);

// 5. Size.
const contentScriptGzipBytes = gzipSync(readFileSync(join(CHROME_BUILD_DIR, 'content-scripts/content.js'))).length;
console.log('5. Size');
row('content script, gzip', `${contentScriptGzipBytes} bytes`);

console.log(
  JSON.stringify({
    matcherVsNaive,
    matcherVsMarkjs,
    scanVsTextWalk,
    scanVsIsolatedWalk,
    longestTaskMs: round(longest),
    isolatedWalkPauseMs: round(isolatedFloor?.pause ?? Number.NaN),
    contentScriptGzipBytes,
    cardPaintMs,
  }),
);
