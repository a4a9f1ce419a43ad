/**
 * Malformed and hostile answers of the live sources. Each starts from a small valid answer in the
 * source's real shape (OpenRouter's model list, LiteLLM's cost map, a file in the dataset's format)
 * and breaks it one way: cut short, a wrong type or a hostile number in a field, a giant string,
 * duplicates, prototype keys, markup in names, unsafe links, bodies that are not JSON, odd statuses
 * and headers. Deterministic: one seed gives the same cases, byte for byte.
 */

import { createHash } from 'node:crypto';
import {
  ACME,
  ACME_PRICING,
  CONTRACT_GPT_41_MINI,
  GPT_41_ON_OPENROUTER,
  liteLlmCostMap,
  liteLlmEntry,
  openRouterAnswer,
  openRouterModel,
} from './source-shapes';

export type HostileSource = 'openrouter' | 'litellm' | 'published' | 'custom';

export const HOSTILE_SOURCES: readonly HostileSource[] = ['published', 'openrouter', 'litellm', 'custom'];

export interface HostileResponse {
  name: string;
  source: HostileSource;
  /** Which way the answer is broken: "truncated", "unsafe links", … */
  family: string;
  /** 200 unless said. */
  status?: number;
  headers?: Record<string, string>;
  body: string;
  /** The body goes out gzip-compressed, with its Content-Encoding. */
  gzip?: boolean;
  /**
   * The models whose entries this answer changes or spoils. Every other model must come out of a
   * refresh exactly as the good answers left it, whether the answer is taken or refused.
   */
  touches: readonly string[];
  /** Nothing in the answer can be read: the source must fail, its last good update kept. */
  refused?: boolean;
}

/** Markup, script and oddities in text: they must only ever be shown as text. */
export const HOSTILE_TEXT: readonly string[] = [
  '<script>alert("pwned")</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)></iframe>",
  '<a href="javascript:alert(1)">click me</a>',
  '</style><style>*{display:none!important}</style>',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<details open ontoggle=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is the payload
  '${alert(1)}',
  '&lt;b&gt;not bold&lt;/b&gt; &amp; &#60;script&#62;',
  '<!-- unclosed comment',
  'right-to-left \u202Eevil.exe\u202C',
  'zero\u200Bwidth and \u0000 null',
  'lone \uD800 surrogate',
  '__proto__',
  'constructor',
];

/** Every way a link can be something other than a plain https address. */
export const HOSTILE_URLS: readonly string[] = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'javascript://example.com/%0aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'http://insecure.example/',
  'HTTP://INSECURE.EXAMPLE/',
  '//protocol-relative.example/',
  '/a/relative/path',
  'file:///etc/passwd',
  'ftp://files.example/',
  'blob:https://evil.example/0b4f',
  'https:no-slashes.example',
  ' https://leading-space.example/',
  '\u0000https://leading-null.example/',
  'https://trailing-newline.example/\n',
  'https:\\\\backslashes.example',
  'https://',
];

/** Prices as OpenRouter writes them, in text, but negative, not a number, absurd or oddly written. */
const PRICE_TEXT: readonly string[] = [
  '-0.000001',
  '-1',
  '-0',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  '1e9',
  '0.5',
  '0x10',
  ' 0.000001',
  '0.000001 ',
  '+0.000001',
  '0,000001',
  '١',
  '',
  '0.0000002abc',
  '1e-400',
];

/** Written into the body as they are: some are numbers JSON.parse reads as ±Infinity or 0, some are not JSON at all. */
const RAW_NUMBERS = ['1e400', '-1e400', '1e-400', 'NaN', 'Infinity', '-Infinity', '0x10', '01', '.5', '-', '1.'];

/** Negative, zero, tiny, inexact, huge, past the safe integers, past the year 2100 in seconds, past 32 bits. */
const HOSTILE_NUMBERS: readonly number[] = [
  -1,
  -0.000001,
  -0,
  0,
  5e-324,
  1e-7,
  0.1 + 0.2,
  1.5,
  1e21,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  4_102_444_801,
  2 ** 31,
];

/** A value written into the body as it is, not as JSON. */
class Raw {
  constructor(readonly text: string) {}
}

type Path = readonly (string | number)[];

// ---------------------------------------------------------------------------------------------
// The good answers, in each source's real shape. Figures are made up; the ids are the bundled
// dataset's, so that each source has known models to patch and a new one of its own.

/**
 * GPT-4.1 nano as OpenRouter lists it, with the fields OpenRouter has added lately. The other
 * entries of the answer are written over it, so that they have the same fields in the same order.
 */
