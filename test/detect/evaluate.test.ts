import { describe, expect, it } from 'vitest';
import { evaluateMentions, type KnownIds, precisionRecall } from '../../lib/detect/evaluate';
import type { Mention } from '../../lib/detect/matcher';

const known: KnownIds = {
  models: new Set(['openai/gpt-4o', 'lmsys/vicuna-7b-v1.3']),
  series: new Set(['vicuna', 'empty']),
  withFigures: new Set(['openai/gpt-4o', 'series:vicuna']),
};
const found = (start: number, named: Partial<Mention>): Mention => ({
  start,
  end: start + 1,
  text: 'x',
  modelId: null,
  ...named,
});
const label = (start: number, text: string) => ({ start, end: start + 1, text: 'x', label: text });

describe('evaluateMentions', () => {
  it('counts a name with figures only where its card shows one', () => {
    const evaluation = evaluateMentions(
      [
        found(0, { modelId: 'openai/gpt-4o' }),
        found(2, { modelId: 'lmsys/vicuna-7b-v1.3' }),
        found(4, { variantOf: 'openai/gpt-4o' }),
        found(6, { seriesId: 'vicuna' }),
        found(8, { seriesId: 'empty' }),
        found(10, { family: 'tigerbot' }),
      ],
      [
        label(0, 'openai/gpt-4o'),
        label(2, 'lmsys/vicuna-7b-v1.3'),
        label(4, 'variant:openai/gpt-4o'),
        label(6, 'series:vicuna'),
        label(8, 'series:empty'),
        label(10, '?tigerbot'),
      ],
      known,
    );
    expect(evaluation.truePositives).toBe(6);
    // GPT-4o, its variant and the Vicuna series; not a known model or series without figures, nor a name beyond the dataset.
    expect(evaluation.withFigures).toBe(3);
    expect(precisionRecall([evaluation]).figuresRate).toBe(0.5);
  });

  it('finds a known model wrong when found as another, and a miss unfound', () => {
    const evaluation = evaluateMentions(
      [found(0, { modelId: 'lmsys/vicuna-7b-v1.3' })],
      [label(0, 'openai/gpt-4o'), label(2, 'series:vicuna')],
      known,
    );
    expect([evaluation.truePositives, evaluation.falsePositives.length, evaluation.falseNegatives.length]).toEqual([
      0, 1, 2,
    ]);
  });
});
