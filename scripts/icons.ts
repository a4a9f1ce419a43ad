/** Maintainer tool: renders scripts/icon.svg into the extension's PNG icons (public/icon/N.png). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './support/browser';

const svg = readFileSync(resolve(import.meta.dirname, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
for (const size of [16, 32, 48, 128]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
  await page.locator('svg').evaluate((el, px) => el.setAttribute('width', String(px)), size);
  await page.locator('svg').evaluate((el, px) => el.setAttribute('height', String(px)), size);
  await page.screenshot({ path: resolve(import.meta.dirname, `../public/icon/${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
