import type { Benchmark, Limits, Model, Price, Provider, Score, Source, Speed } from '../schema';

/**
 * The live sources, in merge precedence: a later one's prices and limits win over an earlier
 * one's, and all of them over the bundled snapshot. The custom dataset URL (a team's own
 * figures) wins over everything, scores included.
 */
export const LIVE_SOURCE_IDS = ['published', 'openrouter', 'litellm', 'custom'] as const;
export type LiveSourceId = (typeof LIVE_SOURCE_IDS)[number];

/** What one source says about one model, each figure with its own citation. */
export interface ModelPatch {
  /** Canonical `provider/model` id: a model the dataset holds, or a new one this source knows. */
  id: string;
  name?: string;
  provider?: string;
  /** Ways this source writes the model (its ids and names), added to the model's aliases. */
  aliases?: string[];
  releaseDate?: string;
  openWeights?: boolean;
  modalities?: Model['modalities'];
  price?: Price;
  limits?: Limits;
  speed?: Speed;
  scores?: Record<string, Score>;
}

/** One source's validated answer, mapped to canonical ids. */
export interface SourceUpdate {
  source: LiveSourceId;
  /** When it was fetched (ISO date-time). */
  fetchedAt: string;
  patches: ModelPatch[];
  /** The providers, sources and benchmarks a dataset file brings for its figures to be read by. */
  registry?: { providers: Provider[]; sources: Source[]; benchmarks: Benchmark[] };
}

/** A source's failure, in words a user can read on the options page. */
export class SourceError extends Error {
  override name = 'SourceError';
  /** Giving the extension access to the source's site would let it read the answer (no CORS headers). */
  readonly needsAccess: boolean;
  constructor(message: string, options: { needsAccess?: boolean } = {}) {
    super(message);
    this.needsAccess = options.needsAccess ?? false;
  }
}
