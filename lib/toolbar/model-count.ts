export interface ModelCountWatchOptions {
  doc: Document;
  signal: AbortSignal;
  /** How many distinct known models the page names now. */
  count(): number;
  /** Called with the first count, then whenever it changes. */
  report(count: number): void;
  /** The shortest time between two reads. */
  intervalMs?: number;
}

/**
 * Keeps the toolbar badge's count current without reaching into the page runtime: when the page
 * changes, the count is read again, at most every `intervalMs` and only while the tab is visible
 * (hidden tabs do no work; the runtime itself waits for visibility before applying changes).
 * The runtime applies changes asynchronously, in slices, so a read may come before it is done:
 * a read that finds a new count schedules one more, until the count settles.
 */
export function watchModelCount({ doc, signal, count, report, intervalMs = 2_000 }: ModelCountWatchOptions) {
  let reported: number | undefined;
  let lastRead = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirty = false;

  const read = () => {
    timer = undefined;
    if (signal.aborted) return;
    if (doc.visibilityState !== 'visible') {
      dirty = true;
      return;
    }
    dirty = false;
    lastRead = performance.now();
    const now = count();
    if (now === reported) return;
    const first = reported === undefined;
    reported = now;
    report(now);
    if (!first) schedule();
  };
  function schedule() {
    if (timer !== undefined || signal.aborted) return;
    timer = setTimeout(read, Math.max(0, lastRead + intervalMs - performance.now()));
  }

  const observer = new MutationObserver(() => {
    if (doc.visibilityState === 'visible') schedule();
    else dirty = true;
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  doc.addEventListener('visibilitychange', () => dirty && doc.visibilityState === 'visible' && schedule(), { signal });
  // Browsers clear a tab's badge when it navigates; a page back from the back/forward cache must say it again.
  doc.defaultView?.addEventListener(
    'pageshow',
    (event) => {
      if (!event.persisted) return;
      reported = undefined;
      read();
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  read();
}
