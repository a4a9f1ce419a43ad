/** Resolvers of the turns asked for, in order; one channel serves them all (a new one per turn costs more). */
const turns: (() => void)[] = [];
let turnChannel: MessageChannel | undefined;

/**
 * Yields to the page with a message-channel turn: queued behind the page's own tasks (unlike
 * `scheduler.yield()`, which would run first and starve them), and without timer clamping.
 * Where there is no MessageChannel, a timer turn.
 */
export function yieldToPage(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve));
  if (!turnChannel) {
    turnChannel = new MessageChannel();
    turnChannel.port1.onmessage = () => turns.shift()?.();
  }
  const channel = turnChannel;
  return new Promise((resolve) => {
    turns.push(resolve);
    channel.port2.postMessage(null);
  });
}

/**
 * Waits until the page is idle (the browser has nothing else to do before its next frame), and
 * resolves with what tells how long it stays idle; after `timeoutMs` without an idle moment, at
 * once, with 0 for it. Where there is no idle callback, after a turn, with 0.
 */
export function idleTurn(timeoutMs: number): Promise<() => number> {
  if (typeof requestIdleCallback === 'undefined') return yieldToPage().then(() => () => 0);
  return new Promise((resolve) =>
    requestIdleCallback((deadline) => resolve(deadline.didTimeout ? () => 0 : () => deadline.timeRemaining()), {
      timeout: timeoutMs,
    }),
  );
}
