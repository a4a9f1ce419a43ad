import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dayOf } from './reference-snapshots';

/**
 * The benchmark snapshots `dataset:import --scores` reads: Artificial Analysis (its API answer with
 * evaluations and speed, and a condensed copy with speed only), LLM-Stats' per-model files, Aider's
 * leaderboard and LMArena's. AA and LLM-Stats give fractions; the dataset stores percent.
 */

/** Artificial Analysis' evaluation keys, as the dataset's benchmark ids; `fraction` when AA gives 0–1. */
export const AA_BENCHMARKS: Record<string, { id: string; fraction: boolean }> = {
  artificial_analysis_intelligence_index: { id: 'aa-intelligence-index', fraction: false },
  artificial_analysis_coding_index: { id: 'aa-coding-index', fraction: false },
  mmlu_pro: { id: 'mmlu-pro', fraction: true },
  gpqa: { id: 'gpqa-diamond', fraction: true },
  hle: { id: 'hle', fraction: true },
  livecodebench: { id: 'livecodebench', fraction: true },
  scicode: { id: 'scicode', fraction: true },
  math_500: { id: 'math-500', fraction: true },
  aime: { id: 'aime-2024', fraction: true },
  aime_25: { id: 'aime-2025', fraction: true },
  ifbench: { id: 'ifbench', fraction: true },
  lcr: { id: 'aa-lcr', fraction: true },
  terminalbench_hard: { id: 'terminal-bench-hard', fraction: true },
  terminalbench_v2_1: { id: 'terminal-bench-2-1', fraction: true },
  tau2: { id: 'tau2-bench', fraction: true },
  tau_banking: { id: 'tau3-bench-banking', fraction: true },
};

/**
 * LLM-Stats' benchmark ids, as the dataset's. Only these: LLM-Stats keeps many variants of a
 * benchmark apart ("mathvista-mini", "mbpp+", "livecodebench-v6"), and a variant is not the
 * benchmark. τ²-bench is its Telecom domain, as Artificial Analysis reports it.
 */
export const LLM_STATS_BENCHMARKS: Record<string, string> = {
  gpqa: 'gpqa-diamond',
  mmlu: 'mmlu',
  'mmlu-pro': 'mmlu-pro',
  simpleqa: 'simpleqa',
  ifeval: 'ifeval',
  'swe-bench-verified': 'swe-bench-verified',
  livecodebench: 'livecodebench',
  humaneval: 'humaneval',
  'aider-polyglot': 'aider-polyglot',
  'aime-2024': 'aime-2024',
  'aime-2025': 'aime-2025',
  'math-500': 'math-500',
  math: 'math',
  'arc-c': 'arc-challenge',
  'big-bench-hard': 'bbh',
  bbh: 'bbh',
  mmmu: 'mmmu',
  mathvista: 'mathvista',
  mgsm: 'mgsm',
  mmmlu: 'mmmlu',
  'tau-bench-retail': 'tau-bench-retail',
  'tau2-telecom': 'tau2-bench',
};

/** What Artificial Analysis says of one of its entries, in the dataset's units. */
export interface AaEntry {
  slug: string;
  name: string;
  /** Dataset benchmark id → score (percent, or the index as AA gives it), as of `scoresAsOf`. */
  scores: Record<string, number>;
  scoresAsOf?: string;
  /** The median speed AA measured, from the newest snapshot that has one for the entry. */
  speed?: { outputTokensPerSecond: number; timeToFirstTokenSeconds: number; asOf: string };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const positive = (value: unknown): value is number => typeof value === 'number' && value > 0;

/**
 * The dated JSON files of a snapshot folder (those whose name starts with `prefix`), oldest first;
 * `undated` those whose name states no day.
 */
function datedFiles(folder: string, fallbackDay?: string, prefix = '') {
  if (!existsSync(folder)) return { files: [], undated: [] };
  const names = readdirSync(folder).filter((name) => name.startsWith(prefix) && name.endsWith('.json'));
  const files = names
    .map((name) => ({ path: join(folder, name), asOf: dayOf(name) ?? fallbackDay }))
    .filter((file): file is { path: string; asOf: string } => file.asOf !== undefined)
    .sort((a, b) => a.asOf.localeCompare(b.asOf));
  return { files, undated: names.filter((name) => !dayOf(name) && !fallbackDay) };
}

/**
 * Artificial Analysis' snapshots (`artificial-analysis/*.json`, the day in each file name): its API
 * answer (`{data: [{slug, name, evaluations, median_output_tokens_per_second, …}]}`) and the
 * condensed speed copy (`{slug: {speed, ttft}}`). Scores come from the newest API answer; speed from
 * the newest snapshot that measured the entry (AA reads 0 for a model it no longer measures).
 */
export function readArtificialAnalysis(dir: string, fallbackDay?: string) {
  const { files, undated } = datedFiles(join(dir, 'artificial-analysis'), fallbackDay);
  const entries = new Map<string, AaEntry>();
  const entry = (slug: string, name = slug) => {
    const known = entries.get(slug) ?? { slug, name, scores: {} };
    entries.set(slug, known);
    return known;
  };
  for (const { path, asOf } of files) {
    const body = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    const rows = (body as { data?: unknown }).data;
    if (Array.isArray(rows)) {
      for (const row of rows as Record<string, unknown>[]) {
        if (typeof row.slug !== 'string') continue;
        const known = entry(row.slug, typeof row.name === 'string' ? row.name : row.slug);
        if (typeof row.name === 'string') known.name = row.name;
        const evaluations = (row.evaluations ?? {}) as Record<string, unknown>;
        known.scores = {};
        known.scoresAsOf = asOf;
        for (const [key, { id, fraction }] of Object.entries(AA_BENCHMARKS)) {
          const value = evaluations[key];
          if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > (fraction ? 1 : 100))
            continue;
          known.scores[id] = round(fraction ? value * 100 : value, 1);
        }
        const [tps, ttft] = [row.median_output_tokens_per_second, row.median_time_to_first_token_seconds];
        if (positive(tps) && positive(ttft)) known.speed = speedOf(tps, ttft, asOf);
      }
    } else if (body !== null && typeof body === 'object') {
      for (const [slug, value] of Object.entries(body as Record<string, { speed?: unknown; ttft?: unknown }>)) {
        const { speed, ttft } = value ?? {};
        if (positive(speed) && positive(ttft)) entry(slug).speed = speedOf(speed, ttft, asOf);
      }
    }
  }
  return { entries, undated };
}

