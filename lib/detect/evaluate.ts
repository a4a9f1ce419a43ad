import type { Mention } from './matcher';

/**
 * A labelled mention: its span and what it names. The label is a model id, `series:<id>`,
 * `variant:<base model id>`, or `?<name>` for a model named by no known id.
 */
export interface ExpectedMention {
  start: number;
  end: number;
  text: string;
  label: string;
  /** Counts neither way: a finding here is not wrong, and no finding is not a miss. */
  optional?: boolean;
}

/** The ids the dataset holds: a label naming one must be found as it. */
export interface KnownIds {
  models: ReadonlySet<string>;
  series: ReadonlySet<string>;
  /**
   * The models whose card shows a figure (a price, a score, speed or context), and the series with
   * such a member: a known model with none opens a card that says "no data".
   */
  withFigures: ReadonlySet<string>;
}

export interface Evaluation {
  truePositives: number;
  falsePositives: Mention[];
  falseNegatives: ExpectedMention[];
  /** Labelled mentions found as something whose card shows figures: a known model, a variant of one, or a known series, with figures. */
  withFigures: number;
}

/**
 * Whether a found mention names what the label says. A label naming a model or series the dataset
 * holds must be found as that model, variant base or series. Any other label (`?name`, or an id the
 * dataset lacks) is met by a finding at that span: the name was found, and which record it
 * resolves to is a matter of the dataset's coverage, not of detection.
 */
function agrees(found: Mention, label: string, known: KnownIds): boolean {
  if (label.startsWith('?')) return true;
  if (label.startsWith('series:')) {
    const id = label.slice('series:'.length);
    return !known.series.has(id) || found.seriesId === id;
  }
  if (label.startsWith('variant:')) {
    const id = label.slice('variant:'.length);
    return !known.models.has(id) || found.variantOf === id;
  }
  return !known.models.has(label) || found.modelId === label;
}

/** Whether a found mention opens a card with figures: its model's, its base model's, or its series' members'. */
export function showsFigures(found: Mention, known: KnownIds): boolean {
  const id =
    found.modelId ?? found.variantOf ?? (found.seriesId === undefined ? undefined : `series:${found.seriesId}`);
  return id !== undefined && known.withFigures.has(id);
}

/** Compares found mentions with labels over exact spans. */
export function evaluateMentions(
  found: readonly Mention[],
  expected: readonly ExpectedMention[],
  known: KnownIds,
): Evaluation {
  const bySpan = new Map(expected.map((e) => [`${e.start}:${e.end}`, e]));
  const matched = new Set<ExpectedMention>();
  const falsePositives: Mention[] = [];
  let withFigures = 0;
  for (const mention of found) {
    const label = bySpan.get(`${mention.start}:${mention.end}`);
    if (label?.optional) continue;
    if (label && !matched.has(label) && agrees(mention, label.label, known)) {
      matched.add(label);
      if (showsFigures(mention, known)) withFigures++;
    } else falsePositives.push(mention);
  }
  return {
    truePositives: matched.size,
    falsePositives,
    falseNegatives: expected.filter((e) => !e.optional && !matched.has(e)),
    withFigures,
  };
}

export function precisionRecall(evaluations: readonly Evaluation[]) {
  const tp = evaluations.reduce((n, e) => n + e.truePositives, 0);
  const fp = evaluations.reduce((n, e) => n + e.falsePositives.length, 0);
  const fn = evaluations.reduce((n, e) => n + e.falseNegatives.length, 0);
  const figures = evaluations.reduce((n, e) => n + e.withFigures, 0);
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    /** Of the labelled mentions, the share found as something whose card shows figures. */
    figuresRate: tp + fn === 0 ? 1 : figures / (tp + fn),
  };
}
