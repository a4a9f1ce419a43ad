import type { Layout } from './regions';

/** The zone scanned first reaches this many viewport heights above and below the viewport. */
const MARGIN_VIEWPORTS = 1;

/**
 * The page's layout as the browser has it, in the viewport's coordinates: the viewport with a
 * margin, element boxes, and the next frame (reading a box lays the page out if it changed, so
 * the page index reads them at the start of a frame, when the browser lays it out anyway), and
 * what moves the viewport: a scroll, of the page or of a box in it, and a resize.
 */
export function viewportLayout(win: Window, signal: AbortSignal): Layout {
  return {
    zone() {
      const height = win.innerHeight;
      return { top: -MARGIN_VIEWPORTS * height, bottom: (1 + MARGIN_VIEWPORTS) * height };
    },
    view: () => ({ top: 0, bottom: win.innerHeight }),
    extent(element) {
      const box = element.getBoundingClientRect();
      return box.width === 0 && box.height === 0 ? undefined : { top: box.top, bottom: box.bottom };
    },
    frame: () => new Promise((resolve) => win.requestAnimationFrame(() => resolve())),
    watch(moved) {
      win.addEventListener('scroll', moved, { capture: true, passive: true, signal });
      win.addEventListener('resize', moved, { passive: true, signal });
    },
  };
}
