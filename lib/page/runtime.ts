import type { ComponentChild } from 'preact';
import { cardSummary } from '../compare/summary';
import type { AliasEntry } from '../detect/aliases';
import { createMatcher } from '../detect/matcher';
import type { PageModel } from '../messaging/page-protocol';
import type { LookupAnswer } from '../messaging/protocol';
import type { CardContent, CardData, CardSections } from './card-data';
import { type CardHost, createCardHost } from './card-host';
import { guarded } from './guarded';
import { createHighlight, type HighlightStyle } from './highlights';
import { hitAt } from './hit-test';
import { createHoverIntent, HOVER_TIMINGS } from './hover-intent';
import { createPageIndex } from './page-index';
import type { Hit } from './scan';
import { blockOf, pickComparisonTarget } from './target';
import { whenVisible } from './visibility';

export interface PageRuntimeOptions {
  doc: Document;
  signal: AbortSignal;
  background: {
    getAliasIndex(): Promise<{ entries: AliasEntry[]; names: Record<string, string> }>;
    lookupModels(ids: string[]): Promise<LookupAnswer>;
  };
  /** Renders a card; `onTarget` switches the compared model of the card on show. */
  renderCard(content: CardContent, onTarget: (id: string) => void): ComponentChild;
  cardCss: string;
  /** The reader's current preferences; read at each use, so changes apply at once. */
  preferences(): PagePreferences;
  /** Called after each scan or applied page change: the models the page names may have changed. */
  onUpdate?: () => void;
}

/** What the reader chose that the page runtime applies. */
export interface PagePreferences {
  baselineModelId: string | null;
  highlightStyle: HighlightStyle;
  hoverDelayMs: number;
  modifierKey: 'none' | 'Alt' | 'Shift' | 'Control' | 'Meta';
  cardSections: CardSections;
}

/** Measures of page changes left on the page's performance timeline, at most (the longest slice is cumulative). */
const KEPT_UPDATE_MEASURES = 100;

/**
 * Custom elements defined after they were scanned may have got a shadow root since: they are
 * looked at again after this long, then twice as long each time, up to the last delay.
 */
const LATE_SHADOW_FIRST_MS = 250;
const LATE_SHADOW_LAST_MS = 16_000;

/** How much of the page's text the AI-context check reads, at most. */
const CONTEXT_BLOCKS = 40;
const CONTEXT_BLOCK_CHARS = 2_000;

/**
 * The content script's work on one page: find the model names, underline them, keep up with page
 * changes, and show the card on hover. Returns what the rest of the extension may ask of the page.
 */
