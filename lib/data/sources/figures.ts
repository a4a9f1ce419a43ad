import { z } from 'zod/mini';
import { normalizeAlias } from '../../detect/aliases';
import { MAX_PRICE_PER_MILLION, type Model } from '../schema';

export { MAX_PRICE_PER_MILLION };

/** Context windows top out near 10M tokens; 100M leaves room to grow and still stops garbage. */
export const MAX_TOKENS = 100_000_000;

/** A price per token as the sources write it in numbers (LiteLLM). */
export const PricePerToken = z.number().check(z.nonnegative(), z.lte(MAX_PRICE_PER_MILLION / 1e6));

/** A count of tokens; 0 is how some sources say "unknown". */
export const TokenCount = z.int().check(z.nonnegative(), z.lte(MAX_TOKENS));

/** A score on a 0–100 index (Artificial Analysis). */
export const IndexScore = z.number().check(z.gte(0), z.lte(100));

/** The calendar day (UTC) a source was fetched: the as-of date of everything it says. */
export function asOfDate(fetchedAt: Date): string {
  return fetchedAt.toISOString().slice(0, 10);
}

/**
 * USD per token → USD per 1M tokens. Rounded to 12 significant digits so that "0.0000004"
 * reads 0.4, not 0.39999999999999997, and an unchanged price never looks like a change.
 */
export function perMillion(perToken: number): number {
  return Number((perToken * 1e6).toPrecision(12));
}

/**
 * A list price has both sides above 0; only a model whose sole output is embeddings has no output
 * to price. A 0 elsewhere is a free tier or a blank in the source ("output_cost_per_token": 0).
 */
export function isListPrice(input: number, output: number, outputModalities: readonly string[]): boolean {
  const embeddingsOnly = outputModalities.length > 0 && outputModalities.every((m) => m === 'embedding');
  return input > 0 && (output > 0 || embeddingsOnly);
}

type Modality = Model['modalities']['input'][number];
const MODALITY_ORDER: readonly Modality[] = ['text', 'image', 'audio', 'video', 'file', 'embedding'];

/** The modalities we know among a source's words, in one fixed order so that sources compare equal. */
export function knownModalities(words: readonly string[], known: readonly Modality[] = MODALITY_ORDER): Modality[] {
  return MODALITY_ORDER.filter((modality) => known.includes(modality) && words.includes(modality));
}

/** What a live source's answer is read against: the models the dataset holds, and when it was fetched. */
export interface LiveSourceContext {
  models: readonly Model[];
  fetchedAt: Date;
}

/** Aliases as the schema takes them (2–200 characters), the first of each normalized form kept. */
export function distinctAliases(candidates: readonly (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  const aliases: string[] = [];
  for (const alias of candidates) {
    if (!alias || alias.length < 2 || alias.length > 200) continue;
    const key = normalizeAlias(alias);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    aliases.push(alias);
  }
  return aliases;
}
