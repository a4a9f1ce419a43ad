import type { Dataset, Limits, Model, Price, Provider, Status } from '../../lib/data/schema';
import type { ModelPatch } from '../../lib/data/sources/types';
import { aliasForms, buildAliasIndex, normalizeAlias } from '../../lib/detect/aliases';
import type { ReferenceFigures } from './reference-snapshots';

/** What the snapshots add to the curated dataset, for a maintainer to review before committing. */
export interface ImportDrafts {
  /** Models the dataset lacks, drafted whole. */
  added: Model[];
  /** Providers the added models need. */
  providers: Provider[];
  /**
   * Curated models given what they lacked (a figure group, a release date, a status, OpenRouter's
   * floating id for the model it points at): each model as it now reads, and what was added.
   */
  updated: { model: Model; changes: string[] }[];
  /** What was left out, and why. */
  skipped: string[];
  /** Drafts whose own id or name another model already answers to: a maintainer decides which keeps it. */
  conflicts: string[];
}

/** OpenRouter's view of the snapshot: its patches, the providers' display names, its floating ids' targets. */
export interface OpenRouterView {
  asOf: string;
  patches: ModelPatch[];
  providerNames: Map<string, string>;
  /** "~openai/gpt-latest" → the model it pointed at on the snapshot's day, when one has its figures. */
  floating: Map<string, string | undefined>;
}

/** A trailing snapshot date or version tag: "-2024-05-13", "-20240229", "-0613", "@001", "-001", ":0". */
const SNAPSHOT_TAG = /(?:[-@](?:20\d{2}-\d{2}-\d{2}|20\d{6}|\d{4}|\d{3})|:\d+)$/;

/** "amazon.titan-embed-text-v2:0" → "titan-embed-text-v2"; "text-bison@001" → "text-bison-001". */
export function slugOf(apiId: string): string {
  return apiId
    .toLowerCase()
    .replace(/^amazon\./, '')
    .replace(/:\d+$/, '')
    .replace(/@/g, '-')
    .replace(/[^a-z0-9._-]/g, '-');
}

/** A written form as detection keys it: without its provider or cloud prefix ("openai/gpt-4o" is "gpt-4o"). */
const formKey = (form: string) => normalizeAlias(aliasForms({ id: form, name: form, aliases: [] })[0]?.alias ?? form);

const cite = (entry: ReferenceFigures) => ({ source: entry.sourceId, asOf: entry.asOf ?? '' });

function limitsOf(entry: ReferenceFigures): Limits | undefined {
  if (!entry.context) return undefined;
  return { context: entry.context, ...(entry.maxOutput ? { maxOutput: entry.maxOutput } : {}), ...cite(entry) };
}

function priceOf(entry: ReferenceFigures): Price | undefined {
  const { input, cachedInput } = entry;
  if (input === undefined || input <= 0) return undefined;
  // An embedding or rerank model's output has no price of its own; anything else priced 0 is a blank.
  const embeds = entry.kind === 'embedding' || entry.kind === 'rerank';
  const output = entry.output ?? (embeds ? 0 : undefined);
  if (output === undefined || (output <= 0 && !embeds)) return undefined;
  return { input, output, ...(cachedInput !== undefined ? { cachedInput } : {}), ...cite(entry) };
}

function statusOf(entry: ReferenceFigures): Status | undefined {
  if (entry.retiresOn) {
    const stage = entry.asOf && entry.retiresOn <= entry.asOf ? 'retired' : 'deprecated';
    return { stage, date: entry.retiresOn, ...cite(entry) };
  }
  return entry.deprecated ? { stage: 'deprecated', ...cite(entry) } : undefined;
}

/** A model drafted from OpenRouter's patch: everything OpenRouter says, cited to it. */
function fromPatch(patch: ModelPatch): Model | undefined {
  if (!patch.name || !patch.provider || !patch.modalities) return undefined;
  return {
    id: patch.id,
    name: patch.name,
    provider: patch.provider,
    ...(patch.releaseDate ? { releaseDate: patch.releaseDate } : {}),
    openWeights: patch.openWeights ?? false,
    modalities: patch.modalities,
    aliases: patch.aliases ?? [],
    ...(patch.limits ? { limits: patch.limits } : {}),
    ...(patch.price ? { price: patch.price } : {}),
    scores: patch.scores ?? {},
  };
}

