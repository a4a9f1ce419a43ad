import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CARD_VIEW_FILE } from '../../lib/page/card-view-file';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR } from '../../scripts/support/extension';

/**
 * Sizes are budgets, checked on the built extension: the content script runs on every page, the
 * popup opens on every click, and the dataset ships inside the package and loads on every start.
 */
const BUDGETS = {
  contentScriptGzip: 36_000,
  // The card's view, which the content script imports on a page's first hover.
  cardViewGzip: 16_000,
  // The popup validates every message and renders the card: 40 KB gzip, and room for prices per unit.
  popupGzip: 41_000,
  // About 790 models, each figure with its citation: 1.57 MB, 113 KB gzip; the background that
  // bundles them 135 KB gzip. The budgets leave room for some hundred more models.
  datasetBytes: 2_000_000,
  datasetGzip: 150_000,
  backgroundGzip: 180_000,
};

const BUILDS = [
  ['Chromium', CHROME_BUILD_DIR],
  ['Firefox', FIREFOX_BUILD_DIR],
] as const;

function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

/** The files a page of the extension loads at once: its scripts, preloaded chunks and stylesheets. */
function filesOfPage(buildDir: string, page: string): string[] {
  const html = readFileSync(join(buildDir, page), 'utf8');
  const urls = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  return urls.map((url) => join(buildDir, url));
}

const DATA_DIR = new URL('../../data/', import.meta.url).pathname;
const datasetFiles = [
  join(DATA_DIR, 'dataset.json'),
  ...['models', 'series'].flatMap((folder) =>
    existsSync(join(DATA_DIR, folder))
      ? readdirSync(join(DATA_DIR, folder)).map((name) => join(DATA_DIR, folder, name))
      : [],
  ),
];

describe.each(BUILDS)('size budgets of the %s build', (browser, buildDir) => {
  it(`keeps the content script within ${BUDGETS.contentScriptGzip} bytes gzip`, () => {
    const bytes = gzipBytes(join(buildDir, 'content-scripts/content.js'));
    console.log(`${browser} content script: ${bytes} bytes gzip (budget ${BUDGETS.contentScriptGzip})`);
    expect(bytes).toBeLessThanOrEqual(BUDGETS.contentScriptGzip);
  });

  it(`keeps the card's view within ${BUDGETS.cardViewGzip} bytes gzip`, () => {
    const bytes = gzipBytes(join(buildDir, CARD_VIEW_FILE));
    console.log(`${browser} card view: ${bytes} bytes gzip (budget ${BUDGETS.cardViewGzip})`);
    expect(bytes).toBeLessThanOrEqual(BUDGETS.cardViewGzip);
  });

  it(`keeps the popup within ${BUDGETS.popupGzip} bytes gzip`, () => {
    const files = filesOfPage(buildDir, 'popup.html');
    expect(files.length).toBeGreaterThan(1);
    const bytes = files.reduce((sum, file) => sum + gzipBytes(file), 0);
    console.log(`${browser} popup: ${files.length} files, ${bytes} bytes gzip (budget ${BUDGETS.popupGzip})`);
    expect(bytes).toBeLessThanOrEqual(BUDGETS.popupGzip);
  });

  it(`keeps the background, which carries the bundled dataset, within ${BUDGETS.backgroundGzip} bytes gzip`, () => {
    const bytes = gzipBytes(join(buildDir, 'background.js'));
    console.log(`${browser} background: ${bytes} bytes gzip (budget ${BUDGETS.backgroundGzip})`);
    expect(bytes).toBeLessThanOrEqual(BUDGETS.backgroundGzip);
  });
});

describe('size budget of the dataset', () => {
  it(`keeps data/ within ${BUDGETS.datasetBytes} bytes, ${BUDGETS.datasetGzip} gzip`, () => {
    const text = Buffer.concat(datasetFiles.map((file) => readFileSync(file)));
    const gzip = gzipSync(text).length;
    console.log(
      `dataset: ${datasetFiles.length} files, ${text.length} bytes, ${gzip} bytes gzip ` +
        `(budgets ${BUDGETS.datasetBytes}, ${BUDGETS.datasetGzip})`,
    );
    expect(text.length).toBeLessThanOrEqual(BUDGETS.datasetBytes);
    expect(gzip).toBeLessThanOrEqual(BUDGETS.datasetGzip);
  });
});
