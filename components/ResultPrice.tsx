import { formatListPrice } from '../lib/format/numbers';
import type { ModelSummary } from '../lib/messaging/protocol';

/**
 * A search result's price, input / output per 1M tokens or per unit ("$0.006 per minute"), and its
 * status: a retired model's price is its last.
 */
export function ResultPrice({ model }: { model: ModelSummary }) {
  const { status } = model;
  const price = formatListPrice(model);
  return (
    <span class="result-price">
      {status && (
        <span class={`result-status ${status.stage}`}>
          {status.stage}
          {status.date && ` ${status.date}`}
        </span>
      )}
      {price === undefined ? 'no price data' : status?.stage === 'retired' ? `last ${price}` : price}
    </span>
  );
}
