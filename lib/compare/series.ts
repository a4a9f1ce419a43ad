import type { Benchmark, Model } from '../data/schema';
import { blendedPrice, DEFAULT_TOKEN_MIX, type TokenMix } from './cost';
import { overallScore } from './overall';

/** One member of a series as its table shows it. */
export interface SeriesRow {
  model: Model;
  /** Its size or tier: "70B", "mini". */
  tier: string;
  overall?: number;
  /** USD per 1M tokens at the token mix. */
  blended?: number;
  /** The lowest blended price of the series (marked only when two or more members have one). */
  cheapest: boolean;
  /** The highest overall score of the series (likewise). */
  best: boolean;
}

/** A member's tier: as the dataset gives it, else its name without the series' ("Llama 3.1 70B Instruct" → "70B Instruct"). */
export function tierOf(model: Model, seriesName: string): string {
  if (model.tier) return model.tier;
  const rest = model.name.toLowerCase().startsWith(seriesName.toLowerCase())
    ? model.name.slice(seriesName.length).replace(/^[\s:-]+/, '')
    : '';
  return rest || model.name;
}

/** The members' rows in the series' order, the cheapest and the best marked. */
export function seriesRows(
  seriesName: string,
  members: readonly Model[],
  benchmarks: readonly Benchmark[],
  mix: TokenMix = DEFAULT_TOKEN_MIX,
): SeriesRow[] {
  const rows = members.map((model) => ({
    model,
    tier: tierOf(model, seriesName),
    overall: overallScore(model, benchmarks)?.value,
    blended: model.price && blendedPrice(model.price, mix),
    cheapest: false,
    best: false,
  }));
  const mark = (key: 'cheapest' | 'best', value: (row: SeriesRow) => number | undefined, lowest: boolean) => {
    const valued = rows.filter((row) => value(row) !== undefined);
    if (valued.length < 2) return;
    // On a tie, the first of them: the smaller member, as the series lists them.
    const pick = valued.reduce((a, b) => {
      const [x, y] = [value(a) as number, value(b) as number];
      return (lowest ? y < x : y > x) ? b : a;
    });
    pick[key] = true;
  };
  mark('cheapest', (row) => row.blended, true);
  mark('best', (row) => row.overall, false);
  return rows;
}
