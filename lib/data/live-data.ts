import type { SourceSettings } from '../settings/sources';
import { enabledSources, LIVE_SOURCES, sourceUrl } from '../settings/sources';
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

export interface LiveDataDeps {
  bundled(): Dataset;
  /** The store, or a failure when the browser gives none (the bundled data is then used alone). */
  openStore(): Promise<ModelStore>;
  settings(): Promise<SourceSettings>;
  now(): Date;
  fetch?: typeof fetch;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The bundled snapshot with the last good update of each source the user has on merged on top, in
 * precedence order. A source turned off keeps its stored answer (turning it on again is instant)
 * but no longer counts.
 */
function merged(bundled: Dataset, state: RefreshState, settings: SourceSettings): Dataset {
  const enabled = new Set(enabledSources(settings).map((source) => source.id));
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
    const settings = await deps.settings();
    const before = await current();
    const sources = enabledSources(settings);
    const state = await readRefreshState(db);
    const urls = new Map(sources.map((s) => [s.id, s.url]));
    const result = await refreshSources({
      sources,
      now: deps.now(),
      fetchSource: (url, previous, options) => fetchSource(url, previous, { ...options, fetch: deps.fetch }),
      parse: (id, json, fetchedAt) => parse(id, json, fetchedAt, urls.get(id) ?? ''),
      state,
      force,
      intervalHours: settings.intervalHours,
    });
    if (!result.changed) {
      await saveRefreshState(db, result.state);
      return;
    }
    const dataset = merged(deps.bundled(), result.state, settings);
    const changes = priceChanges(before.dataset, dataset, isoDate(deps.now()));
    await commitRefresh(db, { dataset, state: result.state, priceChanges: changes });
    catalog = catalogFrom(dataset);
    await catalog;
  }

  function current(): Promise<Catalog> {
    catalog ??= store()
      .then(async (db) => catalogFrom(merged(deps.bundled(), await readRefreshState(db), await deps.settings())))
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
      const ids = enabledSources(await deps.settings()).map((s) => s.id);
      return earliestNextAttempt(await readRefreshState(await store()), ids);
    },
    /** Every live source's settings and status, for the options page. */
    async status() {
      const settings = await deps.settings();
      const state = await store()
        .then(readRefreshState)
        .catch((): RefreshState => ({}));
      return {
        intervalHours: settings.intervalHours,
        sources: LIVE_SOURCES.map((info) => {
          const source = state[info.id];
          return {
            id: info.id,
            name: info.name,
            description: info.description,
            enabled: settings.enabled[info.id],
            url: sourceUrl(settings, info.id),
            lastSuccess: source?.lastSuccess,
            lastAttempt: source?.lastAttempt,
            nextAttempt: source?.nextAttempt,
            lastError: source?.lastError,
          };
        }),
      };
    },
  };
}
