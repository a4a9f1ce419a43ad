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
  /** The model a short name ("Sonnet") names on this page, if the page names one such. */
  resolveShortName?: (hit: H) => string | undefined;
}) {
  let aboutAi = false;
  const held = new Set<H>();
  /** Short names waiting for the page to name the model they stand for. */
  const short = new Set<H>();
  /** The short names a resolution split over turns has still to try. */
  let turn: { hits: H[]; at: number } | undefined;

  function settle() {
    aboutAi = true;
    // Those whose text has left the page meanwhile are dropped with it.
    for (const hit of held) if (hit.node.isConnected) options.count(hit);
    held.clear();
  }

  return {
    /**
     * Takes the names found in one text: counts those that may count now, holds the others;
     * whether they settled it (the names held until now count too).
     */
    take(hits: readonly H[]): boolean {
      const settles = !aboutAi && isAboutAi(hits, NO_TEXT);
      if (settles) settle();
      for (const hit of hits) {
        if (hit.shortName) {
          short.add(hit);
          // A resolution under way tries it too.
          turn?.hits.push(hit);
        } else if (hit.ambiguous && !aboutAi) held.add(hit);
        else options.count(hit);
      }
      return settles;
    },
    /** Drops a name no longer on the page; whether it was held. */
    drop(hit: H): boolean {
      return held.delete(hit) || short.delete(hit);
    },
    /**
     * After a scan, on a page about AI: each short name takes the model of that name the page
     * names most ("Sonnet" on a page about Claude 3.5 Sonnet), and counts; without one it waits.
     * A series' short name ("Vicuna") stays the series', and counts once the page names one of its models.
     * A page can hold thousands: `stop` ends a turn early, the next call goes on where it stopped.
     * Whether every short name was tried.
     */
    resolveShortNames(stop: () => boolean = () => false): boolean {
      if (!aboutAi || short.size === 0 || !options.resolveShortName) return true;
      turn ??= { hits: [...short], at: 0 };
      while (turn.at < turn.hits.length) {
        const hit = turn.hits[turn.at++] as H;
        // Dropped meanwhile, or counted by a turn before.
        if (!short.has(hit)) continue;
        const modelId = hit.node.isConnected ? options.resolveShortName(hit) : undefined;
        if (modelId) {
          short.delete(hit);
          if (!hit.seriesId) hit.modelId = modelId;
          options.count(hit);
        }
        if (turn.at < turn.hits.length && stop()) return false;
      }
      turn = undefined;
      return true;
    },
    /** After a scan: the text around the names still held may settle that the page is about AI. */
    checkContext(): void {
      const { context } = options;
      if (aboutAi || held.size === 0 || !context) return;
      if (isAboutAi([], () => context([...held]))) settle();
    },
  };
}