const NANO = openRouterModel('openai/gpt-4.1-nano', {
  canonical_slug: 'openai/gpt-4.1-nano-2025-04-14',
  name: 'OpenAI: GPT-4.1 Nano',
  created: 1744651369,
  description: 'For tasks that demand low latency, GPT‑4.1 nano is the fastest and cheapest model in the series.',
  ...GPT_41_ON_OPENROUTER,
  pricing: { prompt: '0.00000008', completion: '0.00000032', web_search: '0.01', input_cache_read: '0.00000002' },
  supported_parameters: ['max_tokens', 'temperature', 'tools'],
  default_parameters: {},
  knowledge_cutoff: '2024-06-30',
  expiration_date: null,
  links: { details: '/api/v1/models/openai/gpt-4.1-nano-2025-04-14/endpoints' },
  benchmarks: {
    design_arena: [],
    artificial_analysis: { intelligence_index: 9.6, coding_index: 11.1, agentic_index: 1.2 },
  },
});

const OPENROUTER = openRouterAnswer(
  NANO,
  {
    ...NANO,
    id: 'openai/gpt-4.1',
    canonical_slug: 'openai/gpt-4.1-2025-04-14',
    name: 'OpenAI: GPT-4.1',
    pricing: { prompt: '0.0000018', completion: '0.0000072', input_cache_read: '0.00000045' },
    links: { details: '/api/v1/models/openai/gpt-4.1-2025-04-14/endpoints' },
    benchmarks: null,
  },
  {
    ...NANO,
    id: 'nova/brand-new-9b',
    canonical_slug: 'nova/brand-new-9b-20261120',
    hugging_face_id: 'nova-ai/Brand-New-9B',
    name: 'Nova: Brand New 9B',
    created: 1795478400,
    description: 'A small open model.',
    context_length: 65536,
    architecture: { modality: 'text->text', input_modalities: ['text'], output_modalities: ['text'] },
    pricing: { prompt: '0.0000002', completion: '0.0000006' },
    top_provider: { context_length: 65536, max_completion_tokens: 8192, is_moderated: false },
    links: { details: '/api/v1/models/nova/brand-new-9b-20261120/endpoints' },
    benchmarks: { design_arena: [], artificial_analysis: { intelligence_index: 21.5, coding_index: 18 } },
  },
);

/** Which model each key of the LiteLLM answer prices (its documentation and mirror keys price none). */
const LITELLM_OWNERS: Record<string, string[]> = {
  'claude-sonnet-4-5': ['anthropic/claude-sonnet-4.5'],
  'mistral/mistral-large-2411': ['mistralai/mistral-large-2411'],
  'azure/gpt-4.1-mini': ['openai/gpt-4.1-mini'],
};

const LITELLM = liteLlmCostMap({
  'claude-sonnet-4-5': liteLlmEntry('anthropic', 2.7e-6, 1.35e-5, {
    cache_read_input_token_cost: 2.7e-7,
    max_input_tokens: 200000,
    max_output_tokens: 64000,
  }),
  'mistral/mistral-large-2411': liteLlmEntry('mistral', 1.8e-6, 5.4e-6),
  'azure/gpt-4.1-mini': liteLlmEntry('azure', 4.4e-7, 1.76e-6),
});

const PUBLISHED = {
  schemaVersion: 1,
  version: '2026-11-28',
  providers: [{ id: 'acme-labs', name: 'Acme Labs', url: 'https://acme-labs.example/' }],
  sources: [
    {
      id: 'acme-labs-evals',
      name: 'Acme Labs evals',
      url: 'https://acme-labs.example/evals',
      kind: 'vendor',
      licence: 'CC BY 4.0',
      attribution: 'Acme Labs (https://acme-labs.example/)',
    },
  ],
  benchmarks: [
    {
      id: 'acme-bench',
      name: 'Acme Bench',
      shortName: 'Acme',
      category: 'coding',
      unit: 'percent',
      higherIsBetter: true,
      url: 'https://acme-labs.example/bench',
    },
  ],
  models: [
    {
      id: 'google/gemini-2.5-pro',
      name: 'Gemini 2.5 Pro',
      provider: 'google',
      releaseDate: '2025-06-17',
      openWeights: false,
      modalities: { input: ['text', 'image', 'audio', 'video', 'file'], output: ['text'] },
      aliases: ['gemini-2.5-pro', 'Gemini 2.5 Pro'],
      price: {
        input: 1.1,
        output: 9,
        cachedInput: 0.11,
        source: 'models-dev',
        asOf: '2026-11-20',
        url: 'https://models.dev/',
        note: 'prompts up to 200K tokens',
      },
      limits: { context: 1048576, maxOutput: 65536, source: 'models-dev', asOf: '2026-11-20' },
      scores: {
        'acme-bench': {
          value: 61.2,
          source: 'acme-labs-evals',
          asOf: '2026-11-20',
          url: 'https://acme-labs.example/g',
        },
      },
    },
    {
      id: 'acme-labs/spark-2',
      name: 'Spark 2',
      provider: 'acme-labs',
      releaseDate: '2026-11-01',
      openWeights: true,
      modalities: { input: ['text', 'image'], output: ['text'] },
      aliases: ['spark-2', 'Acme Spark 2'],
      ambiguousAliases: ['Spark'],
      price: { input: 0.5, output: 1.5, source: 'acme-labs-evals', asOf: '2026-11-01' },
      limits: { context: 262144, maxOutput: 32768, source: 'acme-labs-evals', asOf: '2026-11-01' },
      speed: {
        outputTokensPerSecond: 120.5,
        timeToFirstTokenSeconds: 0.4,
        source: 'acme-labs-evals',
        asOf: '2026-11-01',
      },
      scores: {
        'gpqa-diamond': { value: 55.1, source: 'acme-labs-evals', asOf: '2026-11-01' },
        'acme-bench': { value: 48, source: 'acme-labs-evals', asOf: '2026-11-01', note: 'pass@1' },
      },
    },
  ],
};

