import { DEFAULT_TOKEN_MIX } from '../lib/compare/cost';
import { seriesRows } from '../lib/compare/series';
import { formatListPrice, formatTokens } from '../lib/format/numbers';
import type { SeriesCardData } from '../lib/page/card-data';
import { NO_DATA } from './card-parts';

export interface SeriesCardProps extends SeriesCardData {
  /** Opens one member's own card. */
  onOpenModel?(id: string): void;
  /** Opens the comparison page with these members. */
  onCompare?(ids: string[]): void;
}

const missing = <span class="missing">{NO_DATA}</span>;

/**
 * A series of models ("Llama 3.1") as a small table: each member's size or tier, price, overall
 * score, context and speed, the cheapest and the best marked, each opening its own card. Opened
 * from a model of the series that the dataset does not list, it says so first.
 */
export function SeriesCard({
  series,
  members,
  providers,
  benchmarks,
  tokenMix = DEFAULT_TOKEN_MIX,
  unlistedName,
  ...on
}: SeriesCardProps) {
  const provider = providers.find((p) => p.id === series.provider)?.name ?? series.provider;
  const rows = seriesRows(series.name, members, benchmarks, tokenMix);
  return (
    <article class="card series" aria-label={`${series.name}: ${members.length} models`}>
      <header>
        <h2 class="name">{series.name}</h2>
        <p class="meta">
          <span class="provider">{provider}</span>
          <span>
            {members.length} {members.length === 1 ? 'model' : 'models'}
          </span>
        </p>
      </header>
      {unlistedName && (
        <p class="missing unlisted">{unlistedName}: not in the dataset. Its series' models, for comparison:</p>
      )}
      <table class="members">
        <thead>
          <tr>
            <th scope="col">Size</th>
            <th scope="col" title="USD per 1M tokens, input / output">
              In / out
            </th>
            <th scope="col">Overall</th>
            <th scope="col">Context</th>
            <th scope="col" title="Output tokens per second">
              tok/s
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ model, tier, overall, cheapest, best }) => (
            <tr key={model.id} data-model={model.id}>
              <th scope="row">
                {on.onOpenModel ? (
                  <button type="button" class="member" title={model.name} onClick={() => on.onOpenModel?.(model.id)}>
                    {tier}
                  </button>
                ) : (
                  tier
                )}
                {cheapest && <span class="mark-tag">cheapest</span>}
                {best && <span class="mark-tag">best</span>}
              </th>
              <td>{formatListPrice(model) ?? missing}</td>
              <td>{overall === undefined ? missing : overall.toFixed(1)}</td>
              <td>{model.limits ? formatTokens(model.limits.context) : missing}</td>
              <td>{model.speed ? Math.round(model.speed.outputTokensPerSecond) : missing}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {on.onCompare && members.length > 1 && (
        <div class="actions">
          <button type="button" class="action compare" onClick={() => on.onCompare?.(members.map((m) => m.id))}>
            Compare all ({members.length})
          </button>
        </div>
      )}
    </article>
  );
}
