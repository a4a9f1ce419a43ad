import type { Benchmark, Model } from '../data/schema';
import { formatRatio, formatSpeed } from '../format/numbers';
import { blendedPrice, DEFAULT_TOKEN_MIX, formatBlendedUsd, type TokenMix } from './cost';
import { categoryScores, headToHead, SCORED_CATEGORIES } from './overall';
import { CATEGORY_WORDS, CLOSE_POINTS, CLOSE_RATIO } from './verdict';

/** A question a reader of "A vs B" asks, answered in plain words from the figures. */
export interface FaqEntry {
  question: string;
  answer: string;
}

const one = (n: number) => n.toFixed(1);

/** Which of two figures leads and by how many times (`lower` for prices); undefined when either is missing. */
function ratio(x: number | undefined, y: number | undefined, lower: boolean) {
  if (x === undefined || y === undefined || x <= 0 || y <= 0) return undefined;
  const first = lower ? x <= y : x >= y;
  return { first, times: first === lower ? y / x : x / y };
}

/**
 * "Which is better, A or B?", "Which is better for math, A or B?" for each category both have
 * scores in, "Which is cheaper?" and "Which is faster?": each answered from the figures both
 * models have, and left out when they have none in common.
 */
export function compareFaq(
  a: Model,
  b: Model,
  benchmarks: readonly Benchmark[],
  mix: TokenMix = DEFAULT_TOKEN_MIX,
): FaqEntry[] {
  const pair = `${a.name} or ${b.name}`;
  const entries: FaqEntry[] = [];
  // Head to head: over the benchmarks both have, so neither is judged on what the other lacks.
  const both = headToHead(a, b, benchmarks);
  const shared = both && {
    a: both.a.value,
    b: both.b.value,
    points: both.a.value - both.b.value,
    count: both.a.categories.length,
  };
  const [pa, pb] = [a.price && blendedPrice(a.price, mix), b.price && blendedPrice(b.price, mix)];
  const price = ratio(pa, pb, true);
  const cheaper = price && price.times >= 1 + CLOSE_RATIO ? (price.first ? a : b) : undefined;

  const stronger = !shared || Math.abs(shared.points) < CLOSE_POINTS ? undefined : shared.points > 0 ? a : b;
  const across = shared && (shared.count === 1 ? 'the one category' : `the ${shared.count} categories`);
  const parts = [
    !shared
      ? undefined
      : stronger
        ? `${stronger.name} scores higher on ${across} both have data for, ${one(Math.max(shared.a, shared.b))} to ${one(Math.min(shared.a, shared.b))}.`
        : `They score about the same on ${across} both have data for, ${one(shared.a)} and ${one(shared.b)}.`,
    cheaper && price ? `${cheaper.name} costs ${formatRatio(price.times)} less at your token mix.` : undefined,
    stronger && cheaper && stronger !== cheaper
      ? `Pick ${stronger.name} when quality matters most, ${cheaper.name} when cost does.`
      : stronger && (cheaper === stronger || !cheaper)
        ? `${stronger.name} is the better pick on these figures.`
        : undefined,
  ].filter(Boolean);
  if (parts.length) entries.push({ question: `Which is better, ${pair}?`, answer: parts.join(' ') });

  const [ca, cb] = [categoryScores(a, benchmarks), categoryScores(b, benchmarks)];
  for (const category of SCORED_CATEGORIES) {
    const x = ca.find((c) => c.category === category);
    const y = cb.find((c) => c.category === category);
    if (!x || !y) continue;
    const words = CATEGORY_WORDS[category];
    const names = [...new Set([...x.benchmarks, ...y.benchmarks])]
      .map((id) => benchmarks.find((bench) => bench.id === id)?.shortName ?? id)
      .join(', ');
    const points = x.value - y.value;
    const [leader, high, low] = points >= 0 ? [a, x.value, y.value] : [b, y.value, x.value];
    entries.push({
      question: `Which is better for ${words}, ${pair}?`,
      answer:
        Math.abs(points) < CLOSE_POINTS
          ? `Too close to call: ${one(x.value)} and ${one(y.value)} on ${words} (${names}).`
          : `${leader.name}, ${one(high)} to ${one(low)} on ${words} (${names}).`,
    });
  }

  if (price && pa !== undefined && pb !== undefined) {
    entries.push({
      question: `Which is cheaper, ${pair}?`,
      answer: cheaper
        ? `${cheaper.name}: ${formatBlendedUsd(Math.min(pa, pb))} against ${formatBlendedUsd(Math.max(pa, pb))} per 1M tokens at your token mix, ${formatRatio(price.times)} less.`
        : `They cost about the same: ${formatBlendedUsd(pa)} and ${formatBlendedUsd(pb)} per 1M tokens at your token mix.`,
    });
  }
  const [sa, sb] = [a.speed?.outputTokensPerSecond, b.speed?.outputTokensPerSecond];
  const speed = ratio(sa, sb, false);
  if (speed && sa !== undefined && sb !== undefined) {
    const faster = speed.first ? a : b;
    entries.push({
      question: `Which is faster, ${pair}?`,
      answer:
        speed.times < 1 + CLOSE_RATIO
          ? `About as fast: ${formatSpeed(sa)} and ${formatSpeed(sb)}.`
          : `${faster.name}: ${formatSpeed(Math.max(sa, sb))} against ${formatSpeed(Math.min(sa, sb))}, ${formatRatio(speed.times)} faster.`,
    });
  }
  return entries;
}
