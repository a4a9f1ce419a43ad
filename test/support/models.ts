import type { Model } from '../../lib/data/schema';

/** A citation for figures made up for a test. */
export const testCitation = { source: 'test', asOf: '2026-01-01' };

/** A text model with only the figures a test gives it. */
export function testModel(id: string, figures: Partial<Model> = {}): Model {
  return {
    id,
    name: id,
    provider: id.split('/')[0] ?? '',
    openWeights: false,
    modalities: { input: ['text'], output: ['text'] },
    aliases: [],
    scores: {},
    ...figures,
  };
}
