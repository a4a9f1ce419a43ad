// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createShadowRoots } from '../../lib/page/shadow-roots';

/** Never pauses, or calls off at the first chance. */
const UNPACED = { due: () => false, next: async () => true };
const CALLED_OFF = { due: () => true, next: async () => false };

describe('createShadowRoots', () => {
  it('tells of each shadow root once', () => {
    const told: ShadowRoot[] = [];
    const shadows = createShadowRoots((shadow) => told.push(shadow));
    const shadow = document.createElement('div').attachShadow({ mode: 'open' });
    expect(shadows.add(shadow)).toBe(true);
    expect(shadows.add(shadow)).toBe(false);
    expect(told).toEqual([shadow]);
    expect([...shadows.roots]).toEqual([shadow]);
  });

  it('finds the shadow roots waiting hosts got since, and stops waiting for gone ones', async () => {
    document.body.innerHTML = '<x-upgraded></x-upgraded><x-pending></x-pending><x-gone></x-gone>';
    const [upgraded, pending, gone] = [...document.body.children] as HTMLElement[];
    const told: ShadowRoot[] = [];
    const shadows = createShadowRoots((shadow) => told.push(shadow));
    for (const element of [upgraded, pending, gone]) shadows.wait(element as HTMLElement);
    const shadow = (upgraded as HTMLElement).attachShadow({ mode: 'open' });
    gone?.remove();
    expect(await shadows.late(UNPACED)).toEqual([shadow]);
    expect(told).toEqual([shadow]);
    // The pending one, still undefined and without a shadow root, waits on.
    expect(shadows.waitingHosts.size).toBe(1);
    shadows.waitingHosts.clear();
    expect(await shadows.late(UNPACED)).toEqual([]);
  });

  it('gives nothing when called off', async () => {
    document.body.innerHTML = '<x-a></x-a>';
    const shadows = createShadowRoots();
    shadows.wait(document.body.firstElementChild as Element);
    expect(await shadows.late(CALLED_OFF)).toBeUndefined();
  });
});
