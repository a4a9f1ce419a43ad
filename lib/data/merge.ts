import { aliasForms, normalizeAlias } from '../detect/aliases';
import {
  Benchmark,
  type Benchmark as BenchmarkEntry,
  type Dataset,
  isOnScale,
  Model,
  type Model as ModelEntry,
  ModelId,
  Provider,
  type Provider as ProviderEntry,
  Source,
  type Source as SourceEntry,
} from './schema';
import type { DatasetRegistry } from './sources/dataset-file';
import { LIVE_SOURCE_IDS, type LiveSourceId, type ModelPatch, type SourceUpdate } from './sources/types';

/**
 * The bundled snapshot with every live source's patches applied, in the documented precedence
 * (LIVE_SOURCE_IDS order, whatever order the updates come in):
 * - price, limits, speed and modalities: a later source's group replaces an earlier one's whole;
 * - scores: what the model has stays, a source adds only scores it lacks; `custom` replaces any it gives;
 * - a model the dataset lacks joins with the patch's fields;
 * - a known model's aliases grow by the source's ids, never by a form another model owns.
 *
 * `registries` are the providers, sources and benchmarks the dataset files bring; they add
 * entries, never rename known ones. A figure citing a source (or a score of a benchmark) that no
 * registry knows, or a score off its benchmark's scale, is left out, so the result always
 * validates. The version stays the bundled one.
 */
export function mergeDataset(
  bundled: Dataset,
  updates: readonly SourceUpdate[],
  registries: readonly DatasetRegistry[] = [],
): Dataset {
  const registry = mergedRegistry(bundled, registries);
  const known = {
    sources: new Set(registry.sources.map((s) => s.id)),
    benchmarks: new Map(registry.benchmarks.map((b) => [b.id, b])),
  };
  const models = new Map(bundled.models.map((model) => [model.id, model]));
  const owners = new AliasOwners(bundled.models);

  const ordered = [...updates].sort((a, b) => precedence(a.source) - precedence(b.source));
  for (const update of ordered) {
    for (const patch of update.patches) {
      const current = models.get(patch.id);
      const next = current
        ? patchedModel(current, patch, update.source, known, owners)
        : newModel(patch, known, owners);
      if (!next) continue;
      models.set(next.id, next);
      owners.claim(next);
      if (!registry.providers.some((p) => p.id === next.provider)) registry.providers.push(providerFor(next.provider));
    }
  }
  return { ...bundled, ...registry, models: [...models.values()] };
}

function precedence(source: LiveSourceId): number {
  return LIVE_SOURCE_IDS.indexOf(source);
}

interface Known {
  sources: ReadonlySet<string>;
  benchmarks: ReadonlyMap<string, BenchmarkEntry>;
}

/** The bundled registry, then each file's entries whose ids it lacks. */
function mergedRegistry(bundled: Dataset, registries: readonly DatasetRegistry[]): DatasetRegistry {
  const providers: ProviderEntry[] = [...bundled.providers];
  const sources: SourceEntry[] = [...bundled.sources];
  const benchmarks: BenchmarkEntry[] = [...bundled.benchmarks];
  for (const file of registries) {
    addNew(providers, file.providers, Provider);
    addNew(sources, file.sources, Source);
    addNew(benchmarks, file.benchmarks, Benchmark);
  }
  return { providers, sources, benchmarks };
}

function addNew<T extends { id: string }>(
  list: T[],
  entries: readonly T[],
  schema: { safeParse(value: unknown): { success: boolean } },
): void {
  for (const entry of entries) {
    if (!list.some((known) => known.id === entry.id) && schema.safeParse(entry).success) list.push(entry);
  }
}

/** A provider only a live source names: OpenRouter's page of its models is the link we can vouch for. */
function providerFor(id: string): ProviderEntry {
  return { id, name: id, url: `https://openrouter.ai/${id}` };
}

function patchedModel(
  model: ModelEntry,
  patch: ModelPatch,
  source: LiveSourceId,
  known: Known,
  owners: AliasOwners,
): ModelEntry | undefined {
  const next: ModelEntry = {
    ...model,
    ...figures(patch, known),
    scores: { ...model.scores },
    aliases: [...model.aliases, ...owners.newAliasesFor(model, patch.aliases ?? [])],
  };
  for (const [benchmark, score] of Object.entries(citedScores(patch, known))) {
    if (source === 'custom' || !Object.hasOwn(next.scores, benchmark)) next.scores[benchmark] = score;
  }
  // A patch that would spoil the model is dropped whole: the model stays as it was.
  return Model.safeParse(next).success ? next : undefined;
}

