import type { Benchmark, BenchmarkCategory, Model } from '../data/schema';
import { formatRatio, formatSpeed, formatUsd } from '../format/numbers';
import { blendedPrice, DEFAULT_TOKEN_MIX, formatBlendedUsd, type TokenMix } from './cost';
import { categoryScores, headToHead } from './overall';

/** Score differences within this many points are too close to call. */
export const CLOSE_POINTS = 1;
/** Price and speed ratios within this of 1 are too close to call. */
export const CLOSE_RATIO = 0.05;

export const CATEGORY_WORDS: Record<BenchmarkCategory, string> = {
  knowledge: 'knowledge',
  reasoning: 'reasoning',
  math: 'math',
  coding: 'coding',
  agentic: 'agentic work',
  'instruction-following': 'instruction following',
  multimodal: 'multimodal input',
  multilingual: 'multilingual work',
  composite: 'composite indices',
};

export type Topic = 'knowledge' | 'coding' | 'instruction-following' | 'price' | 'speed';
export const TOPICS: readonly Topic[] = ['knowledge', 'coding', 'instruction-following', 'price', 'speed'];

/** One answer to "which is better for …". */
export interface BetterFor {
  topic: Topic;
  /** "knowledge", "price". */
  label: string;
  outcome: 'winner' | 'too-close' | 'no-data';
  winner?: Model;
  /** The margin in words: "by 11.5 points", "4.0× cheaper at your token mix". */
  margin?: string;
  /** The figures behind it: "76.9 vs 65.4". */
  figures?: string;
}

interface CategoryLead {
  category: BenchmarkCategory;
  leader: Model;
  points: number;
  /** Benchmarks of the category both models have: the evidence behind the lead. */
  shared: number;
  figures: string;
}

function categoryLeads(a: Model, b: Model, benchmarks: readonly Benchmark[]): Map<BenchmarkCategory, CategoryLead> {
  const scoresB = categoryScores(b, benchmarks);
  const leads = new Map<BenchmarkCategory, CategoryLead>();
  for (const x of categoryScores(a, benchmarks)) {
    const y = scoresB.find((c) => c.category === x.category);
    if (!y) continue;
    const points = x.value - y.value;
    leads.set(x.category, {
      category: x.category,
      leader: points >= 0 ? a : b,
      points: Math.abs(points),
      shared: x.benchmarks.filter((id) => y.benchmarks.includes(id)).length,
      figures: `${x.value.toFixed(1)} vs ${y.value.toFixed(1)}`,
    });
  }
  return leads;
}

interface RatioLead {
  leader: Model;
  ratio: number;
  figures: string;
}

/** Which of two figures is better, by how many times; `lowerIsBetter` for prices. */
function ratioLead(
  a: Model,
  b: Model,
  x: number | undefined,
  y: number | undefined,
  lowerIsBetter: boolean,
  show: (n: number) => string,
): RatioLead | undefined {
  if (x === undefined || y === undefined) return undefined;
  const aWins = lowerIsBetter ? x <= y : x >= y;
  const [best, worst] = aWins ? [x, y] : [y, x];
  const ratio = lowerIsBetter ? (best === 0 ? (worst === 0 ? 1 : Infinity) : worst / best) : best / worst;
  return { leader: aWins ? a : b, ratio, figures: `${show(x)} vs ${show(y)}` };
}

const priceLead = (a: Model, b: Model, mix: TokenMix) =>
  ratioLead(a, b, a.price && blendedPrice(a.price, mix), b.price && blendedPrice(b.price, mix), true, formatBlendedUsd);
const outputPriceLead = (a: Model, b: Model) => ratioLead(a, b, a.price?.output, b.price?.output, true, formatUsd);
const speedLead = (a: Model, b: Model) =>
  ratioLead(a, b, a.speed?.outputTokensPerSecond, b.speed?.outputTokensPerSecond, false, formatSpeed);

const close = (lead: RatioLead) => lead.ratio < 1 + CLOSE_RATIO;
const times = (ratio: number) => (ratio === Infinity ? 'free' : formatRatio(ratio));

/** Answers to "which is better for knowledge / coding / instruction following / price / speed". */
export function betterFor(
  a: Model,
  b: Model,
  benchmarks: readonly Benchmark[],
  mix: TokenMix = DEFAULT_TOKEN_MIX,
): BetterFor[] {
  const leads = categoryLeads(a, b, benchmarks);
  return TOPICS.map((topic): BetterFor => {
    if (topic === 'price' || topic === 'speed') {
      const lead = topic === 'price' ? priceLead(a, b, mix) : speedLead(a, b);
      const label = topic;
      if (!lead) return { topic, label, outcome: 'no-data' };
      if (close(lead)) return { topic, label, outcome: 'too-close', figures: lead.figures };
      const margin =
        topic === 'price'
          ? lead.ratio === Infinity
            ? 'free at your token mix'
            : `${times(lead.ratio)} cheaper at your token mix`
          : `${times(lead.ratio)} faster output`;
      return { topic, label, outcome: 'winner', winner: lead.leader, margin, figures: lead.figures };
    }
    const label = CATEGORY_WORDS[topic];
    const lead = leads.get(topic);
    if (!lead) return { topic, label, outcome: 'no-data' };
    if (lead.points < CLOSE_POINTS) return { topic, label, outcome: 'too-close', figures: lead.figures };
    const margin = `by ${lead.points.toFixed(1)} points`;
    return { topic, label, outcome: 'winner', winner: lead.leader, margin, figures: lead.figures };
  });
}

