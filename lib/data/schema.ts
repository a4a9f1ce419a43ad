import { z } from 'zod';

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();

/** Only https links are ever stored or rendered. */
export const HttpsUrl = z.url({ protocol: /^https$/ });

export const SourceId = z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'a lowercase source id');

/** Canonical model id: `provider/model`, lowercase, as OpenRouter writes them. */
export const ModelId = z.string().regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9._:-]*$/, 'a lowercase provider/model id');

export const BenchmarkCategory = z.enum([
  'knowledge',
  'reasoning',
  'math',
  'coding',
  'agentic',
  'instruction-following',
  'multimodal',
  'multilingual',
  // Composite indices and preference ratings (Arena Elo, Artificial Analysis indices):
  // shown, but never averaged into a category.
  'composite',
]);
export type BenchmarkCategory = z.infer<typeof BenchmarkCategory>;

export const Benchmark = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  /** Short label for tight spaces ("GPQA"). */
  shortName: z.string().min(1),
  category: BenchmarkCategory,
  unit: z.enum(['percent', 'elo', 'index']),
  higherIsBetter: z.boolean(),
  url: HttpsUrl,
});
export type Benchmark = z.infer<typeof Benchmark>;

export const Source = z.strictObject({
  id: SourceId,
  name: z.string().min(1),
  url: HttpsUrl,
  kind: z.enum(['vendor', 'measurement', 'aggregator', 'leaderboard']),
  licence: z.string().min(1),
  /** Attribution text the source asks for, when it asks for one. */
  attribution: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

/** Where a figure comes from: a source id, the date the source stated it, and optionally the exact page. */
const citation = {
  source: SourceId,
  asOf: IsoDate,
  url: HttpsUrl.optional(),
  note: z.string().optional(),
};

export const Citation = z.strictObject(citation);
export type Citation = z.infer<typeof Citation>;

const nonNegative = z.number().finite().nonnegative();
const positiveInt = z.number().int().positive();

/** USD per 1M tokens. */
export const Price = z.strictObject({
  input: nonNegative,
  output: nonNegative,
  cachedInput: nonNegative.optional(),
  ...citation,
});
export type Price = z.infer<typeof Price>;

export const Limits = z.strictObject({
  /** Context window, tokens. */
  context: positiveInt,
  /** Maximum output tokens per response. */
  maxOutput: positiveInt.optional(),
  ...citation,
});
export type Limits = z.infer<typeof Limits>;

export const Speed = z.strictObject({
  /** Median output tokens per second. */
  outputTokensPerSecond: z.number().finite().positive(),
  /** Median time to first token, seconds. */
  timeToFirstTokenSeconds: z.number().finite().positive(),
  ...citation,
});
export type Speed = z.infer<typeof Speed>;

export const Score = z.strictObject({
  value: z.number().finite(),
  ...citation,
});
export type Score = z.infer<typeof Score>;

export const Modality = z.enum(['text', 'image', 'audio', 'video', 'file', 'embedding']);

export const Model = z.strictObject({
  id: ModelId,
  name: z.string().min(1),
  /** Provider id: the part of `id` before the slash. */
  provider: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  releaseDate: IsoDate.optional(),
  openWeights: z.boolean(),
  modalities: z.strictObject({
    input: z.array(Modality).min(1),
    output: z.array(Modality).min(1),
  }),
  /** Other ways the model is written: display names, API ids, dated snapshots, cloud ids. */
  aliases: z.array(z.string().min(2)),
  /** Forms that are ordinary words or codes elsewhere ("o3", "Grok 4"): they count only on pages about AI. */
  ambiguousAliases: z.array(z.string().min(2)).optional(),
  limits: Limits.optional(),
  price: Price.optional(),
  speed: Speed.optional(),
  /** Benchmark id → score in the benchmark's unit. */
  scores: z.record(z.string(), Score).default({}),
});
export type Model = z.infer<typeof Model>;

export const Provider = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  url: HttpsUrl,
});
export type Provider = z.infer<typeof Provider>;

export const DATASET_SCHEMA_VERSION = 1;

export const Dataset = z
  .strictObject({
    schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
    /** The dataset's own version: the date of its newest change. */
    version: IsoDate,
    providers: z.array(Provider),
    sources: z.array(Source),
    benchmarks: z.array(Benchmark),
    models: z.array(Model),
  })
  .superRefine((dataset, ctx) => {
    const sources = new Set(dataset.sources.map((s) => s.id));
    const benchmarks = new Set(dataset.benchmarks.map((b) => b.id));
    const providers = new Set(dataset.providers.map((p) => p.id));
    const ids = new Set<string>();
    dataset.models.forEach((model, i) => {
      const path = ['models', i];
      if (ids.has(model.id)) ctx.addIssue({ code: 'custom', path, message: `duplicate model id ${model.id}` });
      ids.add(model.id);
      if (!providers.has(model.provider)) {
        ctx.addIssue({ code: 'custom', path, message: `${model.id}: unknown provider ${model.provider}` });
      }
      if (!model.id.startsWith(`${model.provider}/`)) {
        ctx.addIssue({ code: 'custom', path, message: `${model.id}: id does not start with its provider` });
      }
      const cited = [model.limits, model.price, model.speed, ...Object.values(model.scores)];
      for (const figure of cited) {
        if (figure && !sources.has(figure.source)) {
          ctx.addIssue({ code: 'custom', path, message: `${model.id}: unknown source ${figure.source}` });
        }
      }
      for (const benchmark of Object.keys(model.scores)) {
        if (!benchmarks.has(benchmark)) {
          ctx.addIssue({ code: 'custom', path, message: `${model.id}: unknown benchmark ${benchmark}` });
        }
      }
    });
  });
export type Dataset = z.infer<typeof Dataset>;
