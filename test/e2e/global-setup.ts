import { existsSync } from 'node:fs';
import { findChromium, findFirefox } from '../../scripts/support/browser';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR } from '../../scripts/support/extension';

/** Fails early, with what to do, when the browser or the build is missing. */
export default function setup() {
  console.log(`Chromium: ${findChromium()}`);
  console.log(`Firefox: ${findFirefox()}`);
  for (const [dir, build] of [
    [CHROME_BUILD_DIR, 'npm run build'],
    [FIREFOX_BUILD_DIR, 'npm run build:firefox'],
  ]) {
    if (!existsSync(`${dir}/manifest.json`)) {
      throw new Error(`No built extension in ${dir}: run \`${build}\` first (npm run e2e does).`);
    }
  }
}