export async function startPageRuntime(options: PageRuntimeOptions) {
  const { doc, signal, background } = options;
  const prefs = options.preferences;
  await whenVisible(doc, signal);
  const aliasIndex = await background.getAliasIndex();
  const cardData = new Map<string, Promise<CardData | undefined>>();
  /** Targets the reader picked in a card, by hovered model, for this page. */
  const chosenTargets = new Map<string, string>();
  let showToken = 0;

  const intent = createHoverIntent<Hit>(
    {
      prepare: guarded((hit: Hit) => hit.modelId !== null && dataFor(hit)),
      show: guarded((hit: Hit) => showCard(hit)),
      hide: guarded(() => {
        fromKeyboard = false;
        host.hide();
      }),
    },
    { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (handle) => clearTimeout(handle as number) },
    // Read at each hover: the reader's delay shows the card; figures are fetched a little before.
    {
      get showMs() {
        return prefs().hoverDelayMs;
      },
      get dwellMs() {
        return Math.min(HOVER_TIMINGS.dwellMs, Math.round(prefs().hoverDelayMs / 2));
      },
      graceMs: HOVER_TIMINGS.graceMs,
    },
  );
  const host: CardHost = createCardHost(doc, options.cardCss, {
    enter: guarded(() => intent.enterCard()),
    leave: guarded(() => intent.leaveCard()),
  });

  const observer = new MutationObserver(guarded((records: MutationRecord[]) => onChange(records)));
  // An element made editable (or no longer) changes what may be underlined in it.
  const watch = { childList: true, subtree: true, characterData: true, attributeFilter: ['contenteditable'] };
  const highlight = createHighlight(prefs().highlightStyle);
  const index = createPageIndex({
    match: createMatcher(aliasIndex.entries),
    highlight,
    ownHost: host.element,
    onShadowRoot: (shadow) => observer.observe(shadow, watch),
    context: (held) => {
      const blocks = new Set(held.map((h) => blockOf(h.node)));
      const texts = [...blocks].slice(0, CONTEXT_BLOCKS).map((b) => b?.textContent?.slice(0, CONTEXT_BLOCK_CHARS));
      return [doc.title, ...texts].join('\n');
    },
  });

  function dataFor(hit: Hit): Promise<CardData | undefined> {
    const modelId = hit.modelId as string;
    const targetId =
      chosenTargets.get(modelId) ?? pickComparisonTarget(hit, index, prefs().baselineModelId ?? undefined);
    const key = `${modelId} ${targetId ?? ''}`;
    let data = cardData.get(key);
    if (!data) {
      data = background.lookupModels(targetId ? [modelId, targetId] : [modelId]).then((answer) => {
        const { models, priceNotes, ...registries } = answer;
        const model = models.find((m) => m.id === modelId);
        const target = models.find((m) => m.id === targetId);
        return model && { ...registries, model, target, priceNote: priceNotes[modelId] };
      });
      data.catch(() => cardData.delete(key));
      cardData.set(key, data);
    }
    return data;
  }

  async function showCard(hit: Hit) {
    const token = ++showToken;
    const timerFired = performance.now();
    current = hit;
    let content: CardContent;
    if (hit.modelId === null) content = { kind: 'unknown', name: hit.text, family: hit.family };
    else {
      const data = await dataFor(hit);
      if (!data) return;
      const { cardSections, baselineModelId } = prefs();
      const shown = {
        ...data,
        sections: cardSections,
        isBaseline: data.model.id === baselineModelId,
        targetChoices: targetChoices(data.model.id, baselineModelId),
      };
      content = { kind: 'model', data: hit.variant ? { ...shown, variantName: hit.text } : shown };
    }
    if (token !== showToken || intent.state !== 'shown') return;
    const onTarget = (id: string) => {
      chosenTargets.set(hit.modelId as string, id);
      void showCard(hit);
    };
    host.show(
      options.renderCard(content, onTarget),
      () => index.rangeOf(hit).getBoundingClientRect(),
      hit.node.parentElement,
    );
    // Visible to the benchmark: from the show timer firing to the frame that paints the card.
    requestAnimationFrame(() =>
      performance.measure('modelpeek:card-paint', { start: timerFired, end: performance.now() }),
    );
    host.announce(
      content.kind === 'model'
        ? cardSummary(content.data.model, content.data.target, content.data.benchmarks)
        : `${content.name}: not in the dataset.`,
    );
    // Focus goes into a card opened from the keyboard once; switching its target keeps the focus where it is.
    if (fromKeyboard) {
      fromKeyboard = false;
      host.focus();
    }
  }

  /** The models a card may switch its comparison to: the baseline, then the page's other models. */
  function targetChoices(modelId: string, baseline: string | null) {
    const ids = [...new Set([...(baseline ? [baseline] : []), ...index.modelCounts.keys()])].filter(
      (id) => id !== modelId,
    );
    return ids.map((id) => ({ id, name: aliasIndex.names[id] ?? id }));
  }

  /**
   * Keyboard access: Alt+Shift+K opens the card for the name under the text selection or caret;
   * Alt+Shift+. and Alt+Shift+, open the next and previous name on the page. The card's controls
   * then have focus; Escape closes it.
   */
  let fromKeyboard = false;
  let current: Hit | undefined;
  function openFromKeyboard(hit: Hit) {
    fromKeyboard = true;
    current = hit;
    const range = index.rangeOf(hit);
    doc.getSelection()?.removeAllRanges();
    doc.getSelection()?.addRange(range);
    hit.node.parentElement?.scrollIntoView({ block: 'nearest' });
    intent.showNow(hit);
  }
  function hitAtSelection(): Hit | undefined {
    const selection = doc.getSelection();
    const node = selection?.anchorNode;
    return node?.nodeType === 3 ? index.hitAt(node as Text, selection?.anchorOffset ?? 0) : undefined;
  }
  function neighbour(step: 1 | -1): Hit | undefined {
    const hits = index.hitsUnder(doc.body ?? doc.documentElement);
    const from = current ? hits.indexOf(current) : -1;
    return hits[from === -1 ? (step === 1 ? 0 : hits.length - 1) : from + step];
  }

  // Page changes are applied incrementally, in order, and only while the tab is visible.
  let pending: MutationRecord[] = [];
  let applying: Promise<void> = Promise.resolve();
  function onChange(records: MutationRecord[]) {
    const relevant = records.filter(
      (r) => r.type !== 'childList' || !onlyOurs(r.addedNodes) || !onlyOurs(r.removedNodes),
    );
    if (relevant.length === 0) return;
    const first = pending.length === 0;
    // One at a time: a page that adds 100,000 nodes in one go sends as many records, too many to spread.
    for (const record of relevant) pending.push(record);
    if (first) enqueue(flush);
  }
  /** Page work runs in order, one piece at a time, while the tab is visible; a failed piece is logged, the next still runs. */
  function enqueue(work: () => Promise<void>) {
    applying = applying
      .then(() => whenVisible(doc, signal))
      .then(work)
      .catch((error: unknown) => console.warn('[ModelPeek]', error));
  }
  /** Whether the nodes are our own card host at most; stops at the first other (a page part can add thousands). */
  function onlyOurs(nodes: NodeList): boolean {
    for (const node of nodes) if (node !== host.element) return false;
    return true;
  }
  async function flush() {
    const batch = pending;
    pending = [];
    if (signal.aborted) return;
    const started = performance.now();
    await index.update(batch, signal);
    measure('modelpeek:update', started);
    watchLateShadowRoots();
  }

  let lateShadowCheck = 0;
  let lateShadowDelay = LATE_SHADOW_FIRST_MS;
  /** Looks again, later, at custom elements met without a shadow root, while any wait. */
  function watchLateShadowRoots() {
    if (lateShadowCheck || !index.waitingHosts.size) return;
    lateShadowCheck = setTimeout(
      () =>
        enqueue(async () => {
          lateShadowCheck = 0;
          const waiting = await index.scanLateShadowRoots(signal);
          options.onUpdate?.();
          lateShadowDelay *= 2;
          if (!waiting || lateShadowDelay > LATE_SHADOW_LAST_MS) {
            index.waitingHosts.clear();
            lateShadowDelay = LATE_SHADOW_FIRST_MS;
          } else watchLateShadowRoots();
        }),
      lateShadowDelay,
    ) as unknown as number;
  }

  /**
   * After a scan or applied page changes, says so (the page's models may have changed), and
   * makes visible to performance tools (and the benchmark) how long it took from start to end,
   * how much of that was the content script's own work (the rest is the page's and the
   * browser's, between slices), and the longest stretch it held the main thread. The page's
   * timeline keeps every entry, so those of page changes are cleared now and then: a page that
   * changes all the time (a ticker, a streamed answer) would otherwise collect them without end.
   */
  let workBefore = 0;
  let updateMeasures = 0;
  function measure(name: string, start: number) {
    if (name === 'modelpeek:update' && ++updateMeasures > KEPT_UPDATE_MEASURES) {
      updateMeasures = 1;
      for (const kept of [name, `${name}:work`, 'modelpeek:longest-slice']) performance.clearMeasures(kept);
    }
    performance.measure(name, { start, end: performance.now() });
    performance.measure(`${name}:work`, { start, duration: index.workMs - workBefore });
    workBefore = index.workMs;
    const { start: sliceStart, duration } = index.longestSlice;
    performance.measure('modelpeek:longest-slice', { start: sliceStart, duration });
    options.onUpdate?.();
  }

  let pointer: { x: number; y: number; onCard: boolean } | undefined;
  let frame = 0;
  const onPointerMove = guarded((event: PointerEvent) => {
    const key = prefs().modifierKey;
    // In "hold a key" mode, moving without the key held shows nothing.
    if (key !== 'none' && !event.getModifierState(key)) {
      pointer = undefined;
      intent.leaveTarget();
      return;
    }
    pointer = { x: event.clientX, y: event.clientY, onCard: event.composedPath().includes(host.element) };
    if (frame) return;
    frame = requestAnimationFrame(
      guarded(() => {
        frame = 0;
        if (!pointer || pointer.onCard) return;
        const hit = hitAt(doc, index, pointer.x, pointer.y);
        if (hit) intent.enterTarget(hit);
        else intent.leaveTarget();
      }),
    );
  });
  const onKeyDown = guarded((event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      intent.dismiss();
      return;
    }
    if (!event.altKey || !event.shiftKey) return;
    const hit =
      event.code === 'KeyK'
        ? hitAtSelection()
        : event.code === 'Period'
          ? neighbour(1)
          : event.code === 'Comma'
            ? neighbour(-1)
            : undefined;
    if (!hit) return;
    event.preventDefault();
    openFromKeyboard(hit);
  });
  doc.addEventListener('pointermove', onPointerMove, { passive: true, signal });
  doc.addEventListener('keydown', onKeyDown, { signal });

  signal.addEventListener('abort', () => {
    clearTimeout(lateShadowCheck);
    observer.disconnect();
    intent.dismiss();
    host.destroy();
    highlight.remove();
  });

  observer.observe(doc.documentElement, watch);
  const started = performance.now();
  await index.scan([doc.body ?? doc.documentElement], signal);
  measure('modelpeek:first-scan', started);
  watchLateShadowRoots();

  return {
    /** Applies changed preferences: the highlight's style now, the rest at the next hover. */
    applyPreferences() {
      highlight.setStyle(prefs().highlightStyle);
      intent.dismiss();
    },
    /** The known models this page names, most mentioned first. */
    listPageModels(): PageModel[] {
      return [...index.modelCounts]
        .map(([id, mentions]) => ({ id, name: aliasIndex.names[id] ?? id, mentions }))
        .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
    },
  };
}
