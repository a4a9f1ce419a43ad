import { GPT_41_ON_OPENROUTER, openRouterAnswer, openRouterModel } from './source-shapes';

/**
 * What browser tests serve in OpenRouter's place, and the settings that point ModelPeek at it.
 * The answer is in the models API's real shape, with GPT-4.1 mini's output price cut from $1.60
 * to $0.80 (a card showing $0.80 took it).
 */
export const openRouterPriceCut = openRouterAnswer(
  openRouterModel('openai/gpt-4.1-mini', {
    canonical_slug: 'openai/gpt-4.1-mini-2025-04-14',
    name: 'OpenAI: GPT-4.1 Mini',
    created: 1744651381,
    description: 'GPT-4.1 Mini is a mid-sized model.',
    ...GPT_41_ON_OPENROUTER,
    pricing: { prompt: '0.0000004', completion: '0.0000008', input_cache_read: '0.0000001' },
  }),
);

/**
 * The storage the options page writes when OpenRouter is the one live source on, fetched from
 * `url`, with the settings' version beside them as the extension's storage library keeps it.
 */
export function onlyOpenRouterFrom(url: string) {
  return {
    sourceSettings: {
      enabled: { published: false, openrouter: true, litellm: false, custom: false },
      urls: { openrouter: url },
      intervalHours: 12,
    },
    sourceSettings$: { v: 2 },
  };
}
