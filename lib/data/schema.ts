// zod/mini: the same validation with a fraction of the bytes, which matters in a content script.
import { z } from 'zod/mini';
import { MAX_PRICE_PER_MILLION, MODEL_ID_PATTERN, SCORED_CATEGORIES } from './categories';

export { MAX_PRICE_PER_MILLION, SCORED_CATEGORIES };

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();

/**
 * Only https links are ever stored or rendered, written plainly: a browser skips spaces and control
 * characters where it reads a scheme, and reads "https:host" as a link to the host.
 */
export const HttpsUrl = z
  .url({ protocol: /^https$/ })
  .check(z.startsWith('https://'), z.regex(/^[^\s\p{Cc}]+$/u, 'no spaces or control characters'), z.maxLength(2048));

export const SourceId = z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]*$/, 'a lowercase source id'), z.maxLength(100));

/** Canonical model id: `provider/model`, lowercase, as OpenRouter writes them. */
export const ModelId = z.string().check(z.regex(MODEL_ID_PATTERN, 'a lowercase provider/model id'), z.maxLength(120));

const Slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/), z.maxLength(100));
/** A name: what a card or a table shows in one line. */
const Text = z.string().check(z.minLength(1), z.maxLength(200));
/** A note or an attribution: a sentence or two, never a page. */
const Note = z.string().check(z.maxLength(1_000));

export const BenchmarkCategory = z.enum([
  ...SCORED_CATEGORIES,
  // Composite indices and preference ratings (Arena Elo, Artificial Analysis indices):
  // shown, but never averaged into a category.
  'composite',
]);
export type BenchmarkCategory = z.infer<typeof BenchmarkCategory>;

/**
 * Where a percent benchmark's scores sit on the common scale the overall score is read on
 * (lib/compare/overall.ts): logit(score) ≈ slope × (ability − difficulty). Fitted over the
 * dataset's scores by `npm run dataset:scales`, which names itself as the source.
 */
export const BenchmarkScale = z.strictObject({
  /** How sharply the benchmark separates models: logit points per unit of ability. */
  slope: z.number().check(z.positive(), z.maximum(20)),
  /** The ability at which a model scores 50%. */
  difficulty: z.number().check(z.minimum(-20), z.maximum(20)),
  /** How many models' scores the fit read. */
  models: z.int().check(z.positive()),
  source: SourceId,
  asOf: IsoDate,
});
export type BenchmarkScale = z.infer<typeof BenchmarkScale>;

export const Benchmark = z.strictObject({
  id: Slug,
  name: Text,
  /** Short label for tight spaces ("GPQA"). */
  shortName: Text,
  category: BenchmarkCategory,
  unit: z.enum(['percent', 'elo', 'index']),
  higherIsBetter: z.boolean(),
  url: HttpsUrl,
  /** Percent benchmarks in a scored category; absent on composites and on a benchmark too new to fit. */
  scale: z.optional(BenchmarkScale),
});
export type Benchmark = z.infer<typeof Benchmark>;

/** Whether a score is on its benchmark's scale: percent and indices run 0–100, an Elo rating is above 0. */
export function isOnScale(value: number, unit: Benchmark['unit']): boolean {
  return unit === 'elo' ? value > 0 : value >= 0 && value <= 100;
}

export const Source = z.strictObject({
  id: SourceId,
  name: Text,
  url: HttpsUrl,
  kind: z.enum(['vendor', 'measurement', 'aggregator', 'leaderboard']),
  licence: Text,
  /** Attribution text the source asks for, when it asks for one. */
  attribution: z.optional(Note),
});
export type Source = z.infer<typeof Source>;

/** Where a figure comes from: a source id, the date the source stated it, and optionally the exact page. */
const citation = {
  source: SourceId,
  asOf: IsoDate,
  url: z.optional(HttpsUrl),
  note: z.optional(Note),
};

export const Citation = z.strictObject(citation);
export type Citation = z.infer<typeof Citation>;