const CUSTOM = {
  schemaVersion: 1,
  version: '2026-11-28',
  providers: [ACME],
  sources: [ACME_PRICING],
  benchmarks: [],
  models: [
    { ...CONTRACT_GPT_41_MINI, scores: { ifeval: { value: 84.5, source: 'acme-pricing', asOf: '2026-11-20' } } },
    {
      id: 'acme/rocket-1',
      name: 'Rocket 1',
      provider: 'acme',
      openWeights: false,
      modalities: { input: ['text'], output: ['text'] },
      aliases: ['rocket-1', 'Rocket 1'],
      price: { input: 1, output: 4, source: 'acme-pricing', asOf: '2026-11-01', url: 'https://acme.example/prices#r1' },
      limits: { context: 131072, source: 'acme-pricing', asOf: '2026-11-01' },
      scores: { 'gpqa-diamond': { value: 70, source: 'acme-pricing', asOf: '2026-11-01' } },
    },
  ],
};

/** Each source's good answer, as parsed JSON. */
export const GOOD_ANSWERS: Readonly<Record<HostileSource, unknown>> = {
  openrouter: OPENROUTER,
  litellm: LITELLM,
  published: PUBLISHED,
  custom: CUSTOM,
};

/** Each source's good answer as it is served. */
export function goodBody(source: HostileSource): string {
  return JSON.stringify(GOOD_ANSWERS[source]);
}

/** The models a source's good answer patches or brings. */
export function modelsOf(source: HostileSource): string[] {
  if (source === 'litellm') return Object.values(LITELLM_OWNERS).flat();
  const answer = source === 'openrouter' ? OPENROUTER.data : source === 'published' ? PUBLISHED.models : CUSTOM.models;
  return answer.map((entry) => String(entry.id));
}

/** The models whose entries lie at or under `path` in the source's good answer. */
function touchedBy(source: HostileSource, path: Path): string[] {
  const [head, index] = path;
  if (head === undefined) return modelsOf(source);
  if (source === 'litellm') return LITELLM_OWNERS[String(head)] ?? [];
  const list = source === 'openrouter' ? 'data' : 'models';
  if (source === 'openrouter' && head !== 'data') return [];
  if (head === list && typeof index === 'number') return [modelsOf(source)[index] ?? ''].filter(Boolean);
  // A dataset file's registries and lists are read by all its models; its version by none.
  if (head === 'version') return [];
  return modelsOf(source);
}

// ---------------------------------------------------------------------------------------------
// Building blocks.

