import { type Hit, TextNodeWalk } from './scan';

/**
 * The names found on the page, by text node, and how often each known model is named by those
 * that count (are underlined and hoverable: not held back). Whether a name counts is kept on
 * the name itself: sets of hundreds of thousands of names would cost more than the names.
 */
export function createPageHits(ownHost: Element | undefined) {
  const byNode = new Map<Text, readonly Hit[]>();
  const modelCounts = new Map<string, number>();

  return {
    /** Keeps the names found in a text node. */
    keep(node: Text, hits: readonly Hit[]): void {
      byNode.set(node, hits);
    },
    /** Forgets a text node's names, giving back those it had. */
    take(node: Text): readonly Hit[] | undefined {
      const hits = byNode.get(node);
      if (hits) byNode.delete(node);
      return hits;
    },
    count(hit: Hit): void {
      hit.counted = true;
      if (hit.modelId) modelCounts.set(hit.modelId, (modelCounts.get(hit.modelId) ?? 0) + 1);
    },
    /** Stops counting a name; whether it counted. */
    uncount(hit: Hit): boolean {
      if (!hit.counted) return false;
      hit.counted = false;
      if (hit.modelId) {
        const left = (modelCounts.get(hit.modelId) ?? 1) - 1;
        if (left > 0) modelCounts.set(hit.modelId, left);
        else modelCounts.delete(hit.modelId);
      }
      return true;
    },
    /** Every name that counts. */
    *counted(): Generator<Hit> {
      for (const hits of byNode.values()) for (const hit of hits) if (hit.counted) yield hit;
    },
    /** The text nodes with names, to drop those no longer on the page. */
    nodes: () => byNode.keys(),
    get size(): number {
      return byNode.size;
    },
    /** The counted hit at an offset of a text node, if any. */
    hitAt(node: Text, offset: number): Hit | undefined {
      return byNode.get(node)?.find((h) => offset >= h.start && offset <= h.end && h.counted);
    },
    /** The counted hits under an element, in document order. */
    hitsUnder(element: Element): Hit[] {
      const hits: Hit[] = [];
      const walk = new TextNodeWalk(element, ownHost);
      for (let node = walk.next(); node; node = walk.next()) {
        for (const hit of byNode.get(node) ?? []) if (hit.counted) hits.push(hit);
      }
      return hits;
    },
    /** Of the given models, the one the page names most (the first of those named as often); none if none is named. */
    mostNamed(modelIds: Iterable<string>): string | undefined {
      let best: { id: string; count: number } | undefined;
      for (const id of modelIds) {
        const count = modelCounts.get(id) ?? 0;
        if (count > (best?.count ?? 0)) best = { id, count };
      }
      return best?.id;
    },
    /** How often each known model is named. */
    modelCounts: modelCounts as ReadonlyMap<string, number>,
  };
}
