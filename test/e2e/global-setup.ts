import { existsSync } from 'node:fs';
import { findChromium } from '../../scripts/support/browser';
import { CHROME_BUILD_DIR } from '../../scripts/support/extension';

/** Fails early, with what to do, when the browser or the build is missing. */
export default function setup() {
  console.log(`Chromium: ${findChromium()}`);
  if (!existsSync(`${CHROME_BUILD_DIR}/manifest.json`)) {
    throw new Error(`No built extension in ${CHROME_BUILD_DIR}: run \`npm run build\` first (npm run e2e does).`);
  }
}
