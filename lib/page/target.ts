import type { Hit } from './scan';

/** The elements that make one "block" of text: a table row (as a whole), a list item, a paragraph. */
const BLOCK_SELECTOR = 'li, p, dt, dd, h1, h2, h3, h4, h5, h6, blockquote, figcaption, caption, summary, pre';

export function blockOf(node: Node): Element | null {
  const parent = node.parentElement;
  return parent?.closest('tr') ?? parent?.closest(BLOCK_SELECTOR) ?? parent ?? null;
}

/**
 * The model the hovered one is compared with: the nearest other model in the same block; else
 * the only other model on the page; else none. (A pinned baseline, when set, comes before all.)
 */
export function pickComparisonTarget(hovered: Hit, hits: readonly Hit[]): string | undefined {
  hits = hits.filter((hit) => hit === hovered || (hit.modelId !== null && !hit.variant));
  const index = hits.indexOf(hovered);
  const block = blockOf(hovered.node);
  let nearest: { modelId: string; distance: number } | undefined;
  hits.forEach((hit, i) => {
    if (hit.modelId === null || hit.modelId === hovered.modelId || blockOf(hit.node) !== block) return;
    const distance = Math.abs(i - index);
    if (!nearest || distance < nearest.distance) nearest = { modelId: hit.modelId, distance };
  });
  if (nearest) return nearest.modelId;
  const others = new Set(hits.map((hit) => hit.modelId).filter((id) => id !== null && id !== hovered.modelId));
  return others.size === 1 ? ([...others][0] ?? undefined) : undefined;
}
