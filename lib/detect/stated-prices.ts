import { MAX_PRICE_PER_MILLION } from '../data/categories';

/** Which part of the token bill a page's price is for; `unsided` when the words name none. */
export type PriceSide = 'input' | 'output' | 'cached' | 'unsided';

/** A price a page states, per 1M tokens whatever unit the page wrote it in. */
export interface StatedPrice {
  side: PriceSide;
  usdPerMillion: number;
  /** The page's words it was read from ("$5.00 per 1M input tokens"). */
  text: string;
}

/**
 * A figure: "$5", "US$0.15", "5 USD", "0.2 cents", "1,000". Never part of a name or a word
 * ("gpt-4.1", "8B", "v2") and never money in thousands or millions ("$5M").
 */
const AMOUNT =
  /(?<![\w.$-])(US\$|\$|USD ?)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+)( ?(?:USD|¢|cents?))?(?![\w.]*\d|[a-z])/gi;

/**
 * A price's unit: "per 1M tokens", "/M", "/ MTok", "per million input tokens", "per 1K",
 * "per 1,000 tokens", "per token". It needs a size or the word token: "per 1000" alone, "/month"
 * or "/min" are not token prices.
 */
const UNIT =
  /(?:\/|\bper\b|\bfor(?: every)?\b|\bevery\b) ?(?:(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?) ?)?(k|m|thousand|million|mtoks?|ktoks?)?\b ?(?:(input|output|prompt|completion|cached input) )?(tokens?|toks?\b)?/gi;

/** Whether a piece of text holds a figure at all. */
const AMOUNT_TEST = /\d/;

/** Words naming a side of the bill, as a clause uses them: "input: $3", "output at $15", "cache writes". */
const SIDE_WORD =
  /\b(?:(cached? (?:input|reads?|hits?)|cache (?:reads?|hits?)|cached)|(cache writes?)|(input|prompt)|(output|completion))\b/gi;

/** A side right after a figure and its unit: "$0.15/M in", "$2.50 input", "$10 output". */
const OWN_SIDE = /^ ?(?:of )?(input|prompt|in|output|completion|out)\b/i;

/** Dollars named once for a clause's bare figures: "Input ($/1M tokens): 5.00". */
const DOLLARS_PER = /(?:\$|USD) ?(?:\/|per\b)/i;

/**
 * Words that say the text's prices are not a model's list price per token (another currency, a
 * batch or fine-tuning price, per image or per month) or are past: such a text is left alone.
 */
const NOT_LIST_PRICE =
  /[€£¥₹]|\b(?:EUR|GBP|CNY|RMB|JPY|INR|batch|fine-?tun\w*|training|(?:audio|image) (?:input|output|tokens?)|per (?:image|hour|minute|second|request|search)|month|discount|was|were|used to|previously|formerly|(?:down|up|reduced|cut|raised) from)\b/i;

/** Where one clause ends: these separators, commas not inside a number, and contrasting words. */
const CLAUSE_BREAK = /[;·•|]|,(?! ?\d{3}\b)| (?:while|whereas|but|vs\.?|versus|compared (?:to|with)) /i;

interface Unit {
  start: number;
  end: number;
  /** Tokens the price is for. */
  tokens: number;
  side?: PriceSide;
}

interface Figure {
  start: number;
  end: number;
  value: number;
  hasCurrency: boolean;
  unit?: Unit;
  /** Null: a price on neither side of the bill (a cache write), left out. */
  side?: PriceSide | null;
}

const MAGNITUDES: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6 };

function sideOf(word: string): PriceSide {
  const lower = word.toLowerCase();
  if (lower.startsWith('cache')) return 'cached';
  return lower === 'output' || lower === 'completion' || lower === 'out' ? 'output' : 'input';
}

function unitsIn(clause: string): Unit[] {
  const units: Unit[] = [];
  for (const match of clause.matchAll(UNIT)) {
    const [whole, count, magnitude, side, token] = match;
    if (!magnitude && !token) continue;
    const size = magnitude?.toLowerCase().replace(/toks?$/, '') ?? '';
    const tokens = (count ? Number(count.replace(/,/g, '')) : 1) * (MAGNITUDES[size] ?? 1);
    if (!(tokens > 0)) continue;
    units.push({
      start: match.index,
      end: match.index + whole.trimEnd().length,
      tokens,
      side: side ? sideOf(side) : undefined,
    });
  }
  return units;
}

