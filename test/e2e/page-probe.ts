/** What the probe reports of the main thread over a stretch of time. */
export interface MainThreadFigures {
  /** Length of the stretch measured. */
  spanMs: number;
  /** Sum of the probe timer's delays beyond its interval: time the main thread was held by anyone. */
  busyMs: number;
  /** The longest time between two turns of the probe timer. */
  longestGapMs: number;
  /** The content script's own work, from the performance measures it leaves (`modelpeek:*:work`). */
  extensionWorkMs: number;
  /** The content script's longest stretch of work without yielding, from its `modelpeek:longest-slice` measures. */
  extensionLongestSliceMs: number;
  /** How many performance entries of the content script the page's timeline holds now. */
  extensionEntries: number;
}

export interface Underline {
  text: string;
  /** Inside a text field, an editable region or a code editor. */
  editable: boolean;
}

/** What the probe offers the test, on `window.pageProbe` of every frame. */
export interface PageProbe {
  /**
   * The page's markup at DOMContentLoaded: the root element's attributes and children, head and
   * body, the content of parts marked `data-own-changes` left out.
   */
  atLoad: string | null;
  fingerprint(): string;
  underlined(): Underline[];
  /** The centre of the first underline of `text`, in viewport pixels, once scrolled into view. */
  boxOf(text: string): { x: number; y: number } | null;
  /** The shown card's text and font size, or null while none shows. */
  card(): { text: string; fontSize: string } | null;
  /** UTF-8 bytes of the document's text, open shadow roots included, scripts and styles left out. */
  textBytes(): number;
  /** Content-Security-Policy violations reported in this document. */
  violations: string[];
  /** Messages posted to this window from this window (a page's message listeners hear them as its own). */
  selfMessages: string[];
  /** Figures of the main thread from `from` (performance.now() time) to now. */
  figures(from: number): MainThreadFigures;
  /** Waits `ms` and gives the figures of that stretch. */
  measure(ms: number): Promise<MainThreadFigures>;
  /** When the page had loaded and painted once since (the probe's timer runs from then on). */
  loadedAt: number | null;
}

declare global {
  interface Window {
    pageProbe: PageProbe;
  }
}

/**
 * Installed before any script of the page, in every frame: it keeps the platform's own functions
 * first (a page may replace them afterwards), records the page's markup at DOMContentLoaded and
 * runs a timer from the first paint after `load` on, whose lateness shows how long the main thread
 * was held. Nothing here may refer to anything outside the function: it runs in the page.
 */
