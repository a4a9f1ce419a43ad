import type { Model, Series } from '../data/schema';
import { blendedPrice, DEFAULT_TOKEN_MIX, type TokenMix } from './cost';

/** Another comparison worth a look from a head-to-head, and why. */
export interface RelatedPair {
  ids: [string, string];
  /** "GPT-4.1 is a tier up from GPT-4.1 mini". */
  reason: string;
}

export interface Related {
  /** Set when both models are of one series: "Sibling matchup inside the GPT-4.1 family". */
  sibling?: string;
  pairs: RelatedPair[];
}

/** At least this many pairs are offered when the dataset has them. */
export const MIN_RELATED = 4;
/** At most this many. */
export const MAX_RELATED = 6;

interface Catalog {
  models: readonly Model[];
  series: readonly Series[];
}

const pairKey = (x: string, y: string) => [x, y].sort().join(' ');

/**
 * The comparisons a reader of "A vs B" may want next: each model against the next tier up and
 * down in its series, against its successor, and against the model closest to it in blended price
 * from another provider (more of those when the others are too few). Never the same pair twice,
 * never A vs B again; retired models only as a successor's predecessor.
 */
export function relatedComparisons(
  [a, b]: readonly [Model, Model],
  catalog: Catalog,
  mix: TokenMix = DEFAULT_TOKEN_MIX,
): Related {
  const byId = new Map(catalog.models.map((m) => [m.id, m]));
  const seriesOf = (m: Model) => catalog.series.find((s) => s.members.includes(m.id));
  const shared = seriesOf(a);
  const sibling = shared && shared === seriesOf(b) ? `Sibling matchup inside the ${shared.name} family` : undefined;

  const taken = new Set([pairKey(a.id, b.id)]);
  const pairs: RelatedPair[] = [];
  const offer = (m: Model, other: Model | undefined, reason: string) => {
    if (!other || other.id === m.id || taken.has(pairKey(m.id, other.id))) return;
    taken.add(pairKey(m.id, other.id));
    pairs.push({ ids: [m.id, other.id], reason });
  };

  /** The nearest member above (step 1) or below (-1) in the model's series, passing over the other model. */
  const tier = (m: Model, step: 1 | -1, skip: Model) => {
    const members = seriesOf(m)?.members ?? [];
    for (let i = members.indexOf(m.id) + step; i >= 0 && i < members.length; i += step) {
      const member = byId.get(members[i] as string);
      if (member && member.id !== skip.id) return member;
    }
    return undefined;
  };
  for (const [m, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const up = tier(m, 1, other);
    offer(m, up, `${up?.name} is a tier up from ${m.name}`);
    const down = tier(m, -1, other);
    offer(m, down, `${down?.name} is a tier down from ${m.name}`);
  }
  for (const m of [a, b]) {
    const successor = m.status?.successor ? byId.get(m.status.successor) : undefined;
    offer(m, successor, `${successor?.name} succeeds ${m.name}`);
  }

  // Rivals by price, nearest first, taken in turns until there are enough pairs.
  const rivals = [a, b].map((m) => rivalsByPrice(m, catalog.models, mix));
  for (let round = 0; pairs.length < MIN_RELATED && rivals.some((r) => r.length > round); round++) {
    [a, b].forEach((m, i) => {
      const rival = rivals[i]?.[round];
      if (pairs.length < MAX_RELATED) offer(m, rival, `${rival?.name} is the closest in price to ${m.name}`);
    });
  }
  return { ...(sibling ? { sibling } : {}), pairs: pairs.slice(0, MAX_RELATED) };
}

/** Models of other providers, of the same kind and not retired, nearest in blended price first. */
function rivalsByPrice(model: Model, models: readonly Model[], mix: TokenMix): Model[] {
  if (!model.price) return [];
  const own = blendedPrice(model.price, mix);
  if (own <= 0) return [];
  const distance = (m: Model) => Math.abs(Math.log(blendedPrice(m.price as NonNullable<Model['price']>, mix) / own));
  return models
    .filter(
      (m) =>
        m.provider !== model.provider &&
        (m.kind ?? 'chat') === (model.kind ?? 'chat') &&
        m.status?.stage !== 'retired' &&
        m.price !== undefined &&
        blendedPrice(m.price, mix) > 0,
    )
    .sort((x, y) => distance(x) - distance(y) || x.id.localeCompare(y.id));
}