/** The category a model leads in that a reader can trust most: most shared benchmarks, then widest margin. */
function bestCategory(model: Model, leads: Iterable<CategoryLead>): CategoryLead | undefined {
  return [...leads]
    .filter((lead) => lead.leader === model && lead.points >= CLOSE_POINTS)
    .sort((x, y) => y.shared - x.shared || y.points - x.points)[0];
}

interface Strengths {
  category?: CategoryLead;
  /** "about 4.0× cheaper on output". */
  cheaper?: string;
  /** "2.1× faster output". */
  faster?: string;
}

function strengthsOf(model: Model, a: Model, b: Model, leads: Map<BenchmarkCategory, CategoryLead>, mix: TokenMix) {
  const strengths: Strengths = { category: bestCategory(model, leads.values()) };
  const price = priceLead(a, b, mix);
  if (price && !close(price) && price.leader === model) {
    // The output price is the one readers quote; when it does not agree, say what the blend says.
    const output = outputPriceLead(a, b);
    strengths.cheaper =
      output && !close(output) && output.leader === model
        ? `about ${times(output.ratio)} cheaper on output`
        : `about ${times(price.ratio)} cheaper at your token mix`;
  }
  const speed = speedLead(a, b);
  if (speed && !close(speed) && speed.leader === model) strengths.faster = `${times(speed.ratio)} faster output`;
  return strengths;
}

const hasAny = (s: Strengths) => Boolean(s.category || s.cheaper || s.faster);

function clause(model: Model, s: Strengths): string {
  const reasons = [
    s.category && `if ${CATEGORY_WORDS[s.category.category]} matters most`,
    s.cheaper && s.faster
      ? 'for the cheaper token bill and speed'
      : s.cheaper
        ? 'for the cheaper token bill'
        : undefined,
    !s.cheaper && s.faster ? 'for speed' : undefined,
  ].filter(Boolean);
  const details = [s.cheaper, s.faster].filter(Boolean);
  return `${model.name} ${reasons.join(', and ')}${details.length ? ` — ${details.join(', ')}` : ''}`;
}

/**
 * A one-line verdict, as comparison sites write them: "A if knowledge matters most; B for the
 * cheaper token bill — about 4.0× cheaper on output." Only figures both models have are used.
 */
export function verdict(a: Model, b: Model, benchmarks: readonly Benchmark[], mix: TokenMix = DEFAULT_TOKEN_MIX) {
  const leads = categoryLeads(a, b, benchmarks);
  const sa = strengthsOf(a, a, b, leads, mix);
  const sb = strengthsOf(b, a, b, leads, mix);
  if (hasAny(sa) && hasAny(sb)) return `${clause(a, sa)}; ${clause(b, sb)}.`;
  const [winner, s] = hasAny(sa) ? [a, sa] : [b, sb];
  if (hasAny(s)) {
    const categories = [...leads.values()]
      .filter((lead) => lead.leader === winner && lead.points >= CLOSE_POINTS)
      .sort((x, y) => y.shared - x.shared || y.points - x.points)
      .slice(0, 2)
      .map((lead) => `${CATEGORY_WORDS[lead.category]} (+${lead.points.toFixed(1)})`);
    const points = [categories.length ? `ahead on ${categories.join(' and ')}` : undefined, s.cheaper, s.faster];
    return `${winner.name} wherever they differ: ${points.filter(Boolean).join(', ')}.`;
  }
  const comparable = leads.size > 0 || priceLead(a, b, mix) || speedLead(a, b);
  return comparable ? 'Too close to call on the figures both have.' : 'No figures in common to compare.';
}

/**
 * The card's one line against its comparison target, from the overall scores and the blended
 * prices: "stronger, at 4.0× the price", "weaker, but 4.0× cheaper". Undefined when the two have
 * neither figure in common.
 */
export function cardVerdict(
  model: Model,
  target: Model,
  benchmarks: readonly Benchmark[],
  mix: TokenMix = DEFAULT_TOKEN_MIX,
): string | undefined {
  // Head to head: over the benchmarks both have, so neither is judged on what the other lacks.
  const scores = headToHead(model, target, benchmarks);
  const points = scores && scores.a.value - scores.b.value;
  const strength =
    points === undefined
      ? undefined
      : points >= CLOSE_POINTS
        ? 'stronger'
        : points <= -CLOSE_POINTS
          ? 'weaker'
          : 'about as strong';
  const lead = priceLead(model, target, mix);
  const cost = !lead
    ? undefined
    : close(lead)
      ? 'at the same price'
      : lead.ratio === Infinity
        ? lead.leader === model
          ? 'free'
          : 'at a price where the other is free'
        : lead.leader === model
          ? `${times(lead.ratio)} cheaper`
          : `at ${times(lead.ratio)} the price`;
  if (!strength || !cost) return strength ?? cost;
  const cheaper = lead?.leader === model && !close(lead);
  return `${strength}${!cheaper ? ', ' : strength === 'weaker' ? ', but ' : ' and '}${cost}`;
}
