import type { CardController } from './card-controller';
import { guarded } from './guarded';
import type { Hit } from './scan';

export interface KeyboardOptions {
  doc: Document;
  signal: AbortSignal;
  index: {
    hitAt(node: Text, offset: number): Hit | undefined;
    hitsUnder(element: Element): Hit[];
  };
  cards: CardController;
}

/**
 * Keyboard access: Alt+Shift+K opens the card for the name under the text selection or caret;
 * Alt+Shift+. and Alt+Shift+, open the next and previous name on the page. The card's controls
 * then have focus; Escape closes it. Enter opens "More" of a card shown on hover.
 */
export function listenForCardKeys({ doc, signal, index, cards }: KeyboardOptions): void {
  function hitAtSelection(): Hit | undefined {
    const selection = doc.getSelection();
    const node = selection?.anchorNode;
    return node?.nodeType === 3 ? index.hitAt(node as Text, selection?.anchorOffset ?? 0) : undefined;
  }

  function neighbour(step: 1 | -1): Hit | undefined {
    const hits = index.hitsUnder(doc.body ?? doc.documentElement);
    const from = cards.current ? hits.indexOf(cards.current) : -1;
    return hits[from === -1 ? (step === 1 ? 0 : hits.length - 1) : from + step];
  }

  const onKeyDown = guarded((event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      cards.dismiss();
      return;
    }
    // Unless the page has the focus on something of its own, where Enter is the page's.
    if (event.key === 'Enter' && cards.shown && (event.target === doc.body || event.target === doc.documentElement)) {
      event.preventDefault();
      cards.toggleMore();
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
    cards.openFromKeyboard(hit);
  });
  doc.addEventListener('keydown', onKeyDown, { signal });
}
