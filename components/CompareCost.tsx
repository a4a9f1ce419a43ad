import { cachedPriceKnown, cheapest, formatMonthlyUsd, monthlyCost } from '../lib/compare/cost';
import type { Model } from '../lib/data/schema';
import { type CostSettings as CostSettingsValue, tokenUsageOf } from '../lib/settings/cost';
import { NO_DATA } from './CompareCite';
import { CostSettings } from './CostSettings';

interface Props {
  models: readonly Model[];
  cost: CostSettingsValue;
  onCostChange(next: CostSettingsValue): void;
}

/** Monthly tokens and cached share in, each model's bill out, the cheapest highlighted. */
export function CompareCost({ models, cost, onCostChange }: Props) {
  const usage = tokenUsageOf(cost);
  const best = cheapest(models, usage);
  return (
    <section class="panel cost" aria-labelledby="cost-title">
      <h2 id="cost-title">Monthly cost</h2>
      <CostSettings value={cost} onChange={onCostChange} />
      <table class="grid">
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col">Per month</th>
          </tr>
        </thead>
        <tbody>
          {models.map((model) => {
            // Every model tied with the cheapest is marked: none of them is cheaper than the others.
            const isBest = model.price !== undefined && monthlyCost(model.price, usage) === best?.usd;
            return (
              <tr key={model.id} data-model={model.id} class={isBest ? 'best' : undefined}>
                <th scope="row">{model.name}</th>
                <td>
                  {model.price ? (
                    formatMonthlyUsd(monthlyCost(model.price, usage))
                  ) : (
                    <span class="missing">{NO_DATA}</span>
                  )}
                  {isBest && <span class="best-tag"> cheapest</span>}
                  {model.price && usage.cachedShare > 0 && !cachedPriceKnown(model.price) && (
                    <span class="note"> no cached price published: cached tokens at the input price</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
