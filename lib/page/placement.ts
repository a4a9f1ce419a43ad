/** A box in viewport pixels, as getBoundingClientRect gives it. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Where the card goes: its top-left corner, the most it may be tall, and which side of the name it took. */
export interface Placement {
  x: number;
  y: number;
  maxHeight: number;
  side: 'below' | 'above';
}

/** Room between the name and the card. */
export const NAME_GAP_PX = 6;
/** Room kept between the card and the viewport's edges. */
export const EDGE_PX = 8;
/** A card is never squeezed below this: shorter, it would show too little to be worth it. */
export const MIN_CARD_HEIGHT_PX = 120;

/**
 * Places the card next to the name without ever covering it: below the name when it fits there,
 * else above when it fits there, else on the side with more room, where it scrolls inside itself.
 * Left-aligned with the name and moved sideways to stay inside the viewport. Pure, so it is
 * tested by numbers (after Wikipedia Page Previews' createLayout).
 */
export function placeCard(name: Box, card: Size, viewport: Size): Placement {
  const below = viewport.height - name.bottom - NAME_GAP_PX - EDGE_PX;
  const above = name.top - NAME_GAP_PX - EDGE_PX;
  const side = card.height <= below || (card.height > above && below >= above) ? 'below' : 'above';
  const room = side === 'below' ? below : above;
  const maxHeight = Math.floor(Math.min(viewport.height - 2 * EDGE_PX, Math.max(MIN_CARD_HEIGHT_PX, room)));
  const height = Math.min(card.height, maxHeight);
  const y = side === 'below' ? name.bottom + NAME_GAP_PX : name.top - NAME_GAP_PX - height;
  const x = Math.max(EDGE_PX, Math.min(name.left, viewport.width - EDGE_PX - card.width));
  return { x: Math.round(x), y: Math.round(y), maxHeight, side };
}
