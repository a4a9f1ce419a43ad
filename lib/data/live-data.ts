import { type Catalog, createCatalog } from './catalog';
import { fetchSource } from './fetch-source';
import { mergeDataset } from './merge';
import { describePriceChange, PriceChange, priceChanges, recentPriceChange } from './price-history';
import { earliestNextAttempt, type RefreshState, refreshSources } from './refresh';
import { commitRefresh, readPriceHistory, readRefreshState, saveRefreshState } from './refresh-store';
import type { Dataset } from './schema';
import { datasetFileUpdate } from './sources/dataset-file';
import { liteLlmUpdate } from './sources/litellm';
import { openRouterUpdate } from './sources/openrouter';
import { LIVE_SOURCE_IDS, type LiveSourceId, type SourceUpdate } from './sources/types';
import type { ModelStore } from './store';

/** The live sources the reader has on, each with the address it is fetched from, and how often. */
export interface LiveSources {
  enabled: { id: LiveSourceId; url: string }[];
  intervalHours: number;
}

export interface LiveDataDeps {
  bundled(): Dataset;
  /** The store, or a failure when the browser gives none (the bundled data is then used alone). */
  openStore(): Promise<ModelStore>;
  sources(): Promise<LiveSources>;
  now(): Date;
  fetch?: typeof fetch;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The bundled snapshot with the last good update of each source the user has on merged on top, in
 * precedence order. A source turned off keeps its stored answer (turning it on again is instant)
 * but no longer counts.
 */
function merged(bundled: Dataset, state: RefreshState, sources: LiveSources): Dataset {
  const enabled = new Set(sources.enabled.map((source) => source.id));
  // By precedence, never by the order the state was built or read in: a restart must give the same dataset.
  const updates = LIVE_SOURCE_IDS.flatMap((id) => (enabled.has(id) ? (state[id]?.update ?? []) : []));
  // A registry entry is kept from the first file that brings its id: the file of the source that wins.
  const registries = updates.flatMap((update) => (update.registry ? [update.registry] : [])).reverse();
  return mergeDataset(bundled, updates, registries);
}

/**
 * The dataset the background answers from, kept fresh from the live sources the user turned on:
 * refreshes them when due (or forced), merges their last good answers over the bundled snapshot,
 * records price changes, and swaps the result in at once.
 */
export function createLiveData(deps: LiveDataDeps) {
  let catalog: Promise<Catalog> | undefined;
  let refreshing: Promise<void> | undefined;
  let opened: Promise<ModelStore> | undefined;

  /** The store, opened once and kept (a failed opening is tried again next time). */
  function store(): Promise<ModelStore> {
    opened ??= deps.openStore().catch((error: unknown) => {
      opened = undefined;
      throw error;
    });
    return opened;
  }

  /** The catalog of a merged dataset, with the recent price changes the store holds. */
  async function catalogFrom(dataset: Dataset): Promise<Catalog> {
    const history = (await readPriceHistory(await store())).flatMap((row) => {
      const change = PriceChange.safeParse(row);
      return change.success ? [change.data] : [];
    });
    const today = isoDate(deps.now());
    const notes = new Map<string, string>();
    for (const model of dataset.models) {
      const change = recentPriceChange(history, model.id, today);
      if (change) notes.set(model.id, describePriceChange(change));
    }
    return createCatalog(dataset, notes);
  }

  /** Reads one source's answer with its adapter; `url` is where it came from. */
  function parse(id: LiveSourceId, json: unknown, fetchedAt: Date, url: string): SourceUpdate {
    const context = { models: deps.bundled().models, fetchedAt };
    if (id === 'openrouter') return openRouterUpdate(json, context);
    if (id === 'litellm') return liteLlmUpdate(json, context);
    const { update, registry } = datasetFileUpdate(json, { source: id, fetchedAt, url });
    return { ...update, registry };
  }

  async function refresh(force: boolean): Promise<void> {
    const db = await store();
    const sources = await deps.sources();
    const before = await current();
    const state = await readRefreshState(db);
    const urls = new Map(sources.enabled.map((s) => [s.id, s.url]));
    const result = await refreshSources({
      sources: sources.enabled,
      now: deps.now(),
      fetchSource: (url, previous, options) => fetchSource(url, previous, { ...options, fetch: deps.fetch }),
      parse: (id, json, fetchedAt) => parse(id, json, fetchedAt, urls.get(id) ?? ''),
      state,
      force,
      intervalHours: sources.intervalHours,
    });
    if (!result.changed) {
      await saveRefreshState(db, result.state);
      return;
    }
    const dataset = merged(deps.bundled(), result.state, sources);
    const changes = priceChanges(before.dataset, dataset, isoDate(deps.now()));
    await commitRefresh(db, { dataset, state: result.state, priceChanges: changes });
    catalog = catalogFrom(dataset);
    await catalog;
  }

  function current(): Promise<Catalog> {
    catalog ??= store()
      .then(async (db) => catalogFrom(merged(deps.bundled(), await readRefreshState(db), await deps.sources())))
      .catch((error: unknown) => {
        console.warn('[ModelPeek] storage unavailable, answering from the bundled snapshot', error);
        return createCatalog(deps.bundled());
      });
    return catalog;
  }

  return {
    current,
    /** Drops the merged catalog, to merge again on next use: the sources the user has on changed. */
    sourcesChanged(): void {
      catalog = undefined;
    },
    /** Refreshes the enabled sources that are due (all of them when forced); one refresh at a time. */
    refresh(force = false): Promise<void> {
      refreshing ??= refresh(force).finally(() => {
        refreshing = undefined;
      });
      return refreshing;
    },
    /** When the next enabled source is due (a failed one retries sooner than the interval). */
    async nextDue(): Promise<Date | undefined> {
      const ids = (await deps.sources()).enabled.map((s) => s.id);
      return earliestNextAttempt(await readRefreshState(await store()), ids);
    },
    /** How each source's refreshing stands; none when the store cannot be read. */
    async state(): Promise<RefreshState> {
      return store()
        .then(readRefreshState)
        .catch((): RefreshState => ({}));
    },
  };
}
