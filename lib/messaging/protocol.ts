import { z } from 'zod/mini';
import { Benchmark, Model, ModelId, Provider, Series, SeriesId, Source } from '../data/schema';
import { LIVE_SOURCE_IDS } from '../data/sources/types';
import { NewsEntry } from '../data/whats-new';

const Alias = z.string().check(z.minLength(1), z.maxLength(200));
const Flag = z.optional(z.boolean());
/** A name to find on pages: of a model, or of a series (the flags: lib/detect/aliases.ts). */
const NameEntry = z.union([
  z.strictObject({ alias: Alias, modelId: ModelId, ambiguous: Flag, open: Flag, untuned: Flag, short: Flag }),
  z.strictObject({ alias: Alias, seriesId: SeriesId, ambiguous: Flag, ollamaOnly: Flag, line: Flag }),
]);

/** A model as a search result lists it, with its overall score (lib/compare/overall.ts) when it has one. */
export const ModelSummary = z.extend(
  z.pick(Model, { id: true, name: true, provider: true, price: true, unitPrice: true, status: true }),
  {
    overall: z.optional(z.strictObject({ value: z.number(), provisional: z.boolean() })),
  },
);
export type ModelSummary = z.infer<typeof ModelSummary>;

/** A live data source as the options page shows it. */
export const SourceStatus = z.strictObject({
  id: z.enum(LIVE_SOURCE_IDS),
  name: z.string(),
  description: z.string(),
  enabled: z.boolean(),
  url: z.optional(z.string()),
  /** ISO date-times. */
  lastSuccess: z.optional(z.string()),
  lastAttempt: z.optional(z.string()),
  nextAttempt: z.optional(z.string()),
  /** The last failure, in words. */
  lastError: z.optional(z.string()),
  /** Access to the source's site would fix the last failure (it sends no CORS headers). */
  needsAccess: z.optional(z.boolean()),
});
export type SourceStatus = z.infer<typeof SourceStatus>;

const SourceStatusList = z.strictObject({ sources: z.array(SourceStatus), intervalHours: z.number() });
export type SourceStatusList = z.infer<typeof SourceStatusList>;

export { Envelope, Reply } from './envelope';
export { contentProtocol, PageModel } from './page-protocol';

/**
 * The most model ids one message carries: a bound on what a sender may ask, not how many a
 * comparison shows (lib/compare/selection.ts).
 */
export const MAX_IDS = 100;

/**
 * Every message between the extension's parts, named by what it asks. Requests and responses
 * are validated on both sides: a message from anywhere else, or of any other shape, is ignored.
 */
export const backgroundProtocol = {
  /** Content script → background: the aliases to find on the page. */
  getAliasIndex: {
    request: z.strictObject({}),
    response: z.strictObject({
      version: z.string(),
      entries: z.array(NameEntry),
      /** Display name of each model, for lists of what the page names. */
      names: z.record(ModelId, z.string()),
      /** The card's stylesheet. */
      style: z.string(),
    }),
  },
  /** Any page of the extension → background: full figures of some models, with the registries to read them. */
  lookupModels: {
    request: z.strictObject({ ids: z.array(ModelId).check(z.maxLength(MAX_IDS)) }),
    response: z.strictObject({
      models: z.array(Model),
      benchmarks: z.array(Benchmark),
      sources: z.array(Source),
      providers: z.array(Provider),
      /** A recent price change per model, in words ("price cut 50% on 2026-11-29"). */
      priceNotes: z.record(z.string(), z.string()),
    }),
  },
  /** Content script → background: a series and its members' figures, in the series' order, for the series card. */
  lookupSeries: {
    request: z.strictObject({ id: SeriesId }),
    response: z.strictObject({
      /** Absent when the dataset no longer has the series. */
      series: z.optional(Series),
      models: z.array(Model),
      benchmarks: z.array(Benchmark),
      providers: z.array(Provider),
    }),
  },
  /** Comparison page → background: the comparisons worth a look from this one, and the names they need. */
  getRelated: {
    request: z.strictObject({ ids: z.array(ModelId).check(z.maxLength(MAX_IDS)) }),
    response: z.strictObject({
      /** "Sibling matchup inside the GPT-4.1 family", when both models are of one series. */
      sibling: z.optional(z.string()),
      pairs: z.array(z.strictObject({ ids: z.tuple([ModelId, ModelId]), reason: z.string() })),
      /** Display names of the models the pairs and the compared models' successors name. */
      names: z.record(ModelId, z.string()),
    }),
    from: 'extension-pages',
  },
  /** Popup → background: what the last refreshes changed, newest first, and whether the reader has seen it. */
  getWhatsNew: {
    request: z.strictObject({}),
    response: z.strictObject({ entries: z.array(NewsEntry), unseen: z.boolean() }),
    from: 'extension-pages',
  },
  /** Popup → background: the reader has seen What's new; the toolbar icon's dot goes. */
  markWhatsNewSeen: { request: z.strictObject({}), response: z.strictObject({}), from: 'extension-pages' },
  /** Options page → background: each live source's settings and status. */
  getSourceStatus: { request: z.strictObject({}), response: SourceStatusList, from: 'extension-pages' },
  /** Options page → background: refresh every enabled source now; answers with the new statuses. */
  refreshNow: { request: z.strictObject({}), response: SourceStatusList, from: 'extension-pages' },
  /** Content script → background: open the lookup page searching for a name. */
  openLookup: {
    request: z.strictObject({ query: z.string().check(z.minLength(1), z.maxLength(200)) }),
    response: z.strictObject({}),
  },
  /** Card or popup → background: open the comparison page for these models in a new tab. */
  openCompare: {
    request: z.strictObject({ ids: z.array(ModelId).check(z.minLength(1), z.maxLength(MAX_IDS)) }),
    response: z.strictObject({}),
  },
  /** Content script (top frame) → background: how many known models its page names, for the toolbar badge. */
  reportPageModels: {
    request: z.strictObject({ count: z.int().check(z.minimum(0), z.maximum(10_000)) }),
    response: z.strictObject({}),
  },
  /** Popup or options page → background: models matching what the user typed. */
  searchModels: {
    request: z.strictObject({
      query: z.string().check(z.maxLength(200)),
      limit: z.int().check(z.minimum(1), z.maximum(100)),
    }),
    response: z.strictObject({ models: z.array(ModelSummary) }),
    from: 'extension-pages',
  },
} as const;

export type Protocol = Record<
  string,
  {
    request: z.ZodMiniType;
    response: z.ZodMiniType;
    /** Only the extension's own pages send it, never a content script (lib/messaging/channel.ts). */
    from?: 'extension-pages';
  }
>;
export type RequestOf<P extends Protocol, K extends keyof P> = z.input<P[K]['request']>;
export type ResponseOf<P extends Protocol, K extends keyof P> = z.output<P[K]['response']>;
/** The figures of some models with the registries to read them: what the card, popup and comparison page get. */
export type LookupAnswer = ResponseOf<typeof backgroundProtocol, 'lookupModels'>;
export type SeriesAnswer = ResponseOf<typeof backgroundProtocol, 'lookupSeries'>;
export type RelatedAnswer = ResponseOf<typeof backgroundProtocol, 'getRelated'>;
/** What a handler knows of who asked, besides the payload. */
export interface MessageContext {
  /** The tab the message came from; undefined from the extension's own pages (popup, options). */
  tabId?: number;
}
export type Handlers<P extends Protocol> = {
  [K in keyof P]: (
    request: z.output<P[K]['request']>,
    context?: MessageContext,
  ) => Promise<ResponseOf<P, K>> | ResponseOf<P, K>;
};