const positive = z.number().check(z.positive());
const positiveInt = z.int().check(z.positive());
const usdPerMillion = z.number().check(z.nonnegative(), z.lte(MAX_PRICE_PER_MILLION));

/** USD per 1M tokens. */
export const Price = z.strictObject({
  input: usdPerMillion,
  output: usdPerMillion,
  cachedInput: z.optional(usdPerMillion),
  ...citation,
});
export type Price = z.infer<typeof Price>;

/**
 * What a model that is not sold by the token costs, per the unit its vendor prices it in: speech
 * per minute of audio, images per image (the vendor's standard size and quality), spoken text per
 * 1M characters. USD.
 */
export const UnitPrice = z.strictObject({
  usd: z.number().check(z.positive(), z.lte(1_000)),
  per: z.enum(['minute', 'image', 'million-characters']),
  ...citation,
});
export type UnitPrice = z.infer<typeof UnitPrice>;

export const Limits = z.strictObject({
  /** Context window, tokens. */
  context: positiveInt,
  /** Maximum output tokens per response. */
  maxOutput: z.optional(positiveInt),
  ...citation,
});
export type Limits = z.infer<typeof Limits>;

export const Speed = z.strictObject({
  /** Median output tokens per second. */
  outputTokensPerSecond: positive,
  /** Median time to first token, seconds. */
  timeToFirstTokenSeconds: positive,
  ...citation,
});
export type Speed = z.infer<typeof Speed>;

export const Score = z.strictObject({
  value: z.number(),
  ...citation,
});
export type Score = z.infer<typeof Score>;

export const Modality = z.enum(['text', 'image', 'audio', 'video', 'file', 'embedding']);

const Alias = z.string().check(z.minLength(2), z.maxLength(200));

/** What a model does: chat models are scored in the chat categories, the others get the figures that fit them. */
export const ModelKind = z.enum(['chat', 'embedding', 'rerank', 'speech-to-text', 'text-to-speech', 'image']);
export type ModelKind = z.infer<typeof ModelKind>;

/** A series id: the series' name in lowercase, spaces as hyphens ("llama-3.1", "qwen2.5", "gpt-4.1", "claude-3"). */
export const SeriesId = z.string().check(z.regex(/^[a-z0-9][a-z0-9.-]*$/, 'a lowercase series id'), z.maxLength(100));

/**
 * Where a model stands with its vendor: a preview, deprecated (`date`: the announced retirement),
 * or retired (`date`: the day it was shut down); `successor` is the model the vendor names.
 */
export const Status = z.strictObject({
  stage: z.enum(['preview', 'deprecated', 'retired']),
  date: z.optional(IsoDate),
  successor: z.optional(ModelId),
  ...citation,
});
export type Status = z.infer<typeof Status>;

export const Model = z.strictObject({
  id: ModelId,
  name: Text,
  /** Provider id: the part of `id` before the slash. */
  provider: Slug,
  releaseDate: z.optional(IsoDate),
  openWeights: z.boolean(),
  modalities: z.strictObject({
    input: z.array(Modality).check(z.minLength(1)),
    output: z.array(Modality).check(z.minLength(1)),
  }),
  /** Other ways the model is written: display names, API ids, dated snapshots, cloud ids. */
  aliases: z.array(Alias),
  /** Forms that are ordinary words or codes elsewhere ("o3", "Grok 4"): they count only on pages about AI. */
  ambiguousAliases: z.optional(z.array(Alias)),
  limits: z.optional(Limits),
  price: z.optional(Price),
  /** A speech, voice or image model's price per minute, 1M characters or image, where it has no price per token. */
  unitPrice: z.optional(UnitPrice),
  speed: z.optional(Speed),
  /** Benchmark id → score in the benchmark's unit. */
  scores: z._default(z.record(z.string(), Score), {}),
  /** Chat when absent. */
  kind: z.optional(ModelKind),
  /** The series the model belongs to (`Dataset.series`). */
  series: z.optional(SeriesId),
  /** Its size or tier within the series, as a series table shows it ("70B", "mini", "Instruct 8B"). */
  tier: z.optional(z.string().check(z.minLength(1), z.maxLength(40))),
  status: z.optional(Status),
  /** Embedding models: the sizes of the vectors they return, the default first. */
  dimensions: z.optional(z.array(positiveInt).check(z.minLength(1))),
  /**
   * The reasoning effort the model's scores were measured at: the vendor's default, one per entry
   * (another effort is an entry or variant of its own), so the overall score compares like with like.
   */
  reasoningEffort: z.optional(z.enum(['none', 'minimal', 'low', 'medium', 'high', 'max'])),
});
export type Model = z.infer<typeof Model>;

