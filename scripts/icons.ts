/**
 * Maintainer tool: renders scripts/icon.svg into the extension's PNG icons (public/icon/N.png),
 * and the toolbar icon with a dot that says What's new has news (public/icon/news-N.png).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './support/browser';

const svg = readFileSync(resolve(import.meta.dirname, 'icon.svg'), 'utf8');
/** The dot: the top-right corner, in a colour apart from the icon's blue, ringed in white to stand out on any toolbar. */
const withDot = svg.replace(
  '</svg>',
  '  <circle cx="100" cy="28" r="26" fill="#e03131" stroke="#ffffff" stroke-width="8"/>\n</svg>',
);
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
const renders: [string, string, number[]][] = [
  ['', svg, [16, 32, 48, 128]],
  ['news-', withDot, [16, 32, 48]],
];
for (const [prefix, drawing, sizes] of renders) {
  for (const size of sizes) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${drawing}`);
    await page.locator('svg').evaluate((el, px) => el.setAttribute('width', String(px)), size);
    await page.locator('svg').evaluate((el, px) => el.setAttribute('height', String(px)), size);
    await page.screenshot({
      path: resolve(import.meta.dirname, `../public/icon/${prefix}${size}.png`),
      omitBackground: true,
    });
    await page.close();
  }
}
await browser.close();
