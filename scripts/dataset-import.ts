/**
 * `npm run dataset:import -- --from DIR [--scores | --arena] [--provider ID]... [--as-of YYYY-MM-DD] [--dry-run]`:
 * drafts the models that the OpenRouter, LiteLLM and models.dev snapshots in DIR list and the
 * curated dataset lacks, each figure cited to its snapshot and the snapshot's as-of day, and fills
 * what curated models lack (a figure group, a release date, a status). With `--scores` it drafts
 * no models: it gives curated models the benchmark scores and speed that the Artificial Analysis,
 * LLM-Stats, Aider and LMArena snapshots in DIR hold for them and they lack
 * (scripts/support/draft-scores.ts); with `--arena` it drafts the models LMArena's leaderboard
 * rates and the dataset lacks, with their rating (scripts/support/draft-arena.ts). A curated
 * figure is never replaced. The drafts are written into data/ for review, one line each is
 * printed, and the files stay as the formatter lays them out. `--as-of` dates a snapshot that
 * states no day of its own; `--provider` limits the drafts to some providers; `--data` writes
 * elsewhere than data/.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Model, Provider } from '../lib/data/schema';
import { assembleDataset } from '../lib/data/snapshot';
import { DATA_DIR, readDatasetHeader, readModelFiles, readSeriesFiles } from './support/dataset';
import { draftArenaModels } from './support/draft-arena';
import { draftModels } from './support/draft-models';
import { draftScores } from './support/draft-scores';
import { layoutJson } from './support/json-layout';
import { openRouterView } from './support/openrouter-view';
import { openRouterSnapshots, readLiteLlm, readModelsDev } from './support/reference-snapshots';
import { SCORE_LINKS } from './support/score-links';
import {
  readAider,
  readArtificialAnalysis,
  readLlmStats,
  readLmArena,
  readLmArenaMakers,
} from './support/score-snapshots';

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    provider: { type: 'string', multiple: true },
    'as-of': { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    scores: { type: 'boolean', default: false },
    arena: { type: 'boolean', default: false },
    data: { type: 'string', default: DATA_DIR },
  },
});
if (!values.from || (values['as-of'] && !/^\d{4}-\d{2}-\d{2}$/.test(values['as-of']))) {
  console.error(
    'Usage: npm run dataset:import -- --from DIR [--scores | --arena] [--provider ID]... [--as-of YYYY-MM-DD] [--dry-run]',
  );
  process.exit(2);
}
const dir = values.from;
const dataDir = values.data;
const fallbackDay = values['as-of'];

const header = readDatasetHeader(dataDir);
const files = readModelFiles(dataDir);
const seriesLists = [...readSeriesFiles(dataDir).values()];
const dataset = assembleDataset({ header, modelLists: [...files.values()], seriesLists });
const wanted = values.provider?.length ? (provider: string) => values.provider?.includes(provider) ?? false : undefined;

if (values.scores) {
  importScores();
  process.exit(0);
}
if (values.arena) {
  importArena();
  process.exit(0);
}

/** Writes the providers into data/dataset.json, laid out as it is: each member on its own line. */
function writeProviders(providers: readonly Provider[]) {
  const path = join(dataDir, 'dataset.json');
  const raw = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
  writeFileSync(path, `${JSON.stringify({ ...raw, providers }, null, 2)}\n`);
}

/** Stops when files of a snapshot folder in DIR state no day, and `--as-of` gives none. */
function stopIfUndated(undated: readonly string[], folder: string) {
  if (undated.length === 0) return;
  console.error(`No as-of day in the name of ${undated.join(', ')} in ${dir}/${folder}: pass --as-of YYYY-MM-DD`);
  process.exit(2);
}

/** The LMArena snapshot in DIR, or the reason to stop. */
function lmArenaOf() {
  const lmArena = readLmArena(dir, fallbackDay);
  stopIfUndated(lmArena.undated, 'lmarena');
  return lmArena.entries;
}

/**
 * The model files with the drafts in them: updated models in their places, added ones at the end
 * of their providers' files; and the names of the files that changed.
 */
function withDrafts(updated: readonly { model: Model }[], added: readonly Model[] = []) {
  const lists = new Map([...files].map(([name, models]) => [name, [...models]]));
  const changed = new Set<string>();
  for (const { model } of updated) {
    for (const [name, models] of lists) {
      const at = models.findIndex((m) => m.id === model.id);
      if (at < 0) continue;
      models[at] = model;
      changed.add(name);
    }
  }
  for (const model of added) {
    const name = `${model.provider}.json`;
    lists.set(name, [...(lists.get(name) ?? []), model]);
    changed.add(name);
  }
  return { lists, changed };
}

/**
 * Checks the dataset the drafts make, refusing one that does not validate, and gives the way to
 * write it: the changed model files, and the providers when the drafts add some (not on a dry run).
 */
function validated(lists: ReadonlyMap<string, Model[]>, newProviders: readonly Provider[] = []) {
  const providers = [...header.providers, ...newProviders];
  assembleDataset({ header: { ...header, providers }, modelLists: [...lists.values()], seriesLists });
  return (changed: Iterable<string>) => {
    if (values['dry-run']) return;
    for (const name of changed) writeFileSync(join(dataDir, 'models', name), layoutJson(lists.get(name)));
    if (newProviders.length > 0) writeProviders(providers);
  };
}