/** A versioned generation of models, named as pages name it ("Llama 3.1", "GPT-4.1", "Qwen2.5"). */
export const Series = z.strictObject({
  id: SeriesId,
  name: Text,
  /** Provider id, as in `Model.provider`. */
  provider: Slug,
  /** Other ways pages write it ("Llama3.1", the Ollama library name "llama3.1"). */
  aliases: z.array(Alias),
  /** Its models in order of size or tier, smallest or cheapest first. */
  members: z.array(ModelId).check(z.minLength(1)),
});
export type Series = z.infer<typeof Series>;

export const Provider = z.strictObject({
  id: Slug,
  name: Text,
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
    series: z._default(z.array(Series), []),
    models: z.array(Model),
  })
  .check(
    z.superRefine((dataset, ctx) => {
      const sources = new Set(dataset.sources.map((s) => s.id));
      const benchmarks = new Map(dataset.benchmarks.map((b) => [b.id, b]));
      const providers = new Set(dataset.providers.map((p) => p.id));
      const ids = new Set<string>();
      const problem = (i: number, message: string) =>
        ctx.issues.push({ code: 'custom', path: ['models', i], message, input: dataset });
      const seriesById = new Map(dataset.series.map((series) => [series.id, series]));
      dataset.models.forEach((model, i) => {
        if (ids.has(model.id)) problem(i, `duplicate model id ${model.id}`);
        ids.add(model.id);
        if (!providers.has(model.provider)) problem(i, `${model.id}: unknown provider ${model.provider}`);
        if (!model.id.startsWith(`${model.provider}/`)) problem(i, `${model.id}: id does not start with its provider`);
        for (const figure of [
          model.limits,
          model.price,
          model.unitPrice,
          model.speed,
          ...Object.values(model.scores),
        ]) {
          if (figure && !sources.has(figure.source)) problem(i, `${model.id}: unknown source ${figure.source}`);
        }
        if (model.price && model.unitPrice) problem(i, `${model.id}: a price per token and a price per unit`);
        if (model.series && !seriesById.get(model.series)?.members.includes(model.id)) {
          problem(i, `${model.id}: series ${model.series} does not list it`);
        }
        if (model.status?.successor === model.id) problem(i, `${model.id}: its own successor`);
        for (const [id, score] of Object.entries(model.scores)) {
          const benchmark = benchmarks.get(id);
          if (!benchmark) problem(i, `${model.id}: unknown benchmark ${id}`);
          else if (!isOnScale(score.value, benchmark.unit)) problem(i, `${model.id}: ${id} score off its scale`);
        }
      });
      const seriesIds = new Set<string>();
      dataset.series.forEach((series, i) => {
        const issue = (message: string) =>
          ctx.issues.push({ code: 'custom', path: ['series', i], message, input: dataset });
        if (seriesIds.has(series.id)) issue(`duplicate series id ${series.id}`);
        seriesIds.add(series.id);
        if (!providers.has(series.provider)) issue(`${series.id}: unknown provider ${series.provider}`);
        for (const member of series.members) if (!ids.has(member)) issue(`${series.id}: unknown member ${member}`);
      });
    }),
  );
export type Dataset = z.infer<typeof Dataset>;
