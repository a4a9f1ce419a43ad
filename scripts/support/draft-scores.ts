import type { Dataset, Model, Score } from '../../lib/data/schema';
import type { ScoreLink } from './score-links';
import type { AaEntry, AiderRun, ArenaEntry, LlmStatsEntry } from './score-snapshots';

/** What the benchmark snapshots add to curated models, for a maintainer to review. */
export interface ScoreDrafts {
  /** Each model given scores or speed, as it now reads, and what was added. */
  updated: { model: Model; changes: string[] }[];
  /** What was left out, and why. */
  skipped: string[];
}

const AA_PAGE = 'https://artificialanalysis.ai/models/';

/** Letters and digits only, "+" spelled out: "GPT-4.1 mini" and "gpt-4.1-mini" are one form, "Command R+" and "Command R" are not. */
const formKey = (form: string) =>
  form
    .toLowerCase()
    .replace(/\+/g, 'plus')
    .replace(/[^a-z0-9]/g, '');

/** The forms a model is written in: its id without the provider, its name, its aliases. */
const formsOf = (model: Model) => [model.id.slice(model.id.indexOf('/') + 1), model.name, ...model.aliases];

/** The AA slugs a model's Artificial Analysis figures cite, each with the note they carry. */
function citedAaSlugs(model: Model): Map<string, string | undefined> {
  const slugs = new Map<string, string | undefined>();
  for (const figure of [model.speed, ...Object.values(model.scores)]) {
    if (figure?.source !== 'artificial-analysis' || !figure.url?.startsWith(AA_PAGE)) continue;
    const slug = figure.url.slice(AA_PAGE.length);
    if (!slugs.get(slug)) slugs.set(slug, figure.note);
  }
  return slugs;
}

/**
 * Drafts the benchmark scores and speed the snapshots hold and curated models lack. A model's
 * Artificial Analysis entry is the one `links` names, else the one its AA figures already cite;
 * its LLM-Stats entry is the one `links` names, else the one whose id or name is written as one of
 * the model's forms, when exactly one entry and one model match each other, and its LMArena rating
 * likewise; its Aider runs are those whose model is written exactly as one of the model's forms,
 * and the best of them is its score, as the leaderboard ranks it. A model gets only benchmarks it
 * has no score for, and speed only when it has none: a curated figure is never replaced.
 * Independent measurements come first (AA, then Aider); the vendor's figures LLM-Stats keeps fill
 * what they lack.
 */
export function draftScores(
  dataset: Dataset,
  {
    artificialAnalysis,
    llmStats,
    aider,
    lmArena = [],
  }: {
    artificialAnalysis: ReadonlyMap<string, AaEntry>;
    llmStats: readonly LlmStatsEntry[];
    aider: readonly AiderRun[];
    lmArena?: readonly ArenaEntry[];
  },
  links: Readonly<Record<string, ScoreLink>>,
  wanted: (provider: string) => boolean = () => true,
): ScoreDrafts {
  const result: ScoreDrafts = { updated: [], skipped: [] };
  const registry = new Set(dataset.benchmarks.map((benchmark) => benchmark.id));

  const llmStatsEntryOf = entryWrittenAlike({
    entries: llmStats,
    namesOf: (entry) => [entry.id, entry.name ?? ''],
    source: 'LLM-Stats',
    models: dataset.models,
    links,
    linkOf: (link) => link.llmStats,
    skipped: result.skipped,
  });
  const arenaEntryOf = entryWrittenAlike({
    entries: lmArena,
    namesOf: (entry) => [entry.id],
    source: 'LMArena',
    models: dataset.models,
    links,
    linkOf: (link) => link.lmArena,
    skipped: result.skipped,
  });
  const modelsByForm = new Map<string, Set<string>>();
  for (const model of dataset.models) {
    for (const form of formsOf(model)) {
      const key = form.toLowerCase();
      modelsByForm.set(key, (modelsByForm.get(key) ?? new Set()).add(model.id));
    }
  }
  const aiderRuns = new Map<string, AiderRun>();
  for (const run of aider) {
    const owners = modelsByForm.get(run.model.toLowerCase());
    const [owner] = owners ?? [];
    if (!owner || (owners?.size ?? 0) > 1) continue;
    const best = aiderRuns.get(owner);
    if (!best || run.passRate > best.passRate) aiderRuns.set(owner, run);
  }

  for (const original of dataset.models) {
    if (!wanted(original.provider) || (original.kind && original.kind !== 'chat')) continue;
    const link = links[original.id];
    const model = structuredClone(original);
    const changes: string[] = [];

    // Artificial Analysis: the linked entry, else the one entry the model's figures cite.
    const cited = citedAaSlugs(original);
    let slug: string | undefined;
    if (link?.artificialAnalysis !== undefined) slug = link.artificialAnalysis ?? undefined;
    else if (cited.size === 1) slug = [...cited.keys()][0];
    else if (cited.size > 1)
      result.skipped.push(`${original.id}: its figures cite AA entries ${[...cited.keys()].join(', ')}`);
    const aa = slug ? artificialAnalysis.get(slug) : undefined;
    if (slug && !aa) result.skipped.push(`${original.id}: no AA entry ${slug} in the snapshots`);
    if (aa && slug) {
      const note =
        cited.get(slug) ??
        (aa.name.toLowerCase() === original.name.toLowerCase() ? undefined : `AA entry "${aa.name}"`);
      const citation = { source: 'artificial-analysis', url: `${AA_PAGE}${slug}`, ...(note ? { note } : {}) };
      for (const [benchmark, value] of Object.entries(aa.scores)) {
        if (model.scores[benchmark] || !registry.has(benchmark) || !aa.scoresAsOf) continue;
        model.scores[benchmark] = { value, ...citation, asOf: aa.scoresAsOf } as Score;
        changes.push(`${benchmark} ${value} (AA)`);
      }
      if (!model.speed && aa.speed) {
        const { outputTokensPerSecond, timeToFirstTokenSeconds, asOf } = aa.speed;
        model.speed = {
          outputTokensPerSecond,
          timeToFirstTokenSeconds,
          source: citation.source,
          asOf,
          url: citation.url,
          ...(note ? { note } : {}),
        };
        changes.push(`speed ${outputTokensPerSecond} tok/s (AA ${asOf})`);
      }
    }

    // Aider: the best run of the model, under one of its names.
    const run = aiderRuns.get(original.id);
    if (run && !model.scores['aider-polyglot'] && registry.has('aider-polyglot')) {
      model.scores['aider-polyglot'] = {
        value: run.passRate,
        source: 'aider',
        asOf: run.date,
        note: `${run.editFormat} edit format`,
      };
      changes.push(`aider-polyglot ${run.passRate} (Aider)`);
    }

    // LMArena: the model's rating on the text leaderboard, in its default view.
    const arena = arenaEntryOf(original.id);
    if (arena && !model.scores['arena-elo'] && registry.has('arena-elo')) {
      model.scores['arena-elo'] = { value: arena.rating, source: 'lmarena', asOf: arena.asOf };
      changes.push(`arena-elo ${arena.rating} (LMArena "${arena.id}")`);
    }

    // LLM-Stats: the vendor's figures it keeps.
    const entry = llmStatsEntryOf(original.id);
    const seen = new Map<string, number>();
    for (const score of entry?.scores ?? []) {
      // Two LLM-Stats benchmarks that are one of the dataset's ("bbh", "big-bench-hard") must agree.
      const before = seen.get(score.benchmark);
      seen.set(score.benchmark, score.value);
      if (before !== undefined && before !== score.value) {
        result.skipped.push(`${original.id}: LLM-Stats gives ${score.benchmark} as ${before} and ${score.value}`);
        if (changes.some((change) => change.startsWith(`${score.benchmark} `) && change.endsWith('(LLM-Stats)'))) {
          delete model.scores[score.benchmark];
          changes.splice(
            changes.findIndex((change) => change.startsWith(`${score.benchmark} `)),
            1,
          );
        }
        continue;
      }
      if (model.scores[score.benchmark] || !registry.has(score.benchmark) || link?.skip?.[score.benchmark]) continue;
      model.scores[score.benchmark] = {
        value: score.value,
        source: 'llm-stats',
        asOf: score.asOf,
        ...(score.url ? { url: score.url } : {}),
        ...(score.selfReported ? { note: 'vendor-reported' } : {}),
      };
      changes.push(`${score.benchmark} ${score.value} (LLM-Stats)`);
    }

    if (changes.length > 0) result.updated.push({ model, changes });
  }
  return result;
}