export function installPageProbe() {
  const INTERVAL_MS = 10;
  const call = Reflect.apply;
  // Some builds keep an attribute on the instances rather than the prototype: read it plainly there.
  const getter = (proto: object, name: string) =>
    (Object.getOwnPropertyDescriptor(proto, name)?.get ??
      function (this: Record<string, unknown>) {
        return this[name];
      }) as (this: unknown) => unknown;
  const perf = performance;
  const now = Performance.prototype.now;
  const entriesByType = Performance.prototype.getEntriesByType;
  const timer = setTimeout;
  const nextFrame = requestAnimationFrame;
  const listen = EventTarget.prototype.addEventListener;
  // The registry is the current document's: a frame's first document (about:blank) may hand its
  // window on to the page it then loads.
  const registryOf = getter(CSS, 'highlights');
  const registryGet = HighlightRegistry.prototype.get;
  const highlightValues = Highlight.prototype.values;
  const start = {
    container: getter(AbstractRange.prototype, 'startContainer'),
    offset: getter(AbstractRange.prototype, 'startOffset'),
  };
  const endOffset = getter(AbstractRange.prototype, 'endOffset');
  const endContainer = getter(AbstractRange.prototype, 'endContainer');
  const characterData = getter(CharacterData.prototype, 'data');
  const parentNode = getter(Node.prototype, 'parentNode');
  const nodeType = getter(Node.prototype, 'nodeType');
  const shadowHost = getter(ShadowRoot.prototype, 'host');
  const shadowRootOf = getter(Element.prototype, 'shadowRoot');
  const localName = getter(Element.prototype, 'localName');
  const getAttribute = Element.prototype.getAttribute;
  const innerHTML = getter(Element.prototype, 'innerHTML');
  const textContent = getter(Node.prototype, 'textContent');
  const cloneNode = Node.prototype.cloneNode;
  const replaceChildren = Element.prototype.replaceChildren;
  const elementQueryAll = Element.prototype.querySelectorAll;
  const documentQuery = Document.prototype.querySelector;
  const fragmentQuery = DocumentFragment.prototype.querySelector;
  const clientRects = Element.prototype.getClientRects;
  const scrollIntoView = Element.prototype.scrollIntoView;
  const createRange = Document.prototype.createRange;
  const rangeStart = Range.prototype.setStart;
  const rangeEnd = Range.prototype.setEnd;
  const rangeRect = Range.prototype.getBoundingClientRect;
  const createTreeWalker = Document.prototype.createTreeWalker;
  const nextNode = TreeWalker.prototype.nextNode;
  const computedStyle = getComputedStyle;
  const encode = TextEncoder.prototype.encode;
  const encoder = new TextEncoder();
  const rootOf = getter(Document.prototype, 'documentElement');
  const childrenOf = getter(Element.prototype, 'children');
  const attributeNames = Element.prototype.getAttributeNames;
  const headOf = getter(Document.prototype, 'head');
  const bodyOf = getter(Document.prototype, 'body');
  const isTop = window === window.top;
  const clock = () => call(now, perf, []) as number;

  /** Stretches of the probe's own work, left out of the figures. */
  const ownWork: [number, number][] = [];
  function own<R>(run: () => R): R {
    const began = clock();
    try {
      return run();
    } finally {
      ownWork.push([began, clock()]);
    }
  }
  const ownWithin = (from: number, to: number) =>
    ownWork.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, to) - Math.max(a, from)), 0);

  // The content script's measures as they come: it clears old ones from the timeline now and then.
  const measures: { name: string; startTime: number; duration: number }[] = [];
  new PerformanceObserver((list) => {
    for (const { name, startTime, duration } of list.getEntries()) {
      if (name.startsWith('modelpeek:')) measures.push({ name, startTime, duration });
    }
  }).observe({ type: 'measure', buffered: true });

  const ticks: { at: number; gap: number }[] = [];
  let last = 0;
  const tick = () => {
    const at = clock();
    ticks.push({ at, gap: Math.max(0, at - last - ownWithin(last, at)) });
    last = at;
    timer(tick, INTERVAL_MS);
  };

  function fingerprint(): string {
    const root = rootOf.call(document) as Element;
    const head = headOf.call(document) as Element | null;
    const body = bodyOf.call(document) as Element | null;
    if (!body) return '';
    const copy = call(cloneNode, body, [true]) as Element;
    for (const part of call(elementQueryAll, copy, ['[data-own-changes]']) as Iterable<Element>) {
      call(replaceChildren, part, []);
    }
    // The root element's attributes and children: the card's host may come and go, but only while it shows.
    const rootShape = [...(call(attributeNames, root, []) as string[])]
      .map((name) => `${name}=${call(getAttribute, root, [name])}`)
      .concat([...(childrenOf.call(root) as HTMLCollection)].map((child) => localName.call(child) as string));
    return `${rootShape.join(' ')}\n${head ? innerHTML.call(head) : ''}\n${innerHTML.call(copy)}`;
  }

  function isEditable(node: Node): boolean {
    for (let at: Node | null = node; at; ) {
      if (nodeType.call(at) === 1) {
        const name = localName.call(at);
        const editable = call(getAttribute, at, ['contenteditable']) as string | null;
        const classes = (call(getAttribute, at, ['class']) as string | null) ?? '';
        if (name === 'input' || name === 'textarea' || (editable !== null && editable !== 'false')) return true;
        if (classes.split(' ').includes('cm-editor')) return true;
      }
      at = (parentNode.call(at) as Node | null) ?? (nodeType.call(at) === 11 ? (shadowHost.call(at) as Node) : null);
    }
    return false;
  }

  function ranges(): AbstractRange[] {
    const highlight = call(registryGet, registryOf.call(CSS), ['modelpeek-mention']) as Highlight | undefined;
    return highlight ? [...(call(highlightValues, highlight, []) as Iterable<AbstractRange>)] : [];
  }
  const textOf = (range: AbstractRange) =>
    (characterData.call(start.container.call(range)) as string).slice(
      start.offset.call(range) as number,
      endOffset.call(range) as number,
    );

  function figures(from: number): MainThreadFigures {
    return own(() => {
      const to = clock();
      let busyMs = 0;
      let longestGapMs = 0;
      for (const { at, gap } of ticks) {
        if (at <= from || at > to) continue;
        busyMs += Math.max(0, gap - INTERVAL_MS);
        longestGapMs = Math.max(longestGapMs, gap);
      }
      let extensionWorkMs = 0;
      let extensionLongestSliceMs = 0;
      for (const entry of measures) {
        if (entry.startTime < from || entry.startTime >= to) continue;
        if (entry.name.endsWith(':work')) extensionWorkMs += entry.duration;
        if (entry.name === 'modelpeek:longest-slice') {
          extensionLongestSliceMs = Math.max(extensionLongestSliceMs, entry.duration);
        }
      }
      const extensionEntries = (call(entriesByType, perf, ['measure']) as PerformanceEntry[]).filter((entry) =>
        entry.name.startsWith('modelpeek:'),
      ).length;
      return { spanMs: to - from, busyMs, longestGapMs, extensionWorkMs, extensionLongestSliceMs, extensionEntries };
    });
  }

  const probe: PageProbe = {
    atLoad: null,
    loadedAt: null,
    violations: [],
    selfMessages: [],
    fingerprint: () => own(fingerprint),
    underlined: () =>
      own(() =>
        ranges().map((range) => ({ text: textOf(range), editable: isEditable(start.container.call(range) as Node) })),
      ),
    boxOf: (text) =>
      own(() => {
        const painted = ranges().find((range) => textOf(range) === text);
        if (!painted) return null;
        call(scrollIntoView, parentNode.call(start.container.call(painted)), [{ block: 'center' }]);
        const range = call(createRange, document, []) as Range;
        call(rangeStart, range, [start.container.call(painted), start.offset.call(painted)]);
        call(rangeEnd, range, [endContainer.call(painted), endOffset.call(painted)]);
        const box = call(rangeRect, range, []) as DOMRect;
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }),
    card: () =>
      own(() => {
        const host = call(documentQuery, document, ['modelpeek-card']) as Element | null;
        const shadow = host && (shadowRootOf.call(host) as ShadowRoot | null);
        const card = shadow && (call(fragmentQuery, shadow, ['.card']) as Element | null);
        if (!card || (call(clientRects, card, []) as DOMRectList).length === 0) return null;
        return { text: (textContent.call(card) as string) ?? '', fontSize: computedStyle(card).fontSize };
      }),
    textBytes: () =>
      own(() => {
        let bytes = 0;
        const roots: Node[] = [document];
        for (let i = 0; i < roots.length; i++) {
          const walker = call(createTreeWalker, document, [roots[i], 0x1 | 0x4]);
          for (
            let node = call(nextNode, walker, []) as Node | null;
            node;
            node = call(nextNode, walker, []) as Node | null
          ) {
            if (nodeType.call(node) === 3) {
              const parent = parentNode.call(node) as Node | null;
              const tag = parent && nodeType.call(parent) === 1 ? localName.call(parent) : '';
              if (tag !== 'script' && tag !== 'style')
                bytes += (call(encode, encoder, [characterData.call(node)]) as Uint8Array).length;
            } else {
              const shadow = shadowRootOf.call(node) as ShadowRoot | null;
              if (shadow) roots.push(shadow);
            }
          }
        }
        return bytes;
      }),
    figures,
    measure: (ms) => {
      const from = clock();
      return new Promise((resolve) => timer(() => resolve(figures(from)), ms));
    },
  };
  Object.defineProperty(window, 'pageProbe', { value: probe, configurable: true });

  // Listened to on the window, which sees the events of whichever document it shows: a frame's
  // first document (about:blank) may hand its window on to the page it then loads.
  call(listen, window, [
    'securitypolicyviolation',
    (event: SecurityPolicyViolationEvent) => {
      // The browser's own request for the site's icon is not the page's nor the extension's.
      if (event.blockedURI.endsWith('/favicon.ico')) return;
      probe.violations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile})`,
      );
    },
    true,
  ]);
  call(listen, window, [
    'message',
    (event: MessageEvent) => {
      if (event.source === window) probe.selfMessages.push(JSON.stringify(event.data));
    },
    true,
  ]);
  call(listen, window, ['DOMContentLoaded', () => (probe.atLoad = probe.fingerprint()), true]);
  call(listen, window, [
    'load',
    // From the first paint after load: the page's own first layout of its content is not measured.
    () =>
      nextFrame(() =>
        timer(() => {
          probe.loadedAt = clock();
          last = probe.loadedAt;
          if (isTop) timer(tick, INTERVAL_MS);
        }, 0),
      ),
    true,
  ]);
}
