/**
 * Maintainer tool: `npm run --silent corpus:split` gives each real page without a split one, by a
 * seeded draw: the pages of each polarity shuffled with a fixed seed, and half of each to `dev`,
 * half to `test`. Pages that have a split keep it, so adding pages never moves old ones.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REAL_PAGES_DIR, type RealPageEntry, readManifest } from './support/real-pages';

/** The draw's seed: the day the first pages were labelled. */
const SEED = 20261206;

/** A small seeded generator (mulberry32): the same seed gives the same draw on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seeded(SEED);
const manifest = readManifest() as (Omit<RealPageEntry, 'split'> & { split?: RealPageEntry['split'] })[];
for (const polarity of ['positive', 'negative'] as const) {
  const pages = manifest
    .filter((e) => e.polarity === polarity && !e.split)
    .sort((a, b) => a.file.localeCompare(b.file));
  // Fisher–Yates.
  for (let i = pages.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [pages[i], pages[j]] = [pages[j] as (typeof pages)[number], pages[i] as (typeof pages)[number]];
  }
  const dev = manifest.filter((e) => e.polarity === polarity && e.split === 'dev').length;
  const test = manifest.filter((e) => e.polarity === polarity && e.split === 'test').length;
  // An odd count's extra page goes to dev among the positive pages and to test among the negative.
  const half = polarity === 'positive' ? Math.ceil : Math.floor;
  let devNeeded = half((dev + test + pages.length) / 2) - dev;
  for (const page of pages) page.split = devNeeded-- > 0 ? 'dev' : 'test';
}
const lines = manifest.map((entry) => `  ${JSON.stringify(entry)}`);
writeFileSync(join(REAL_PAGES_DIR, 'manifest.json'), `[\n${lines.join(',\n')}\n]\n`);
for (const split of ['dev', 'test']) {
  const pages = manifest.filter((e) => e.split === split);
  console.log(`${split}: ${pages.length} pages (${pages.filter((e) => e.polarity === 'negative').length} negative)`);
}
