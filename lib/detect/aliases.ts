import type { Model, Series } from '../data/schema';
import { isAmbiguousForm } from './ambiguity';
import { nameTokens } from './tokens';

/** One way of writing a model's name, and the model it names. */
export interface AliasEntry {
  alias: string;
  modelId: string;
  /** Counts only where the page is about AI models ("o3", "Grok 4", "Sonnet 4.5"). */
  ambiguous?: boolean;
  /** The model's weights are published: a fine-tune's name builds on it ("…-8B-Instruct-abliterated"). */
  open?: boolean;
  /**
   * A tuned model's name without its tuned word ("Meta-Llama-3-8B" of "…-8B-Instruct"): in prose
   * the tuned model, but a repository's id names the base model by it ("meta-llama/Meta-Llama-3-8B").
   */
  untuned?: boolean;
  /**
   * A word of other meanings the dataset gives as the model's name ("Sonar", "Weaver"): written
   * capitalised, like "Sonnet", a short name that names the model only on a page that names one
   * of that name's models.
   */
  short?: boolean;
}

/** One way of writing a series' name ("Llama 3.1", "llama3.1", "Qwen2.5"), and the series it names. */
export interface SeriesAliasEntry {
  alias: string;
  seriesId: string;
  ambiguous?: boolean;
  /**
   * One word without a version ("Yi", "Mixtral", "Falcon"): in prose a family word, which names no
   * model; it names the series only as a library name after an Ollama command ("ollama run falcon").
   */
  ollamaOnly?: boolean;
  /**
   * A coined word of one line of models with no generations ("CodeLlama", "WizardCoder", "QwQ":
   * its models are sizes and kinds of it, not "LLaVA 1.5" or "OpenChat 3.5"): written as the
   * dataset writes it, it names its series on a page about AI.
   */
  line?: boolean;
}

/** What the matcher looks for: the names of models and of series. */
export type NameEntry = AliasEntry | SeriesAliasEntry;

/** The form under which all spellings of one name compare equal: its tokens. */
export function normalizeAlias(text: string): string {
  return nameTokens(text).join('-');
}

const CLAUDE_TIERS = new Set(['sonnet', 'opus', 'haiku']);
const GEMINI_TIERS = new Set(['pro', 'flash', 'lite', 'ultra', 'nano']);
const PREVIEW_WORDS = new Set(['exp', 'experimental', 'preview']);

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Both orders of a version and a tier, as vendors and writers use them: "Claude 3.5 Sonnet" ⇄
 * "Claude Sonnet 3.5" (and the bare "Sonnet 3.5"), "Gemini 2.0 Flash" ⇄ "Gemini Flash 2.0".
 */
function tierOrders(form: string): string[] {
  const tokens = nameTokens(form);
  const family = tokens[0];
  const tiers = family === 'claude' ? CLAUDE_TIERS : family === 'gemini' ? GEMINI_TIERS : undefined;
  if (!tiers) return [];
  // A preview keeps its word at the end in either order: "Gemini 2.0 Flash Exp" ⇄ "Gemini Flash 2.0 Exp".
  const stage = PREVIEW_WORDS.has(tokens[tokens.length - 1] ?? '') ? ` ${titleCase(tokens.pop() ?? '')}` : '';
  const rest = tokens.slice(1);
  const tier = rest
    .filter((t) => tiers.has(t))
    .map(titleCase)
    .join(' ');
  const version = rest.filter((t) => /^\d+$/.test(t));
  if (tier === '' || version.length === 0 || rest.some((t) => !tiers.has(t) && !/^\d+$/.test(t))) return [];
  const v = version.join('.');
  const name = titleCase(family ?? '');
  const orders = [`${name} ${v} ${tier}`, `${name} ${tier} ${v}`];
  const all = family === 'claude' ? [...orders, `${tier} ${v}`, `${v} ${tier}`] : orders;
  return all.map((order) => order + stage);
}

/** "Llama 2 13B Chat" ⇄ "Llama 2 Chat 13B": the kind of an open model before or after its size. */
function kindBeforeSize(form: string): string[] {
  const match = /^(.+?)[ -](\d+(?:\.\d+)?[BbMm])[ -](Chat|Instruct)$/i.exec(form);
  return match ? [`${match[1]} ${match[3]} ${match[2]}`] : [];
}

