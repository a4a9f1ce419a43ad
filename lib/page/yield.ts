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