/** A model drafted from a first-party entry of LiteLLM or models.dev. */
function fromEntry(entry: ReferenceFigures, id: string): Model | undefined {
  if (!entry.provider || !entry.modalities) return undefined;
  const limits = limitsOf(entry);
  const price = priceOf(entry);
  const status = statusOf(entry);
  return {
    id,
    name: entry.name ?? entry.apiId ?? entry.key,
    provider: entry.provider,
    ...(entry.releaseDate ? { releaseDate: entry.releaseDate } : {}),
    openWeights: entry.openWeights ?? false,
    modalities: entry.modalities,
    aliases: [entry.apiId ?? entry.key],
    ...(limits ? { limits } : {}),
    ...(price ? { price } : {}),
    scores: {},
    ...(entry.kind && entry.kind !== 'chat' ? { kind: entry.kind } : {}),
    ...(status ? { status } : {}),
    ...(entry.dimensions ? { dimensions: entry.dimensions } : {}),
  };
}

/** The groups `draft` lacks that `entry` gives; returns their names. */
function fillGaps(draft: Model, entry: ReferenceFigures): string[] {
  const fields: string[] = [];
  const limits = draft.limits ? undefined : limitsOf(entry);
  if (limits) {
    draft.limits = limits;
    fields.push('limits');
  }
  const price = draft.price ? undefined : priceOf(entry);
  if (price) {
    draft.price = price;
    fields.push('price');
  }
  if (!draft.releaseDate && entry.releaseDate) {
    draft.releaseDate = entry.releaseDate;
    fields.push('releaseDate');
  }
  const status = draft.status ? undefined : statusOf(entry);
  if (status) {
    draft.status = status;
    fields.push('status');
  }
  return fields;
}

/**
 * Drafts what the snapshots know and the dataset lacks. OpenRouter's models come first (its ids
 * are the dataset's), then LiteLLM's and models.dev's first-party entries: a dated snapshot id
 * with its undated model's price joins that model as an alias. A curated figure is never
 * replaced; a form another model owns is never given to a draft.
 */
