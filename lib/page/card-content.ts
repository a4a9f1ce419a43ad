import { checkStatedPrices } from '../compare/price-check';
import { readStatedPrices } from '../detect/stated-prices';
import { variantTraits } from '../detect/variant-traits';
import type { CardContent, CardData, CardSections } from './card-data';
import type { Hit } from './scan';

/** A hovered name, or a series member opened from the series' card (`fromSeries`), whose page words are the series'. */
export type CardHit = Hit & { fromSeries?: string };

/** The model whose figures the card shows: the one named, or a variant's base. */
export function cardModelId(hit: CardHit): string | null {
  return hit.variantOf ?? hit.modelId;
}

/** What the card adds to a model's figures from the page and the reader's choices. */
export interface PageCardContext {
  sections: CardSections;
  baselineModelId: string | null;
  targetChoices: CardData['targetChoices'];
  /** Display names of the models the dataset knows. */
  names: Readonly<Record<string, string>>;
  /** "More" is open. */
  expanded: boolean;
  /** The page's words near the name that may state its price. */
  pageText(): string;
}

/**
 * A model's card for a hovered name: its figures with the reader's sections and baseline, its
 * successor's name, "More" open or closed, and either what a variant's name says differs or
 * whether the price the page states next to the name still holds.
 */
export function modelCardContent(hit: CardHit, data: CardData, page: PageCardContext): CardContent {
  const { model } = data;
  const successor = model.status?.successor;
  const shown: CardData = {
    ...data,
    sections: page.sections,
    isBaseline: model.id === page.baselineModelId,
    targetChoices: page.targetChoices,
    successorName: successor && page.names[successor],
    expanded: page.expanded,
  };
  if (hit.variantOf) shown.variant = { name: hit.text, traits: variantTraits(hit.text, model.provider) };
  // A variant's page price is the variant's own, not its base's; a series' prices are no one member's.
  else if (!hit.fromSeries) shown.priceCheck = checkStatedPrices(readStatedPrices(page.pageText()), model.price);
  return { kind: 'model', data: shown };
}
