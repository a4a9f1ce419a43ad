/**
 * Custom elements defined after they were scanned may have got a shadow root since: they are
 * looked at again after this long, then twice as long each time, up to the last delay.
 */
const LATE_SHADOW_FIRST_MS = 250;
const LATE_SHADOW_LAST_MS = 16_000;

export interface LateShadowRootOptions {
  signal: AbortSignal;
  index: {
    /** Custom elements that may still get a shadow root (cleared to stop waiting for them). */
    waitingHosts: { readonly size: number; clear(): void };
    /** Scans the shadow roots they got since; whether any still wait. */
    scanLateShadowRoots(signal?: AbortSignal): Promise<boolean>;
  };
  /** Runs the look in the page's work queue, after the work already in it. */
  enqueue(work: () => Promise<void>): void;
  /** Called after each look: the page's models may have changed. */
  onScanned(): void;
}

/**
 * Looks again, later, at custom elements met without a shadow root, while any wait: a
 * component whose definition loads after the scan attaches its shadow root then, and no change
 * record announces it. `check()` after each scan starts the looks if none are under way.
 */
export function watchLateShadowRoots({ signal, index, enqueue, onScanned }: LateShadowRootOptions) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let delay = LATE_SHADOW_FIRST_MS;

  function check(): void {
    if (timer !== undefined || !index.waitingHosts.size) return;
    timer = setTimeout(() => enqueue(look), delay);
  }

  async function look() {
    timer = undefined;
    const waiting = await index.scanLateShadowRoots(signal);
    onScanned();
    delay *= 2;
    if (!waiting || delay > LATE_SHADOW_LAST_MS) {
      index.waitingHosts.clear();
      delay = LATE_SHADOW_FIRST_MS;
    } else check();
  }

  signal.addEventListener('abort', () => clearTimeout(timer));
  return { check };
}
