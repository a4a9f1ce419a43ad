import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset, Model } from '../../lib/data/schema';
import { readCuratedDataset, readDatasetHeader } from '../../scripts/support/dataset';
import { draftScores } from '../../scripts/support/draft-scores';
import type { ScoreLink } from '../../scripts/support/score-links';
import { readAider, readArtificialAnalysis, readLlmStats, readLmArena } from '../../scripts/support/score-snapshots';
import { importWorkspace } from '../support/import-workspace';
import { writeArenaBoard } from '../support/lmarena';
import { testModel } from '../support/models';

const AA_PAGE = 'https://artificialanalysis.ai/models/';

/** An entry of Artificial Analysis' `GET /api/v2/data/llms/models`, fractions as AA gives them. */
function aaModel(slug: string, name: string, evaluations: Record<string, number | null>, speed = 0, ttft = 0) {
  return {
    id: `id-${slug}`,
    name,
    slug,
    release_date: '2025-04-14',
    model_creator: { id: 'creator', name: 'Acme', slug: 'acme' },
    evaluations: { artificial_analysis_intelligence_index: null, mmlu_pro: null, gpqa: null, ...evaluations },
    pricing: { price_1m_blended_3_to_1: 1, price_1m_input_tokens: 0.5, price_1m_output_tokens: 2.5 },
    median_output_tokens_per_second: speed,
    median_time_to_first_token_seconds: ttft,
    median_time_to_first_answer_token: ttft,
  };
}

/** A row of an LLM-Stats model's benchmarks.json. */
function llmStatsRow(model: string, benchmark: string, score: number, link = 'https://acme.example/launch') {
  return {
    benchmark_id: benchmark,
    model_id: model,
    score,
    normalized_score: score,
    is_self_reported: true,
    self_reported_source_link: link,
    verified_by_llmstats: false,
    created_at: '2025-07-19T19:56:12.382631+00:00',
    updated_at: '2025-07-19T19:56:12.382631+00:00',
  };
}

const { tempDir, run, dataDirWith } = importWorkspace();

/** A directory laid out as the benchmark snapshots are published. */
function snapshotDir(): string {
  const dir = tempDir('score-snapshots-');
  mkdirSync(join(dir, 'artificial-analysis'));
  writeFileSync(
    join(dir, 'artificial-analysis/api-v2-data-llms-models.2026-08-21.json'),
    JSON.stringify({
      status: 200,
      data: [
        // Measured no more: AA reads 0 for its speed.
        aaModel('anvil-1', 'Anvil 1', { gpqa: 0.664, mmlu_pro: 0.781, hle: 0.05, tau2: 0 }),
        aaModel('anvil-2-reasoning', 'Anvil 2 (Reasoning)', { gpqa: 0.7, aime_25: 0.463333 }, 161.724, 0.542),
        aaModel('anvil-2', 'Anvil 2 (Non-reasoning)', { gpqa: 0.6 }, 170, 0.5),
      ],
    }),
  );
  writeFileSync(
    join(dir, 'artificial-analysis/aa-speed-ttft-condensed.le-2026-07-05.json'),
    JSON.stringify({ 'anvil-1': { speed: 87.093, ttft: 0.63, intelligence: 14.8, coding: 20.2 } }),
  );
  const llmStats = (org: string, id: string, name: string, rows: unknown[]) => {
    const folder = join(dir, 'llm-stats/organizations', org, 'models', id);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'model.json'), JSON.stringify({ model_id: id, name, organization_id: org }));
    writeFileSync(join(folder, 'benchmarks.json'), JSON.stringify(rows));
  };
  llmStats('acme', 'anvil-1-2025-04-14', 'Anvil 1', [
    llmStatsRow('anvil-1-2025-04-14', 'gpqa', 0.65),
    llmStatsRow('anvil-1-2025-04-14', 'ifeval', 0.841),
    llmStatsRow('anvil-1-2025-04-14', 'math', 0.814),
    llmStatsRow('anvil-1-2025-04-14', 'bbh', 0.7),
    llmStatsRow('anvil-1-2025-04-14', 'big-bench-hard', 0.7),
    llmStatsRow('anvil-1-2025-04-14', 'mbpp+', 0.9),
    llmStatsRow('anvil-1-2025-04-14', 'arc-c', 0.9, 'https://example.com/benchmark-image'),
  ]);
  llmStats('acme', 'sketch', 'Sketch', [llmStatsRow('sketch', 'mmlu', 0.7)]);
  llmStats('acme', 'sketch-instruct', 'Sketch', [llmStatsRow('sketch-instruct', 'mmlu', 0.71)]);
  mkdirSync(join(dir, 'aider'));
  writeFileSync(
    join(dir, 'aider/polyglot_leaderboard.yml'),
    [
      '- dirname: 2025-04-14-21-27-53--anvil1-diff',
      '  test_cases: 225',
      '  model: anvil-1',
      '  edit_format: diff',
      '  pass_rate_2: 32.4',
      '  date: 2025-04-14',
      '',
      '- dirname: 2025-04-15-10-00-00--anvil1-whole',
      '  model: anvil-1',
      '  edit_format: whole',
      '  pass_rate_2: 30.1',
      '  date: 2025-04-15',
      '',
      '- dirname: 2025-04-16-10-00-00--anvil1-high',
      '  model: anvil-1 (high)',
      '  edit_format: diff',
      '  pass_rate_2: 50',
      '  date: 2025-04-16',
    ].join('\n'),
  );
  writeArenaBoard(dir, {
    full: { 'anvil-1-2025-04-14': 1288.84, sketch: 1100, 'sketch-instruct': 1110 },
    coding: { 'anvil-1-2025-04-14': 1301 },
  });
  // The view without style control: not the one the dataset keeps.
  writeFileSync(
    join(dir, 'lmarena/leaderboard-text.json'),
    JSON.stringify({ full: { 'anvil-1': { rating: 1250, rating_q975: 1255, rating_q025: 1245 } } }),
  );
  return dir;
}

