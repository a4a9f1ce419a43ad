import { AI_CONTEXT_MIN_TERMS, countAiTerms } from './ambiguity';
import type { Mention } from './matcher';

/** Whether a text is about AI models: it names one unambiguously, or it uses AI terms. */
export function isAboutAi(mentions: readonly Mention[], text: () => string): boolean {
  return (
    mentions.some((m) => (m.modelId ?? m.variantOf ?? m.seriesId) && !m.ambiguous) ||
    countAiTerms(text()) >= AI_CONTEXT_MIN_TERMS
  );
}
