import { describeStatus } from '../lib/compare/status';
import type { CardData } from '../lib/page/card-data';

type Props = Pick<CardData, 'model' | 'providers' | 'variant' | 'successorName' | 'age'>;

/**
 * The card's first lines: the name, its provider, and where it stands (preview, deprecated,
 * retired). For a variant, the name as the page writes it and what differs from the base model.
 */
export function CardHeader({ model, providers, variant, successorName, age }: Props) {
  const provider = providers.find((p) => p.id === model.provider)?.name ?? model.provider;
  const { status } = model;
  return (
    <header>
      <h2 class="name">{variant?.name ?? model.name}</h2>
      {variant ? (
        <p class="variant">
          Variant of <strong>{model.name}</strong>
          {variant.traits.length > 0 && `: ${variant.traits.join(', ')}`}
        </p>
      ) : (
        <p class="meta">
          <span class="provider">{provider}</span>
          {model.openWeights && <span class="badge">open weights</span>}
          {age && <span class="age">{age}</span>}
        </p>
      )}
      {status && <p class={`status ${status.stage}`}>{describeStatus(status, () => successorName)}</p>}
    </header>
  );
}
