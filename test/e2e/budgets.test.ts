import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD_DIR } from '../../scripts/support/extension';

/** The content script runs on every page: its size is a budget, checked on the built extension. */
const CONTENT_SCRIPT_GZIP_BUDGET = 35_000;

describe('size budgets', () => {
  it(`keeps the content script within ${CONTENT_SCRIPT_GZIP_BUDGET} bytes gzip`, () => {
    const bytes = gzipSync(readFileSync(join(CHROME_BUILD_DIR, 'content-scripts/content.js'))).length;
    console.log(`content script: ${bytes} bytes gzip (budget ${CONTENT_SCRIPT_GZIP_BUDGET})`);
    expect(bytes).toBeLessThanOrEqual(CONTENT_SCRIPT_GZIP_BUDGET);
  });
});
