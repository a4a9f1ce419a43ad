import type { Benchmark, Model, Provider, Source } from '../data/schema';

/** Everything a card shows: the model, the model it is compared with, and the registries to read them. */
export interface CardData {
  model: Model;
  /** The model the deltas compare against, if any. */
  target?: Model;
  providers: readonly Provider[];
  benchmarks: readonly Benchmark[];
  sources: readonly Source[];
}
