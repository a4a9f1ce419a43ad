import { isAboutAi } from '../detect/context';
import type { Mention } from '../detect/matcher';

/** No text: whether a batch of names settles it is decided by the names alone. */
const NO_TEXT = () => '';

/**
 * Ambiguous names ("o3", "Grok 4", "Mistral 7B") held back until the page shows it is about AI
 * models: once it names a model unambiguously, or, when a scan ends with names still held, once
 * the text around them uses AI terms. The decision is `isAboutAi` (lib/detect/context.ts), the
 * rule the scan command applies to a whole file; this keeps what waits for it.
 */
export function createHoldBack<H extends Mention & { node: Node }>(options: {
  /** Text around the held names that tells whether the page is about AI (read only when needed). */
  context?: (held: readonly H[]) => string;
  /** Counts a name: it is underlined and hoverable. */
  count(hit: H): void;
}) {
  let aboutAi = false;
  const held = new Set<H>();

  function settle() {
    aboutAi = true;
    // Those whose text has left the page meanwhile are dropped with it.
    for (const hit of held) if (hit.node.isConnected) options.count(hit);
    held.clear();
  }

  return {
    /** Takes the names found in one text: counts those that may count now, holds the others. */
    take(hits: readonly H[]): void {
      if (!aboutAi && isAboutAi(hits, NO_TEXT)) settle();
      for (const hit of hits) {
        if (hit.ambiguous && !aboutAi) held.add(hit);
        else options.count(hit);
      }
    },
    /** Drops a name no longer on the page; whether it was held. */
    drop(hit: H): boolean {
      return held.delete(hit);
    },
    /** After a scan: the text around the names still held may settle that the page is about AI. */
    checkContext(): void {
      const { context } = options;
      if (aboutAi || held.size === 0 || !context) return;
      if (isAboutAi([], () => context([...held]))) settle();
    },
  };
}