/** How forum posts shorten OpenAI's small models: "4.1 mini", "4o-mini", "4.1-nano". */
function openAiShorthand(form: string): string[] {
  const match = /^gpt[-_ ]?((?:\d+\.\d+|\d+o)[-_ ](?:mini|nano))$/i.exec(form);
  return match?.[1] ? [match[1]] : [];
}

/**
 * Forms without a trailing "Instruct", "-it", "-chat" or an API's first version ("nova-pro-v1",
 * Bedrock's "-v0:2"). A later version stays: without it "jina-embeddings-v3" or "whisper-large-v3"
 * would be the family, or the older model.
 */
function withoutTrailingWords(form: string): string[] {
  const stripped = form.replace(TUNED_END, '').replace(/[-_]v(?:1(?::\d+)?|0:\d+)$/i, '');
  return stripped !== form && nameTokens(stripped).length >= 2 ? [stripped] : [];
}

/** A tuned model's word at the end of its name. */
const TUNED_END = /[\s_-](?:instruct|it|chat)$/i;
/** A tuned model's word in a normalised name. */
const TUNED_WORDS_IN = /(?:^|-)(?:instruct|it|chat)(?:-|$)/;

/**
 * The name without a provider or cloud prefix ("openai/gpt-4.1-mini" → "gpt-4.1-mini",
 * "us.anthropic.claude-…" → "claude-…"): detection takes prefixes in wherever they appear.
 */
function withoutPrefix(form: string): string {
  return form
    .slice(form.lastIndexOf('/') + 1)
    .replace(
      /^(?:(?:us|eu|apac|global|jp|au|ca)\.)?(?:anthropic|meta|amazon|mistral|cohere|ai21|deepseek|openai|qwen|writer)\./i,
      '',
    );
}

/** One word as prose writes a name: a capital, then lower-case letters ("Sonar", not "QwQ"). */
const WORD = /^[A-Z][a-z]+$/;

/** Only a version, with a cloud's version of the id after it: "v3", "r1-v1:0", "v3.2-v1:0". */
const ONLY_A_VERSION = /^[a-z]\d+(?:\.\d+)?(?:-v\d+(?::\d+)?)?$/i;

/** Every form of a model's name that detection looks for, each flagged when it needs an AI context. */
export function aliasForms(
  model: Pick<Model, 'id' | 'name' | 'aliases' | 'ambiguousAliases'> & { openWeights?: boolean },
): AliasEntry[] {
  // Without its prefix, a cloud id may leave only a version ("deepseek.v3-v1:0" → "v3"): no name
  // of its own, which would stand for every model of that version. Such an id is kept whole, and
  // no shorter form is made of it.
  const forms = [model.id, model.name, ...model.aliases].map((form) => {
    const stripped = withoutPrefix(form);
    return stripped !== form && ONLY_A_VERSION.test(stripped)
      ? { form, whole: true }
      : { form: stripped, whole: false };
  });
  const written = forms.map(({ form }) => form);
  const derived = forms
    .filter(({ whole }) => !whole)
    .flatMap(({ form }) => [
      ...withoutTrailingWords(form),
      ...tierOrders(form),
      ...kindBeforeSize(form),
      ...openAiShorthand(form),
    ]);
  const flagged = new Set((model.ambiguousAliases ?? []).map(normalizeAlias));
  const shortWords = new Set((model.ambiguousAliases ?? []).filter((alias) => WORD.test(alias)).map(normalizeAlias));
  // A tuned model's forms without a tuned word ("Gemma 2 9B" of "gemma-2-9b-it"), but for its own
  // repository's id ("deepseek-ai/DeepSeek-V3" written for the chat model).
  const tuned = model.openWeights === true && written.some((form) => TUNED_END.test(form));
  const ownRepositories = new Set(
    [model.id, model.name, ...model.aliases]
      .filter((form) => form.includes('/'))
      .map(withoutPrefix)
      .map(normalizeAlias),
  );
  const seen = new Set<string>();
  const entries: AliasEntry[] = [];
  for (const alias of [...written, ...derived, ...(model.ambiguousAliases ?? [])]) {
    const key = normalizeAlias(alias);
    // "Command R+" reads as the tokens of "Command R", another model: such forms are left to the ids.
    if (key === '' || seen.has(key) || alias.includes('+')) continue;
    seen.add(key);
    const entry: AliasEntry = { alias, modelId: model.id };
    if (flagged.has(key) || isAmbiguousForm(alias)) entry.ambiguous = true;
    if (shortWords.has(key)) entry.short = true;
    if (model.openWeights) entry.open = true;
    if (tuned && !TUNED_WORDS_IN.test(key) && !ownRepositories.has(key)) entry.untuned = true;
    entries.push(entry);
  }
  return entries;
}

