import { type CardHit, cardModelId, modelCardContent } from './card-content';
import type { CardContent, CardControls, CardSections, CardView } from './card-data';
import { type CardHost, createCardHost } from './card-host';
import type { CardLookup } from './card-lookup';
import { guarded } from './guarded';
import { createHoverIntent, HOVER_TIMINGS } from './hover-intent';
import { priceContext } from './price-context';
import { type Hit, rangeOf } from './scan';

export interface CardControllerOptions {
  doc: Document;
  /** The card's host element (see CARD_HOST_TAG). */
  element: HTMLElement;
  cardCss: string;
  /** The card's view; loaded once, when a first card is about to show (see cardViewOnce). */
  view(): Promise<CardView>;
  lookup: CardLookup;
  /** Display names of known models, by id. */
  names: Readonly<Record<string, string>>;
  /** The page's names, to read the words around one (its stated price). */
  page: { hitsUnder(element: Element): Hit[] };
  /** The reader's choices that shape the card, read at each show. */
  preferences(): {
    baselineModelId: string | null;
    hoverDelayMs: number;
    cardSections: CardSections;
  };
}

/**
 * Loads the card's view once and keeps it; a load that fails is tried again at the next card (the
 * extension may have been updated under the page).
 */
export function cardViewOnce(load: () => Promise<CardView>): () => Promise<CardView> {
  let loading: Promise<CardView> | undefined;
  return () => {
    loading ??= load();
    loading.catch(() => {
      loading = undefined;
    });
    return loading;
  };
}

/**
 * When and where the card shows: the hover intent decides when, the card host where; this
 * fetches the card's figures, renders it next to the name, announces it, and hands focus to a
 * card opened from the keyboard.
 */
export function createCardController(options: CardControllerOptions) {
  const { doc, lookup } = options;
  const prefs = options.preferences;
  let showToken = 0;
  /** The name whose card is shown or was last opened, for moving to the next one. */
  let current: Hit | undefined;
  /** The card was opened from the keyboard: focus goes into it once. */
  let fromKeyboard = false;
  /** "More" stays open for the next card until the reader closes it. */
  let expanded = false;

  const intent = createHoverIntent<Hit>(
    {
      // The view loads beside the figures, while the pointer rests on the name.
      prepare: guarded((hit: CardHit) =>
        Promise.all([
          options.view(),
          hit.seriesId ? lookup.seriesFor(hit.seriesId) : cardModelId(hit) !== null && lookup.dataFor(hit),
        ]),
      ),
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
  const host: CardHost = createCardHost(
    doc,
    options.cardCss,
    { enter: guarded(() => intent.enterCard()), leave: guarded(() => intent.leaveCard()) },
    options.element,
  );

  async function showCard(hit: CardHit) {
    const token = ++showToken;
    const timerFired = performance.now();
    current = hit;
    let content: CardContent;
    if (hit.seriesId) {
      const data = await lookup.seriesFor(hit.seriesId);
      if (!data) return;
      content = { kind: 'series', data: hit.unlisted ? { ...data, unlistedName: hit.text } : data };
    } else if (cardModelId(hit) === null) content = { kind: 'unknown', name: hit.text, family: hit.family };
    else {
      const data = await lookup.dataFor(hit);
      if (!data) return;
      const { cardSections, baselineModelId } = prefs();
      content = modelCardContent(hit, data, {
        sections: cardSections,
        baselineModelId,
        targetChoices: lookup.targetChoices(data.model.id),
        names: options.names,
        expanded,
        pageText: () => priceContext(hit, options.page),
      });
    }
    const view = await options.view();
    if (token !== showToken || intent.state !== 'shown') return;
    const controls: CardControls = {
      onTarget(id) {
        lookup.chooseTarget(cardModelId(hit) as string, id);
        void showCard(hit);
      },
      onToggleMore: toggleMore,
      // A member of the series shows in the series card's place, next to the same name.
      onOpenModel: (id) => void showCard({ ...hit, modelId: id, seriesId: undefined, fromSeries: hit.seriesId }),
    };
    host.show({ paint: (container) => view.paint(container, content, controls), clear: view.clear }, () =>
      rangeOf(hit).getBoundingClientRect(),
    );
    // Visible to the benchmark: from the show timer firing to the frame that paints the card.
    requestAnimationFrame(() =>
      performance.measure('modelpeek:card-paint', { start: timerFired, end: performance.now() }),
    );
    host.announce(view.announcement(content));
    // Focus goes into a card opened from the keyboard once; switching its target keeps the focus where it is.
    if (fromKeyboard) {
      fromKeyboard = false;
      host.focus();
    }
  }

  /** Opens or closes the shown card's "More"; the next card opens the same way. */
  function toggleMore() {
    expanded = !expanded;
    if (current && intent.state === 'shown') void showCard(current);
  }

  return {
    /** The card's host element on the page (never scanned, and not the page's own change). */
    element: host.element,
    get current(): Hit | undefined {
      return current;
    },
    /** The pointer is on a name. */
    enterTarget: (hit: Hit) => intent.enterTarget(hit),
    /** The pointer is on no name. */
    leaveTarget: () => intent.leaveTarget(),
    /** Opens the card of a name at once, selecting the name and giving the card focus. */
    openFromKeyboard(hit: Hit) {
      fromKeyboard = true;
      current = hit;
      const range = rangeOf(hit);
      doc.getSelection()?.removeAllRanges();
      doc.getSelection()?.addRange(range);
      hit.node.parentElement?.scrollIntoView({ block: 'nearest' });
      intent.showNow(hit);
    },
    /** Whether a card shows. */
    get shown(): boolean {
      return intent.state === 'shown';
    },
    toggleMore,
    /** Closes the card now (Escape, changed preferences). */
    dismiss: () => intent.dismiss(),
    destroy() {
      intent.dismiss();
      host.destroy();
    },
  };
}

export type CardController = ReturnType<typeof createCardController>;
