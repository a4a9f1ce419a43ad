import { formatUsd } from '../lib/format/numbers';
import type { ModelSummary } from '../lib/messaging/protocol';

/** A search result's price, input / output per 1M tokens, and its status: a retired model's price is its last. */
export function ResultPrice({ model }: { model: ModelSummary }) {
  const { price, status } = model;
  const listed = price ? `${formatUsd(price.input)} / ${formatUsd(price.output)}` : 'no price data';
  return (
    <span class="result-price">
      {status && (
        <span class={`result-status ${status.stage}`}>
          {status.stage}
          {status.date && ` ${status.date}`}
        </span>
      )}
      {status?.stage === 'retired' && price ? `last ${listed}` : listed}
    </span>
  );
}