const speedOf = (tps: number, ttft: number, asOf: string) => ({
  outputTokensPerSecond: round(tps, 1),
  timeToFirstTokenSeconds: round(ttft, 2),
  asOf,
});

/** One score LLM-Stats keeps for a model: the vendor's figure when `selfReported`, with the vendor's page. */
export interface LlmStatsScore {
  /** The dataset's benchmark id. */
  benchmark: string;
  /** Percent. */
  value: number;
  asOf: string;
  url?: string;
  selfReported: boolean;
}

export interface LlmStatsEntry {
  /** LLM-Stats' model id ("gpt-4.1-mini-2025-04-14"). */
  id: string;
  name?: string;
  scores: LlmStatsScore[];
}

/**
 * LLM-Stats' model files (`llm-stats/organizations/<org>/models/<id>/{model,benchmarks}.json`):
 * the scores of the benchmarks `LLM_STATS_BENCHMARKS` names, each as of the day LLM-Stats last
 * updated it.
 */
export function readLlmStats(dir: string): LlmStatsEntry[] {
  const root = join(dir, 'llm-stats/organizations');
  if (!existsSync(root)) return [];
  const folders = readdirSync(root)
    .sort()
    .flatMap((org) => {
      const models = join(root, org, 'models');
      return existsSync(models)
        ? readdirSync(models)
            .sort()
            .map((id) => ({ id, folder: join(models, id) }))
        : [];
    });
  return folders.map(({ id, folder }) => {
    const read = (file: string) =>
      existsSync(join(folder, file)) ? (JSON.parse(readFileSync(join(folder, file), 'utf8')) as unknown) : undefined;
    const model = (read('model.json') ?? {}) as { name?: unknown };
    const rows = (read('benchmarks.json') ?? []) as Record<string, unknown>[];
    const scores = (Array.isArray(rows) ? rows : []).flatMap((row): LlmStatsScore[] => {
      const benchmark = LLM_STATS_BENCHMARKS[String(row.benchmark_id)];
      const asOf = typeof row.updated_at === 'string' ? dayOf(row.updated_at) : undefined;
      const score = row.score;
      if (!benchmark || !asOf || typeof score !== 'number' || !(score >= 0 && score <= 1)) return [];
      const link = row.self_reported_source_link;
      // A placeholder link ("https://example.com/benchmark-image") names no one who gave the figure.
      if (typeof link === 'string' && /^https?:\/\/(www\.)?example\.(com|org)\//.test(link)) return [];
      return [
        {
          benchmark,
          value: round(score * 100, 1),
          asOf,
          ...(typeof link === 'string' && /^https:\/\/[^\s]+$/.test(link) ? { url: link } : {}),
          selfReported: row.is_self_reported === true,
        },
      ];
    });
    return { id, ...(typeof model.name === 'string' ? { name: model.name } : {}), scores };
  });
}

/** One run of Aider's polyglot benchmark: the model as Aider's run names it, and its pass rate (percent). */
export interface AiderRun {
  model: string;
  editFormat: string;
  passRate: number;
  date: string;
}

/**
 * Aider's polyglot leaderboard (`aider/polyglot_leaderboard.yml`: a list of flat `key: value`
 * maps, one per run): each run's model, edit format, pass rate after two tries and day.
 */
export function readAider(dir: string): AiderRun[] {
  const file = join(dir, 'aider/polyglot_leaderboard.yml');
  if (!existsSync(file)) return [];
  const runs: Record<string, string>[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const field = line.match(/^(- | {2})([a-z0-9_]+): ?(.*)$/);
    if (!field) continue;
    const [, lead, key = '', raw = ''] = field;
    if (lead === '- ') runs.push({});
    const run = runs.at(-1);
    if (run) run[key] = raw.trim().replace(/^(['"])(.*)\1$/, '$2');
  }
  return runs.flatMap((run) => {
    const passRate = Number(run.pass_rate_2);
    const date = dayOf(run.date ?? '');
    if (!run.model || !run.edit_format || !date || !Number.isFinite(passRate) || passRate < 0 || passRate > 100)
      return [];
    return [{ model: run.model, editFormat: run.edit_format, passRate, date }];
  });
}

/** A model's rating on LMArena's text leaderboard (`id`: the model's name there), as of `asOf`. */
export interface ArenaEntry {
  id: string;
  rating: number;
  asOf: string;
}

/**
 * LMArena's text leaderboard in its default view, with style control
 * (`lmarena/leaderboard-text-style-control*.json`: `{category: {model: {rating, rating_q975,
 * rating_q025}}}`): each model's rating in the `full` category, from the newest file, as of the
 * day its name states or `fallbackDay`; `undated` names the files that have neither.
 */
export function readLmArena(dir: string, fallbackDay?: string): { entries: ArenaEntry[]; undated: string[] } {
  const { files, undated } = datedFiles(join(dir, 'lmarena'), fallbackDay, 'leaderboard-text-style-control');
  const newest = files.at(-1);
  if (!newest) return { entries: [], undated };
  const board = (JSON.parse(readFileSync(newest.path, 'utf8')) as { full?: Record<string, { rating?: unknown }> }).full;
  const entries = Object.entries(board ?? {}).flatMap(([id, { rating }]) =>
    positive(rating) ? [{ id, rating: round(rating, 1), asOf: newest.asOf }] : [],
  );
  return { entries, undated };
}

/** What LMArena says of a model it rates: its display name, maker, licence and link. */
export interface ArenaMaker {
  name: string;
  organization: string;
  license: string;
  url?: string;
}

/** Letters and digits only, lowercase: "Koala-13B" and "koala-13b" are one name. */
const plain = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * LMArena's word on the makers of the models `names` names (its model names): its scatter plot's
 * entries (`lmarena/scatterplot-data.json`: `[{name, model_api_name, organization, license,
 * model_source}]`) and, for the others, the rows of its leaderboard's CSV export
 * (`lmarena/lmarena_text*.csv`: `rank, rank_stylectrl, model, arena_score, 95_pct_ci, votes,
 * organization, license, knowledge_cutoff, url`), whose display name or link is written as the
 * model's name.
 */
export function readLmArenaMakers(dir: string, names: readonly string[]): Map<string, ArenaMaker> {
  const folder = join(dir, 'lmarena');
  const makers = new Map<string, ArenaMaker>();
  if (!existsSync(folder)) return makers;
  const scatter = join(folder, 'scatterplot-data.json');
  const plotted = existsSync(scatter) ? (JSON.parse(readFileSync(scatter, 'utf8')) as Record<string, unknown>[]) : [];
  for (const row of Array.isArray(plotted) ? plotted : []) {
    const { name, model_api_name: id, organization, license, model_source: url } = row;
    if (typeof id !== 'string' || typeof organization !== 'string' || typeof license !== 'string') continue;
    makers.set(id, {
      name: typeof name === 'string' && name.trim() ? name.trim() : id,
      organization,
      license,
      ...(typeof url === 'string' ? { url } : {}),
    });
  }
  const rows = readdirSync(folder)
    .filter((file) => file.startsWith('lmarena_text') && file.endsWith('.csv'))
    .flatMap((file) => readFileSync(join(folder, file), 'utf8').trim().split('\n').slice(1))
    // No field of the export holds a comma.
    .map((line) => line.split(','));
  for (const id of names) {
    if (makers.has(id)) continue;
    const row = rows.find(
      ([, , model = '', , , , , , , url = '']) => plain(model) === plain(id) || plain(url).endsWith(plain(id)),
    );
    const [, , model = '', , , , organization = '', license = '', , url = ''] = row ?? [];
    if (!row || !organization || !license) continue;
    makers.set(id, { name: model, organization, license, ...(url ? { url } : {}) });
  }
  return makers;
}
