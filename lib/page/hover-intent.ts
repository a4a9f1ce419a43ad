/** Hover timings, in one place (after Wikipedia Page Previews and WCAG 1.4.13). */
export const HOVER_TIMINGS = {
  /** Pointer rests this long on a name before its figures are fetched. */
  dwellMs: 150,
  /** ...and this long (from first resting) before the card shows. */
  showMs: 350,
  /** After the pointer leaves the name and the card, the card stays this long. */
  graceMs: 300,
};
export type HoverTimings = typeof HOVER_TIMINGS;

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface HoverCallbacks<T> {
  /** Start fetching what the card for `target` needs. */
  prepare(target: T): void;
  show(target: T): void;
  hide(): void;
}

type State<T> =
  | { name: 'idle' }
  | { name: 'dwelling'; target: T }
  | { name: 'shown'; target: T }
  | { name: 'leaving'; target: T };

/**
 * When the card opens and closes. Pointer events go in; prepare/show/hide come out. Every timer
 * belongs to the state that set it and is cancelled on leaving it, so stale work never fires.
 */
export function createHoverIntent<T>(
  callbacks: HoverCallbacks<T>,
  timers: Timers,
  timings: HoverTimings = HOVER_TIMINGS,
) {
  let state: State<T> = { name: 'idle' };
  let pending: unknown[] = [];

  const cancel = () => {
    for (const handle of pending) timers.clearTimeout(handle);
    pending = [];
  };
  const after = (ms: number, run: () => void) => {
    pending.push(timers.setTimeout(run, ms));
  };

  const hideNow = () => {
    cancel();
    const wasShown = state.name === 'shown' || state.name === 'leaving';
    state = { name: 'idle' };
    if (wasShown) callbacks.hide();
  };

  const startLeaving = () => {
    if (state.name !== 'shown') return;
    state = { name: 'leaving', target: state.target };
    after(timings.graceMs, hideNow);
  };

  return {
    get state(): State<T>['name'] {
      return state.name;
    },
    /** The pointer is on a name. Repeating it for the same name changes nothing. */
    enterTarget(target: T) {
      if (state.name !== 'idle' && state.target === target) {
        if (state.name === 'leaving') {
          cancel();
          state = { name: 'shown', target };
        }
        return;
      }
      hideNow();
      state = { name: 'dwelling', target };
      after(timings.dwellMs, () => callbacks.prepare(target));
      after(timings.showMs, () => {
        pending = [];
        state = { name: 'shown', target };
        callbacks.show(target);
      });
    },
    /** The pointer is on no name (and not on the card). */
    leaveTarget() {
      if (state.name === 'dwelling') {
        cancel();
        state = { name: 'idle' };
      } else startLeaving();
    },
    /** The pointer entered the card: it stays open. */
    enterCard() {
      if (state.name === 'leaving') {
        cancel();
        state = { name: 'shown', target: state.target };
      }
    },
    leaveCard() {
      startLeaving();
    },
    /** Escape, scroll-away or teardown: close at once. */
    dismiss() {
      hideNow();
    },
    /** Open the card for a target at once (keyboard). */
    showNow(target: T) {
      hideNow();
      state = { name: 'shown', target };
      callbacks.prepare(target);
      callbacks.show(target);
    },
  };
}