/** mulberry32: small, fast and the same everywhere. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[], count: number): T[] {
  const pool = [...list];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) {
    const [item] = pool.splice(Math.floor(random() * pool.length), 1);
    picked.push(item as T);
  }
  return picked;
}

/** JSON text, with Raw values written as they are and own `__proto__` keys kept as keys. */
function serialize(value: unknown): string {
  if (value instanceof Raw) return value.text;
  if (Array.isArray(value)) return `[${value.map(serialize).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const members = Object.keys(value).map(
      (key) => `${JSON.stringify(key)}:${serialize((value as Record<string, unknown>)[key])}`,
    );
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** An object with `key` set as an own property, even `__proto__`. */
function withKey(object: object, key: string, value: unknown): Record<string, unknown> {
  const copy = { ...object } as Record<string, unknown>;
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const REMOVE = Symbol('remove');

/** A copy of `root` with the node at `path` replaced (or removed), sharing nothing it changes. */
function replaced(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(root)) {
    const copy = [...root];
    if (rest.length === 0 && value === REMOVE) copy.splice(Number(key), 1);
    else copy[Number(key)] = replaced(root[Number(key)], rest, value);
    return copy;
  }
  const object = root as Record<string, unknown>;
  if (rest.length === 0 && value === REMOVE) {
    const { [key]: _removed, ...others } = object;
    return others;
  }
  return withKey(object, String(key), replaced(object[key], rest, value));
}

function valueAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], root);
}

/** Every node's path below the root, parents before children. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => {
    const path = [...prefix, key];
    return [path, ...pathsOf((value as Record<string | number, unknown>)[key], path)];
  });
}

const label = (path: Path) => (path.length === 0 ? '(root)' : path.join('.'));

const kindOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

const WRONG_TYPES: readonly unknown[] = [null, true, false, 0, -1, 1.5, '', 'text', [], [null], {}, { a: 1 }];

/** The text fields of an answer: names, descriptions, ids and keys a page could end up showing. */
function isTextField(source: HostileSource, path: Path, value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const key = String(path.at(-1));
  if (source === 'openrouter') return /^(id|canonical_slug|hugging_face_id|name|description|tokenizer)$/.test(key);
  if (source === 'litellm') return key === 'litellm_provider' || key === 'mode';
  return /^(id|name|shortName|provider|licence|attribution|note)$/.test(key) || path.includes('aliases');
}

function isPriceField(source: HostileSource, path: Path): boolean {
  const key = String(path.at(-1));
  if (source === 'openrouter') return path.includes('pricing');
  if (source === 'litellm') return /cost_per_token|token_cost/.test(key);
  return path.includes('price') && /^(input|output|cachedInput)$/.test(key);
}

// ---------------------------------------------------------------------------------------------
// The families of cases.

interface Draft {
  name: string;
  body: string;
  touches: readonly string[];
  status?: number;
  headers?: Record<string, string>;
  gzip?: boolean;
  refused?: boolean;
}

type Family = (source: HostileSource, random: () => number) => Draft[];

const mutated = (source: HostileSource, name: string, path: Path, value: unknown): Draft => ({
  name,
  body: serialize(replaced(GOOD_ANSWERS[source], path, value)),
  touches: touchedBy(source, path),
});

/**
 * Every field, list and object given a value of the wrong type or taken away, one or the other
 * by turns. The second known model of OpenRouter's list has the same fields as the first: only its
 * own members are changed.
 */
const wrongTypes: Family = (source, random) =>
  pathsOf(GOOD_ANSWERS[source])
    .filter((path) => !(source === 'openrouter' && path[1] === 1 && path.length > 3))
    .map((path, i) => {
      const original = valueAt(GOOD_ANSWERS[source], path);
      if (i % 3 === 0) return mutated(source, `${label(path)} removed`, path, REMOVE);
      const [value] = pick(
        random,
        WRONG_TYPES.filter((v) => kindOf(v) !== kindOf(original)),
        1,
      );
      return mutated(source, `${label(path)} as ${JSON.stringify(value)}`, path, value);
    });

/**
 * Prices negative, not a number, infinite or absurd, as numbers, as text and as raw JSON: every
 * value in each source's first price field, a sample of them in every other one.
 */
const hostilePrices: Family = (source, random) => {
  const values: [string, unknown][] = [
    ...PRICE_TEXT.map((text): [string, unknown] => [`text ${JSON.stringify(text)}`, text]),
    ...HOSTILE_NUMBERS.map((n): [string, unknown] => [`number ${n}`, n]),
    ...RAW_NUMBERS.map((text): [string, unknown] => [`written ${text}`, new Raw(text)]),
  ];
  return pathsOf(GOOD_ANSWERS[source])
    .filter((path) => isPriceField(source, path) && typeof valueAt(GOOD_ANSWERS[source], path) !== 'object')
    .flatMap((path, i) =>
      (i === 0 ? values : pick(random, values, i === 1 ? 8 : 3)).map(([name, value]) =>
        mutated(source, `price ${label(path)} as ${name}`, path, value),
      ),
    );
};

/** Every other number (counts, dates, scores, indices) made negative, fractional, huge or infinite. */
const hostileNumbers: Family = (source, random) =>
  pathsOf(GOOD_ANSWERS[source])
    .filter((path) => typeof valueAt(GOOD_ANSWERS[source], path) === 'number' && !isPriceField(source, path))
    .flatMap((path) => [
      ...pick(random, HOSTILE_NUMBERS, 2).map((n) => mutated(source, `${label(path)} as ${n}`, path, n)),
      ...pick(random, RAW_NUMBERS, 1).map((text) =>
        mutated(source, `${label(path)} written ${text}`, path, new Raw(text)),
      ),
    ]);

/** Markup and script in every text field; the first field gets every payload, the others a sample. */
const hostileText: Family = (source, random) =>
  pathsOf(GOOD_ANSWERS[source])
    .filter((path) => isTextField(source, path, valueAt(GOOD_ANSWERS[source], path)))
    .flatMap((path, i) =>
      (i === 0 ? HOSTILE_TEXT : pick(random, HOSTILE_TEXT, 2)).map((text) =>
        mutated(source, `${label(path)} as ${JSON.stringify(text)}`, path, text),
      ),
    );

/** Markup appended to a name that stays valid: a model a page would show. */
const markupInValidNames: Family = (source, random) => {
  const names =
    source === 'openrouter'
      ? [['data', 2, 'name']]
      : source === 'litellm'
        ? []
        : source === 'published'
          ? [
              ['models', 1, 'name'],
              ['providers', 0, 'name'],
              ['sources', 0, 'name'],
              ['benchmarks', 0, 'name'],
              ['benchmarks', 0, 'shortName'],
              ['models', 0, 'price', 'note'],
            ]
          : [
              ['models', 1, 'name'],
              ['providers', 0, 'name'],
              ['sources', 0, 'name'],
              ['models', 0, 'price', 'note'],
            ];
  // A new model's name gets every payload; the registry's names and the notes a sample.
  return names.flatMap((path, i) =>
    (i === 0 ? HOSTILE_TEXT : pick(random, HOSTILE_TEXT, 4)).map((text) =>
      mutated(source, `${label(path)} with ${JSON.stringify(text)} after it`, path, `Acme ${text}`),
    ),
  );
};

/** Every link field of an answer given unsafe links: every one in the first two fields, a sample in the others. */
const hostileLinks: Family = (source, random) => {
  const good = GOOD_ANSWERS[source];
  // OpenRouter's own links are not read: one of them stands for the rest.
  const links = pathsOf(good).filter(
    (path) => /^url$/.test(String(path.at(-1))) || label(path) === 'data.2.links.details',
  );
  // A citation's link may be left out: give one where there is none, too.
  if (source === 'published') links.push(['models', 1, 'price', 'url'], ['models', 1, 'scores', 'gpqa-diamond', 'url']);
  if (source === 'custom') links.push(['models', 0, 'price', 'url'], ['models', 1, 'limits', 'url']);
  return links.flatMap((path, i) =>
    (i < 2 ? HOSTILE_URLS : pick(random, HOSTILE_URLS, 8)).map((url) =>
      mutated(source, `link ${label(path)} as ${JSON.stringify(url)}`, path, url),
    ),
  );
};

/** The good answer cut short at many places. */
const truncated: Family = (source, random) => {
  const body = goodBody(source);
  const offsets = new Set([0, 1, 2, body.length - 1, body.length - 2]);
  while (offsets.size < 20) offsets.add(Math.floor(random() * body.length));
  return [...offsets]
    .sort((a, b) => a - b)
    .map((offset) => ({
      name: `cut off after ${offset} of ${body.length} characters`,
      body: body.slice(0, offset),
      touches: [],
      refused: true,
    }));
};

/**
 * A `__proto__` key added to every object, with a `constructor` or a `prototype` key by turns, and
 * members of the answer wrapped in a `__proto__` object.
 */
const prototypeKeys: Family = (source, random) => {
  const good = GOOD_ANSWERS[source];
  const objects: Path[] = [
    [],
    ...pathsOf(good).filter((p) => {
      const value = valueAt(good, p);
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    }),
  ];
  const proto: [string, unknown] = ['__proto__', { polluted: 'yes', isAdmin: true }];
  const others: [string, unknown][] = [
    ['constructor', { prototype: { polluted: 'yes' } }],
    ['prototype', { polluted: 'yes' }],
  ];
  const added = objects.flatMap((path, i) =>
    [proto, others[i % 2] ?? proto].map(([key, value]) => ({
      name: `${key} key added at ${label(path)}`,
      body: serialize(replaced(good, path, withKey(valueAt(good, path) as object, key, value))),
      touches: touchedBy(source, path),
    })),
  );
  // Members wrapped in a __proto__ object: an unsafe merge would lift them into every object.
  const members = pick(random, pathsOf(good), 8).map((path) =>
    mutated(source, `${label(path)} wrapped in __proto__`, path, withKey({}, '__proto__', valueAt(good, path))),
  );
  return [...added, ...members];
};

/** Giant strings in the fields that are shown or stored, and answers over the size cap. */
const giantStrings: Family = (source) => {
  const fields: Record<HostileSource, Path[]> = {
    openrouter: [
      ['data', 2, 'name'],
      ['data', 0, 'description'],
      ['data', 2, 'id'],
      ['data', 2, 'canonical_slug'],
      ['data', 2, 'hugging_face_id'],
      ['data', 0, 'pricing', 'prompt'],
    ],
    litellm: [
      ['claude-sonnet-4-5', 'litellm_provider'],
      ['claude-sonnet-4-5', 'mode'],
    ],
    published: [
      ['models', 1, 'name'],
      ['models', 1, 'aliases', 0],
      ['models', 0, 'price', 'note'],
      ['providers', 0, 'name'],
      ['sources', 0, 'attribution'],
      ['benchmarks', 0, 'url'],
    ],
    custom: [
      ['models', 1, 'name'],
      ['models', 0, 'price', 'note'],
      ['sources', 0, 'name'],
      ['sources', 0, 'licence'],
      ['providers', 0, 'url'],
      ['models', 1, 'scores', 'gpqa-diamond', 'asOf'],
    ],
  };
  const sizes = [201, 5_000, 100_000, 2 * 1024 * 1024];
  const cases = fields[source].flatMap((path, i) =>
    // Only the first field of each source gets the 2 MB string: the others show the same at less cost.
    sizes.slice(0, i === 0 ? 4 : 3).map((size) => {
      const original = String(valueAt(GOOD_ANSWERS[source], path));
      const grown = original.startsWith('https://')
        ? `${original}${'a'.repeat(size)}`
        : `${original} ${'<b>x</b>'.repeat(Math.ceil(size / 8))}`.slice(0, size);
      return mutated(source, `${label(path)} of ${size} characters`, path, grown);
    }),
  );
  // A key of the cost map is a model id too.
  if (source === 'litellm') {
    const key = `claude-sonnet-4-5-${'x'.repeat(2 * 1024 * 1024)}`;
    cases.push({
      name: 'a cost-map key of 2 MB',
      body: serialize(withKey(LITELLM, key, LITELLM['claude-sonnet-4-5'])),
      touches: [],
    });
  }
  cases.push({
    name: 'a good answer padded to 8.5 MB, over the size cap',
    body: `${goodBody(source).slice(0, -1)},"padding":"${'x'.repeat(8.5 * 1024 * 1024)}"}`,
    touches: [],
    refused: true,
  });
  return cases;
};

/**
 * One id ten thousand times, good and spoiled, and a thousand new ids. The copies are slim
 * entries, so that ten thousand stay under the size cap; the full entry before them is the one read.
 */
const duplicates: Family = (source) => {
  const copies = <T>(count: number, make: (i: number) => T) => Array.from({ length: count }, (_, i) => make(i));
  if (source === 'openrouter') {
    const [nano, , newcomer] = OPENROUTER.data as [Record<string, unknown>, unknown, Record<string, unknown>];
    const slim = (entry: Record<string, unknown>, fields: Record<string, unknown> = {}) => ({
      id: entry.id,
      name: entry.name,
      context_length: entry.context_length,
      architecture: { input_modalities: ['text'], output_modalities: ['text'] },
      pricing: entry.pricing,
      ...fields,
    });
    const spoiled = slim(nano, { pricing: { prompt: '-0.000001', completion: 'NaN' } });
    const answer = (data: unknown[]) => serialize({ ...OPENROUTER, data });
    const rest = OPENROUTER.data.slice(1);
    return [
      {
        name: 'an entry and 10,000 slim copies of its id',
        body: answer([nano, ...copies(10_000, () => slim(nano)), ...rest]),
        touches: [],
      },
      {
        name: '10,000 copies of one id, each priced differently',
        body: answer([
          ...copies(10_000, (i) => slim(nano, { pricing: { prompt: `0.000000${i + 1}`, completion: '0.000001' } })),
          ...rest,
        ]),
        touches: ['openai/gpt-4.1-nano'],
      },
      {
        name: 'a spoiled entry before its good entry and 10,000 copies',
        body: answer([spoiled, nano, ...copies(10_000, () => slim(nano)), ...rest]),
        touches: [],
      },
      {
        name: '10,000 spoiled copies of an id before its good entry',
        body: answer([...copies(10_000, () => spoiled), ...OPENROUTER.data]),
        touches: [],
      },
      {
        name: '10,000 copies of a new model',
        body: answer([...OPENROUTER.data, ...copies(10_000, () => slim(newcomer))]),
        touches: [],
      },
      {
        name: '1,000 new models with markup in their names',
        body: answer([
          ...OPENROUTER.data,
          ...copies(1_000, (i) =>
            slim(newcomer, { id: `flood/model-${i}`, name: `Flood: ${HOSTILE_TEXT[i % HOSTILE_TEXT.length]} ${i}` }),
          ),
        ]),
        touches: [],
      },
      {
        name: '10,000 entries without one readable field',
        body: answer(copies(10_000, (i) => ({ id: i, name: null, pricing: 'free' }))),
        touches: modelsOf(source),
      },
    ];
  }
  if (source === 'litellm') {
    const good = serialize(LITELLM['claude-sonnet-4-5']);
    const spoiled = serialize(liteLlmEntry('anthropic', -3e-6, 2e3));
    const slim = '{"litellm_provider":"anthropic","input_cost_per_token":1e-6,"output_cost_per_token":2e-6}';
    const repeated = (entries: string[]) =>
      `{${[...Object.entries(LITELLM).map(([k, v]) => `${JSON.stringify(k)}:${serialize(v)}`), ...entries].join(',')}}`;
    return [
      {
        name: 'one key written 10,000 times, the last spoiled',
        body: repeated([...copies(9_999, () => `"claude-sonnet-4-5":${slim}`), `"claude-sonnet-4-5":${spoiled}`]),
        touches: ['anthropic/claude-sonnet-4.5'],
      },
      {
        name: 'one key written 10,000 times, the last good',
        body: repeated([...copies(9_999, () => `"claude-sonnet-4-5":${spoiled}`), `"claude-sonnet-4-5":${good}`]),
        touches: [],
      },
      {
        name: '10,000 dated keys of one model',
        body: repeated(copies(10_000, (i) => `"claude-sonnet-4-5-${20250000 + i}":${slim}`)),
        touches: ['anthropic/claude-sonnet-4.5'],
      },
      {
        name: '10,000 keys of unknown models',
        body: repeated(copies(10_000, (i) => `"unknown-model-${i}":${slim}`)),
        touches: [],
      },
    ];
  }
  const file = source === 'published' ? PUBLISHED : CUSTOM;
  const [first, second] = file.models as unknown as [Record<string, unknown>, Record<string, unknown>];
  const slim = (model: Record<string, unknown>, fields: Record<string, unknown> = {}) => ({
    id: model.id,
    name: model.name,
    provider: model.provider,
    openWeights: false,
    modalities: { input: ['text'], output: ['text'] },
    aliases: [],
    ...fields,
  });
  const answer = (fields: Record<string, unknown>) => serialize({ ...file, ...fields });
  const spoiled = { ...first, price: { ...(first.price as object), input: -1 } };
  return [
    {
      name: 'a model and 10,000 slim copies of its id',
      body: answer({ models: [first, ...copies(10_000, () => slim(first)), second] }),
      touches: [],
    },
    {
      name: '10,000 copies of one id, each named and priced differently',
      body: answer({
        models: [
          ...file.models,
          ...copies(10_000, (i) =>
            slim(second, {
              name: HOSTILE_TEXT[i % HOSTILE_TEXT.length],
              price: { input: i, output: i, source: 'models-dev', asOf: '2026-11-01' },
            }),
          ),
        ],
      }),
      touches: [],
    },
    {
      name: 'a spoiled model before its good entry and 10,000 copies',
      body: answer({ models: [spoiled, first, ...copies(10_000, () => slim(first)), second] }),
      touches: [],
    },
    {
      name: '1,000 new models with markup in their names',
      body: answer({
        models: [
          ...file.models,
          ...copies(1_000, (i) =>
            slim(second, { id: `flood/model-${i}`, provider: 'flood', name: HOSTILE_TEXT[i % HOSTILE_TEXT.length] }),
          ),
        ],
      }),
      touches: [],
    },
    {
      name: '10,000 copies of the registry entries, the later ones spoiled',
      body: answer({
        providers: [...file.providers, ...copies(10_000, () => ({ ...file.providers[0], url: 'javascript:alert(1)' }))],
        sources: [...file.sources, ...copies(10_000, () => ({ ...file.sources[0], name: '<script>x</script>' }))],
      }),
      touches: [],
    },
  ];
};

/** Arrays and objects nested far deeper than any answer is, where the answer's lists and fields are. */
const deepNesting: Family = (source) => {
  const body = goodBody(source);
  const nested = (depth: number, open = '[', close = ']') => `${open.repeat(depth)}${close.repeat(depth)}`;
  const at = (key: string) => {
    const index = body.indexOf(key);
    return index < 0 ? undefined : index + key.length;
  };
  const splice = (index: number | undefined, inner: string) =>
    index === undefined ? undefined : `${body.slice(0, index)}${inner},${body.slice(index)}`;
  const cases: (Draft | undefined)[] = [
    { name: 'arrays nested 100,000 deep', body: nested(100_000), touches: [], refused: true },
    {
      name: 'objects nested 50,000 deep',
      body: `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`,
      touches: [],
      refused: true,
    },
    { name: 'arrays nested 200,000 deep, unclosed', body: '['.repeat(200_000), touches: [], refused: true },
  ];
  for (const depth of [1_000, 5_000]) {
    const key = source === 'openrouter' ? '"data":[' : source === 'litellm' ? '{' : '"models":[';
    const inner = source === 'litellm' ? `"deep":${nested(depth)}` : nested(depth);
    const spliced = splice(at(key), inner);
    cases.push(spliced ? { name: `an entry of arrays ${depth} deep`, body: spliced, touches: [] } : undefined);
  }
  return cases.filter((c): c is Draft => c !== undefined);
};

/** Bodies that are not the answer at all, in every form a broken server or proxy sends. */
const notJson: Family = (source) => {
  const good = goodBody(source);
  const bodies: [string, string, boolean][] = [
    ['an empty body', '', true],
    ['only whitespace', ' \n\t\r ', true],
    ['null', 'null', true],
    ['true', 'true', true],
    ['a number', '42', true],
    ['a string', '"models"', true],
    ['an empty list', '[]', true],
    ['an empty object', '{}', true],
    [
      'an HTML error page',
      '<!doctype html><html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>',
      true,
    ],
    ['an XML document', '<?xml version="1.0"?><models><model id="a/b"/></models>', true],
    ['a login page', '<html><form action="http://evil.example/login"><input name=password></form></html>', true],
    ['plain text', 'Service temporarily unavailable', true],
    ['JSONP', `callback(${good})`, true],
    ['an XSSI guard before the answer', `)]}'\n${good}`, true],
    ['the answer twice', `${good}${good}`, true],
    ['the answer and a trailing comma', `${good},`, true],
    ['the answer with a comment', `// models\n${good}`, true],
    ['single quotes', good.replaceAll('"', "'"), true],
    ['a NUL byte before the answer', `\u0000${good}`, true],
    ['two byte-order marks', `\uFEFF\uFEFF${good}`, true],
    ['the answer as a JSON string', JSON.stringify(good), true],
    ['the answer inside a list', `[${good}]`, true],
    ['NaN', 'NaN', true],
    ['undefined', 'undefined', true],
    ['a byte-order mark before the answer', `\uFEFF${good}`, false],
    ['whitespace around the answer', `\n\n  ${good}  \n`, false],
    ['the answer with every slash escaped', good.replaceAll('/', '\\/'), false],
  ];
  return bodies.map(([name, body, refused]) => ({ name, body, touches: [], ...(refused ? { refused } : {}) }));
};

