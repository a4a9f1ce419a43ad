import { storage } from 'wxt/utils/storage';
import type { TokenMix, TokenUsage } from '../compare/cost';

/** The reader's token mix and monthly volume, for blended prices and cost estimates. */
export interface CostSettings {
  /** Input tokens / all tokens, 0–1: 0.75 is the 3:1 mix comparison sites quote. */
  inputShare: number;
  /** Cached input tokens / input tokens, 0–1. */
  cachedShare: number;
  monthlyInputTokens: number;
  monthlyOutputTokens: number;
}

export const DEFAULT_COST_SETTINGS: CostSettings = {
  inputShare: 0.75,
  cachedShare: 0,
  monthlyInputTokens: 100_000_000,
  monthlyOutputTokens: 33_000_000,
};

export const costSettings = storage.defineItem<CostSettings>('local:costSettings', {
  fallback: DEFAULT_COST_SETTINGS,
  version: 1,
});

export function tokenMixOf(settings: CostSettings): TokenMix {
  return { inputShare: settings.inputShare, cachedShare: settings.cachedShare };
}

export function tokenUsageOf(settings: CostSettings): TokenUsage {
  return {
    inputTokens: settings.monthlyInputTokens,
    outputTokens: settings.monthlyOutputTokens,
    cachedShare: settings.cachedShare,
  };
}
