/**
 * `npm start`: builds the extension, serves the demo page from 127.0.0.1 and opens it in Chromium
 * with the extension loaded, on the bundled data and with no network: the browser resolves no name
 * but loopback, so the refresh the extension tries on install reaches nothing, and the demo then
 * turns it off. Without a display (or with --headless) it hovers the first detected name, saves a
 * screenshot with the card, prints the screenshot's path and the detected models, and exits.
 */
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { browser } from 'wxt/browser';
import { launchWithExtension } from './support/extension';
import { hoverMention, listPageModels, waitForMentions } from './support/page';
import { serveFolder } from './support/serve';

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string', default: '.output/demo.png' },
    'no-build': { type: 'boolean', default: false },
  },
});
const headless = values.headless || !process.env.DISPLAY;
const root = resolve(import.meta.dirname, '..');

if (!values['no-build']) {
  execFileSync(resolve(root, 'node_modules/.bin/wxt'), ['build'], { cwd: root, stdio: 'inherit' });
}
const server = await serveFolder(resolve(import.meta.dirname, 'demo'));
const extension = await launchWithExtension({ headless });
// The demo is offline: the live refresh, on by default, is turned off (the options page shows it off).
await extension.worker.evaluate(async () => {
  const { chrome } = globalThis as unknown as { chrome: typeof browser };
  const { sourceSettings } = await chrome.storage.local.get('sourceSettings');
  const settings = (sourceSettings ?? { urls: {}, intervalHours: 12 }) as object;
  const enabled = { published: false, openrouter: false, litellm: false, custom: false };
  // With the settings' version beside them, as the extension stores them, so they are not upgraded again.
  await chrome.storage.local.set({ sourceSettings: { ...settings, enabled }, sourceSettings$: { v: 2 } });
});
console.log('Offline demo: the bundled data only; the live refresh is off (turn it on in the options page).');
const page = await extension.context.newPage();
const url = `${server.origin}/`;
await page.goto(url);
const mentions = await waitForMentions(page);
const models = await listPageModels(extension, page);
console.log(`Detected ${models.length} models on the demo page:`);
for (const model of models) console.log(`  ${model.name} (${model.id}) × ${model.mentions}`);

if (headless) {
  const first = mentions[0];
  if (!first) throw new Error('No model detected on the demo page');
  await hoverMention(page, first.text);
  const path = resolve(root, values.screenshot);
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot({ path });
  console.log(`Screenshot with the card for "${first.text}": ${path}`);
  await extension.close();
  await server.close();
} else {
  console.log(`Demo page open at ${url}. Hover a dotted name to see its card; close the browser to stop.`);
  extension.context.on('close', () => void server.close());
}