/** Statuses, headers and encodings a server or proxy answers with. */
const transport: Family = (source) => {
  const good = goodBody(source);
  const html = '<html><body><h1>Error</h1><script>alert(1)</script></body></html>';
  const cases: Draft[] = [
    ...[204, 400, 401, 403, 404, 407, 410, 418, 429, 451, 500, 502, 503, 504, 599].map((status) => ({
      name: `HTTP ${status}`,
      status,
      body: status === 204 ? '' : html,
      touches: [],
      refused: true,
    })),
    { name: 'HTTP 500 with a good answer', status: 500, body: good, touches: [], refused: true },
    {
      name: 'HTTP 429 asking to retry in a year',
      status: 429,
      headers: { 'Retry-After': '31536000' },
      body: '{"error":{"code":429}}',
      touches: [],
      refused: true,
    },
    { name: 'HTTP 304 without having been asked', status: 304, body: '', touches: [] },
    {
      name: 'a redirect to a good answer',
      status: 302,
      headers: { Location: `/good/${source}` },
      body: '',
      touches: [],
    },
    { name: 'a redirect loop', status: 302, headers: { Location: '/loop' }, body: '', touches: [], refused: true },
    {
      name: 'a redirect to a javascript: address',
      status: 302,
      headers: { Location: 'javascript:alert(1)' },
      body: '',
      touches: [],
      refused: true,
    },
    {
      name: 'a redirect to a data: address',
      status: 302,
      headers: { Location: `data:application/json,${encodeURIComponent(good)}` },
      body: '',
      touches: [],
      refused: true,
    },
    { name: 'an HTML content type', headers: { 'Content-Type': 'text/html' }, body: good, touches: [] },
    {
      name: 'a declared length over the size cap',
      headers: { 'Content-Length': String(50 * 1024 * 1024) },
      body: good,
      touches: [],
      refused: true,
    },
    {
      name: 'a gzip encoding over a plain body',
      headers: { 'Content-Encoding': 'gzip' },
      body: good,
      touches: [],
      refused: true,
    },
    { name: 'a gzip-compressed good answer', gzip: true, body: good, touches: [] },
    {
      name: 'a gzip bomb: 12 MB of spaces in a small download',
      gzip: true,
      body: `${good.slice(0, -1)},"x":"${' '.repeat(12 * 1024 * 1024)}"}`,
      touches: [],
      refused: true,
    },
    {
      name: 'an ETag of 64 kB',
      headers: { ETag: `"${'e'.repeat(64 * 1024)}"` },
      body: good,
      touches: [],
    },
    { name: 'a Last-Modified of 64 kB', headers: { 'Last-Modified': 'x'.repeat(64 * 1024) }, body: good, touches: [] },
    {
      name: 'validators with markup',
      headers: { ETag: '"<script>alert(1)</script>"', 'Last-Modified': '<img src=x onerror=alert(1)>' },
      body: good,
      touches: [],
    },
    {
      name: 'a charset the body is not in',
      headers: { 'Content-Type': 'application/json; charset=utf-16' },
      body: good,
      touches: [],
    },
  ];
  return cases;
};

