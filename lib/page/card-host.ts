import { pageTheme } from './page-theme';
import { placeCard } from './placement';

/** The tag of the extension's one element on the page; its shadow root isolates the card from page CSS. */
export const CARD_HOST_TAG = 'modelpeek-card';

// Written minified: it ships as written, in every page's content script.
const HOST_CSS =
  ':host{all:initial;position:fixed;top:0;left:0;z-index:2147483647}' +
  '.floating{position:fixed;top:0;left:0;width:max-content;overflow-y:auto;border-radius:10px}' +
  '.live{position:fixed;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}';

/** A live region filled at once with its element is often not read out: the text comes a moment later. */
const ANNOUNCE_DELAY_MS = 100;

export interface CardHost {
  readonly element: HTMLElement;
  /** Shows (or updates) the card `drawing` paints next to the box `anchor` gives, never covering it. */
  show(drawing: CardDrawing, anchor: () => DOMRect): void;
  /** Reads a short summary of the card to screen readers. */
  announce(text: string): void;
  /** Moves keyboard focus to the card's first control (a card opened from the keyboard). */
  focus(): void;
  hide(): void;
  destroy(): void;
}

/** Paints a card into the host's container, and clears it (Preact's render and unmount, in the card's view). */
export interface CardDrawing {
  paint(container: HTMLElement): void;
  clear(container: HTMLElement): void;
}

/**
 * Calls `place` now and again, once a frame at most, whenever the name may have moved under the
 * card: the page or any of its scrolling boxes scrolls, the window or the card changes size.
 * (What Floating UI's autoUpdate does, in a few lines: the content script runs on every page.)
 */
function follow(floating: HTMLElement, place: () => void): () => void {
  let frame = 0;
  const schedule = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      place();
    });
  };
  const resized = new ResizeObserver(schedule);
  resized.observe(floating);
  addEventListener('scroll', schedule, { capture: true, passive: true });
  addEventListener('resize', schedule, { passive: true });
  place();
  return () => {
    cancelAnimationFrame(frame);
    resized.disconnect();
    removeEventListener('scroll', schedule, { capture: true });
    removeEventListener('resize', schedule);
  };
}

/**
 * Owns the card's shadow root: created on first use, appended to <html> (outside the page's
 * <body>, whose children frameworks manage), painted by the card's view, placed by placeCard.
 * `element` is the host, when the caller needs to know it before the card exists.
 */
export function createCardHost(
  doc: Document,
  css: string,
  events: { enter(): void; leave(): void },
  element: HTMLElement = doc.createElement(CARD_HOST_TAG),
): CardHost {
  const shadow = element.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = HOST_CSS + css;
  const floating = doc.createElement('div');
  floating.className = 'floating';
  const live = doc.createElement('div');
  live.className = 'live';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  shadow.append(style, floating, live);
  let announcing: ReturnType<typeof setTimeout> | undefined;
  element.addEventListener('pointerenter', events.enter);
  element.addEventListener('pointerleave', events.leave);
  let stopFollowing: (() => void) | undefined;
  /** The drawing on show, which clears it. */
  let shown: CardDrawing | undefined;

  return {
    element,
    show(drawing, anchor) {
      if (!element.isConnected) doc.documentElement.append(element);
      const theme = pageTheme(doc);
      floating.className = theme ? `floating theme-${theme}` : 'floating';
      shown = drawing;
      drawing.paint(floating);
      stopFollowing?.();
      stopFollowing = follow(floating, () => {
        const html = doc.documentElement;
        const { x, y, maxHeight } = placeCard(
          anchor(),
          // The card's own height, whatever height it was given last time.
          { width: floating.offsetWidth, height: floating.scrollHeight },
          { width: html.clientWidth, height: html.clientHeight },
        );
        floating.style.maxHeight = `${maxHeight}px`;
        floating.style.transform = `translate(${x}px, ${y}px)`;
      });
    },
    announce(text) {
      live.textContent = '';
      clearTimeout(announcing);
      announcing = setTimeout(() => {
        live.textContent = text;
      }, ANNOUNCE_DELAY_MS);
    },
    focus() {
      floating.querySelector<HTMLElement>('button, [tabindex]')?.focus();
    },
    hide() {
      clearTimeout(announcing);
      live.textContent = '';
      stopFollowing?.();
      stopFollowing = undefined;
      shown?.clear(floating);
      shown = undefined;
      element.remove();
    },
    destroy() {
      this.hide();
      element.removeEventListener('pointerenter', events.enter);
      element.removeEventListener('pointerleave', events.leave);
    },
  };
}
