import { render } from 'preact';
import { PageCard, type PageCardProps } from '../../components/PageCard';
import { cardAnnouncement } from '../../lib/page/card-announcement';
import type { CardControls, CardView } from '../../lib/page/card-data';

/** What the card does outside itself, and the reader's token mix, read at each paint. */
export interface CardViewActions extends Omit<PageCardProps, 'content' | 'tokenMix' | keyof CardControls> {
  tokenMix(): PageCardProps['tokenMix'];
}

/**
 * The card's view: a module of its own, built beside the content script (see wxt.config.ts), which
 * the content script imports when a first card is about to show. Pages without a hovered name
 * never load Preact or the card's components.
 */
export function createCardView({ tokenMix, ...actions }: CardViewActions): CardView {
  return {
    paint(container, content, controls) {
      render(<PageCard content={content} tokenMix={tokenMix()} {...actions} {...controls} />, container);
    },
    clear(container) {
      render(null, container);
    },
    announcement: cardAnnouncement,
  };
}
