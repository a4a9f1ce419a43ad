import { Fragment } from 'preact';
import type { NewsEntry } from '../lib/data/whats-new';
import { formatUsd } from '../lib/format/numbers';

/** Entries shown, newest first, and how many models or prices each names before "and N more". */
const SHOWN_ENTRIES = 5;
const SHOWN_ITEMS = 5;

export interface WhatsNewProps {
  entries: readonly NewsEntry[];
  /** The newest entry is news the reader has not seen yet. */
  unseen: boolean;
  /** Opens a model's figures in the popup. */
  onChoose(id: string): void;
}

const more = (count: number, shown: number, what: string) =>
  count > shown ? ` and ${count - shown} more ${what}` : '';

/** What the last refreshes changed, newest first: models added, prices changed, each with its date. */
export function WhatsNew({ entries, unseen, onChoose }: WhatsNewProps) {
  if (entries.length === 0) return null;
  return (
    <section class="whats-new" aria-labelledby="whats-new-title">
      <h2 id="whats-new-title">What's new</h2>
      <ol class="news">
        {entries.slice(0, SHOWN_ENTRIES).map((entry, i) => (
          <li key={entry.at} class={unseen && i === 0 ? 'news-entry unseen' : 'news-entry'}>
            <time dateTime={entry.at}>{entry.at.slice(0, 10)}</time>
            {unseen && i === 0 && <span class="news-tag">new</span>}
            {entry.addedCount > 0 && (
              <p class="news-added">
                {entry.addedCount} {entry.addedCount === 1 ? 'model' : 'models'} added:{' '}
                {entry.added.slice(0, SHOWN_ITEMS).map((model, j) => (
                  <Fragment key={model.id}>
                    {j > 0 && ', '}
                    <button type="button" class="news-model" onClick={() => onChoose(model.id)}>
                      {model.name}
                    </button>
                  </Fragment>
                ))}
                {more(entry.addedCount, Math.min(SHOWN_ITEMS, entry.added.length), 'models')}
              </p>
            )}
            {entry.prices.length > 0 && (
              <ul class="news-prices">
                {entry.prices.slice(0, SHOWN_ITEMS).map((change) => (
                  <li key={`${change.id} ${change.side}`}>
                    <button type="button" class="news-model" onClick={() => onChoose(change.id)}>
                      {change.name}
                    </button>{' '}
                    {change.side} price {formatUsd(change.old)} → {formatUsd(change.new)}
                  </li>
                ))}
              </ul>
            )}
            {entry.pricesCount > SHOWN_ITEMS && (
              <p class="news-more">{more(entry.pricesCount, SHOWN_ITEMS, 'price changes').trim()}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
