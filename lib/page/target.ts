import type { Hit } from './scan';

/** The elements that make one "block" of text: a table row (as a whole), a list item, a paragraph. */
const BLOCK_SELECTOR = 'li, p, dt, dd, h1, h2, h3, h4, h5, h6, blockquote, figcaption, caption, summary, pre';

export function blockOf(node: Node): Element | null {
  const parent = node.parentElement;
  return parent?.closest('tr') ?? parent?.closest(BLOCK_SELECTOR) ?? parent ?? null;
}

export interface TargetSources {
  /** The counted hits under an element, in document order. */
  hitsUnder(element: Element): Hit[];
  /** The known models the page names. */
  modelCounts: ReadonlyMap<string, number>;
}

/**
 * The model the hovered one is compared with: the reader's pinned baseline; else the nearest
 * other model in the same block; else the only other model on the page; else none.
 */
export function pickComparisonTarget(hovered: Hit, page: TargetSources, baseline?: string): string | undefined {
  if (baseline && baseline !== hovered.modelId) return baseline;
  const block = blockOf(hovered.node);
  const inBlock = block ? page.hitsUnder(block) : [hovered];
  const at = inBlock.indexOf(hovered);
  let nearest: { modelId: string; distance: number } | undefined;
  inBlock.forEach((hit, i) => {
    if (hit.modelId === null || hit.modelId === hovered.modelId) return;
    const distance = Math.abs(i - at);
    if (!nearest || distance < nearest.distance) nearest = { modelId: hit.modelId, distance };
  });
  if (nearest) return nearest.modelId;
  const others = [...page.modelCounts.keys()].filter((id) => id !== hovered.modelId);
  return others.length === 1 ? others[0] : undefined;
}
