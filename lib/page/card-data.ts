import type { Benchmark, Model, Provider, Source } from '../data/schema';

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
  /** Set when the page names a variant of `model` ("Qwen3-30B-A3B-Instruct-2507"): the name as written. */
  variantName?: string;
}

export interface CardSections {
  scores: boolean;
  operational: boolean;
  deltas: boolean;
  provenance: boolean;
}

/** What the card shows for a hovered name: a known model, or a model-shaped name the dataset lacks. */
export type CardContent = { kind: 'model'; data: CardData } | { kind: 'unknown'; name: string; family?: string };
