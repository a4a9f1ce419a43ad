import type { Status } from '../data/schema';

/**
 * Where a model stands, in words: "Preview", "Deprecated until 2026-10-14", "Retired on
 * 2024-01-04", with its successor when the vendor names one and `successorName` knows it
 * ("… · successor: GPT-4.1").
 */
export function describeStatus(status: Status, successorName?: (id: string) => string | undefined): string {
  const { stage, date, successor } = status;
  const when = date ? (stage === 'retired' ? ` on ${date}` : stage === 'deprecated' ? ` until ${date}` : '') : '';
  const next = successor && (successorName?.(successor) ?? successor);
  return `${stage.charAt(0).toUpperCase()}${stage.slice(1)}${when}${next ? ` · successor: ${next}` : ''}`;
}
