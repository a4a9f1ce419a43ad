import type { Dataset, Model, Provider } from '../../lib/data/schema';
import { buildNameIndex, normalizeAlias } from '../../lib/detect/aliases';
import { createMatcher } from '../../lib/detect/matcher';
import { slugOf } from './draft-models';
import type { ArenaEntry, ArenaMaker } from './score-snapshots';

/** The models LMArena rates and the dataset lacks, drafted for a maintainer to review. */
export interface ArenaDrafts {
  added: Model[];
  /** Providers the added models need. */
  providers: Provider[];
  /** What was left out, and why. */
  skipped: string[];
}

/**
 * Entries that are no model of their own: a setting of another model ("-no-thinking",
 * "(thinking-32k)", "-high", "-online"), an app ("gemini-advanced-0514"), an anonymous,
 * experimental or preview build, or one whose inputs the text leaderboard does not tell ("-vision").
 */
const NOT_A_MODEL =
  /thinking|online|experimental|-exp\b|-exp-|preview|advanced|dev-api|vision|[-( ](?:high|low|minimal)\b/i;

/** Entries a maintainer found to be a setting of a curated model, which their names do not say. */
const SETTINGS: Record<string, string> = {
  'grok-4-fast-chat': 'Grok 4 Fast without reasoning: a setting of x-ai/grok-4-fast',
};

/** LMArena's organisations under the provider ids the dataset already uses for them. */
const PROVIDER_OF: Record<string, string> = {
  alibaba: 'qwen',
  'allen ai': 'allenai',
  allenai: 'allenai',
  'allenai/uw': 'allenai',
  ai2: 'allenai',
  amazon: 'amazon',
  baidu: 'baidu',
  'cognitive computations': 'cognitivecomputations',
  google: 'google',
  ibm: 'ibm-granite',
  lmsys: 'lmsys',
  meituan: 'meituan',
  'nomic ai': 'nomic-ai',
  nvidia: 'nvidia',
  'reka ai': 'rekaai',
  snowflake: 'snowflake',
  tencent: 'tencent',
  xai: 'x-ai',
  zhipu: 'z-ai',
  'zhipu ai': 'z-ai',
  'z.ai': 'z-ai',
};

/** Words that tell apart two releases of one model where both exist: MPT's chat and instruct models, Starling's alpha and beta. */
const RELEASE_WORDS = new Set(['chat', 'instruct', 'base', 'alpha', 'beta']);

/**
 * Whether a model the detector reads an entry as is that entry's release: each of its release
 * words is in the model's name or aliases. Detection reads "mpt-30b-chat" as MPT-30B-Instruct, as a
 * page would mean it, but LMArena rates the chat model.
 */
function sameRelease(form: string, model: Model | undefined): boolean {
  const words = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/);
  const wanted = words(form).filter((word) => RELEASE_WORDS.has(word));
  if (wanted.length === 0 || !model) return true;
  const own = new Set([model.name, ...model.aliases].flatMap(words));
  return wanted.every((word) => own.has(word));
}

/** A new provider's id, from the organisation's name: "UC Berkeley" → "uc-berkeley". */
const providerIdOf = (organisation: string) =>
  PROVIDER_OF[organisation.toLowerCase()] ??
  organisation
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * Drafts a model for each leaderboard entry no curated model answers to, from what LMArena says
 * of it: its rating (cited to LMArena, as of the board's day), its display name, its maker (under
 * the provider id the dataset uses for it, or a new provider named as LMArena names it, with the
 * entry's link) and whether its weights are open (any licence but "Proprietary"). It takes text and
 * writes text, as every model on the text leaderboard does. An entry whose maker or licence
 * LMArena does not give is left out, as is one that is no model of its own (`NOT_A_MODEL`).
 */
export function draftArenaModels(
  dataset: Dataset,
  entries: readonly ArenaEntry[],
  makers: ReadonlyMap<string, ArenaMaker>,
): ArenaDrafts {
  const result: ArenaDrafts = { added: [], providers: [], skipped: [] };
  if (!dataset.benchmarks.some((benchmark) => benchmark.id === 'arena-elo')) return result;
  // A curated model answers to an entry when detection reads the whole entry as it ("nvidia-llama-3.3-…").
  const match = createMatcher(buildNameIndex(dataset));
  const byId = new Map(dataset.models.map((model) => [model.id, model]));
  const curated = (form: string) =>
    match(form).some(
      (m) => m.modelId && m.start === 0 && m.end === form.length && sameRelease(form, byId.get(m.modelId)),
    );
  const entryKeys = new Set(entries.map((entry) => normalizeAlias(entry.id)));
  const added = new Set<string>();
  const providers = new Set(dataset.providers.map((provider) => provider.id));
  for (const entry of entries) {
    const maker = makers.get(entry.id);
    // LMArena may give a dated entry the name of another ("glm-4-plus-0111" as "GLM-4-Plus"): it keeps its own.
    const ownName =
      maker?.name &&
      (normalizeAlias(maker.name) === normalizeAlias(entry.id) || !entryKeys.has(normalizeAlias(maker.name)));
    const forms = [entry.id, ...(ownName && maker ? [maker.name] : [])];
    if (forms.some((form) => curated(form) || added.has(normalizeAlias(form)))) continue;
    const organisation = maker?.organization.trim() ?? '';
    const provider = providerIdOf(organisation);
    // Its maker's name before a curated model's ("nvidia-llama-3.3-nemotron-super-49b-v1.5").
    if (entry.id.startsWith(`${provider}-`) && curated(entry.id.slice(provider.length + 1))) continue;
    const setting = SETTINGS[entry.id];
    if (setting || NOT_A_MODEL.test(entry.id) || NOT_A_MODEL.test(maker?.name ?? '')) {
      result.skipped.push(`${entry.id}: no model of its own${setting ? ` (${setting})` : ''}`);
      continue;
    }
    if (!maker) {
      result.skipped.push(`${entry.id}: LMArena names no maker or licence for it`);
      continue;
    }
    if (!providers.has(provider)) {
      if (!maker.url?.startsWith('https://')) {
        result.skipped.push(`${entry.id}: no https link for its maker ${organisation}`);
        continue;
      }
      providers.add(provider);
      result.providers.push({ id: provider, name: organisation, url: maker.url });
    }
    const name = ownName ? maker.name : entry.id;
    result.added.push({
      id: `${provider}/${slugOf(entry.id)}`,
      name,
      provider,
      openWeights: maker.license.trim().toLowerCase() !== 'proprietary',
      modalities: { input: ['text'], output: ['text'] },
      aliases: name === entry.id ? [] : [entry.id],
      scores: { 'arena-elo': { value: entry.rating, source: 'lmarena', asOf: entry.asOf } },
    });
    for (const form of forms) added.add(normalizeAlias(form));
  }
  return result;
}