export function draftModels(
  dataset: Dataset,
  openRouter: OpenRouterView | undefined,
  entries: readonly ReferenceFigures[],
  wanted: (provider: string) => boolean = () => true,
): ImportDrafts {
  const result: ImportDrafts = { added: [], providers: [], updated: [], skipped: [], conflicts: [] };
  const curated = new Map(dataset.models.map((model) => [model.id, structuredClone(model)]));
  const drafts = new Map<string, Model>();
  const owner = new Map(buildAliasIndex(dataset.models).map((entry) => [formKey(entry.alias), entry.modelId]));
  /** The curated model that lists `id` as written among its aliases (an id folded into another model). */
  const folded = (id: string) =>
    dataset.models.find((model) => model.aliases.some((alias) => alias.toLowerCase() === id.toLowerCase()));
  const providers = new Set(dataset.providers.map((provider) => provider.id));
  const changes = new Map<string, string[]>();

  const record = (id: string, added: string[]) => {
    if (added.length > 0) changes.set(id, [...(changes.get(id) ?? []), ...added]);
  };
  /** The model (curated or drafted) a form names, if any. */
  const named = (form: string) => {
    const id = owner.get(formKey(form));
    return id ? (curated.get(id) ?? drafts.get(id)) : undefined;
  };
  const addDraft = (model: Model, origin: string) => {
    if (!providers.has(model.provider)) {
      const name = openRouter?.providerNames.get(model.provider);
      if (!name) {
        result.skipped.push(`${model.id}: provider ${model.provider} is not in data/dataset.json (${origin})`);
        return;
      }
      const provider = { id: model.provider, name, url: `https://openrouter.ai/${model.provider}` };
      result.providers.push(provider);
      providers.add(provider.id);
    }
    const rival = [model.id.slice(model.id.indexOf('/') + 1), model.name]
      .map((form) => owner.get(formKey(form)))
      .find((id) => id && id !== model.id);
    if (rival) result.conflicts.push(`${model.id}: its id or name is written as ${rival} is`);
    // Forms another model owns stay with it.
    model.aliases = model.aliases.filter((alias) => {
      const taken = owner.get(formKey(alias));
      if (taken && taken !== model.id) result.skipped.push(`${model.id}: alias ${alias} belongs to ${taken}`);
      return !taken || taken === model.id;
    });
    for (const form of [model.id, model.name, ...model.aliases]) {
      const key = formKey(form);
      if (!owner.has(key)) owner.set(key, model.id);
    }
    drafts.set(model.id, model);
    result.added.push(model);
  };

  for (const patch of openRouter?.patches ?? []) {
    if (!wanted(patch.id.slice(0, patch.id.indexOf('/')))) continue;
    if (!curated.has(patch.id) && folded(patch.id)) continue;
    const known = curated.get(patch.id);
    if (known) {
      const fields: string[] = [];
      if (!known.limits && patch.limits) fields.push('limits');
      if (!known.price && patch.price) fields.push('price');
      if (!known.releaseDate && patch.releaseDate) fields.push('releaseDate');
      known.limits ??= patch.limits;
      known.price ??= patch.price;
      known.releaseDate ??= patch.releaseDate;
      record(known.id, fields);
      continue;
    }
    const model = fromPatch(patch);
    if (model) addDraft(model, 'OpenRouter');
    else result.skipped.push(`${patch.id}: OpenRouter gives no modalities`);
  }

  for (const [floating, target] of openRouter?.floating ?? []) {
    const model = target ? (curated.get(target) ?? drafts.get(target)) : undefined;
    if (!model || !wanted(model.provider)) {
      result.skipped.push(`${floating}: no single model with its price and context`);
      continue;
    }
    const taken = owner.get(formKey(floating));
    if (taken === model.id) continue;
    if (taken) {
      result.skipped.push(`${floating}: already names ${taken}`);
      continue;
    }
    model.aliases.push(floating);
    owner.set(formKey(floating), model.id);
    if (curated.has(model.id)) record(model.id, [`alias ${floating}`]);
  }

  for (const entry of entries) {
    if (!entry.provider || !entry.apiId || !wanted(entry.provider) || entry.apiId.includes('/')) continue;
    if (/(?:^|[-.])latest$/.test(entry.apiId)) {
      result.skipped.push(`${entry.provider}/${entry.apiId}: a floating alias (${entry.source})`);
      continue;
    }
    const id = `${entry.provider}/${slugOf(entry.apiId)}`;
    const existing = curated.get(id) ?? drafts.get(id) ?? named(entry.apiId);
    if (existing && existing.provider === entry.provider) {
      const fields = fillGaps(existing, entry);
      if (curated.has(existing.id)) record(existing.id, fields);
      else if (!existing.aliases.includes(entry.apiId) && !owner.has(formKey(entry.apiId))) {
        existing.aliases.push(entry.apiId);
        owner.set(formKey(entry.apiId), existing.id);
      }
      continue;
    }
    // A dated snapshot of a model at the same price is that model.
    const undated = entry.apiId.replace(SNAPSHOT_TAG, '');
    const base = undated !== entry.apiId ? named(undated) : undefined;
    if (base && base.provider === entry.provider) {
      const same = base.price && base.price.input === entry.input && base.price.output === entry.output;
      if (same && drafts.has(base.id) && !owner.has(formKey(entry.apiId))) {
        base.aliases.push(entry.apiId);
        owner.set(formKey(entry.apiId), base.id);
      }
      if (same) continue;
    }
    const model = fromEntry(entry, id);
    if (model) addDraft(model, entry.source);
  }

  result.updated = [...changes].map(([id, added]) => ({ model: curated.get(id) as Model, changes: added }));
  return result;
}
