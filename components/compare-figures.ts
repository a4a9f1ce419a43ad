import { blendedPrice, formatBlendedUsd, mixRatio, type TokenMix } from '../lib/compare/cost';
import type { Citation, Model } from '../lib/data/schema';
import { formatSeconds, formatSpeed, formatTokens, formatUsd } from '../lib/format/numbers';

/** One operational figure as the comparison tables show it. */
export interface Figure {
  key: string;
  label: string;
  value(model: Model): number | undefined;
  show(value: number, model: Model): string;
  cite(model: Model): Citation | undefined;
  /** Which way is better for the reader; undefined when neither is (a release date). */
  better?: 'lower' | 'higher';
  /** How the winner is better, given the ratio: "4.0× cheaper". */
  words?: string;
}

/** "3:1" for an input share of 0.75, with the cached share when there is one. */
export function mixLabel(mix: TokenMix): string {
  const cached = mix.cachedShare > 0 ? `, ${Math.round(mix.cachedShare * 100)}% cached` : '';
  return `${mixRatio(mix)}${cached}`;
}

/** A price as the tables show it: a retired model's is its last list price, and says so. */
const listPrice = (usd: number, model: Model) =>
  model.status?.stage === 'retired' ? `${formatUsd(usd)} (last list price)` : formatUsd(usd);

const releaseDay = (model: Model) => (model.releaseDate ? Date.parse(`${model.releaseDate}T00:00:00Z`) : undefined);

export function operationalFigures(mix: TokenMix): Figure[] {
  const price = (m: Model) => m.price;
  return [
    {
      key: 'input',
      label: 'Input /1M',
      value: (m) => m.price?.input,
      show: listPrice,
      cite: price,
      better: 'lower',
      words: 'cheaper',
    },
    {
      key: 'output',
      label: 'Output /1M',
      value: (m) => m.price?.output,
      show: listPrice,
      cite: price,
      better: 'lower',
      words: 'cheaper',
    },
    {
      key: 'cached',
      label: 'Cached input /1M',
      value: (m) => m.price?.cachedInput,
      show: formatUsd,
      cite: price,
      better: 'lower',
      words: 'cheaper',
    },
    {
      key: 'blended',
      label: `Blended /1M (${mixLabel(mix)})`,
      value: (m) => m.price && blendedPrice(m.price, mix),
      show: formatBlendedUsd,
      cite: price,
      better: 'lower',
      words: 'cheaper',
    },
    {
      key: 'speed',
      label: 'Output speed',
      value: (m) => m.speed?.outputTokensPerSecond,
      show: formatSpeed,
      cite: (m) => m.speed,
      better: 'higher',
      words: 'faster',
    },
    {
      key: 'ttft',
      label: 'Time to first token',
      value: (m) => m.speed?.timeToFirstTokenSeconds,
      show: formatSeconds,
      cite: (m) => m.speed,
      better: 'lower',
      words: 'quicker',
    },
    {
      key: 'context',
      label: 'Context',
      value: (m) => m.limits?.context,
      show: formatTokens,
      cite: (m) => m.limits,
      better: 'higher',
      words: 'larger',
    },
    {
      key: 'max-output',
      label: 'Max output',
      value: (m) => m.limits?.maxOutput,
      show: formatTokens,
      cite: (m) => m.limits,
      better: 'higher',
      words: 'larger',
    },
    {
      key: 'released',
      label: 'Released',
      value: releaseDay,
      show: (_, m) => m.releaseDate ?? '',
      // A release date is a fact about the model, not a figure from a source.
      cite: () => undefined,
    },
  ];
}

/** Within this ratio two figures are "about the same": no winner is marked. */
const SAME_RATIO = 1.05;

export interface FigureComparison {
  /** Index of the better model, if one is clearly better. */
  winner?: number;
  /** "GPT-4.1 nano: 4.0× cheaper", "about the same", "no data". */
  text: string;
}

/** Which of two models' figures is better for the reader, in words. */
export function compareFigure(figure: Figure, models: readonly [Model, Model]): FigureComparison {
  const [x, y] = models.map((m) => figure.value(m));
  if (x === undefined || y === undefined) return { text: 'no data' };
  if (!figure.better) return { text: x === y ? 'same day' : `${models[x > y ? 0 : 1].name} is newer` };
  const lowerWins = figure.better === 'lower';
  const winner = x === y ? undefined : x < y === lowerWins ? 0 : 1;
  if (winner === undefined) return { text: 'the same' };
  const [best, worst] = winner === 0 ? [x, y] : [y, x];
  const ratio = lowerWins ? (best === 0 ? Infinity : worst / best) : best / worst;
  if (ratio < SAME_RATIO) return { text: 'about the same' };
  const times =
    ratio === Infinity ? 'free, vs paid' : `${ratio < 10 ? ratio.toFixed(1) : Math.round(ratio)}× ${figure.words}`;
  return { winner, text: `${models[winner].name}: ${times}` };
}