/** Drafts the models LMArena rates and the dataset lacks, into their providers' files. */
function importArena() {
  const entries = lmArenaOf();
  if (entries.length === 0) {
    console.error(`No LMArena leaderboard found in ${dir}`);
    process.exit(2);
  }
  const makers = readLmArenaMakers(
    dir,
    entries.map((entry) => entry.id),
  );
  const drafts = draftArenaModels(dataset, entries, makers);
  const added = drafts.added.filter((model) => !wanted || wanted(model.provider));
  const { lists, changed } = withDrafts([], added);
  const providers = drafts.providers.filter((provider) => added.some((model) => model.provider === provider.id));
  const write = validated(lists, providers);
  for (const provider of providers) console.log(`provider ${provider.id} (${provider.name})`);
  for (const model of added) {
    console.log(`added    ${model.id}: ${model.name}; arena-elo ${model.scores['arena-elo']?.value} (lmarena)`);
  }
  for (const line of drafts.skipped) console.log(`skipped  ${line}`);
  console.log(
    JSON.stringify({
      added: added.length,
      providers: providers.length,
      skipped: drafts.skipped.length,
      written: !values['dry-run'],
    }),
  );
  write(changed);
}

/** `--scores`: the scores and speed the benchmark snapshots hold for curated models that lack them. */
function importScores() {
  const aa = readArtificialAnalysis(dir, fallbackDay);
  stopIfUndated(aa.undated, 'artificial-analysis');
  const lmArena = lmArenaOf();
  const llmStats = readLlmStats(dir);
  const aider = readAider(dir);
  if (aa.entries.size === 0 && llmStats.length === 0 && aider.length === 0 && lmArena.length === 0) {
    console.error(`No Artificial Analysis, LLM-Stats, Aider or LMArena snapshot found in ${dir}`);
    process.exit(2);
  }
  const snapshots = { artificialAnalysis: aa.entries, llmStats, aider, lmArena };
  const drafts = draftScores(dataset, snapshots, SCORE_LINKS, wanted);
  const { lists, changed } = withDrafts(drafts.updated);
  const write = validated(lists);
  for (const { model, changes } of drafts.updated) console.log(`filled   ${model.id}: ${changes.join(', ')}`);
  for (const line of drafts.skipped) console.log(`skipped  ${line}`);
  const count = (what: RegExp) => drafts.updated.flatMap(({ changes }) => changes).filter((c) => what.test(c)).length;
  console.log(
    JSON.stringify({
      filled: drafts.updated.length,
      scores: count(/^(?!speed )/),
      speed: count(/^speed /),
      skipped: drafts.skipped.length,
      written: !values['dry-run'],
    }),
  );
  write(changed);
}

const entries = [...readLiteLlm(dir), ...readModelsDev(dir)].map((entry) =>
  entry.asOf || !fallbackDay ? entry : { ...entry, asOf: fallbackDay },
);
const snapshots = openRouterSnapshots(dir);
const undated = [
  ...new Set([
    ...entries.filter((entry) => !entry.asOf).map((entry) => entry.source),
    ...snapshots.filter((s) => !s.asOf && !fallbackDay).map(() => 'OpenRouter'),
  ]),
];
if (undated.length > 0) {
  console.error(`No as-of day for the ${undated.join(', ')} snapshot in ${dir}: pass --as-of YYYY-MM-DD`);
  process.exit(2);
}
if (entries.length === 0 && snapshots.length === 0) {
  console.error(`No LiteLLM, OpenRouter or models.dev snapshot found in ${dir}`);
  process.exit(2);
}
// The newest OpenRouter answer speaks for OpenRouter.
const latest = snapshots.at(-1);
const view = latest ? openRouterView(latest.body, latest.asOf ?? (fallbackDay as string), dataset.models) : undefined;
const drafts = draftModels(dataset, view, entries, wanted);

// Every draft is written into the file of its provider; the curated models it filled stay where they are.
const { lists, changed } = withDrafts(drafts.updated, drafts.added);
const write = validated(lists, drafts.providers);

const cited = (model: Model) =>
  [model.price && 'price', model.limits && 'limits', model.releaseDate && 'release date', model.status?.stage]
    .filter(Boolean)
    .join(', ');
for (const provider of drafts.providers) console.log(`provider ${provider.id} (${provider.name})`);
for (const model of drafts.added) {
  const sources = [...new Set([model.price?.source, model.limits?.source, model.status?.source].filter(Boolean))];
  console.log(`added    ${model.id}: ${model.name}; ${cited(model) || 'no figures'} (${sources.join(', ')})`);
}
for (const { model, changes } of drafts.updated) console.log(`filled   ${model.id}: ${changes.join(', ')}`);
for (const line of drafts.conflicts) console.log(`conflict ${line}`);
for (const line of drafts.skipped) console.log(`skipped  ${line}`);
console.log(
  JSON.stringify({
    added: drafts.added.length,
    filled: drafts.updated.length,
    providers: drafts.providers.length,
    conflicts: drafts.conflicts.length,
    skipped: drafts.skipped.length,
    written: !values['dry-run'],
  }),
);

write(changed);
