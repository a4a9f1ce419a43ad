import type { CardController } from './card-controller';
import { guarded } from './guarded';
import { hitAt } from './hit-test';
import type { Hit } from './scan';

export interface PointerOptions {
  doc: Document;
  signal: AbortSignal;
  index: Parameters<typeof hitAt>[1];
  cards: CardController;
  /** The key the reader holds to see cards ('none': no key needed), read at each move. */
  modifierKey(): 'none' | 'Alt' | 'Shift' | 'Control' | 'Meta';
}

/**
 * Follows the pointer over the page, once a frame at most: the name under it (if any) goes to
 * the card's hover intent. Moving over the card itself keeps it.
 */
export function followPointer({ doc, signal, index, cards, modifierKey }: PointerOptions): void {
  let pointer: { x: number; y: number; onCard: boolean } | undefined;
  let frame = 0;

  const onFrame = guarded(() => {
    frame = 0;
    if (!pointer || pointer.onCard) return;
    const hit: Hit | undefined = hitAt(doc, index, pointer.x, pointer.y);
    if (hit) cards.enterTarget(hit);
    else cards.leaveTarget();
  });

  const onPointerMove = guarded((event: PointerEvent) => {
    const key = modifierKey();
    // In "hold a key" mode, moving without the key held shows nothing.
    if (key !== 'none' && !event.getModifierState(key)) {
      pointer = undefined;
      cards.leaveTarget();
      return;
    }
    pointer = { x: event.clientX, y: event.clientY, onCard: event.composedPath().includes(cards.element) };
    frame ||= requestAnimationFrame(onFrame);
  });
  doc.addEventListener('pointermove', onPointerMove, { passive: true, signal });
  signal.addEventListener('abort', () => cancelAnimationFrame(frame));
}
