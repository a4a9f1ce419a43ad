import { blendedPrice, DEFAULT_TOKEN_MIX, formatBlendedUsd, mixRatio } from '../lib/compare/cost';
import { describePriceCheck } from '../lib/compare/price-check';
import { formatInteger, formatSpeed, formatTokens, formatUnitPrice, formatUsd } from '../lib/format/numbers';
import type { CardData } from '../lib/page/card-data';
import { cited, Figure } from './card-parts';
import { FiguresAge } from './FiguresAge';

type Props = Pick<CardData, 'model' | 'sources' | 'tokenMix' | 'priceNote' | 'priceCheck'>;

/**
 * What the model costs and how fast and large it is, in one row: input and output price per 1M
 * tokens (its last list price once retired), blended, speed, context; a speech, voice or image
 * model sold by another unit shows that price instead ("$0.006 per minute"). Then whether the price
 * the page states still holds, and a recent price change.
 */
export function CardFigures({ model, sources, tokenMix = DEFAULT_TOKEN_MIX, priceNote, priceCheck }: Props) {
  const { price, unitPrice, speed, limits } = model;
  const last = model.status?.stage === 'retired';
  const perMillion = last ? 'Last list price per 1M tokens' : 'Per 1M tokens';
  return (
    <>
      <dl class="figures">
        {!price && unitPrice ? (
          <Figure label={last ? 'Last price' : 'Price'} value={formatUnitPrice(unitPrice)} />
        ) : (
          <>
            <Figure
              label={last ? 'Last input' : 'Input /1M'}
              value={price && formatUsd(price.input)}
              title={perMillion}
            />
            <Figure
              label={last ? 'Last output' : 'Output /1M'}
              value={price && formatUsd(price.output)}
              title={perMillion}
            />
            <Figure
              label={`Blended ${mixRatio(tokenMix)}`}
              value={price && formatBlendedUsd(blendedPrice(price, tokenMix))}
              title={`${perMillion} at your token mix (options page)`}
            />
          </>
        )}
        <Figure label="Speed" value={speed && formatSpeed(speed.outputTokensPerSecond)} />
        <Figure
          label="Context"
          value={limits && formatTokens(limits.context)}
          title={limits && `${formatInteger(limits.context)} tokens`}
        />
      </dl>
      {priceCheck && (
        <p class={priceCheck.holds ? 'price-check holds' : 'price-check stale'}>
          {describePriceCheck(priceCheck, cited(price, sources), last)}
        </p>
      )}
      {priceNote && <p class="price-note">{priceNote}</p>}
      <FiguresAge asOf={(price ?? unitPrice)?.asOf} />
    </>
  );
}