const cite = { source: 'artificial-analysis', asOf: '2026-08-21', url: `${AA_PAGE}anvil-1` };

/** Anvil 1 as curated: AA's figures for it, a curated GPQA of its own, no speed. */
const anvil1: Model = testModel('acme/anvil-1', {
  name: 'Anvil 1',
  aliases: ['anvil-1', 'anvil-1-2025-04-14'],
  scores: {
    'gpqa-diamond': { value: 65, source: 'simple-evals', asOf: '2025-07-09', note: 'vendor-reported' },
    hle: { value: 5, ...cite },
  },
});
/** Anvil 2, with no figures: only a link says which AA entry is it. */
const anvil2: Model = testModel('acme/anvil-2', { name: 'Anvil 2', aliases: ['anvil-2'] });
/** Two models written as both LLM-Stats "Sketch" entries. */
const sketch: Model = testModel('acme/sketch', { name: 'Sketch', aliases: ['sketch-instruct'] });

const links: Record<string, ScoreLink> = {
  'acme/anvil-2': { artificialAnalysis: 'anvil-2-reasoning', why: 'reasoning is on by default' },
  'acme/anvil-1': { skip: { bbh: "the base model's figure" } },
};

function drafts(models: Model[] = [anvil1, anvil2, sketch], scoreLinks = links) {
  const dir = snapshotDir();
  const dataset = { ...readDatasetHeader(), series: [], models } as Dataset;
  const snapshots = {
    artificialAnalysis: readArtificialAnalysis(dir).entries,
    llmStats: readLlmStats(dir),
    aider: readAider(dir),
    lmArena: readLmArena(dir).entries,
  };
  return draftScores(dataset, snapshots, scoreLinks);
}

