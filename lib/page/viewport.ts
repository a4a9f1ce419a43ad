import type { Layout } from './regions';

/** The zone scanned first reaches this many viewport heights above and below the viewport. */
const MARGIN_VIEWPORTS = 1;

/**
 * The page's layout as the browser has it, in the viewport's coordinates: the viewport with a
 * margin, and element boxes. Reading a box lays the page out if it changed, so the page index
 * reads them at the start of a frame, when the browser lays it out anyway.
 */
export function viewportLayout(win: Window): Layout {
  return {
    zone() {
      const height = win.innerHeight;
      return { top: -MARGIN_VIEWPORTS * height, bottom: (1 + MARGIN_VIEWPORTS) * height };
    },
    extent(element) {
      const box = element.getBoundingClientRect();
      return box.width === 0 && box.height === 0 ? undefined : { top: box.top, bottom: box.bottom };
    },
  };
}

/** Calls `moved` when the viewport may show other parts of the page: a scroll (of the page or a box in it), a resize. */
export function watchViewport(win: Window, signal: AbortSignal, moved: () => void): void {
  win.addEventListener('scroll', moved, { capture: true, passive: true, signal });
  win.addEventListener('resize', moved, { passive: true, signal });
}

/** Resolves at the start of the next frame. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