/** The families, by the name a report gives them. */
const FAMILIES: Readonly<Record<string, Family>> = {
  'wrong types': wrongTypes,
  'hostile prices': hostilePrices,
  'hostile numbers': hostileNumbers,
  'markup in text': hostileText,
  'markup in valid names': markupInValidNames,
  'unsafe links': hostileLinks,
  truncated,
  'prototype keys': prototypeKeys,
  'giant strings': giantStrings,
  duplicates,
  'deep nesting': deepNesting,
  'not JSON': notJson,
  transport,
};

/**
 * Every hostile answer, each source's in turn. The cases are all different: two whose bodies,
 * statuses and headers are the same are one case, listed once.
 */
export function hostileResponses(seed = 20261129): HostileResponse[] {
  const random = seeded(seed);
  const seen = new Set<string>();
  const cases: HostileResponse[] = [];
  for (const [family, make] of Object.entries(FAMILIES)) {
    for (const source of HOSTILE_SOURCES) {
      for (const draft of make(source, random)) {
        const key = createHash('sha256')
          .update(JSON.stringify([source, draft.status ?? 200, draft.headers ?? {}, draft.gzip ?? false]))
          .update(draft.body)
          .digest('hex');
        if (seen.has(key)) continue;
        seen.add(key);
        cases.push({ ...draft, source, family, name: `${source}: ${draft.name}` });
      }
    }
  }
  return cases;
}