/**
 * A model's entry in a snapshot that names models: the one its link names (`linkOf`; null keeps it
 * from any), else the one entry whose id or name is written as one of the model's forms, when
 * that entry is written as no other model and no link claims it. Why a model gets none, when it
 * might have, goes into `skipped`.
 */
function entryWrittenAlike<E extends { id: string }>(options: {
  entries: readonly E[];
  namesOf: (entry: E) => string[];
  source: string;
  models: readonly Model[];
  links: Readonly<Record<string, ScoreLink>>;
  linkOf: (link: ScoreLink) => string | null | undefined;
  skipped: string[];
}): (modelId: string) => E | undefined {
  const { entries, namesOf, source, models, links, linkOf, skipped } = options;
  const entriesByForm = new Map<string, E[]>();
  for (const entry of entries) {
    for (const key of new Set(namesOf(entry).filter(Boolean).map(formKey))) {
      entriesByForm.set(key, [...(entriesByForm.get(key) ?? []), entry]);
    }
  }
  // Entries and models that are written alike, both ways.
  const modelsByEntry = new Map<string, Set<string>>();
  const entriesByModel = new Map<string, Set<E>>();
  for (const model of models) {
    for (const key of formsOf(model).map(formKey)) {
      for (const entry of entriesByForm.get(key) ?? []) {
        modelsByEntry.set(entry.id, (modelsByEntry.get(entry.id) ?? new Set()).add(model.id));
        entriesByModel.set(model.id, (entriesByModel.get(model.id) ?? new Set()).add(entry));
      }
    }
  }
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const linked = new Set(Object.values(links).flatMap((link) => linkOf(link) ?? []));
  return (modelId) => {
    const link = links[modelId] ? linkOf(links[modelId]) : undefined;
    if (link !== undefined) {
      const entry = link ? byId.get(link) : undefined;
      if (link && !entry) skipped.push(`${modelId}: no ${source} entry ${link} in the snapshots`);
      return entry;
    }
    const candidates = [...(entriesByModel.get(modelId) ?? [])].filter((e) => !linked.has(e.id));
    const [only] = candidates;
    if (candidates.length > 1) {
      skipped.push(`${modelId}: written as ${source} entries ${candidates.map((e) => e.id).join(', ')}`);
      return undefined;
    }
    if (only && (modelsByEntry.get(only.id)?.size ?? 0) > 1) {
      skipped.push(
        `${modelId}: ${source} entry ${only.id} is written as ${[...(modelsByEntry.get(only.id) ?? [])].join(', ')}`,
      );
      return undefined;
    }
    return only;
  };
}
