import type { RefreshState, SourceState } from './refresh';
import type { Dataset } from './schema';
import { LIVE_SOURCE_IDS } from './sources/types';
import type { ModelStore } from './store';

export type { RefreshState, SourceState };

/** What one refresh leaves behind: the merged dataset, every source's state, and the prices it saw change. */
export interface RefreshCommit {
  dataset: Dataset;
  state: RefreshState;
  priceChanges: unknown[];
}

/** The stored state of every live source that has one. */
export async function readRefreshState(store: ModelStore): Promise<RefreshState> {
  const state: RefreshState = {};
  for (const source of await store.getAll('sources')) {
    // A source this version no longer knows is left out rather than refreshed under a wrong name.
    if ((LIVE_SOURCE_IDS as readonly string[]).includes(source.id)) state[source.id] = source;
  }
  return state;
}

/** Saves the source states alone, after a refresh that changed no data (a 304, a failure). */
export async function saveRefreshState(store: ModelStore, state: RefreshState): Promise<void> {
  const tx = store.transaction('sources', 'readwrite');
  await allOrNothing(tx, (track) => {
    for (const source of Object.values(state)) if (source) track(tx.store.put(source));
  });
}

/**
 * Writes the merged dataset, the source states and the new price-history rows in one
 * transaction: readers see the old or the new, never a mix, and if any write fails none is kept.
 */
export async function commitRefresh(store: ModelStore, commit: RefreshCommit): Promise<void> {
  const tx = store.transaction(['models', 'registry', 'sources', 'priceHistory'], 'readwrite');
  await allOrNothing(tx, (track) => {
    const { models, ...header } = commit.dataset;
    const modelStore = tx.objectStore('models');
    track(modelStore.clear());
    for (const model of models) track(modelStore.put(model));
    track(tx.objectStore('registry').put(header, 'header'));
    const sources = tx.objectStore('sources');
    for (const source of Object.values(commit.state)) if (source) track(sources.put(source));
    const history = tx.objectStore('priceHistory');
    for (const change of commit.priceChanges) track(history.add(change));
  });
}

/** Every price change stored, oldest first. */
export function readPriceHistory(store: ModelStore): Promise<unknown[]> {
  return store.getAll('priceHistory');
}

/**
 * Issues the writes and waits for the transaction to commit. A write that throws at once (a value
 * that cannot be stored) does not abort a transaction by itself, and the writes before it would
 * commit: so it is aborted here, and the writes already issued are awaited so none rejects unheard.
 */
async function allOrNothing(
  tx: { abort(): void; done: Promise<void> },
  issue: (track: (write: Promise<unknown>) => void) => void,
): Promise<void> {
  const writes: Promise<unknown>[] = [];
  try {
    issue((write) => {
      writes.push(write);
    });
  } catch (error) {
    tx.abort();
    await Promise.allSettled([...writes, tx.done]);
    throw error;
  }
  await Promise.all([...writes, tx.done]);
}
