import type { Mention } from './matcher';

/** A labelled mention: its span and what it names, `?family` for a name beyond the dataset. */
export interface ExpectedMention {
  start: number;
  end: number;
  text: string;
  label: string;
}

export interface Evaluation {
  truePositives: number;
  falsePositives: Mention[];
  falseNegatives: ExpectedMention[];
}

/**
 * Whether a found mention names what the label says. A label naming a model the dataset holds
 * must be found as that model. Any other label (`?family`, or a model the dataset lacks) is met
 * by a finding at that span: the name was found, and which record it resolves to is a matter of
 * the dataset's coverage, not of detection.
 */
function agrees(found: Mention, expected: ExpectedMention, knownIds: ReadonlySet<string>): boolean {
  return !knownIds.has(expected.label) || found.modelId === expected.label;
}

/** Compares found mentions with labels over exact spans. */
export function evaluateMentions(
  found: readonly Mention[],
  expected: readonly ExpectedMention[],
  knownIds: ReadonlySet<string>,
): Evaluation {
  const byStart = new Map(expected.map((e) => [`${e.start}:${e.end}`, e]));
  const matched = new Set<ExpectedMention>();
  const falsePositives: Mention[] = [];
  for (const mention of found) {
    const label = byStart.get(`${mention.start}:${mention.end}`);
    if (label && !matched.has(label) && agrees(mention, label, knownIds)) matched.add(label);
    else falsePositives.push(mention);
  }
  return {
    truePositives: matched.size,
    falsePositives,
    falseNegatives: expected.filter((e) => !matched.has(e)),
  };
}

export function precisionRecall(evaluations: readonly Evaluation[]) {
  const tp = evaluations.reduce((n, e) => n + e.truePositives, 0);
  const fp = evaluations.reduce((n, e) => n + e.falsePositives.length, 0);
  const fn = evaluations.reduce((n, e) => n + e.falseNegatives.length, 0);
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}
