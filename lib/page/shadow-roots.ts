import type { Slice } from './slices';

/**
 * The open shadow roots met on the page, and the custom elements met without one: their
 * definition may come later and give them one (an upgrade), which no change record tells.
 */
export function createShadowRoots(onShadowRoot?: (shadow: ShadowRoot) => void) {
  const roots = new Set<ShadowRoot>();
  const waitingHosts = new Set<Element>();

  /** Keeps a shadow root met and tells the caller of it; false when it was known already. */
  function add(shadow: ShadowRoot): boolean {
    if (roots.has(shadow)) return false;
    roots.add(shadow);
    onShadowRoot?.(shadow);
    return true;
  }

  return {
    add,
    /** A custom element met without a shadow root: it is looked at again later. */
    wait(element: Element): void {
      waitingHosts.add(element);
    },
    /**
     * The shadow roots the waiting elements have got since, kept; stops waiting for those now
     * defined without one or gone. Undefined when called off.
     */
    async late(pace: Pick<Slice, 'due' | 'next'>): Promise<ShadowRoot[] | undefined> {
      const found: ShadowRoot[] = [];
      for (const element of waitingHosts) {
        const shadow = element.isConnected ? element.shadowRoot : null;
        if (shadow || !element.isConnected || element.matches(':defined')) waitingHosts.delete(element);
        if (shadow && add(shadow)) found.push(shadow);
        if (pace.due() && !(await pace.next())) return undefined;
      }
      return found;
    },
    /** Custom elements that may still get a shadow root (cleared to stop waiting for them). */
    waitingHosts: waitingHosts as { readonly size: number; clear(): void },
    roots: roots as ReadonlySet<ShadowRoot>,
  };
}
