import { z } from 'zod/mini';
import { Benchmark, DATASET_SCHEMA_VERSION, HttpsUrl, Model, Provider, Source } from '../schema';
import { type ModelPatch, SourceError, type SourceUpdate } from './types';

/** The providers, sources and benchmarks a dataset file names, for its figures to be read by. */
export interface DatasetRegistry {
  providers: Provider[];
  sources: Source[];
  benchmarks: Benchmark[];
}

export interface DatasetFileContext {
  source: 'published' | 'custom';
  fetchedAt: Date;
  /**
   * Where the file came from. For a custom file it registers the source `custom`, so that a team's
   * file can cite its own figures as `custom` without listing a source of its own.
   */
  url?: string;
}

/**
 * A file in the dataset's own format. Only the envelope must hold: models are read one by one,
 * and the registry lists are optional, so a team's file may hold just the models it prices.
 */
const DatasetFile = z.object({
  schemaVersion: z.number(),
  providers: z.optional(z.array(z.unknown())),
  sources: z.optional(z.array(z.unknown())),
  benchmarks: z.optional(z.array(z.unknown())),
  models: z.array(z.unknown()),
});

const LABELS = { published: 'The published dataset', custom: 'The custom dataset' } as const;

/**
 * The published dataset or a team's custom file as patches that carry the file's own citations,
 * with the registry entries the file brings. Invalid models are skipped; a file that is not a
 * dataset, or whose every model is invalid, throws a SourceError.
 */
export function datasetFileUpdate(
  body: unknown,
  context: DatasetFileContext,
): { update: SourceUpdate; registry: DatasetRegistry } {
  const label = LABELS[context.source];
  const file = DatasetFile.safeParse(body);
  if (!file.success) throw new SourceError(`${label} is not a ModelPeek dataset`);
  const { schemaVersion } = file.data;
  if (schemaVersion !== DATASET_SCHEMA_VERSION) {
    throw new SourceError(
      `${label} is in format version ${schemaVersion}; this version of ModelPeek reads version ${DATASET_SCHEMA_VERSION}`,
    );
  }

  const patches: ModelPatch[] = [];
  const ids = new Set<string>();
  let firstProblem: string | undefined;
  for (const [i, raw] of file.data.models.entries()) {
    const model = Model.safeParse(raw);
    if (!model.success) {
      firstProblem ??= `model ${i + 1}: ${describeIssue(model.error.issues[0])}`;
      continue;
    }
    if (ids.has(model.data.id)) continue;
    ids.add(model.data.id);
    patches.push(patchOf(model.data));
  }
  if (patches.length === 0 && firstProblem) {
    throw new SourceError(`${label} has no valid model (${firstProblem})`);
  }

  const registry = {
    providers: valid(Provider, file.data.providers),
    sources: valid(Source, file.data.sources),
    benchmarks: valid(Benchmark, file.data.benchmarks),
  };
  const custom = context.source === 'custom' && context.url !== undefined ? customSource(context.url) : undefined;
  if (custom && !registry.sources.some((source) => source.id === custom.id)) registry.sources.push(custom);

  return { update: { source: context.source, fetchedAt: context.fetchedAt.toISOString(), patches }, registry };
}

/** The registry entry for figures a team's custom file cites as `custom`. */
function customSource(url: string): Source {
  if (!HttpsUrl.safeParse(url).success) throw new SourceError('The custom dataset must be served over https');
  return { id: 'custom', name: 'Custom dataset', url, kind: 'aggregator', licence: 'as stated by its publisher' };
}

function patchOf(model: Model): ModelPatch {
  // Ambiguous aliases have no place in a patch: a file's new model goes without them rather than
  // have "o3"-like forms count on every page.
  const { ambiguousAliases: _ambiguous, ...patch } = model;
  return patch;
}

/** The valid entries of a registry list, the first of each id kept. */
function valid<T extends { id: string }>(schema: z.ZodMiniType<T>, entries: readonly unknown[] = []): T[] {
  const ids = new Set<string>();
  return entries.flatMap((entry) => {
    const parsed = schema.safeParse(entry);
    if (!parsed.success || ids.has(parsed.data.id)) return [];
    ids.add(parsed.data.id);
    return [parsed.data];
  });
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid';
  const path = issue.path.join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
