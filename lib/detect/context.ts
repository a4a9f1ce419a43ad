import { AI_CONTEXT_MIN_TERMS, countAiTerms } from './ambiguity';
import type { Mention } from './matcher';

/** Whether a text is about AI models: it names one unambiguously, or it uses AI terms. */
export function isAboutAi(mentions: readonly Mention[], text: () => string): boolean {
  return (
    mentions.some((m) => (m.modelId ?? m.variantOf ?? m.seriesId) && !m.ambiguous) ||
    countAiTerms(text()) >= AI_CONTEXT_MIN_TERMS
  );
}

/**
 * Keeps ambiguous mentions ("o3", "Grok 4", "Mistral 7B") only when their context is about AI
 * models; the context text is read only when it is needed.
 */
export function resolveAmbiguity(mentions: readonly Mention[], context: () => string): Mention[] {
  if (!mentions.some((m) => m.ambiguous)) return [...mentions];
  if (isAboutAi(mentions, context)) return [...mentions];
  return mentions.filter((m) => !m.ambiguous);
}
