import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = `${root}node_modules/.bin/tsx`;

describe('dataset:check', { timeout: 60_000 }, () => {
  it('lists each disagreement with both values and sources, and fails on an unexplained one', () => {
    const run = spawnSync(tsx, ['scripts/dataset-check.ts', '--against', 'test/fixtures/reference'], {
      cwd: root,
      encoding: 'utf8',
    });
    const lines = run.stdout.trim().split('\n');
    expect(lines).toContain(
      'UNEXPLAINED openai/gpt-4.1-nano input: 0.1 (openrouter, 2026-08-01) vs 0.2 (LiteLLM gpt-4.1-nano)',
    );
    expect(lines).toContain(
      'UNEXPLAINED openai/gpt-4.1-mini context: 1047576 (openrouter, 2026-08-01) vs 1000000 (OpenRouter openai/gpt-4.1-mini)',
    );
    // Agreeing figures, other providers' resale prices and unknown models are not listed.
    expect(lines.filter((line) => /^(explained|UNEXPLAINED) /.test(line))).toHaveLength(2);
    expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({ disagreements: 2, unexplained: 2 });
    expect(run.status).toBe(1);
  });
});

describe('dataset:stats', { timeout: 60_000 }, () => {
  it('prints one JSON object of counts that agree with each other', () => {
    const stats = JSON.parse(execFileSync(tsx, ['scripts/dataset-stats.ts'], { cwd: root, encoding: 'utf8' }));
    expect(Object.keys(stats)).toEqual([
      'models',
      'providers',
      'withPrice',
      'withThreeScores',
      'withSpeed',
      'aliases',
      'series',
      'served',
      'servedWithPrice',
      'servedWithSpeed',
      'withFourCategories',
      'embeddings',
      'retired',
    ]);
    expect(stats.models).toBeGreaterThanOrEqual(600);
    expect(stats.withPrice).toBeLessThanOrEqual(stats.models);
    expect(stats.aliases).toBeGreaterThan(stats.models);
    expect(stats.served + stats.retired).toBeLessThanOrEqual(stats.models);
    expect(stats.servedWithPrice).toBeLessThanOrEqual(Math.min(stats.served, stats.withPrice));
    expect(stats.withFourCategories).toBeLessThanOrEqual(stats.served);
  });
});