describe('the benchmark snapshots', () => {
  const dir = snapshotDir();

  it("reads AA's evaluations as percent, and speed from the newest snapshot that measured the model", () => {
    const { entries, undated } = readArtificialAnalysis(dir);
    expect(undated).toEqual([]);
    expect(entries.get('anvil-1')).toMatchObject({
      name: 'Anvil 1',
      scores: { 'gpqa-diamond': 66.4, 'mmlu-pro': 78.1, hle: 5, 'tau2-bench': 0 },
      scoresAsOf: '2026-08-21',
      speed: { outputTokensPerSecond: 87.1, timeToFirstTokenSeconds: 0.63, asOf: '2026-07-05' },
    });
    expect(entries.get('anvil-2-reasoning')?.speed).toEqual({
      outputTokensPerSecond: 161.7,
      timeToFirstTokenSeconds: 0.54,
      asOf: '2026-08-21',
    });
  });

  it("reads LLM-Stats' benchmarks the registry knows, not their variants or placeholder links", () => {
    const anvil = readLlmStats(dir).find((entry) => entry.id === 'anvil-1-2025-04-14');
    expect(anvil?.scores.map((s) => [s.benchmark, s.value, s.asOf])).toEqual([
      ['gpqa-diamond', 65, '2025-07-19'],
      ['ifeval', 84.1, '2025-07-19'],
      ['math', 81.4, '2025-07-19'],
      ['bbh', 70, '2025-07-19'],
      ['bbh', 70, '2025-07-19'],
    ]);
  });

  it("reads LMArena's overall ratings with style control, dated by the file's name", () => {
    const arena = readLmArena(dir);
    expect(arena.undated).toEqual([]);
    expect(arena.entries).toEqual([
      { id: 'anvil-1-2025-04-14', rating: 1288.8, asOf: '2025-12-11' },
      { id: 'sketch', rating: 1100, asOf: '2025-12-11' },
      { id: 'sketch-instruct', rating: 1110, asOf: '2025-12-11' },
    ]);
  });

  it("reads each Aider run's model, edit format, pass rate and day", () => {
    expect(readAider(dir)[0]).toEqual({ model: 'anvil-1', editFormat: 'diff', passRate: 32.4, date: '2025-04-14' });
  });
});

describe('draftScores', () => {
  const result = drafts();
  const updated = (id: string) => result.updated.find(({ model }) => model.id === id);

  it('fills what the AA entry a model cites holds and the model lacks, never a curated figure', () => {
    const anvil = updated('acme/anvil-1')?.model;
    expect(anvil?.scores['gpqa-diamond']).toEqual(anvil1.scores['gpqa-diamond']);
    expect(anvil?.scores['mmlu-pro']).toEqual({ value: 78.1, ...cite });
    expect(anvil?.scores['tau2-bench']).toEqual({ value: 0, ...cite });
    expect(anvil?.speed).toEqual({
      outputTokensPerSecond: 87.1,
      timeToFirstTokenSeconds: 0.63,
      ...cite,
      asOf: '2026-07-05',
    });
  });

  it('takes the best Aider run under one of its names, and what only the vendor reports from LLM-Stats', () => {
    const anvil = updated('acme/anvil-1')?.model;
    expect(anvil?.scores['aider-polyglot']).toEqual({
      value: 32.4,
      source: 'aider',
      asOf: '2025-04-14',
      note: 'diff edit format',
    });
    expect(anvil?.scores.ifeval).toEqual({
      value: 84.1,
      source: 'llm-stats',
      asOf: '2025-07-19',
      url: 'https://acme.example/launch',
      note: 'vendor-reported',
    });
    expect(anvil?.scores.math?.value).toBe(81.4);
    // Left out by its link.
    expect(anvil?.scores.bbh).toBeUndefined();
  });

  it("gives a linked model its entry's figures, naming the entry", () => {
    const anvil = updated('acme/anvil-2')?.model;
    const linked = {
      source: 'artificial-analysis',
      url: `${AA_PAGE}anvil-2-reasoning`,
      note: 'AA entry "Anvil 2 (Reasoning)"',
    };
    expect(anvil?.scores['aime-2025']).toEqual({ value: 46.3, ...linked, asOf: '2026-08-21' });
    expect(anvil?.speed).toEqual({
      outputTokensPerSecond: 161.7,
      timeToFirstTokenSeconds: 0.54,
      ...linked,
      asOf: '2026-08-21',
    });
    expect(drafts([anvil1, anvil2, sketch], {}).updated.map(({ model }) => model.id)).not.toContain('acme/anvil-2');
  });

  it('gives a model the LMArena rating of the one entry written as it, or of the one its link names', () => {
    expect(updated('acme/anvil-1')?.model.scores['arena-elo']).toEqual({
      value: 1288.8,
      source: 'lmarena',
      asOf: '2025-12-11',
    });
    expect(updated('acme/anvil-1')?.changes).toContain('arena-elo 1288.8 (LMArena "anvil-1-2025-04-14")');
    expect(result.skipped).toContain('acme/sketch: written as LMArena entries sketch, sketch-instruct');
    const linked = drafts([sketch], { 'acme/sketch': { lmArena: 'sketch-instruct', llmStats: null } });
    expect(linked.updated[0]?.model.scores['arena-elo']?.value).toBe(1110);
  });

  it('leaves a model written as two LLM-Stats entries alone, and one a link keeps away', () => {
    expect(updated('acme/sketch')).toBeUndefined();
    expect(result.skipped).toContain('acme/sketch: written as LLM-Stats entries sketch, sketch-instruct');
    const kept = drafts([anvil1], { 'acme/anvil-1': { llmStats: null } });
    expect(kept.updated[0]?.model.scores.ifeval).toBeUndefined();
  });
});

