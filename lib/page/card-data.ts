import type { PriceCheck } from '../compare/price-check';
import type { Benchmark, Model, Provider, Series, Source } from '../data/schema';

/** Everything a card shows: the model, the model it is compared with, and the registries to read them. */
export interface CardData {
  model: Model;
  /** The model the deltas compare against, if any. */
  target?: Model;
  providers: readonly Provider[];
  benchmarks: readonly Benchmark[];
  sources: readonly Source[];
  /** A recent change of the model's price, in words ("price cut 50% on 2026-11-29"). */
  priceNote?: string;
  /** Which parts of the card show (the reader's choice). */
  sections?: CardSections;
  /** The model is the reader's pinned baseline. */
  isBaseline?: boolean;
  /** The reader's token mix for the blended price (3:1 input:output by default). */
  tokenMix?: { inputShare: number; cachedShare: number };
  /** The models the card may compare with instead: the page's others and the baseline. */
  targetChoices?: readonly { id: string; name: string }[];
  /** Set when the page names a variant of `model`: the name as written, and what its name says differs. */
  variant?: { name: string; traits: readonly string[] };
  /** Whether the prices the page states next to the name still hold. */
  priceCheck?: PriceCheck;
  /** The name of the successor the model's status names, when known. */
  successorName?: string;
  /** How old the card's figures are, in words ("figures as of 2026-08-01"). */
  age?: string;
  /** Everything shows, not only the card's first screen; true where there is no "More" to open it. */
  expanded?: boolean;
}

export interface CardSections {
  scores: boolean;
  operational: boolean;
  deltas: boolean;
  provenance: boolean;
}

/** A series and its members' figures, for the series card. */
export interface SeriesCardData {
  series: Pick<Series, 'id' | 'name' | 'provider'>;
  /** In the series' order, smallest or cheapest first. */
  members: readonly Model[];
  providers: readonly Provider[];
  benchmarks: readonly Benchmark[];
  tokenMix?: { inputShare: number; cachedShare: number };
  /** The name as the page writes it, when it is a model of the series the dataset does not list. */
  unlistedName?: string;
}

/**
 * What the card shows for a hovered name: a known model (or a variant of one, with its base's
 * figures), a series of models, or a model-shaped name the dataset lacks.
 */
export type CardContent =
  | { kind: 'model'; data: CardData }
  | { kind: 'series'; data: SeriesCardData }
  | { kind: 'unknown'; name: string; family?: string };

/** What a shown card's own controls change: its compared model, whether "More" is open, which series member shows. */
export interface CardControls {
  onTarget(id: string): void;
  onToggleMore(): void;
  onOpenModel(id: string): void;
}

/**
 * The card's view, a module of its own (entrypoints/content/card-view.tsx): the content script,
 * which runs on every page, loads it only when a card is about to show.
 */
export interface CardView {
  paint(container: HTMLElement, content: CardContent, controls: CardControls): void;
  clear(container: HTMLElement): void;
  /** The card in a sentence or two, for screen readers. */
  announcement(content: CardContent): string;
}
