import type { ComponentChild } from 'preact';
import { cardSummary } from '../compare/summary';
import type { CardContent, CardSections } from './card-data';
import { type CardHost, createCardHost } from './card-host';
import type { CardLookup } from './card-lookup';
import { guarded } from './guarded';
import { createHoverIntent, HOVER_TIMINGS } from './hover-intent';
import { type Hit, rangeOf } from './scan';

export interface CardControllerOptions {
  doc: Document;
  /** The card's host element (see CARD_HOST_TAG). */
  element: HTMLElement;
  cardCss: string;
  /** Renders a card; `onTarget` switches the compared model of the card on show. */
  renderCard(content: CardContent, onTarget: (id: string) => void): ComponentChild;
  lookup: CardLookup;
  /** The reader's choices that shape the card, read at each show. */
  preferences(): {
    baselineModelId: string | null;
    hoverDelayMs: number;
    cardSections: CardSections;
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

  const intent = createHoverIntent<Hit>(
    {
      prepare: guarded((hit: Hit) => hit.modelId !== null && lookup.dataFor(hit)),
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

  async function showCard(hit: Hit) {
    const token = ++showToken;
    const timerFired = performance.now();
    current = hit;
    let content: CardContent;
    if (hit.modelId === null) content = { kind: 'unknown', name: hit.text, family: hit.family };
    else {
      const data = await lookup.dataFor(hit);
      if (!data) return;
      const { cardSections, baselineModelId } = prefs();
      const shown = {
        ...data,
        sections: cardSections,
        isBaseline: data.model.id === baselineModelId,
        targetChoices: lookup.targetChoices(data.model.id),
      };
      content = { kind: 'model', data: hit.variant ? { ...shown, variantName: hit.text } : shown };
    }
    if (token !== showToken || intent.state !== 'shown') return;
    const onTarget = (id: string) => {
      lookup.chooseTarget(hit.modelId as string, id);
      void showCard(hit);
    };
    host.show(options.renderCard(content, onTarget), () => rangeOf(hit).getBoundingClientRect());
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
    /** Closes the card now (Escape, changed preferences). */
    dismiss: () => intent.dismiss(),
    destroy() {
      intent.dismiss();
      host.destroy();
    },
  };
}

export type CardController = ReturnType<typeof createCardController>;