/** Every form of every model; a form two models share goes to the first (the data test forbids it). */
export function buildAliasIndex(
  models: readonly (Pick<Model, 'id' | 'name' | 'aliases' | 'ambiguousAliases'> & { openWeights?: boolean })[],
): AliasEntry[] {
  const owner = new Set<string>();
  const entries: AliasEntry[] = [];
  for (const model of models) {
    for (const entry of aliasForms(model)) {
      const key = normalizeAlias(entry.alias);
      if (owner.has(key)) continue;
      owner.add(key);
      entries.push(entry);
    }
  }
  return entries;
}

/**
 * Whether a series' name without a version is its maker's name and a kind of model ("Amazon Nova",
 * "Cohere Rerank", "DeepSeek Math", "Mistral Small", "Sentence Transformers"): a family word, as
 * the company's name is, and no name of one generation. A coined name stays one ("Code Llama", "gpt-oss").
 */
function isMakersLine(key: string, provider: string | undefined): boolean {
  if (provider === undefined || /\d/.test(key)) return false;
  const first = key.split('-')[0] ?? '';
  return first.length >= 3 && nameTokens(provider).some((word) => word.startsWith(first));
}

/**
 * Every form of every series' name: its name, its aliases, and the same without a provider prefix.
 * A form a model owns stays the model's ("GPT-4.1"): the matcher reads it as the series only when
 * the text says so ("the GPT-4.1 family").
 */
export function buildSeriesAliasIndex(
  series: readonly (Pick<Series, 'id' | 'name' | 'aliases'> & { provider?: string; members?: readonly string[] })[],
  modelName: (id: string) => string | undefined = () => undefined,
): SeriesAliasEntry[] {
  const owner = new Set<string>();
  const entries: SeriesAliasEntry[] = [];
  for (const { id, name, aliases, provider, members = [] } of series) {
    const line = members.length > 0 && members.every((member) => isSizeOrKindOf(name, modelName(member)));
    for (const alias of [name, ...aliases].map(withoutPrefix)) {
      const key = normalizeAlias(alias);
      if (key === '' || owner.has(key)) continue;
      owner.add(key);
      const entry: SeriesAliasEntry = { alias, seriesId: id };
      const makers = isMakersLine(key, provider);
      if (/^[a-z]+$/.test(key) || makers) {
        entry.ollamaOnly = true;
        if (line && COINED.test(alias) && !makers) entry.line = true;
      } else if (isAmbiguousForm(alias)) entry.ambiguous = true;
      entries.push(entry);
    }
  }
  return entries;
}

/** A word with a capital inside it ("CodeLlama", "QwQ", "WizardLM"): coined, no word of a language. */
const COINED = /[a-z][A-Z]|^[A-Z]{2,}[a-z]/;

/** Whether a model's name is the series' name and then a size or a word, no version ("CodeGemma 7B", "QwQ Plus"). */
function isSizeOrKindOf(seriesName: string, modelName: string | undefined): boolean {
  const words = (name: string) => name.toLowerCase().split(/[\s_-]+/);
  const series = words(seriesName);
  const tokens = words(modelName ?? '');
  if (!series.every((token, i) => tokens[i] === token)) return false;
  const next = tokens[series.length];
  return next === undefined || !/^v?\d+(?:\.\d+)*$/.test(next);
}

/** The names the matcher looks for in a dataset: its models' and its series'. */
export function buildNameIndex(dataset: {
  models: readonly Parameters<typeof buildAliasIndex>[0][number][];
  series?: readonly Parameters<typeof buildSeriesAliasIndex>[0][number][];
}): NameEntry[] {
  const names = new Map(dataset.models.map((model) => [model.id, model.name]));
  return [...buildAliasIndex(dataset.models), ...buildSeriesAliasIndex(dataset.series ?? [], (id) => names.get(id))];
}
