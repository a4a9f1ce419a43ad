import { describe, expect, it } from 'vitest';
import { EDGE_PX, MIN_CARD_HEIGHT_PX, NAME_GAP_PX, type Placement, placeCard } from '../../lib/page/placement';

const viewport = { width: 1280, height: 900 };
const card = { width: 340, height: 300 };
/** A name 100 px wide and 20 px tall whose top-left corner is at (x, y). */
const name = (x: number, y: number) => ({ left: x, top: y, right: x + 100, bottom: y + 20 });

/** The card's box as placed: its height is its own, up to the most it may take. */
function cardBox(placement: Placement, size = card) {
  const height = Math.min(size.height, placement.maxHeight);
  return { left: placement.x, top: placement.y, right: placement.x + size.width, bottom: placement.y + height };
}
const overlaps = (a: ReturnType<typeof name>, b: ReturnType<typeof name>) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placing the card next to the name', () => {
  it('goes below the name, left-aligned with it, when it fits there', () => {
    expect(placeCard(name(200, 100), card, viewport)).toEqual({
      x: 200,
      y: 120 + NAME_GAP_PX,
      maxHeight: 900 - 120 - NAME_GAP_PX - EDGE_PX,
      side: 'below',
    });
  });

  it('goes above a name near the bottom', () => {
    const placed = placeCard(name(200, 800), card, viewport);
    expect(placed.side).toBe('above');
    expect(placed.y).toBe(800 - NAME_GAP_PX - 300);
    expect(cardBox(placed).bottom).toBe(800 - NAME_GAP_PX);
  });

  it('takes the side with more room when it fits on neither, and may scroll there', () => {
    const tall = { width: 340, height: 760 };
    const nearTop = placeCard(name(200, 300), tall, viewport);
    expect(nearTop.side).toBe('below');
    expect(nearTop.maxHeight).toBe(900 - 320 - NAME_GAP_PX - EDGE_PX);
    const nearBottom = placeCard(name(200, 560), tall, viewport);
    expect(nearBottom.side).toBe('above');
    expect(nearBottom.maxHeight).toBe(560 - NAME_GAP_PX - EDGE_PX);
    expect(nearBottom.y).toBe(EDGE_PX);
  });

  it('moves sideways to stay inside the viewport, by the right edge and the left', () => {
    expect(placeCard(name(1200, 100), card, viewport).x).toBe(1280 - EDGE_PX - 340);
    expect(placeCard(name(-50, 100), card, viewport).x).toBe(EDGE_PX);
  });

  it('keeps its edge margin in a viewport narrower than the card', () => {
    expect(placeCard(name(10, 100), card, { width: 300, height: 900 }).x).toBe(EDGE_PX);
  });

  it('never takes less than its least height, nor more than the viewport', () => {
    const cramped = placeCard(name(200, 40), { width: 340, height: 600 }, { width: 1280, height: 100 });
    expect(cramped.maxHeight).toBe(100 - 2 * EDGE_PX);
    expect(placeCard(name(200, 100), card, { width: 1280, height: 230 }).maxHeight).toBe(MIN_CARD_HEIGHT_PX);
  });

  it.each([
    [10, 10],
    [1180, 10],
    [10, 870],
    [1180, 870],
    [600, 440],
    [600, 300],
    [600, 580],
  ])('never covers a name at (%i, %i), short or tall', (x, y) => {
    for (const height of [180, 340, 700]) {
      const size = { width: 340, height };
      const placed = placeCard(name(x, y), size, viewport);
      expect(overlaps(cardBox(placed, size), name(x, y))).toBe(false);
      expect(cardBox(placed, size).top).toBeGreaterThanOrEqual(EDGE_PX);
      expect(cardBox(placed, size).bottom).toBeLessThanOrEqual(900 - EDGE_PX);
    }
  });
});