function newModel(patch: ModelPatch, known: Known, owners: AliasOwners): ModelEntry | undefined {
  const provider = patch.provider ?? patch.id.slice(0, patch.id.indexOf('/'));
  if (!patch.name || !patch.modalities || !ModelId.safeParse(patch.id).success) return undefined;
  if (!patch.id.startsWith(`${provider}/`)) return undefined;
  // An id the dataset already reads as another model (a dated snapshot it folds into its
  // undated model) is that model's, not a new one.
  if (owners.ownedElsewhere(patch.id, patch.id)) return undefined;
  const candidate = {
    id: patch.id,
    name: patch.name,
    provider,
    ...(patch.releaseDate ? { releaseDate: patch.releaseDate } : {}),
    openWeights: patch.openWeights ?? false,
    aliases: (patch.aliases ?? []).filter((alias) => !owners.ownedElsewhere(alias, patch.id)),
    ...figures(patch, known),
    modalities: patch.modalities,
    scores: citedScores(patch, known),
  };
  const parsed = Model.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

/** The patch's figure groups whose citations a registry knows. */
function figures(patch: ModelPatch, known: Known): Pick<ModelPatch, 'price' | 'limits' | 'speed' | 'modalities'> {
  const cited = <T extends { source: string }>(figure: T | undefined) =>
    figure && known.sources.has(figure.source) ? figure : undefined;
  const price = cited(patch.price);
  const limits = cited(patch.limits);
  const speed = cited(patch.speed);
  return {
    ...(price ? { price } : {}),
    ...(limits ? { limits } : {}),
    ...(speed ? { speed } : {}),
    ...(patch.modalities ? { modalities: patch.modalities } : {}),
  };
}

/** The patch's scores of known benchmarks, on the benchmark's scale, citing a known source. */
function citedScores(patch: ModelPatch, known: Known): ModelEntry['scores'] {
  return Object.fromEntries(
    Object.entries(patch.scores ?? {}).filter(([id, score]) => {
      const benchmark = known.benchmarks.get(id);
      return benchmark && isOnScale(score.value, benchmark.unit) && known.sources.has(score.source);
    }),
  );
}

/** Which model each alias form belongs to, the way detection reads them: first claim wins. */
class AliasOwners {
  private readonly owners = new Map<string, string>();

  constructor(models: readonly ModelEntry[]) {
    for (const model of models) this.claim(model);
  }

  claim(model: Pick<ModelEntry, 'id' | 'name' | 'aliases' | 'ambiguousAliases'>): void {
    for (const form of formsOf(model)) if (!this.owners.has(form)) this.owners.set(form, model.id);
  }

  /**
   * Whether `alias`, as written or without its provider prefix, already names a model other than
   * `modelId`. Forms derived from it ("4.1 mini") are not asked: detection gives those to the first owner.
   */
  ownedElsewhere(alias: string, modelId: string): boolean {
    const bare = alias.slice(alias.lastIndexOf('/') + 1);
    return [alias, bare].some((form) => {
      const owner = this.owners.get(normalizeAlias(form));
      return owner !== undefined && owner !== modelId;
    });
  }

  /** The aliases that would teach detection a new form of this model, each once. */
  newAliasesFor(model: ModelEntry, candidates: readonly string[]): string[] {
    const added: string[] = [];
    const seen = new Set([model.id, model.name, ...model.aliases].map(normalizeAlias));
    for (const alias of candidates) {
      const key = normalizeAlias(alias);
      if (seen.has(key) || this.ownedElsewhere(alias, model.id)) continue;
      const forms = formsOf({ id: alias, name: alias, aliases: [] });
      if (forms.every((form) => this.owners.get(form) === model.id)) continue;
      seen.add(key);
      added.push(alias);
    }
    return added;
  }
}

function formsOf(model: Pick<ModelEntry, 'id' | 'name' | 'aliases' | 'ambiguousAliases'>): string[] {
  return aliasForms(model).map((entry) => normalizeAlias(entry.alias));
}
