export interface ModelCountOptions {
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
 * Keeps the toolbar badge's count current. The page runtime says when what the page names may
 * have changed (after a scan or page changes it has applied, which it does only while the tab is
 * visible), and the returned `changed` reads the count then, at most every `intervalMs`, and
 * reports it when it is new. No observer of its own: the page's changes are watched once.
 */
export function reportModelCount({ doc, signal, count, report, intervalMs = 2_000 }: ModelCountOptions) {
  let reported: number | undefined;
  let lastRead = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const read = () => {
    timer = undefined;
    if (signal.aborted) return;
    lastRead = performance.now();
    const now = count();
    if (now === reported) return;
    reported = now;
    report(now);
  };
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
  signal.addEventListener('abort', () => clearTimeout(timer));
  return function changed() {
    timer ??= setTimeout(read, Math.max(0, lastRead + intervalMs - performance.now()));
  };
}
