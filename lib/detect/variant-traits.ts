/**
 * Formats and quantisation levels of a quantised model file: "GGUF", "Q4_K_M", "AWQ", "4bit",
 * "fp8", "IQ3_XS", "exl2", "MLX".
 */
const QUANTISED =
  /(?<![a-z0-9])(gguf|ggml|awq|gptq|exl2|mlx|bnb|nf4|int[48]|fp8|[2-8][-_]?bits?|i?q[1-8](?:_[0-9a-z]{1,2}){0,2}|[2-8]\.\d+bpw)(?![a-z0-9])/gi;

/** What else a variant's name says was done to the base model, in the words a card uses. */
const CHANGES: readonly [RegExp, string][] = [
  [/abliterat/i, 'abliterated'],
  [/uncensored/i, 'uncensored'],
  [/distil/i, 'distilled'],
  [/(?<![a-z])(?:merged?|slerp|ties)(?![a-z])/i, 'merge'],
  [/(?<![a-z])(?:fine-?tuned?|ft|sft|dpo|orpo|lora|qlora)(?![a-z])/i, 'fine-tune'],
];

/** A longer context than the base model's, in thousands of tokens: "-16k", "-200K". */
const CONTEXT = /(?<![a-z0-9.])(\d+)k(?![a-z0-9])/i;

/** A dated release tag at the end: "-2507", "-0528". */
const RELEASE = /[-_](\d{4})$/;

/**
 * What a variant's name says differs from its base model: "quantised (GGUF, Q4_K_M)",
 * "abliterated", "fine-tune by mlabonne", "16K context", "release 2507". A publisher before a
 * slash that is not the base model's provider made it
 * ("mlabonne/Meta-Llama-3.1-8B-Instruct-abliterated"). Empty when the name says nothing more than
 * that it is a variant.
 */
export function variantTraits(written: string, baseProvider: string): string[] {
  const slash = written.lastIndexOf('/');
  const publisher = slash > 0 ? written.slice(written.lastIndexOf('/', slash - 1) + 1, slash) : '';
  const name = written.slice(slash + 1);
  const by = publisher && publisher.toLowerCase() !== baseProvider.toLowerCase() ? ` by ${publisher}` : '';
  const formats = [...new Set([...name.matchAll(QUANTISED)].map((m) => m[1] as string))];
  const context = CONTEXT.exec(name)?.[1];
  const changes = [
    ...CHANGES.flatMap(([pattern, words]) => (pattern.test(name) ? [words] : [])),
    ...(context ? [`${context}K context`] : []),
  ];
  const release = RELEASE.exec(name)?.[1];
  const traits = changes.map((words, i) => (i === 0 ? words + by : words));
  if (formats.length) traits.push(`quantised${changes.length ? '' : by} (${formats.join(', ')})`);
  if (release && !formats.length) traits.push(`release ${release}`);
  if (traits.length === 0 && by) traits.push(`fine-tune${by}`);
  return traits;
}