describe('dataset:import --scores', { timeout: 60_000 }, () => {
  /** A data directory with the real registry and only GPT-4.1 mini, without its speed. */
  function dataDir(): string {
    const found = readCuratedDataset().models.find((model) => model.id === 'openai/gpt-4.1-mini');
    const { series: _series, tier: _tier, speed: _speed, ...mini } = found ?? {};
    return dataDirWith([{ ...mini, scores: { hle: { value: 5, ...cite, url: `${AA_PAGE}gpt-4-1-mini` } } }]);
  }

  it('writes the scores and speed into data/, drafts no model, and adds nothing the second time', () => {
    const from = snapshotDir();
    writeFileSync(
      join(from, 'artificial-analysis/aa-speed-ttft-condensed.le-2026-07-05.json'),
      JSON.stringify({ 'gpt-4-1-mini': { speed: 87.093, ttft: 0.63 } }),
    );
    const data = dataDir();
    const first = run('--from', from, '--data', data, '--scores');
    expect(first.status).toBe(0);
    const lines = first.stdout.trim().split('\n');
    expect(lines).toContain('filled   openai/gpt-4.1-mini: speed 87.1 tok/s (AA 2026-07-05)');
    expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({ filled: 1, speed: 1, written: true });
    const written = JSON.parse(readFileSync(join(data, 'models/openai.json'), 'utf8')) as Model[];
    expect(written.map((model) => model.id)).toEqual(['openai/gpt-4.1-mini']);
    expect(written[0]?.speed?.outputTokensPerSecond).toBe(87.1);

    const second = run('--from', from, '--data', data, '--scores');
    expect(JSON.parse(second.stdout.trim().split('\n').at(-1) ?? '{}')).toMatchObject({ filled: 0 });
  });

  it('asks for a day when an LMArena snapshot states none', () => {
    const from = snapshotDir();
    writeFileSync(join(from, 'lmarena/leaderboard-text-style-control.json'), JSON.stringify({ full: {} }));
    const undated = run('--from', from, '--data', dataDir(), '--scores', '--dry-run');
    expect(undated.status).toBe(2);
    expect(undated.stderr).toMatch(/No as-of day in the name of leaderboard-text-style-control.json/);
    const dated = run('--from', from, '--data', dataDir(), '--scores', '--dry-run', '--as-of', '2025-12-11');
    expect(dated.status).toBe(0);
  });

  it('asks for a day when an AA snapshot states none', () => {
    const from = snapshotDir();
    writeFileSync(join(from, 'artificial-analysis/aa_raw.json'), JSON.stringify({ data: [] }));
    const undated = run('--from', from, '--data', dataDir(), '--scores', '--dry-run');
    expect(undated.status).toBe(2);
    expect(undated.stderr).toMatch(/No as-of day in the name of aa_raw.json/);
  });
});
