import { guarded } from './guarded';
import { whenVisible } from './visibility';

/** What is watched: text and structure, and elements made editable (or no longer), which changes what may be underlined in them. */
const WATCHED = { childList: true, subtree: true, characterData: true, attributeFilter: ['contenteditable'] };

export interface ChangeQueueOptions {
  doc: Document;
  signal: AbortSignal;
  /** The extension's own element: adding or removing it is no change of the page's. */
  ownHost: Element;
  /** Applies a batch of the page's changes. */
  apply(records: MutationRecord[]): Promise<void>;
}

/**
 * The page's changes, collected as they come and applied in batches, and any other page work,
 * all in one queue: in order, one piece at a time, and only while the tab is visible. A failed
 * piece is logged; the next still runs.
 */
export function createChangeQueue({ doc, signal, ownHost, apply }: ChangeQueueOptions) {
  let pending: MutationRecord[] = [];
  let applying: Promise<void> = Promise.resolve();

  function enqueue(work: () => Promise<void>): void {
    applying = applying
      .then(() => whenVisible(doc, signal))
      .then(work)
      .catch((error: unknown) => console.warn('[ModelPeek]', error));
  }

  /** Whether the nodes are our own card host at most; stops at the first other (a page part can add thousands). */
  function onlyOurs(nodes: NodeList): boolean {
    for (const node of nodes) if (node !== ownHost) return false;
    return true;
  }

  async function flush() {
    const batch = pending;
    pending = [];
    if (!signal.aborted) await apply(batch);
  }

  const observer = new MutationObserver(
    guarded((records: MutationRecord[]) => {
      const relevant = records.filter(
        (r) => r.type !== 'childList' || !onlyOurs(r.addedNodes) || !onlyOurs(r.removedNodes),
      );
      if (relevant.length === 0) return;
      const first = pending.length === 0;
      // One at a time: a page that adds 100,000 nodes in one go sends as many records, too many to spread.
      for (const record of relevant) pending.push(record);
      if (first) enqueue(flush);
    }),
  );
  signal.addEventListener('abort', () => observer.disconnect());

  return {
    /** Watches a document or shadow root for changes. */
    observe(root: Node): void {
      observer.observe(root, WATCHED);
    },
    enqueue,
  };
}
