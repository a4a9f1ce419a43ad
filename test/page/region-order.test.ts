// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createRegionOrder } from '../../lib/page/region-order';
import type { Extent, Layout, Region } from '../../lib/page/regions';

/** A layout whose elements sit where `extents` says, and whose viewport moves when `scroll` is called. */
function scrollable(extents: Map<Element, Extent>) {
  let moved = () => {};
  const zone = { top: 0, bottom: 100 };
  const layout: Layout = {
    zone: () => zone,
    extent: (e) => extents.get(e),
    frame: async () => {},
    watch(onMove) {
      moved = onMove;
    },
  };
  return {
    layout,
    scroll(by: number) {
      for (const [element, extent] of extents)
        extents.set(element, { top: extent.top - by, bottom: extent.bottom - by });
      moved();
    },
  };
}

describe('createRegionOrder', () => {
  it('takes far regions in the order they came without a layout', () => {
    const order = createRegionOrder(undefined);
    const [a, b] = [{ parent: document.body }, { parent: document.head }];
    const far: Region[] = [a, b];
    expect(order.next(far)).toBe(a);
    expect(order.next(far)).toBe(b);
    expect(order.moved).toBe(false);
  });

  it('takes the nearest next, measured again after the viewport moved', () => {
    const [x, y] = [document.createElement('p'), document.createElement('p')];
    const extents = new Map([
      [x, { top: 200, bottom: 300 }],
      [y, { top: 1000, bottom: 1100 }],
    ]);
    const page = scrollable(extents);
    const order = createRegionOrder(page.layout);
    const region = (element: HTMLParagraphElement): Region => ({
      parent: document.body,
      ends: [element, element],
      extent: extents.get(element),
    });
    const far = [region(x), region(y), region(x)];
    expect(order.next(far)?.ends?.[0]).toBe(x);
    page.scroll(1000);
    expect(order.moved).toBe(true);
    expect(order.next(far)?.ends?.[0]).toBe(y);
    expect(order.moved).toBe(false);
    expect(order.next(far)?.ends?.[0]).toBe(x);
    expect(order.next(far)).toBeUndefined();
  });
});
