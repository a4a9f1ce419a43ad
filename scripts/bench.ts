/**
 * `npm run bench`: speed of the model-name matcher, as ratios against a named baseline measured
 * in the same run on the same input (wall-clock limits are never asserted: machines are noisy).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildAliasIndex } from '../lib/detect/aliases';
import { createMatcher } from '../lib/detect/matcher';
import { readCuratedDataset } from './support/dataset';

const TARGET_BYTES = 2_000_000;
const ROUNDS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Runs `work` ROUNDS times after one warm-up and returns the median milliseconds. */
function time(work: () => number): { ms: number; found: number } {
  let found = work();
  const runs: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    found = work();
    runs.push(performance.now() - start);
  }
  return { ms: median(runs), found };
}

const dataset = readCuratedDataset();
const entries = buildAliasIndex(dataset.models);
const demo = readFileSync(resolve(import.meta.dirname, 'demo/index.html'), 'utf8')
  .replace(/<[^>]+>/g, ' ')
  .replace(/\s+/g, ' ');
const paragraphs: string[] = [];
for (let size = 0; size < TARGET_BYTES; size += demo.length) paragraphs.push(demo);

const match = createMatcher(entries);
const matcher = time(() => paragraphs.reduce((n, text) => n + match(text).length, 0));

// Baseline: what a first attempt does — one case-insensitive RegExp per alias, run over every text.
const naivePatterns = entries.map(
  (entry) => new RegExp(`\\b${entry.alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\b`, 'gi'),
);
const naive = time(() =>
  paragraphs.reduce((n, text) => n + naivePatterns.reduce((m, re) => m + (text.match(re)?.length ?? 0), 0), 0),
);

const megabytes = (paragraphs.length * demo.length) / 1e6;
console.log(`Input: ${megabytes.toFixed(1)} MB of docs text in ${paragraphs.length} blocks; ${entries.length} aliases`);
console.log('| case | median ms | MB/s | mentions |');
console.log('|---|---:|---:|---:|');
for (const [name, result] of [
  ['matcher (one combined expression)', matcher],
  ['baseline: naive per-alias RegExp loop', naive],
] as const) {
  console.log(
    `| ${name} | ${result.ms.toFixed(1)} | ${(megabytes / (result.ms / 1000)).toFixed(1)} | ${result.found} |`,
  );
}
console.log(JSON.stringify({ matcherVsNaive: Number((naive.ms / matcher.ms).toFixed(2)) }));
