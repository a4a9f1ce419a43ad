import { type AffixToken, bedrockIds, formatSuffixLength, isInWebAddress, isSnapshotTail, nameStart } from './affixes';
import type { AliasEntry, NameEntry, SeriesAliasEntry } from './aliases';
import { isAmbiguousHead } from './ambiguity';
import { ENCODER_WORDS, encoderIdAt, isEmbeddingCheckpoint } from './encoder-ids';
import { createHeadIndex } from './heads';
import {
  familyOf,
  hasSize,
  isLetterVersion,
  MODEL_FAMILIES,
  mayFollowWithSpace,
  NOT_MODEL_WORDS,
  nameShape,
  SERIES_KIND_WORDS,
  TIER_WORDS,
  TUNED_WORDS,
} from './lexicon';
import {
  charKind,
  foldedSlice,
  isAlphanumeric,
  nextTokenStart,
  type Separator,
  separatorBetween,
  tokenEnd,
  tokenize,
} from './tokens';
import { createNameTrie, firstToken, type TrieEdge, type TrieNode } from './trie';

/** A model name found in a text: `text.slice(start, end)`. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /** The known model named; null for a series, a variant, or a model the dataset does not hold. */
  modelId: string | null;
  /** A series named as such ("Llama 3.1", "the Qwen2.5 models"): its id in the dataset. */
  seriesId?: string;
  /** A variant of a known model (a release tag, a fine-tune, a quantised or abliterated build): that model's id. */
  variantOf?: string;
  /**
   * A model of a known series that the dataset does not list ("GLM-4-9B-Chat" of GLM-4, "OLMo 2
   * 13B" of OLMo 2): `seriesId` is its series, whose members' figures are the nearest there are.
   */
  unlisted?: boolean;
  /** For names beyond the dataset (and variants): the model family, e.g. "qwen3", "vicuna". */
  family?: string;
  /** Counts only where the text is about AI models. */
  ambiguous?: boolean;
  /**
   * A short name ("Sonnet", "Nemo"): it names the model of that name the page is about, which
   * only the page can tell (`Matcher.modelOfShortName`); until then `modelId` is null. With a
   * `seriesId` ("Vicuna"), it names that series once the page names one of its models.
   */
  shortName?: string;
}

export interface Matcher {
  (text: string): Mention[];
  /**
   * The model a short name stands for on a page ("sonnet": the Claude Sonnet the page names most),
   * given `mostNamed`, which of some models the page names most; undefined while it names none.
   */
  modelOfShortName(
    shortName: string,
    mostNamed: (modelIds: Iterable<string>) => string | undefined,
  ): string | undefined;
}

/** Words that alone name a model, on a page about it: which one, the page's other names tell. */
const SHORT_NAMES = new Set(['sonnet', 'opus', 'haiku', 'nemo']);

/** A name has at most this many tokens. */
const MAX_TOKENS = 24;
/** Spacing longer than this between two tokens ends a name. */
const MAX_GAP = 12;

type JoinedBy = Exclude<Separator, 'break'>;

interface WindowToken extends AffixToken {
  start: number;
  end: number;
  separator: JoinedBy;
}

/**
 * The tokens from a candidate start, read one at a time as the match needs them, up to the first
 * break (punctuation, a blank line; a slash too: "gpt-4o/config.json" is a path). One buffer is
 * reused for every candidate: the matcher allocates almost nothing per word it looks at.
 */
class TokenBuffer {
  private text = '';
  private done = false;
  count = 0;
  // Full length from the start: writing past an array's end would make the engine drop its
  // optimized code for the matcher while a page's first scan runs.
  readonly starts: number[] = new Array(MAX_TOKENS).fill(0);
  readonly ends: number[] = new Array(MAX_TOKENS).fill(0);
  readonly values: string[] = new Array(MAX_TOKENS).fill('');
  readonly separators: JoinedBy[] = new Array(MAX_TOKENS).fill('none');

  reset(text: string, start: number): void {
    this.text = text;
    this.done = false;
    this.count = 0;
    this.push(start, 'none');
  }

  private push(start: number, separator: JoinedBy): void {
    const end = tokenEnd(this.text, start);
    const i = this.count++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.values[i] = foldedSlice(this.text, start, end);
    this.separators[i] = separator;
  }

  /** Whether token `i` exists, reading up to it. */
  has(i: number): boolean {
    while (!this.done && this.count <= i && this.count < MAX_TOKENS) {
      const end = this.ends[this.count - 1] as number;
      let next = nextTokenStart(this.text, end, MAX_GAP);
      let separator: Separator = next === -1 ? 'break' : separatorBetween(this.text, end, next);
      // A version's point written "p", as Fireworks' ids do ("llama-v3p1-8b", "qwen2p5-72b"): read as a dot.
      if (separator === 'none' && this.isVersionPoint(end, next)) {
        next++;
        separator = 'joiner';
      }
      if (separator === 'break') this.done = true;
      else this.push(next, separator);
    }
    return i < this.count;
  }

  /** What joins token `i` to the one before it, as written: "." of "3.0", "-" of "gpt-4". */
  textBefore(i: number): string {
    return this.text.slice(this.ends[i - 1] as number, this.starts[i] as number);
  }

  /** Whether a lone "p" at `at` joins a short number ending at `at` to a digit after it ("3p1"; not "1080p60"). */
  private isVersionPoint(at: number, p: number): boolean {
    const text = this.text;
    if (p !== at || text.charCodeAt(p) !== 112 || charKind(text.charCodeAt(p + 1)) !== 2) return false;
    const digits = (this.ends[this.count - 1] as number) - (this.starts[this.count - 1] as number);
    return charKind(text.charCodeAt(at - 1)) === 2 && digits <= 2;
  }

  /** Tokens `from` onwards, as objects, while `keep` holds (for the rarer, slower paths). */
  take(from: number, keep: (value: string, separator: JoinedBy) => boolean): WindowToken[] {
    const out: WindowToken[] = [];
    for (let i = from; this.has(i); i++) {
      const value = this.values[i] as string;
      const separator = this.separators[i] as JoinedBy;
      if (!keep(value, separator)) break;
      out.push({
        start: this.starts[i] as number,
        end: this.ends[i] as number,
        value,
        separator,
        tight: separator === 'none',
      });
    }
    return out;
  }

  /** Tokens `from` up to, not including, `to`, as objects (as many of them as the window holds). */
  range(from: number, to: number): WindowToken[] {
    let count = from;
    return this.take(from, () => count++ < to);
  }
}

/**
 * Words that, joined after an open model's name, make another model of its line and no build of
 * it: the base model a tuned one was made from ("snowflake-arctic-base" after Arctic Instruct),
 * a model of other inputs ("MiMo-V2.5-Omni"). A model beyond the dataset, whose figures are not
 * the known model's.
 */
const OTHER_MODEL_WORDS = new Set(['base', 'pretrain', 'pretrained', 'omni']);
/** Of those, the words of a base model: one of the series whose tuned model it was made into. */
const BASE_WORDS = new Set(['base', 'pretrain', 'pretrained']);

/** Words that, joined after a known name, make it another model rather than a deployment or file name. */
const MODEL_WORDS = new Set([
  'distill',
  'tts',
  'audio',
  'realtime',
  'transcribe',
  'search',
  'vision',
  'coder',
  'math',
  'embed',
  'embedding',
  'guard',
  'codex',
  'image',
  'instruct',
  ...TIER_WORDS,
]);

/**
 * Whether tokens joined after an open model's name name a build of it rather than another model:
 * a longer context ("…-v1.5-16k", "…-34B-200K") and words, not a new version or size, and none
 * that makes another model ("…-Instruct-abliterated", "…-Instruct-Turkish"; not "…-Math", "…-Coder").
 */
function isBuildTail(tokens: readonly WindowToken[], sized: boolean): boolean {
  const context = /^\d+$/.test(tokens[0]?.value ?? '') && tokens[1]?.value === 'k' && tokens[1].separator === 'none';
  const words = context ? tokens.slice(2) : tokens;
  if (context && words.length === 0) return true;
  // After a model of one size, "Distill" at the end is what was distilled into it
  // ("Qwen2.5-1.5B-Open-R1-Distill"); after a name without one it makes the distilled models
  // ("DeepSeek-R1-Distill-…"). "Instruct" after the build's own words is the build's tuning
  // ("Mistral-Nemo-Japanese-Instruct-2408").
  const another = (t: WindowToken, i: number) =>
    MODEL_WORDS.has(t.value) &&
    !(sized && t.value === 'distill' && i === words.length - 1) &&
    !(t.value === 'instruct' && i > 0);
  return words.length <= 6 && /^[a-z]{3}/.test(words[0]?.value ?? '') && !words.some(another);
}

/** Words an underscore may join to a model's name ("Llama-2-7b_chat", "internlm2_5-7b-chat"). */
const FORMAT_OK = new Set(['instruct', 'chat', 'base', 'hf', 'it']);

/**
 * Whether the name is part of a code identifier: words joined by underscores ("gpt2_library_table",
 * "alpaca_farm_greedy_gpt4"), a word of letters after an underscore that no model's name uses
 * there, or a class's name, words in CamelCase right after the version ("Llava15ChatHandler",
 * "Yuan2Adapter").
 */
function isCodeIdentifier(text: string, tokens: readonly WindowToken[]): boolean {
  return tokens.some((t) => {
    if (text.charAt(t.start - 1) === '_') return /^[a-z]{2,}$/.test(t.value) && !FORMAT_OK.has(t.value);
    // Read in place, from the digit before the word: no copy of the text for each word.
    CLASS_NAME.lastIndex = t.start - 1;
    return CLASS_NAME.test(text);
  });
}

/** A version's last digit and a class's words in CamelCase after it ("5ChatHandler", "2Adapter"). */
const CLASS_NAME = /\d[a-z]?(?:[A-Z]+[a-z]+[A-Z]|[A-Z][a-z]{2,}(?![\w.-]))/y;

/**
 * Whether the token at `start` is an API's method on the model before it, in an API's lowerCamel
 * style ("gemini-1.5-flash:generateContent", "…:streamRawPredict", "…:predict"): the name ends before it.
 */
function isApiMethod(text: string, start: number): boolean {
  return (
    text.charAt(start - 1) === ':' && /^(?:[a-z]+(?:[A-Z][a-z]+)+|predict)(?![\w-])/.test(text.slice(start, start + 40))
  );
}