function figuresIn(clause: string, units: readonly Unit[]): Figure[] {
  const dollars = DOLLARS_PER.test(clause);
  const figures: Figure[] = [];
  for (const match of clause.matchAll(AMOUNT)) {
    const [whole, prefix, number = '', suffix] = match;
    const start = match.index;
    // The count of a unit ("per 1,000 tokens") is not a price.
    if (units.some((u) => start >= u.start && start < u.end)) continue;
    let end = start + whole.length;
    const value = Number(number.replace(/,/g, '')) / (/¢|cent/i.test(suffix ?? '') ? 100 : 1);
    // Its own unit starts right after it ("$5 per 1M", "$0.15/M").
    const unit = units.find((u) => u.start >= end && u.start <= end + 1);
    if (unit) end = unit.end;
    const own = unit?.side ? undefined : OWN_SIDE.exec(clause.slice(end));
    if (own) end += own[0].length;
    const side = unit?.side ?? (own?.[1] ? sideOf(own[1]) : undefined);
    figures.push({ start, end, value, hasCurrency: Boolean(prefix || suffix || dollars), unit, side });
  }
  return figures;
}

/** The one unit a stretch of text names, if it names exactly one (prices often share theirs). */
function soleUnit(units: readonly Unit[]): Unit | undefined {
  return new Set(units.map((u) => u.tokens)).size === 1 ? units[0] : undefined;
}

/**
 * Gives each priced figure of one clause its side. A figure that names its own side keeps it;
 * the others take the clause's side words in order when there are as many as figures ("input and
 * output cost $5 and $15"); two figures with neither read "input / output" ("$5 / $15 per
 * million"); a lone figure is unsided when the whole text names no side. Anything else cannot be tied.
 */
function assignSides(clause: string, figures: readonly Figure[], sided: boolean): void {
  const open = figures.filter((f) => f.side === undefined);
  if (open.length === 0) return;
  const words: (PriceSide | null)[] = [];
  for (const match of clause.matchAll(SIDE_WORD)) {
    // Inside a figure's own words ("per 1M input tokens"), a side word is that figure's.
    if (figures.some((f) => match.index >= f.start && match.index < f.end)) continue;
    words.push(match[1] ? 'cached' : match[2] ? null : match[3] ? 'input' : 'output');
  }
  const [first, second] = open;
  if (words.length === open.length) {
    open.forEach((figure, i) => {
      figure.side = words[i];
    });
  } else if (words.length === 0 && open.length === 2 && first && second) {
    if (/^ ?\/ ?$/.test(clause.slice(first.end, second.start))) [first.side, second.side] = ['input', 'output'];
  } else if (!sided && open.length === 1 && first) first.side = 'unsided';
}

/**
 * The token prices a stretch of page text states (a sentence, a list item, a table row read with
 * its column headers), each converted to USD per 1M tokens. Pure and conservative: a figure with
 * no token unit (its own, its clause's or the whole text's), in another currency, outside the
 * range any model costs, said to be past, or that cannot be tied to one side of the bill when
 * the words name sides, is left out.
 */
export function readStatedPrices(text: string): StatedPrice[] {
  const flat = text.replace(/\s+/g, ' ');
  if (NOT_LIST_PRICE.test(flat)) return [];
  const clauses = withFigures(flat.split(CLAUSE_BREAK));
  const shared = soleUnit(clauses.flatMap(unitsIn));
  const read = clauses.map((clause) => {
    const units = unitsIn(clause);
    const clauseUnit = soleUnit(units) ?? shared;
    const figures = figuresIn(clause, units).filter((figure) => {
      // A bare number is a price only with its own unit ("0.002 per 1K tokens").
      if (!figure.hasCurrency && !figure.unit) return false;
      figure.unit ??= clauseUnit;
      return figure.unit !== undefined;
    });
    return { clause, figures };
  });
  const sided = flat.search(SIDE_WORD) >= 0 || read.some(({ figures }) => figures.some((f) => f.side));
  const prices: (StatedPrice & { tied: boolean })[] = [];
  for (const { clause, figures } of read) {
    assignSides(clause, figures, sided);
    for (const { side, unit, value, start, end } of figures) {
      if (side === null) continue;
      const usdPerMillion = (value * 1e6) / (unit?.tokens ?? 1);
      if (usdPerMillion > 0 && usdPerMillion <= MAX_PRICE_PER_MILLION) {
        prices.push({ side: side ?? 'unsided', usdPerMillion, text: clause.slice(start, end).trim(), tied: !!side });
      }
    }
  }
  // A price left untied makes the others doubtful ("$1, $2 and $3 per 1M input tokens" lists
  // several models' prices), unless it restates one of them ("$5 per 1M input tokens, $0.005 per 1K").
  const tied = prices.filter((p) => p.tied);
  const restates = (p: StatedPrice) => tied.some((t) => Math.abs(t.usdPerMillion - p.usdPerMillion) < 1e-9);
  return prices.every((p) => p.tied || restates(p)) ? tied.map(({ tied: _, ...price }) => price) : [];
}

/**
 * The clauses, each one without a figure joined to the next: "input, output and cached input
 * cost $5 and $15" is one list of sides, not three clauses.
 */
function withFigures(pieces: readonly string[]): string[] {
  const clauses: string[] = [];
  let carried = '';
  for (const piece of pieces) {
    carried += piece;
    if (AMOUNT_TEST.test(piece)) {
      clauses.push(carried);
      carried = '';
    } else carried += ', ';
  }
  return clauses;
}