/** A joiner and a template's placeholder after a name ("gemini-1.5-$model", "llama-3-{size}"): a name being built. */
const TEMPLATE_AFTER = /^[-_.:][$%{<]/;

/** Whether a token after a family's name may be part of a model-shaped name ("a" of "A3B" included). */
function staysInFamilyName(value: string, separator: JoinedBy): boolean {
  return separator !== 'space' || value === 'a' || mayFollowWithSpace(value);
}

/**
 * A family's word and a version of three parts, and nothing else ("orca-1.3.1", "Falcon 3.0.1"):
 * a release of software named like a model. A model's version has two parts, or comes with a
 * size ("dolphin-2.2.1-mistral-7b").
 */
const RELEASE = /^[A-Za-z]+[ -]?v?\d+\.\d+\.\d+$/;

/** Up to three tokens in parentheses, right after a name or a space after it. */
const PARENTHESISED = / ?\(([a-z\d]+(?:[ .-][a-z\d]+){0,2})\)/iy;

/** Characters a provider prefix can end with, right before a name. */
const PREFIX_END = new Set(['/', '.', ':', '-', '_', '@']);

/**
 * Words that may follow a series' name in the name of one of its models, with sizes and numbers:
 * a size's unit, active parameters ("A3B", "MoE-A2.7B"), a release ("-v1.5"), a kind and a
 * packaging ("GLM-4-9B-Chat-1M-HF", "Qwen3.5-0.8B-GGUF").
 */
const MEMBER_WORDS = new Set([
  'b',
  'm',
  'k',
  'a',
  'x',
  'moe',
  'instruct',
  'chat',
  'base',
  'it',
  'hf',
  'gguf',
  'awq',
  'gptq',
  'mlx',
]);

/**
 * Tiers' words that prose uses as adjectives, in lower case ("fast mode", "large context"); OpenAI's
 * tiers ("mini", "nano", "pro", "turbo") are written in lower case in names too.
 */
const ADJECTIVE_TIERS = new Set([
  'fast',
  'large',
  'small',
  'medium',
  'max',
  'plus',
  'ultra',
  'micro',
  'air',
  'lite',
  'premier',
]);

/** Things with versions of their own, after a version alone: "the v3 tokenizer", "R1 firmware" are no model's. */
const VERSIONED_THINGS = new Set([
  'tokenizer',
  'tokenizers',
  'format',
  'template',
  'schema',
  'spec',
  'protocol',
  'firmware',
  'driver',
  'chip',
  'board',
  'camera',
  'sensor',
  'license',
  'licence',
]);

/** Gemma's word for its instruction-tuned models, written in capitals ("Gemma 3 IT"); "it" is a word. */
const IT = new Set(['it']);

/**
 * Sizes listed after a name, in a table's next column or in brackets ("[DeepSeek R1](…) |
 * 1.5B/7B/671B", "GPT-2 (124M, 355M)"): the name is its series', whose models those are. A
 * note in brackets may come first ("DeepSeek R1 (Distill)").
 */
const SIZES_AFTER =
  /^(?: ?\([^()\n\d]{1,24}\))?(?:\]\([^)\s]*\))?[ \t]*(?:[|:：(（][ \t]*)?\d+(?:\.\d+)?[bm](?:[ \t]*(?:[/,、~–-]|to)[ \t]*\d+(?:\.\d+)?[bm])+(?![a-z\d])/i;

/** Words after a name that make it the name of a series ("the GPT-4.1 family", "Claude 3 models"). */
const SERIES_WORDS = new Set(['family', 'families', 'series', 'models', 'generation', 'lineup']);

/** Spaces, line breaks and opening brackets or quotes before a word: a name there starts no identifier. */
function isSpaceOrOpening(code: number): boolean {
  return (
    code <= 32 || code === 160 || code === 40 || code === 91 || code === 34 || code === 39 || code === 96 || code === 42
  );
}

/** A capitalised word, an acronym or a word with a digit, one space before a name. */
const NAME_BEFORE = /(?:^|[^\w.-])([A-Z][\w-]*|[a-z\d-]*\d[a-z\d-]*) $/;
/** Words of a sentence that may come before a model's short name ("With V3", "Compare R1"). */
const SENTENCE_WORD =
  /^(?:and|or|vs|versus|with|than|to|of|the|a|an|in|on|for|from|over|like|using|use|is|was|by|at|as|via|compare|try|run|new|both|but|when|while|then|if|unlike|beat|beats|deepseek)$/i;

/**
 * A command-line option choosing a parser, a template, a prompt format, a folder to write to or a
 * container's name, right before a name.
 */
const OPTION_BEFORE =
  /--(?:[\w-]*(?:parser|template)|prompt[_-]?(?:type|format)|(?:output|save|out)[_-]?dir|name)[ =]["']?$/;
/**
 * Whether a token goes on a version that ends in a number: its next part, one or two digits
 * ("3" then "5" of "EXAONE 3.5", "2" then "5" of "InternVL2_5"), not a size or a dated build.
 */
function isNextVersionPart(previous: string, next: string): boolean {
  return /^\d+$/.test(previous) && /^\d{1,2}$/.test(next);
}

/** A letter glued to a version number, no size's unit: another line ("H1" → "H1R", "GPT-4" → "GPT-4o"). */
function isVersionLetter(previous: string, next: string, tight: boolean): boolean {
  return tight && /^\d+$/.test(previous) && /^[ac-ln-z]$/.test(next);
}

/** A month and day after a space, no number of anything ("0513", not "1024 tokens" or "1024x1024"). */
const SPACED_MONTH_DAY =
  / (?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?![\w%/+-]|[.,:]\d)(?! *(?:tokens?|px|ms|dims?|dimensions|requests?)\b)/y;

/** A Kaggle model handle's framework after its model, and a variation after it: "/flax/gemma3-1b". */
const KAGGLE_FRAMEWORK_AFTER = /^\/(?:transformers|pytorch|flax|jax|keras|tensorflow\d?|tflite|gemmacpp|maxtext)\/\w/i;

/** "Language Model" after a tier's word: "Large Language Model", "Small Language Models". */
const LANGUAGE_MODEL_AFTER = /^[ \t]+language[ \t]+models?\b/i;

/** A BibTeX entry's start before a name ("@article{qwen2,"): the name is the citation's key. */
const CITATION_KEY_BEFORE = /@[A-Za-z]+\{$/;
/** An assignment after a name: the name is a variable's ("llama70B = InferenceEndpointsLLM(…)"). */
const ASSIGNED = /^[ \t]*=(?!=)/;
/** A name written as a code identifier: letters, digits and underscores only. */
const IDENTIFIER = /^[A-Za-z_]\w*$/;

/** The library name after an Ollama command or a Modelfile's FROM ("hf.co/…" paths are read as names above). */
const OLLAMA_REFERENCE =
  /(?:\bollama\s+(?:run|pull|push|show|rm)|^\s*FROM)\s+([A-Za-z0-9](?:[\w.-]*\w)?(?::[\w.-]*\w)?)(?![\w/:-]|\.\w)/gm;

/**
 * A model argument's value: quoted after `model=`, `model:` or `"model":` (and `model_name`,
 * `model_id`), or bare after `--model` or as a YAML line's `model:` value.
 */
const MODEL_ARGUMENT =
  /\bmodel(?:_name|_id)?["']?[ \t]*[:=][ \t]*(["'`])([A-Za-z0-9][\w.:-]*)\1|(?:^[ \t]*(?:- )?model(?:_name|_id)?:[ \t]+|--model[= ])([A-Za-z0-9][\w.:-]*\w)(?=[ \t]*$|[ \t]+-)/gm;

/** A preview's word, written capitalised one space after a model's name ("Gemini 2.5 Flash Preview"). */
const PREVIEW_WORDS = new Set(['preview', 'experimental', 'exp']);

/** `ollama create NAME`: a model made on the reader's machine, under a name of the page's choosing. */
const OLLAMA_CREATE = /\bollama\s+create\s+([\w.:-]+)/g;

/** A placeholder where a command shows where a name goes (`ollama run my-model`, `FROM model_name`). */
const PLACEHOLDER = /^(?:my|your|some|example)(?:[-_]|(?=model))|(?:^|[-_])model(?:s|[-_]?(?:name|id))?(?::|$)/i;

/** Words that follow "ollama run" in prose ("the ollama run command"), not a model's name. */
const PROSE_AFTER_COMMAND = new Set([
  'command',
  'commands',
  'the',
  'a',
  'an',
  'it',
  'this',
  'that',
  'your',
  'my',
  'and',
  'or',
  'with',
  'to',
  'in',
  'on',
  'for',
  'again',
  'first',
  'now',
  'then',
]);

/**
 * Code, config and document files, and a repository's address (".git"): a name that ends in one
 * of these is a file's name. Weights and compiled model libraries (".gguf", ".bin", MLC's
 * "-cuda.so") are the model.
 */
const FILE_EXTENSION =
  /^\.(?:ya?ml|json|jsonl|py|ipynb|md|mdx|rst|txt|sh|js|ts|toml|cfg|ini|csv|tsv|log|html?|parquet|sql|zip|gz|tgz|whl|exe|jar|pdf|png|jpe?g|svg|git)\b/i;

/** Folders of a project ("data/", "models/", "outputs/"): a path there is a folder, not an organisation's model. */
const FOLDERS = new Set([
  'data',
  'models',
  'model',
  'recipes',
  'configs',
  'config',
  'output',
  'outputs',
  'checkpoints',
  'ckpt',
  'weights',
  'tmp',
  'local',
  'examples',
  'scripts',
  'src',
  'saves',
  'runs',
]);

/** What owns the models of a cloud's resource path ("accounts/fireworks/models/", "publishers/google/models/"). */
const RESOURCE_OWNERS = new Set(['accounts', 'publishers']);

/** Whether the text at `end` (right after a name) or the name's own end makes it a file name. */
function isFileName(text: string, end: number): boolean {
  if (FILE_EXTENSION.test(text.slice(end, end + 8))) return true;
  const dot = text.lastIndexOf('.', end - 1);
  return dot > end - 8 && FILE_EXTENSION.test(text.slice(dot, end + 1));
}

/**
 * A Python package named after a model, in a module's or a file's path: "gpt_oss.chat",
 * "deepseek_vl2.models", "gpt_oss/torch/model.py". Written in snake case, without a size, and
 * followed (or joined) by a lower-case word after a dot or a slash: code, not a model.
 */
function isPackagePath(text: string, mention: Mention): boolean {
  const written = mention.text;
  const snake = written.indexOf('_');
  if (snake < 0 || /[A-Z]/.test(written) || /\d[bm](?![a-z])/.test(written)) return false;
  return (
    /\.[a-z_]{2}/.test(written.slice(snake)) ||
    /^(?:\.[a-z_]{2}|\/[a-z_])/.test(text.slice(mention.end, mention.end + 3))
  );
}

/**
 * Drops a path prefix that is no provider or organisation: the directories of a path the name is
 * a folder of ("recipes/Qwen2.5-1.5B-Instruct/config.yaml"), or the items of a list
 * ("Phi-3/Phi-3.5", "Code/Math/MoE/QwQ", "Gemma/Gemma 2").
 */
function withoutPathPrefix(text: string, mention: Mention, start: number): void {
  const prefix = text.slice(mention.start, start);
  if (!prefix.endsWith('/')) return;
  const segments = prefix.slice(0, -1).split('/');
  const segment = segments.at(-1) ?? '';
  const name = text.slice(start, mention.end);
  // A cloud's resource name is the model's id, whole: "accounts/fireworks/models/…", "publishers/google/models/…".
  const resource = segment === 'models' && RESOURCE_OWNERS.has(segments.at(-3)?.toLowerCase() ?? '');
  const folder = FOLDERS.has(segment.toLowerCase()) && !resource;
  if (text.charAt(mention.end) === '/' || folder || isListItem(segment, name)) {
    mention.start = start;
    mention.text = name;
  }
}

/** Whether a path segment before a name is another item of a list rather than an organisation. */
function isListItem(segment: string, name: string): boolean {
  const tokens = tokenize(segment).map((t) => t.value);
  const [first = '', second = ''] = tokens;
  if (MODEL_FAMILIES.has(first) && /^\d/.test(second)) return true;
  if (MODEL_WORDS.has(first) || SERIES_KIND_WORDS.has(first)) return true;
  // A family written as a word before a spaced name or one without a size: "Gemma/Gemma 2", "Yi/Yi-1.5"
  // (a provider's prefix is lowercase: "qwen/qwen-max", "gemini/gemini-1.5-pro").
  return (
    tokens.length === 1 &&
    MODEL_FAMILIES.has(first) &&
    /^[A-Z]/.test(segment) &&
    (/\s/.test(name) || !/\d(?:\.\d+)?[bm]\b/i.test(name))
  );
}

/** A size in a name: "7B", "1.5b", "500M". */
const SIZE = /\d(?:\.\d+)?[bm](?![a-z])/i;

/** An organisation's repository id, "org/Name-…", starting no longer path. */
const REPOSITORY_ID = /(?<![\w./:@~-])[A-Za-z0-9][\w.-]{0,38}\/[A-Za-z][\w.-]*(?![\w/])/g;

/** A repository name with a size among its parts: "SUS-Chat-34B", "longchat-7b-32k", "SmolVLM2-2.2B-Instruct". */
const SIZED_NAME = /[-_.](?:\d+x)?\d+(?:\.\d+)?[bm](?![a-z\d])/i;

/** Markup around a list's item, or nothing: "`Alpaca`", "**Dolly**". */
const ITEM_MARKUP = /^[\s`*_"']*$/;
/** An item of a list between two names: three words at most, no sentence's punctuation ("GPT4ALL", "MTP"). */
const LIST_ITEM = /^[\s`*_"']*[\p{L}\p{N}.+-]+(?: [\p{L}\p{N}.+-]+){0,2}[\s`*_"']*$/u;
/** What separates a list's items: ", ", "; ", "、", " and ", ", or ". */
const ITEM_SEPARATOR = /[,;\u3001\uff0c]|\s(?:and|or|&)\s/;

/** Whether the text between two names holds only the separators and short items of one list, each name a whole item. */
function isListBetween(gap: string): boolean {
  if (gap.length > 120) return false;
  const items = gap.split(ITEM_SEPARATOR);
  const last = items.length - 1;
  if (last === 0 || !ITEM_MARKUP.test(items[0] as string) || !ITEM_MARKUP.test(items[last] as string)) return false;
  for (let i = 1; i < last; i++) {
    const item = items[i] as string;
    if (!ITEM_MARKUP.test(item) && !LIST_ITEM.test(item)) return false;
  }
  return true;
}

/** Whether a name is a whole item of a list: a separator, "and", the line's start or end on both sides. */
function isWholeItem(text: string, mention: Mention): boolean {
  return (
    /(?:^|[,;:(\n\u3001\uff0c]|\s(?:and|or|&))[\s`*_"'[(]*$/.test(
      text.slice(Math.max(0, mention.start - 12), mention.start),
    ) && /^[`*_"')\]]*(?:$|[,;.)\n\u3001\uff0c]|\s(?:and|or|&)\s|\s*$)/.test(text.slice(mention.end, mention.end + 12))
  );
}

/** A word of counting after a number: the number is a quantity ("175 billion"), no version. */
const QUANTITY_AFTER = /^\s+(?:billion|million|trillion|thousand|bn)\b/i;

/** Where the first mention found already that overlaps a span is; -1 for none. */
function overlapAt(mentions: readonly Mention[], start: number, end: number): number {
  return mentions.findIndex((m) => m.start < end && m.end > start);
}

/** Whether a span overlaps a mention found already: the names found first stay as found. */
function overlapsAny(mentions: readonly Mention[], start: number, end: number): boolean {
  return overlapAt(mentions, start, end) >= 0;
}

/** Words of packaging or runtime written before a model's name ("mlc-chat-…", "mmproj-…"): the same model. */
const PACKAGING_BEFORE = new Set(['mlc', 'chat', 'mmproj', 'gguf', 'ggml', 'hf']);

/**
 * Where the identifier whose tail starts at `start` begins ("oasst-rlhf-" before "llama-33b"), and
 * where its name begins, with any organisation's path before it ("ggml-org/ultravox-v0_5-…");
 * undefined when it is no plain identifier (a web address, a dotted prefix).
 */
function identifierStart(text: string, start: number): { identifier: number; from: number } | undefined {
  // After an underscore it is a code identifier ("hf_llama_7b", a configuration's name).
  if (text.charAt(start - 1) !== '-') return undefined;
  let identifier = start - 1;
  while (identifier > 0 && /[A-Za-z0-9._-]/.test(text.charAt(identifier - 1))) identifier--;
  if (!/[A-Za-z]/.test(text.charAt(identifier)) || start - identifier > 40) return undefined;
  const from = nameStart(text, identifier);
  return from === undefined ? undefined : { identifier, from };
}

/** Whether the maker of `modelId` is named right before `start`, with a colon or not ("Mistral: Saba"). */
function isAfterMaker(text: string, start: number, modelId: string): boolean {
  const maker = /([A-Za-z]{3,}):? $/.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  return maker !== undefined && modelId.startsWith(maker.toLowerCase());
}

/** A maker's name written as part of the model's: "Anthropic Claude-V3 Opus", "Meta Llama 2 Chat 13b". */
const MAKER_BEFORE =
  /(?:^|[^A-Za-z0-9])(OpenAI|Anthropic|Google|Meta|Microsoft|Amazon|AWS|Cohere|AI21|xAI|Alibaba|NVIDIA|Nvidia|IBM|Mistral AI|DeepSeek|Databricks|Snowflake|Stability AI|TII|Zhipu|Moonshot|MiniMax|Baidu|Tencent|Apple|Reka) $/;

function withMaker(text: string, mention: Mention): void {
  const maker = MAKER_BEFORE.exec(text.slice(Math.max(0, mention.start - 14), mention.start))?.[1];
  if (!maker || mention.text.toLowerCase().startsWith(maker.toLowerCase())) return;
  mention.start -= maker.length + 1;
  mention.text = text.slice(mention.start, mention.end);
}

/**
 * Builds the matcher. A character-trie prefilter finds where a name could start; at each such
 * place the text's tokens walk a trie of every alias (any case, any separator), the longest name
 * wins, format suffixes and snapshot dates stay part of it, and what follows decides: nothing
 * (a hit), a version tail (a variant of the model), or anything else (a longer, different name,
 * which is a hit only if it is model-shaped, and then not for the shorter model).
 */
export function createMatcher(entries: readonly NameEntry[]): Matcher {
  const trie = createNameTrie(entries);
  // Where a name can start: the first word of every alias, and every family.
  // A head is a name's first token: "t" of "t5-base", whose letters and digits are two tokens.
  const heads = [...MODEL_FAMILIES, ...SHORT_NAMES, ...ENCODER_WORDS].map((word) => firstToken(word) ?? word);
  const forEachCandidate = createHeadIndex([...trie.firstWords, ...heads]);

  const buffer = new TokenBuffer();

  /**
   * The known model whose name these tokens begin, nearest first (fewest tokens to add), if any. Not
   * through a version's next part: "EXAONE-3" begins no name of EXAONE 3.5's models (a dated build
   * after a version still completes it: "openchat_3.5" → OpenChat 3.5 0106), nor through a letter
   * glued to the version ("Falcon-H1-7B" is no Falcon H1R 7B), nor, for a tuned model's name
   * (`tuned`), through a base model's word ("Skywork-13B-Chat" is no Skywork 13B Base), nor, for a
   * name whose version was dropped (`versioned`), through another version.
   */
  function completionOf(tokens: readonly WindowToken[], tuned = false, versioned = false): AliasEntry | undefined {
    const node = trie.walk(tokens);
    if (!node || node.entry) return undefined;
    const last = tokens[tokens.length - 1]?.value ?? '';
    const next = (from: TrieNode, first: boolean) =>
      [...from.children].flatMap(([value, edge]) =>
        (tuned && BASE_WORDS.has(value)) ||
        (versioned && value === 'v') ||
        (first && (isNextVersionPart(last, value) || isVersionLetter(last, value, edge.tight)))
          ? []
          : [edge.node],
      );
    let level = next(node, true);
    for (let depth = 1; depth < 4 && level.length > 0; depth++) {
      const found = level.flatMap((n) => (n.entry ? [n.entry] : []));
      if (found.length > 0) return found[0];
      level = level.flatMap((n) => next(n, false));
    }
    return undefined;
  }

  /**
   * A name without the format or routing words it ends with ("qwen3-coder:480b-cloud" →
   * "qwen3-coder:480b"). Not without "latest": "mistral-small-latest" is whichever release is newest.
   */
  function withoutFormatTail(name: readonly WindowToken[]): readonly WindowToken[] {
    for (let keep = name.length - 1; keep >= 2; keep--) {
      const tail = name.slice(keep);
      if (tail.some((t) => t.value === 'latest')) return [];
      if (formatSuffixLength(tail) === tail.length) return name.slice(0, keep);
    }
    return [];
  }

  /**
   * A known model written with its version before its size ("Vicuna-v1.5-7B" for vicuna-7b-v1.5,
   * "Mistral-v0.1-7B-Instruct" for Mistral-7B-Instruct-v0.1): the version moved after the size,
   * or to the end. With a longer context or a build after it ("Vicuna-v1.5-7B-16k" where only
   * the 4k model is known), a build of that model.
   */
  function versionAfterSize(name: readonly WindowToken[]): { entry: AliasEntry; build: boolean } | undefined {
    const values = name.map((t) => t.value);
    const from = values[1] === 'v' ? 2 : 1;
    let at = from;
    while (at < values.length && /^\d+$/.test(values[at] as string)) at++;
    // A version of one or more numbers, then a size: a number and "b" or "m" written together.
    const size = at - 1;
    if (at - from < 2 || !/^[bm]$/.test(values[at] ?? '') || name[at]?.separator !== 'none') return undefined;
    const version = values.slice(1, size);
    const head = [values[0] as string, ...values.slice(size, at + 1)];
    const rest = values.slice(at + 1);
    const bare = version.filter((v) => v !== 'v');
    for (const written of version.length > bare.length ? [version, bare] : [version]) {
      // After the size, then the rest ("vicuna-7b-v1.5-16k"); or at the end ("Mistral-7B-Instruct-v0.1").
      for (const [order, least] of [
        [[...head, ...written, ...rest], head.length + written.length],
        [[...head, ...rest, ...written], head.length + rest.length + written.length],
      ] as const) {
        const found = longestEntry(order);
        if (!found || found.length < least) continue;
        if (found.length === order.length) return { entry: found.entry, build: false };
        const tail = name.slice(name.length - (order.length - found.length));
        if (found.entry.open && isBuildTail(tail, true)) return { entry: found.entry, build: true };
      }
    }
    return undefined;
  }

  /**
   * A known model whose full name ends a longer name, starting at a family word after its first
   * token ("Hermes-3-Llama-3.1-8B" names Llama 3.1 8B): the base of a fine-tune or merge.
   */
  function baseWithin(name: readonly WindowToken[]): AliasEntry | undefined {
    const values = name.map((t) => t.value);
    for (let from = 1; from < name.length - 1; from++) {
      if (!MODEL_FAMILIES.has(values[from] as string)) continue;
      const found = longestEntry(values.slice(from));
      if (found) return found.entry;
    }
    return undefined;
  }

  /**
   * The known model a fine-tune's name holds around its own words: a known series or model, the
   * tune's words, then a size ("Llama-3-ELYZA-JP-8B", "Qwen2.5-Bakeneko-32B",
   * "Llama-3.1-Swallow-8B-Instruct-v0.1"): the series' or model's name with the size after it.
   */
  function baseAroundWords(name: readonly WindowToken[]): AliasEntry | undefined {
    const values = name.map((t) => t.value);
    let node = trie.edge(values[0] ?? '')?.node;
    let at = 1;
    while (at < values.length && node?.children.has(values[at] as string)) {
      node = node.children.get(values[at] as string)?.node;
      at++;
    }
    if (!node || (!node.series && !node.entry) || !/\d/.test(values[at - 1] ?? '')) return undefined;
    // One to three words of the tune's own, letters only, then the size; a kind of model makes a
    // line of its own ("Qwen2-Audio-7B"), not a tune.
    let size = at;
    while (size < values.length && /^[a-z]{2,}$/.test(values[size] ?? '')) {
      if (MODEL_WORDS.has(values[size] as string) || SERIES_KIND_WORDS.has(values[size] as string)) return undefined;
      size++;
    }
    if (size === at || size - at > 3 || !SIZE.test(`${values[size] ?? ''}${values[size + 1] ?? ''}`)) return undefined;
    // The name without the tune's words, where the known name goes on past the size.
    const found = longestEntry([...values.slice(0, at), ...values.slice(size)]);
    return found && found.length > at ? found.entry : undefined;
  }

  /** The longest known model's name that `values` start with, and how many of them it takes. */
  function longestEntry(values: readonly string[]): { entry: AliasEntry; length: number } | undefined {
    let node = trie.edge(values[0] ?? '')?.node;
    let found = node?.entry && { entry: node.entry, length: 1 };
    for (let i = 1; node && i < values.length; i++) {
      node = node.children.get(values[i] as string)?.node;
      if (node?.entry) found = { entry: node.entry, length: i + 1 };
    }
    return found;
  }

  /** Says a mention is a model of `series` that the dataset does not list. */
  function markUnlisted(mention: Mention, series: SeriesAliasEntry): void {
    mention.seriesId = series.seriesId;
    mention.unlisted = true;
  }

  /**
   * The series a model-shaped name the dataset lacks belongs to: the longest series name it starts
   * with, followed by a size and nothing but numbers and `MEMBER_WORDS` ("GLM-4-9B-Chat",
   * "OLMo-2-1124-13B"), or by a base model's word, with or without a size and a tier
   * ("DeepSeek-Coder-V2-Lite-Base"). Not a line of its own ("Qwen2-Audio") nor a fine-tune
   * ("…-Open-R1-Distill").
   */
  function seriesOfUnlisted(text: string, name: readonly WindowToken[]): SeriesAliasEntry | undefined {
    let node = trie.edge(name[0]?.value ?? '')?.node;
    let found: { series: SeriesAliasEntry; next: number } | undefined;
    for (let i = 1; i < name.length && node; i++) {
      // A series named by one family word ("MPT", "Vicuna") too: here a size follows it.
      const series = node.series ?? node.ollamaSeries;
      if (series) found = { series, next: i };
      node = node.children.get(name[i]?.value ?? '')?.node;
    }
    if (!found) return undefined;
    const rest = name.slice(found.next);
    // The next part of the series' version is another series: "InternVL2_5-8B", "InternVL2.5-8B"
    // are no InternVL2 models.
    const first = rest[0];
    if (
      first &&
      isNextVersionPart(name[found.next - 1]?.value ?? '', first.value) &&
      /[._]/.test(text.charAt(first.start - 1))
    ) {
      return undefined;
    }
    // A base model needs no size: "DeepSeek-Coder-V2-Lite-Base" is the base of the series' Lite model.
    const base = rest.some((t) => BASE_WORDS.has(t.value)) && !rest.some((t) => TUNED_WORDS.has(t.value));
    const member = (t: WindowToken, i: number) =>
      /^\d+$/.test(t.value) ||
      MEMBER_WORDS.has(t.value) ||
      (base && (BASE_WORDS.has(t.value) || TIER_WORDS.has(t.value))) ||
      // A release's "v" ("-v1.5"), not a kind's letter ("GLM-4V-9B", a vision model).
      (t.value === 'v' && rest[i + 1]?.separator === 'none' && /^\d/.test(rest[i + 1]?.value ?? ''));
    return (hasSize(rest) || base) && rest.every(member) ? found.series : undefined;
  }

  /**
   * Where the last walk of `known` stopped at a snapshot's number the names known write with other
   * values at that place: "001" of "text-davinci-001", where text-davinci-002 and -003 are known.
   */
  let snapshotSibling: number | undefined;

  /** Whether token `i`, where the walk found no edge from `node`, is a snapshot's number beside those of known names. */
  function isSiblingNumber(node: TrieNode, i: number): boolean {
    const value = buffer.values[i] as string;
    if (i < 2 || !/^\d{3,}$/.test(value) || buffer.separators[i] !== 'joiner') return false;
    // The name ends with it.
    if (buffer.has(i + 1) && buffer.separators[i + 1] !== 'space') return false;
    for (const [key, edge] of node.children)
      if (key.length === value.length && /^\d+$/.test(key) && edge.node.entry) return true;
    return false;
  }

  /** The longest name (of a model or a series) the tokens spell from the start: its last token and trie node. */
  function known(): { last: number; node: TrieNode } | undefined {
    /** Where the tokens so far lead; none before the first. */
    let node: TrieNode | undefined;
    let best: { last: number; node: TrieNode } | undefined;
    snapshotSibling = undefined;
    for (let i = 0; buffer.has(i); i++) {
      const value = buffer.values[i] as string;
      const separator = buffer.separators[i];
      // "Claude-V3.5 Sonnet": a "v" before a version, where the names known have none.
      if (node && value === 'v' && buffer.has(i + 1) && buffer.separators[i + 1] === 'none') {
        const next = buffer.values[i + 1] as string;
        if (!node.children.get('v')?.node.children.has(next) && node.children.has(next)) continue;
      }
      // "Gemini 3.0 Pro", "GPT-4.0": a version's ".0", where the names known write none.
      // Not as a third part after a version alone: "v3.1.0" is a release of anything ("V3.0" is V3).
      if (node && value === '0' && !node.children.has('0') && isPointZero(i) && !(i >= 3 && isOnlyVersion(i - 1))) {
        if (best?.last === i - 1) best = { last: i, node };
        continue;
      }
      // "DeepSeek 2.5", "Minimax 2.5": a version without the letter the names known write before it.
      const edge = node
        ? (node.children.get(value) ??
          (separator !== 'none' && /^\d/.test(value) && !/^\d/.test(buffer.values[i - 1] as string)
            ? withoutLetter(node, value)
            : undefined))
        : trie.edge(value);
      // A name written tight ("o3", "gpt4o") is not spaced out; a long word and its version may be
      // ("StarCoder2" as "StarCoder 2" or "starcoder-2-7b"), and a version its kind's last letter
      // ("GPT-4V" as "GPT-4-V").
      const loose =
        (/^[a-z]{4,}$/.test(buffer.values[i - 1] ?? '') && /^\d/.test(value)) ||
        (separator === 'joiner' &&
          /^[a-z]$/.test(value) &&
          /^\d+$/.test(buffer.values[i - 1] ?? '') &&
          !(buffer.has(i + 1) && buffer.separators[i + 1] !== 'space'));
      if (!edge || (edge.tight && i > 0 && separator !== 'none' && !loose)) {
        if (!edge && node && !best && isSiblingNumber(node, i)) snapshotSibling = i;
        break;
      }
      // A date after spacing is a table column, not part of a snapshot id.
      if (separator === 'space' && value.length >= 4 && value.startsWith('20')) break;
      node = edge.node;
      if (node.entry || node.series) best = { last: i, node };
    }
    return best;
  }

  /**
   * The edge a version's number takes after a letter the text leaves out: a "v" ("DeepSeek 2.5"
   * for DeepSeek V2.5), or the one letter a family's names write before their versions ("Minimax
   * 2.5" for MiniMax M2.5, "Kimi 2.5" for Kimi K2.5); none where the names write several
   * ("Hunyuan A13B", "Hunyuan T1").
   */
  function withoutLetter(node: TrieNode, value: string): TrieEdge | undefined {
    let letter = node.children.get('v')?.node;
    if (!letter?.children.has(value)) {
      letter = undefined;
      for (const [key, edge] of node.children) {
        if (key.length !== 1 || !/[a-z]/.test(key)) continue;
        if (letter) return undefined;
        letter = edge.node;
      }
    }
    const edge = letter?.children.get(value);
    return edge && { node: edge.node, tight: false };
  }

  /**
   * Whether token `i` is a ".0" after a version's number: "3.0" of "Gemini 3.0 Pro", "4.1.0" of
   * GPT-4.1. Not one before another number ("V3.0.0", "V3.0.1"): a software release, or a version of its own.
   */
  function isPointZero(i: number): boolean {
    if (!/^\d+$/.test(buffer.values[i - 1] ?? '') || buffer.textBefore(i) !== '.') return false;
    return !(buffer.has(i + 1) && buffer.textBefore(i + 1) === '.' && /^\d/.test(buffer.values[i + 1] as string));
  }

  /**
   * A snapshot or variant in parentheses right after a name, when the two spell a longer known
   * name ("DeepSeek R1 (0528)", "Mistral Large (24.07)"): where it ends, and that name's entry.
   * A setting in parentheses ("gpt-5 (high)") spells none.
   */
  function parenthesised(text: string, end: number, node: TrieNode | undefined) {
    PARENTHESISED.lastIndex = end;
    const inside = PARENTHESISED.exec(text)?.[1];
    if (!inside) return undefined;
    const tokens = tokenize(inside);
    // A setting ("o4-mini (high)", "(thinking)") names the model before it, even where a longer
    // name spells it ("o4-mini-high").
    const words = tokens.every((t) => !/^\d/.test(t.value));
    if (words && formatSuffixLength(tokens.map((t) => ({ ...t, tight: false }))) === tokens.length) return undefined;
    for (const token of tokens) node = node?.children.get(token.value)?.node;
    return node?.entry && { end: PARENTHESISED.lastIndex, entry: node.entry };
  }

  /**
   * A short name standing for one model ("it finds things Sonnet misses"), not a tier of a line
   * ("the newest Sonnet", "a Sonnet model", "between Sonnet, Haiku and Opus") nor a numbered
   * thing ("Sonnet 18").
   */
  function shortNameAt(text: string, start: number): Mention | undefined {
    const word = buffer.values[0] as string;
    const end = buffer.ends[0] as number;
    // "Sonnet 10/22": the snapshot of a month and day.
    const dated = /^ (?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\b(?!\/)/.exec(text.slice(end, end + 7))?.[0];
    if (dated)
      return {
        start,
        end: end + dated.length,
        text: text.slice(start, end + dated.length),
        modelId: null,
        shortName: word,
        ambiguous: true,
      };
    if (buffer.has(1) && buffer.separators[1] !== 'space') return undefined;
    const next = buffer.has(1) ? (buffer.values[1] as string) : '';
    if (/^\d/.test(next) || SERIES_WORDS.has(next) || next === 'model') return undefined;
    // "Nemo Base", "Nemo Instruct": the short name of that kind's model, one space apart.
    if ((BASE_WORDS.has(next) || TUNED_WORDS.has(next)) && buffer.starts[1] === end + 1) {
      const kindEnd = buffer.ends[1] as number;
      const written = text.slice(start, kindEnd);
      return { start, end: kindEnd, text: written, modelId: null, shortName: `${word} ${next}`, ambiguous: true };
    }
    if (isProductWord(text, end)) return undefined;
    const before = text.slice(Math.max(0, start - 24), start);
    if (/\b(?:newest|latest|next|new|every|any|each|which|an?)\s+$/i.test(before)) return undefined;
    const after = text.slice(end, end + 24);
    const tier = /^(?:,\s*|\s+(?:and|or|vs\.?)\s+|\s*\/\s*)([A-Za-z]+)/.exec(after)?.[1]?.toLowerCase();
    const tierBefore = /([A-Za-z]+)(?:,\s*|\s+(?:and|or|vs\.?)\s+|\s*\/\s*)$/.exec(before)?.[1]?.toLowerCase();
    if ((tier && SHORT_NAMES.has(tier)) || (tierBefore && SHORT_NAMES.has(tierBefore))) return undefined;
    return { start, end, text: text.slice(start, end), modelId: null, shortName: word, ambiguous: true };
  }

  /** The first word of each series' names, and how many series' names start with it. */
  let seriesByFirstWord: Map<string, Set<string>> | undefined;
  function seriesStartingWith(word: string): number {
    if (!seriesByFirstWord) {
      seriesByFirstWord = new Map();
      for (const entry of entries) {
        if (!('seriesId' in entry)) continue;
        const key = firstToken(entry.alias);
        if (key === undefined) continue;
        const ids = seriesByFirstWord.get(key) ?? new Set<string>();
        seriesByFirstWord.set(key, ids.add(entry.seriesId));
      }
    }
    return seriesByFirstWord.get(word)?.size ?? 0;
  }

  /**
   * A family word alone that is the whole name of one series, and starts no other's ("Vicuna",
   * "CodeLlama"), is a short name of that series: it names the series on a page that names one of
   * its models ("Vicuna-13B"), as the page's other short names do. A word that starts several
   * series ("Llama": Llama 2, Llama 3.1…) names a line, not a model. Written capitalised or as the
   * dataset writes it: "vicuna" in lower case is a word, a path, a variable.
   */
  function loneSeriesAt(text: string, start: number): Mention | undefined {
    if (buffer.has(1) && buffer.separators[1] !== 'space') return undefined;
    const word = buffer.values[0] as string;
    const series = trie.edge(word)?.node.ollamaSeries;
    if (!series || seriesStartingWith(word) !== 1) return undefined;
    const end = buffer.ends[0] as number;
    const written = text.slice(start, end);
    if (written !== series.alias && !/^[A-Z]/.test(written)) return undefined;
    const next = buffer.has(1) ? (buffer.values[1] as string) : '';
    if (/^\d/.test(next)) return undefined;
    // "Mistral/Mixtral", "Gemma 2/CodeGemma": a list of families.
    if (text.charAt(start - 1) === '/' || text.charAt(end) === '/') return undefined;
    if (series.line && written === series.alias) {
      return { start, end, text: written, modelId: null, seriesId: series.seriesId, ambiguous: true };
    }
    return { start, end, text: written, modelId: null, seriesId: series.seriesId, shortName: word, ambiguous: true };
  }

  /**
   * Whether the versions the dataset writes after a model's name ("-v1.3", "-v1.5" after
   * "Vicuna-13B") name models other than the one the name itself names: releases of their own,
   * not a format's number ("Mistral-7B-Instruct-v0.2", another name of the one model).
   */
  function versionsNameOthers(node: TrieNode): boolean {
    const own = node.entry?.modelId;
    if (own === undefined) return false;
    let level = [node.children.get('v')?.node].filter((n): n is TrieNode => n !== undefined);
    for (let depth = 0; depth < 4 && level.length > 0; depth++) {
      if (level.some((n) => n.entry && n.entry.modelId !== own)) return true;
      level = level.flatMap((n) => [...n.children.values()].map((edge) => edge.node));
    }
    return false;
  }

  /**
   * The length of a snapshot's month and day written after a space ("GPT-4o 0513", as evaluation
   * tables write it) after a model whose names are dated, or 0. The model is the one its joined
   * form names ("gpt-4o-0513").
   */
  function spacedMonthDay(text: string, end: number, node: TrieNode): number {
    SPACED_MONTH_DAY.lastIndex = end;
    const written = SPACED_MONTH_DAY.exec(text)?.[0];
    if (!written) return 0;
    for (const key of node.children.keys()) if (/^20\d\d(?:\d{4})?$/.test(key)) return written.length;
    return 0;
  }

  /** A family's word, a space, then a line's letter glued to its version: "Skywork o1", not o1. */
  function hasLetterVersion(): boolean {
    const token = (i: number) =>
      buffer.has(i) ? { value: buffer.values[i] as string, separator: buffer.separators[i] as JoinedBy } : undefined;
    return isLetterVersion(token(1), token(2));
  }

  /** Whether the tokens up to `last` hold no word of two letters or more: "v3", "o3", "r1". */
  function isOnlyVersion(last: number): boolean {
    for (let i = 0; i <= last; i++) if (/^[a-z]{2}/.test(buffer.values[i] as string)) return false;
    return true;
  }

  /** Whether a small version number follows token `i` after a space, itself no size ("StarCoder 2", not "StarCoder 15B"). */
  function isFollowedByVersion(i: number): boolean {
    if (!buffer.has(i + 1) || buffer.separators[i + 1] !== 'space') return false;
    if (!/^\d$/.test(buffer.values[i + 1] as string)) return false;
    return !(buffer.has(i + 2) && buffer.separators[i + 2] === 'none' && /^[bm]$/.test(buffer.values[i + 2] as string));
  }

  /**
   * The series named by the tokens after the first, up to `last`, when the first is a maker's word
   * the model's name holds ("OpenAI o1" in "OpenAI o1 models", where the series is "o1").
   */
  function seriesAfterMaker(last: number): SeriesAliasEntry | undefined {
    if (last < 1 || buffer.separators[1] !== 'space') return undefined;
    return trie.walk(buffer.range(1, last + 1))?.series;
  }

  /**
   * The base model a repository's id names where the name, without a tuned word, reads as the
   * tuned model in prose: "google/gemma-2-9b" is Gemma 2 9B's base model, not its "-it" model,
   * when the dataset lists the base ("Gemma 2 9B Base"). "Qwen/Qwen2-72B-Chat" stays tuned, as
   * does an Ollama tag.
   */
  function baseOfRepository(
    text: string,
    start: number,
    from: number,
    end: number,
    found: { last: number; node: TrieNode },
    last: number,
  ) {
    // An Ollama tag after a prefix ("ollama_chat/qwen2.5:72b") is the library's tuned model.
    if (from === start || text.charAt(start - 1) !== '/' || text.slice(start, end).includes(':')) return undefined;
    for (let i = found.last + 1; i <= last; i++) if (TUNED_WORDS.has(buffer.values[i] as string)) return undefined;
    return found.node.children.get('base')?.node.entry?.modelId;
  }

  /**
   * Whether a word written with a capital follows a one-word name ending at `end`, one space after
   * it: a product's name ("NeMo Framework", "Opus Clip"), not a model's short name.
   */
  function isProductWord(text: string, end: number): boolean {
    if (!buffer.has(1) || buffer.separators[1] !== 'space') return false;
    const next = buffer.starts[1] as number;
    return next - end === 1 && /[A-Z]/.test(text.charAt(next)) && !/^\d/.test(buffer.values[1] as string);
  }

  /**
   * Whether a version alone ("v3", "R1") at `from` follows a name of something else, one space
   * before it ("BFCL v3", "Leaderboard v3", "Jais 30b v3"): that thing's version, not a model's
   * short name. After a word of a sentence ("with V3", "and R1") it stays the model's.
   */
  function isVersionOfNameBefore(text: string, from: number): boolean {
    if (!/^[vr]$/.test(buffer.values[0] as string)) return false;
    const word = NAME_BEFORE.exec(text.slice(Math.max(0, from - 32), from))?.[1];
    return word !== undefined && !SENTENCE_WORD.test(word);
  }

  /**
   * Whether one digit after a name without a number is its next version ("moondream-3",
   * "moondream3-preview" after "moondream"), not a release tag. After a name with one
   * ("Llama 3.1-8", "Gemma2-9") it is not a version of it.
   */
  function isNewVersion(rest: readonly WindowToken[], last: number): boolean {
    if (!/^[1-9]$/.test(rest[0]?.value ?? '')) return false;
    for (let i = 0; i <= last; i++) if (/\d/.test(buffer.values[i] as string)) return false;
    return true;
  }

  /**
   * Whether `rest`, after a known model's name, is an Ollama tag of a size and nothing but format
   * words (":671b", ":1t-cloud"): where the name is a model's and not also a series' (whose
   * sizes are other models: "deepseek-r1:7b"), the model's own size.
   */
  function isOnlySizeTag(text: string, rest: readonly WindowToken[], node: TrieNode): boolean {
    const [count, unit] = rest;
    if (!node.entry || node.series || !count || !unit || text.charAt(count.start - 1) !== ':') return false;
    if (!/^\d+$/.test(count.value) || unit.separator !== 'none' || !/^[bt]$/.test(unit.value)) return false;
    const after = rest.slice(2);
    return formatSuffixLength(after) === after.length;
  }

  /**
   * Whether sizes are listed after token `i` ("GPT-2 | 124M/355M/774M"), for the name alone: the
   * last item of a list ("Phi-1.5/Phi-2 | 1.3B/2.7B") shares them with the others.
   */
  function isFollowedBySizes(text: string, i: number): boolean {
    const end = buffer.ends[i] as number;
    return SIZES_AFTER.test(text.slice(end, end + 80)) && text.charAt((buffer.starts[0] as number) - 1) !== '/';
  }

  /** Whether token `i` is spaced after the name and one of `words`. */
  function isFollowedBy(i: number, words: ReadonlySet<string>): boolean {
    return buffer.has(i + 1) && buffer.separators[i + 1] === 'space' && words.has(buffer.values[i + 1] as string);
  }

  /**
   * Whether the word after token `i` is a tier's word used as an adjective of prose: written in
   * lower case after a space ("GPT-4o max tokens", "Opus 4.6 fast mode") or joined to another word
   * ("ultra-fast", "large-scale"). Such a word ends the name before it.
   */
  function isAdjectiveAfter(text: string, i: number): boolean {
    if (!buffer.has(i + 1) || buffer.separators[i + 1] !== 'space' || !TIER_WORDS.has(buffer.values[i + 1] as string)) {
      return false;
    }
    const at = buffer.starts[i + 1] as number;
    const end = buffer.ends[i + 1] as number;
    const word = text.slice(at, end);
    if (/^-[a-z]/.test(text.slice(end, end + 2))) return true;
    // "The Mixtral-8x7B Large Language Model (LLM) is…", as model cards open.
    if (LANGUAGE_MODEL_AFTER.test(text.slice(end, end + 24))) return true;
    return ADJECTIVE_TIERS.has(word);
  }

  /** Whether the chat or instruct models of a series follow token `i`: "Llama 2 Chat", "Gemma 3 IT". */
  function isKindAfter(text: string, i: number): boolean {
    if (isFollowedBy(i, TUNED_WORDS)) return true;
    return isFollowedBy(i, IT) && text.startsWith('IT', buffer.starts[i + 1] as number);
  }

  /** Whether token `i` is spaced after a name and may belong to it: a size, a version, a tier ("Llama 3.1 70B"). */
  function isSpacedNamePart(i: number): boolean {
    return buffer.has(i) && buffer.separators[i] === 'space' && mayFollowWithSpace(buffer.values[i] as string);
  }

  function mentionAt(text: string, start: number): Mention | undefined {
    const from = start > 0 && PREFIX_END.has(text.charAt(start - 1)) ? nameStart(text, start) : start;
    if (from !== undefined) return nameAt(text, start, from);
    // The tail of a longer identifier ("longcite-glm4-9b", "oasst-rlhf-llama-33b"): a build named
    // after its base when the base has a size; "build-gpt-4.1-mini" is a deployment's name.
    const lead = identifierStart(text, start);
    if (lead === undefined) return undefined;
    const base = nameAt(text, start, start);
    if (!base || !SIZE.test(base.text)) return undefined;
    const words = tokenize(text, lead.identifier, start).map((t) => t.value);
    const build: Mention = { ...base, start: lead.from, text: text.slice(lead.from, base.end) };
    // Packaging before the name keeps the model ("mlc-chat-Llama-2-13b-chat", "mmproj-gemma-3-4b-it").
    if (words.every((w) => PACKAGING_BEFORE.has(w))) return build;
    // "llm-" alone before it names a plugin for the model ("llm-mpt30b"), a package, not a build.
    if (words.length === 1 && words[0] === 'llm') return undefined;
    build.modelId = null;
    delete build.seriesId;
    const known = base.modelId ?? base.variantOf;
    if (known) build.variantOf = known;
    build.family = words[0] ?? base.family;
    return build;
  }

  function nameAt(text: string, start: number, from: number): Mention | undefined {
    buffer.reset(text, start);
    // "qwen.qwen3-…", "mistral.mistral-large-…", "llama.cpp": a prefix or a tool, not a name.
    if (
      buffer.has(1) &&
      buffer.separators[1] === 'joiner' &&
      '.'.includes(text.charAt((buffer.starts[1] as number) - 1)) &&
      charKind(text.charCodeAt(buffer.starts[1] as number)) === 1
    ) {
      return undefined;
    }
    const found = known();
    if (found) {
      // A parenthesis is a break: when one follows, nothing below looks past the name.
      const longer = parenthesised(text, buffer.ends[found.last] as number, found.node);
      let last = found.last;
      let variant = false;
      // Usually nothing is joined after the name: a clean hit without looking further.
      if (buffer.has(last + 1) && buffer.separators[last + 1] !== 'space') {
        const joined = buffer.take(last + 1, (_, separator) => separator !== 'space');
        const method = joined.findIndex((t) => isApiMethod(text, t.start));
        const tail = method < 0 ? joined : joined.slice(0, method);
        // "Vicuna-13B-v1.1" where the dataset writes "-v1.3" and "-v1.5" after "Vicuna-13B": another
        // release of it, no format suffix.
        const release = tail[0]?.value === 'v' && /^\d/.test(tail[1]?.value ?? '') && versionsNameOthers(found.node);
        const format = release ? 0 : formatSuffixLength(tail, buffer.values[found.last]);
        const rest = tail.slice(format);
        // "bge-m3-data", "gpt2_library_table": a data set, a demo, a code identifier named after a model.
        if (rest.some((t) => NOT_MODEL_WORDS.has(t.value)) || isCodeIdentifier(text, tail)) {
          return undefined;
        }
        // "GPT-5.4" is a newer version, not a release of GPT-5.
        const longerVersion =
          release || (/^\d/.test(rest[0]?.value ?? '') && text.charAt((rest[0]?.start ?? 1) - 1) === '.');
        if (longerVersion && format === 0) {
          // A newer version of a known model ("Grok 4.3", "gpt-4.5-preview" after "GPT-4"): a name beyond the dataset.
          // Written with spaces, or after a name that is a word elsewhere, it needs a page about AI
          // ("Falcon 3.0", the web framework's release).
          let end = found.last + tail.length;
          // Its tier after a space is part of it: "Claude 3.6 Sonnet", "Gemini 1.6 Pro".
          if (isFollowedBy(end, TIER_WORDS) && !isAdjectiveAfter(text, end)) end++;
          const stop = buffer.ends[end] as number;
          // A known name that is only a version ("V3" of DeepSeek V3) has no newer one ("v3.5" is a
          // release of anything), nor has a name a version of three parts ("Falcon 3.0.1").
          if (isOnlyVersion(found.last) || RELEASE.test(text.slice(start, stop))) return undefined;
          const newer: Mention = {
            start: from,
            end: stop,
            text: text.slice(from, stop),
            modelId: null,
            family: familyOf(buffer.range(0, 2)),
          };
          const { entry, series } = found.node;
          const spaced = buffer.separators.slice(1, found.last + 1).includes('space');
          if (spaced || entry?.ambiguous || series?.ambiguous) newer.ambiguous = true;
          return newer;
        }
        // "Claude 4.5-generation models", "the Qwen3-series": the series, its word joined by a hyphen.
        // Not after a model's name: "gpt-5-models" is an identifier (an anchor's id) more often.
        const seriesWord =
          format === 0 &&
          found.node.series !== undefined &&
          !found.node.entry &&
          SERIES_WORDS.has(rest[0]?.value ?? '');
        // "Llama 3.x", "Claude 3.x": any version of the series, its ".x" part of the name (not
        // after a model's name: "GPT-4.x" is not GPT-4).
        const anyVersion =
          found.node.series !== undefined &&
          !found.node.entry &&
          tail.length === 1 &&
          tail[0]?.value === 'x' &&
          buffer.textBefore(last + 1) === '.';
        if (seriesWord) last = found.last;
        else if (anyVersion) last++;
        else if (rest.length === 0) last += format;
        else if (isOnlySizeTag(text, rest, found.node)) {
          // Ollama's tag of the one size of a known model ("deepseek-v3.1:671b-cloud").
          last += tail.length;
        } else if (isNewVersion(rest, found.last)) last = -1;
        else if (!longerVersion && isSnapshotTail(rest)) {
          // A dated snapshot or preview names its model ("gemini-2.5-pro-exp-03-25").
          last += tail.length;
        } else if (
          !longerVersion &&
          found.node.entry?.open &&
          // One word alone is no base of a build: "NeMo-Curator" is NVIDIA's tool, not a Mistral NeMo.
          (found.last > 0 || /\d/.test(buffer.values[0] as string)) &&
          isBuildTail(rest, SIZE.test(text.slice(from, buffer.ends[found.last] as number)))
        ) {
          // A build of open weights ("…-8B-Instruct-abliterated"): a variant.
          last += tail.length;
          variant = true;
        } else if (found.node.entry && !rest.some((t) => /^\d/.test(t.value) || MODEL_WORDS.has(t.value))) {
          // "gpt-4o-mini-eastus", "gpt4o-mini-test": a deployment's name, not a model's.
          return undefined;
        } else if (!found.node.entry && found.node.series) {
          // A size of a series whose family the lexicon lacks ("LFM2-350M"): a model it does not list.
          const name = buffer.range(0, found.last + 1 + tail.length);
          const series = seriesOfUnlisted(text, name);
          const end = name[name.length - 1]?.end ?? start;
          if (series && !MODEL_FAMILIES.has(name[0]?.value ?? '')) {
            const mention: Mention = {
              start: from,
              end,
              text: text.slice(from, end),
              modelId: null,
              family: familyOf(name),
            };
            markUnlisted(mention, series);
            if (series.ambiguous) mention.ambiguous = true;
            return mention;
          }
          last = -1;
        } else last = -1;
      } else if (
        found.node.entry &&
        isFollowedBy(last, TUNED_WORDS) &&
        /[A-Z]/.test(text.charAt(buffer.starts[last + 1] as number))
      ) {
        // "Gemma 3 1B Instruct" where the dataset writes "Gemma 3 1B": the model, named in full.
        last++;
      } else if (
        found.node.entry &&
        isFollowedBy(last, PREVIEW_WORDS) &&
        /[A-Z]/.test(text.charAt(buffer.starts[last + 1] as number))
      ) {
        // "Gemini 2.5 Flash Preview" where the dataset writes no such preview: a preview names its model.
        last++;
      } else if (
        buffer.has(last + 1) &&
        TIER_WORDS.has(buffer.values[last + 1] as string) &&
        !isAdjectiveAfter(text, last)
      ) {
        // "GPT-4.1 mini" when only GPT-4.1 is known: another model, not GPT-4.1.
        last = -1;
      } else if (isFollowedByVersion(last) && !buffer.values.slice(0, last + 1).some((v) => /^\d/.test(v))) {
        // "StarCoder 2" when StarCoder is known: a later generation, not StarCoder.
        last = -1;
      }
      // "Command R+" is not "Command R", but "Command R Plus" when the dataset knows it. A "+"
      // between two words joins two things: "ChatGLM2-6B+LoRA" is ChatGLM2-6B with an adapter.
      const plusAt = last >= 0 ? (buffer.ends[last] as number) : -1;
      if (plusAt >= 0 && text.charAt(plusAt) === '+' && !isAlphanumeric(text.charCodeAt(plusAt + 1))) {
        const plus = last === found.last ? found.node.children.get('plus')?.node.entry : undefined;
        if (!plus) return undefined;
        const end = plusAt + 1;
        return { start: from, end, text: text.slice(from, end), modelId: plus.modelId };
      }
      const { entry } = found.node;
      const series =
        found.node.series ??
        (last === found.last && entry && isFollowedBy(last, SERIES_WORDS) ? seriesAfterMaker(last) : undefined);
      if (
        last >= 0 &&
        series &&
        !variant &&
        (!entry || isFollowedBy(last, SERIES_WORDS) || isFollowedBySizes(text, last))
      ) {
        // A series alone ("Llama 3.1", "the GPT-4.1 family"); with a size or tier after it, it is
        // one model of the series ("Llama 3.1 13B"), which the lexicon reads below.
        // "Llama 2 Chat": the chat or instruct models of a series are the series.
        const kind = !entry && isKindAfter(text, last) && !isSpacedNamePart(last + 2);
        if (entry || kind || !isSpacedNamePart(last + 1)) {
          const end = buffer.ends[kind ? last + 1 : last] as number;
          const mention: Mention = {
            start: from,
            end,
            text: text.slice(from, end),
            modelId: null,
            seriesId: series.seriesId,
          };
          // After its maker's word, the series' name is as plain as the model's ("OpenAI o1").
          if (series === found.node.series ? series.ambiguous : entry?.ambiguous) mention.ambiguous = true;
          return mention;
        }
      } else if (last >= 0 && (entry || longer)) {
        const named = (longer?.entry ?? entry) as AliasEntry;
        const end = longer?.end ?? (buffer.ends[last] as number);
        const name = text.slice(from, end);
        if (variant) {
          const tokens = buffer.range(0, last + 1);
          const other = tokens.slice(found.last + 1).some((t) => OTHER_MODEL_WORDS.has(t.value));
          const mention: Mention = {
            start: from,
            end,
            text: name,
            modelId: null,
            family: familyOf(tokens.slice(0, 2)),
          };
          const series = other ? seriesOfUnlisted(text, tokens) : undefined;
          if (!other) mention.variantOf = named.modelId;
          else if (series) markUnlisted(mention, series);
          if (named.ambiguous) mention.ambiguous = true;
          return mention;
        }
        // "Sonar" written as a word: a short name the page resolves ("sonar" in code is the id),
        // but after its maker's name ("Mistral: Saba", as OpenRouter writes names).
        if (named.short && last === 0 && !longer && /^[A-Z]/.test(name) && !isAfterMaker(text, from, named.modelId)) {
          return shortNameAt(text, from);
        }
        if (named.ambiguous && last === 0 && !longer && isProductWord(text, end)) return undefined;
        if (
          named.ambiguous &&
          isOnlyVersion(last) &&
          (isVersionOfNameBefore(text, from) || isFollowedBy(last, VERSIONED_THINGS))
        ) {
          return undefined;
        }
        const base = named.untuned && !longer ? baseOfRepository(text, start, from, end, found, last) : undefined;
        const dated = longer || last !== found.last ? 0 : spacedMonthDay(text, end, found.node);
        const mention: Mention = {
          start: from,
          end: end + dated,
          text: text.slice(from, end + dated),
          modelId: base ?? named.modelId,
        };
        if (named.ambiguous) mention.ambiguous = true;
        return mention;
      }
    }
    if (snapshotSibling !== undefined) {
      // Another snapshot of a line of models the dataset knows ("text-davinci-001"): a model beyond it.
      const end = buffer.ends[snapshotSibling] as number;
      return { start: from, end, text: text.slice(from, end), modelId: null, family: familyOf(buffer.range(0, 2)) };
    }
    const first = buffer.values[0] as string;
    // "Sonnet" alone, not "Sonnet 18": a short name the page resolves, if it names such a model.
    if (SHORT_NAMES.has(first)) return shortNameAt(text, start);
    if (!MODEL_FAMILIES.has(first)) return undefined;
    // A family alone names no model ("Gemini is", "the Mistral."): most prose ends here, before
    // any tokens are copied out.
    const lettered = hasLetterVersion();
    if (
      !buffer.has(1) ||
      (!lettered && !staysInFamilyName(buffer.values[1] as string, buffer.separators[1] as JoinedBy))
    ) {
      return loneSeriesAt(text, start);
    }
    let at = 0;
    const taken = buffer.take(0, (value, separator) => (lettered && at++ === 1) || staysInFamilyName(value, separator));
    const adjective = taken.findIndex((_, i) => i > 0 && isAdjectiveAfter(text, i - 1));
    const tokens = adjective > 0 ? taken.slice(0, adjective) : taken;
    if (isCodeIdentifier(text, tokens.slice(1))) return undefined;
    const shape = nameShape(tokens);
    if (!shape) return undefined;
    const name = tokens.slice(0, shape.length);
    const end = name[name.length - 1]?.end ?? start;
    if (RELEASE.test(text.slice(start, end))) return undefined;
    const spaced = name.some((t) => t.separator === 'space');
    // A number the text counts with ("ChatGPT 175 billion parameters", "LLaMA 65 billion"): a quantity, no version.
    if (spaced && QUANTITY_AFTER.test(text.slice(end, end + 12))) return undefined;
    // A shorthand of a known model ("qwen3 235b" for Qwen3 235B A22B): the nearest model it starts.
    const tuned = name.some((t) => TUNED_WORDS.has(t.value) || t.value === 'it' || t.value === 'inst');
    const formatless = withoutFormatTail(name);
    // Nor does a release's version complete to another's: "WizardLM-13B-V1.0" is no WizardLM 13B V1.2.
    const versioned = name[formatless.length]?.value === 'v';
    const completion = shape.series
      ? undefined
      : (completionOf(name, tuned) ?? completionOf(formatless, tuned, versioned));
    if (completion) {
      const mention: Mention = { start: from, end, text: text.slice(from, end), modelId: completion.modelId };
      if (completion.ambiguous || spaced) mention.ambiguous = true;
      return mention;
    }
    const reordered = shape.series ? undefined : versionAfterSize(name);
    if (reordered) {
      const { entry, build } = reordered;
      const mention: Mention = { start: from, end, text: text.slice(from, end), modelId: build ? null : entry.modelId };
      if (build) {
        mention.variantOf = entry.modelId;
        mention.family = familyOf(name);
      }
      if (entry.ambiguous || spaced) mention.ambiguous = true;
      return mention;
    }
    const mention: Mention = { start: from, end, text: text.slice(from, end), modelId: null, family: familyOf(name) };
    // A fine-tune or merge that names its base ("Hermes-3-Llama-3.1-8B", "OpenHermes-2.5-Mistral-7B").
    const base = shape.series ? undefined : (baseWithin(name) ?? baseAroundWords(name));
    const series = shape.series || base ? undefined : seriesOfUnlisted(text, name);
    if (base) mention.variantOf = base.modelId;
    else if (series) markUnlisted(mention, series);
    // After a word of other meanings ("Moss-7B", "Yuan-2"), only a base model it names makes it one anywhere.
    if (spaced || series?.ambiguous || (!base && isAmbiguousHead(name[0]?.value ?? ''))) mention.ambiguous = true;
    return mention;
  }

  /** The models whose names hold each short name, listed when first asked for (most pages have none). */
  const named = new Map<string, ReadonlySet<string>>();
  /** Every model name in lower case, made once for all short names ('' for a series' name). */
  let lowered: string[] | undefined;
  function modelsNamed(shortName: string): ReadonlySet<string> {
    let ids = named.get(shortName);
    if (!ids) {
      const found = new Set<string>();
      // "nemo base": a name that holds every word.
      const words = shortName.split(' ');
      lowered ??= entries.map((entry) => ('modelId' in entry ? entry.alias.toLowerCase() : ''));
      for (let i = 0; i < entries.length; i++) {
        // Only the few names that hold it are tokenized.
        if (!(lowered[i] as string).includes(words[0] as string)) continue;
        const entry = entries[i] as AliasEntry;
        const values = tokenize(entry.alias).map((t) => t.value);
        if (words.every((word) => values.includes(word))) found.add(entry.modelId);
      }
      ids = found;
      named.set(shortName, ids);
    }
    return ids;
  }

  function modelOfShortName(
    shortName: string,
    mostNamed: (modelIds: Iterable<string>) => string | undefined,
  ): string | undefined {
    const ids = modelsNamed(shortName);
    const named = mostNamed(ids);
    const word = shortName.split(' ')[0] ?? '';
    if (!named) {
      // "Nemo Base": the one model of that kind, on a page that names a model of the word ("Mistral NeMo").
      return word !== shortName && ids.size === 1 && mostNamed(modelsNamed(word)) ? [...ids][0] : undefined;
    }
    // "Sonar", the dataset's name of one model: that model, on a page that names one of the name's ("Sonar Pro").
    const own = trie.edge(shortName)?.node.entry;
    return own?.short ? own.modelId : named;
  }

  const matcher = (text: string) => {
    const mentions: Mention[] = [];
    const options = text.includes('--');
    forEachCandidate(text, (start) => {
      // Most candidates start a word after a space: only the others can sit in a web address (or a
      // Markdown link's target, right after "](").
      const before = text.charCodeAt(start - 1);
      const opening = isSpaceOrOpening(before) && !(before === 40 && text.charCodeAt(start - 2) === 93);
      if (start > 0 && !opening && isInWebAddress(text, start)) return -1;
      const mention = mentionAt(text, start) ?? encoderIdAt(text, start);
      if (!mention) return -1;
      // The value of a command-line option that picks a parser or a template ("--reasoning-parser
      // qwen3", "--chat-template llama-2"): a format named after a model, not the model. Looked for
      // only where a name was found.
      if (options && OPTION_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return -1;
      // A file the name is part of ("OLMo2-7B-stage1.yaml", "olmo2_modal.py"): a file, not a model.
      if (isFileName(text, mention.end)) return mention.end;
      if (isPackagePath(text, mention)) return mention.end;
      // A Kaggle model handle's model ("google/gemma-3/flax/gemma3-1b"): the variation after the
      // framework names the weights, which are read on their own.
      if (KAGGLE_FRAMEWORK_AFTER.test(text.slice(mention.end, mention.end + 16))) return mention.end;
      if (TEMPLATE_AFTER.test(text.slice(mention.end, mention.end + 2))) return mention.end;
      if (IDENTIFIER.test(mention.text) && ASSIGNED.test(text.slice(mention.end, mention.end + 4))) return mention.end;
      if (text.charAt(mention.end) === ',' && CITATION_KEY_BEFORE.test(text.slice(Math.max(0, start - 16), start))) {
        return mention.end;
      }
      if (mention.start < start) withoutPathPrefix(text, mention, start);
      // "o3/o4-mini": a name found just before is another item of a list, no prefix of this one.
      const previous = mentions.at(-1);
      if (previous && previous.end > mention.start) {
        mention.start = start;
        mention.text = text.slice(start, mention.end);
      }
      withMaker(text, mention);
      mentions.push(mention);
      return mention.end;
    });
    if (mentions.length > 1) withListedSeries(text, mentions);
    if (text.includes('/')) withRepositoryIds(text, mentions);
    if (text.includes('-v')) withBedrockIds(text, mentions);
    if (text.includes('model')) withModelArguments(text, mentions);
    // Seldom there: looked for only in texts that name Ollama or a Modelfile's base.
    if (text.includes('ollama') || text.includes('FROM ')) return withOllamaReferences(text, mentions);
    return mentions;
  };

  /**
   * What a library's name written at `start` names (`mistral`, `qwen2.5-coder:7b`, after `ollama
   * run` or as a model argument): the model or series the dataset writes so, its tag aside, else a
   * model beyond the dataset of the name's family.
   */
  function libraryNameAt(name: string, start: number): Mention {
    const tokens = tokenize(name.split(':')[0] ?? '');
    const node = trie.walk(tokens);
    const mention: Mention = { start, end: start + name.length, text: name, modelId: node?.entry?.modelId ?? null };
    const series = node?.series ?? node?.ollamaSeries;
    if (!node?.entry && series) mention.seriesId = series.seriesId;
    else if (!node?.entry) mention.family = tokens[0]?.value ?? '';
    return mention;
  }

  /**
   * A model argument's value in code or configuration (`model="zephyr"`, `"model": "llava"`,
   * `model: mistral`, `--model mixtral`) names the model or series the dataset writes so, even as
   * one word that prose uses as a family's (a library's name, as after `ollama run`).
   */
  function withModelArguments(text: string, mentions: Mention[]): void {
    let added = false;
    for (const argument of text.matchAll(MODEL_ARGUMENT)) {
      const name = argument[2] ?? argument[3] ?? '';
      const start = (argument.index ?? 0) + argument[0].length - name.length - (argument[1]?.length ?? 0);
      const end = start + name.length;
      if (PLACEHOLDER.test(name) || overlapsAny(mentions, start, end)) continue;
      const mention = libraryNameAt(name, start);
      if (mention.family !== undefined) continue;
      mentions.push(mention);
      added = true;
    }
    if (added) mentions.sort((a, b) => a.start - b.start);
  }

  /**
   * A series' one word ("Alpaca", "Dolly") as a whole item of a list that names another model
   * ("LLaMA 2, Vicuna, Alpaca, Baize, ChatGLM, and more") names the series: the list is one of
   * models. It does not wait for the page to name one of the series' own models.
   */
  function withListedSeries(text: string, mentions: Mention[]): void {
    for (let i = 0; i < mentions.length; i++) {
      const mention = mentions[i] as Mention;
      if (!mention.shortName || !mention.seriesId || !isWholeItem(text, mention)) continue;
      if (listsAnotherName(text, mentions, i, -1) || listsAnotherName(text, mentions, i, 1)) delete mention.shortName;
    }
  }

  /** Whether the names before (`step` -1) or after (1) mention `i`, along one list, reach one that is no short name. */
  function listsAnotherName(text: string, mentions: readonly Mention[], i: number, step: -1 | 1): boolean {
    const mention = mentions[i] as Mention;
    for (let j = i + step; j >= 0 && j < mentions.length; j += step) {
      const other = mentions[j] as Mention;
      const gap = step < 0 ? text.slice(other.end, mention.start) : text.slice(mention.end, other.start);
      if (!isListBetween(gap)) return false;
      if (!other.shortName) return true;
    }
    return false;
  }

  /**
   * A repository id whose name carries a size names a model, whatever its family
   * ("SUSTech/SUS-Chat-34B", "lmsys/fastchat-t5-3b-v1.0"), as does an embedding or rerank
   * model's, by its kind and a version or size word ("Salesforce/SFR-Embedding-2_R",
   * "Snowflake/snowflake-arctic-embed-m-v2.0"): one beyond the lexicon and the dataset, counted
   * on a page about AI models. Those the names above found stay as found.
   */
  function withRepositoryIds(text: string, mentions: Mention[]): void {
    let added = false;
    for (const id of text.matchAll(REPOSITORY_ID)) {
      const start = id.index ?? 0;
      const name = (id[0] ?? '').replace(/[.-]+$/, '');
      const end = start + name.length;
      const repository = name.slice(name.indexOf('/') + 1);
      if (!(SIZED_NAME.test(repository) || isEmbeddingCheckpoint(repository)) || isFileName(text, end)) continue;
      if (overlapsAny(mentions, start, end) || isInWebAddress(text, start)) continue;
      const family = tokenize(repository)[0]?.value ?? '';
      mentions.push({ start, end, text: name, modelId: null, family, ambiguous: true });
      added = true;
    }
    if (added) mentions.sort((a, b) => a.start - b.start);
  }

  /**
   * A Bedrock model id names a model whatever its name ("bedrock/amazon.nova-canvas-v1:0",
   * "stability.stable-diffusion-xl-v1"): one beyond the dataset when the names above did not find it.
   */
  function withBedrockIds(text: string, mentions: Mention[]): void {
    let added = false;
    for (const { start, end, name, id } of bedrockIds(text)) {
      // An id the dataset writes whole ("deepseek.v3-v1:0", whose name alone is only a version)
      // names its model, in place of what its name alone reads as ("R1", a word elsewhere).
      const known = trie.walk(tokenize(id))?.entry;
      if (known) {
        const inside = overlapAt(mentions, start, end);
        if (inside >= 0 && mentions[inside]?.modelId === known.modelId && !mentions[inside]?.ambiguous) continue;
        if (inside >= 0) mentions.splice(inside, 1);
        mentions.push({ start, end, text: text.slice(start, end), modelId: known.modelId });
        added = true;
        continue;
      }
      if (overlapsAny(mentions, start, end)) continue;
      const family = tokenize(name)[0]?.value ?? '';
      mentions.push({ start, end, text: text.slice(start, end), modelId: null, family });
      added = true;
    }
    if (added) mentions.sort((a, b) => a.start - b.start);
  }

  /**
   * After `ollama run|pull|push|show|rm` and a Modelfile's `FROM`, a word is a model of Ollama's
   * library whatever it looks like (`ollama run mistral`, `ollama pull nomic-embed-text`,
   * `FROM codellama:13b`): a mention of the model or series of that name when the dataset knows
   * it, else of a model beyond it. A `FROM` line names only a model the dataset knows: the same line
   * starts a Dockerfile's base image (`FROM python:3.11-slim`) and a SQL query's table.
   */
  function withOllamaReferences(text: string, mentions: Mention[]): Mention[] {
    let added = false;
    // A model the page makes itself (`ollama create me -f Modelfile`, then `ollama run me`): no model of the library.
    const created = new Set(Array.from(text.matchAll(OLLAMA_CREATE), (m) => m[1]));
    for (const reference of text.matchAll(OLLAMA_REFERENCE)) {
      const name = reference[1] ?? '';
      const start = (reference.index ?? 0) + reference[0].length - name.length;
      const end = start + name.length;
      if (
        PROSE_AFTER_COMMAND.has(name.toLowerCase()) ||
        PLACEHOLDER.test(name) ||
        created.has(name) ||
        overlapsAny(mentions, start, end)
      ) {
        continue;
      }
      const mention = libraryNameAt(name, start);
      if (mention.family !== undefined && reference[0].trim().startsWith('FROM')) continue;
      mentions.push(mention);
      added = true;
    }
    return added ? mentions.sort((a, b) => a.start - b.start) : mentions;
  }
  return Object.assign(matcher, { modelOfShortName });
}
