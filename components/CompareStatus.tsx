import { describeStatus } from '../lib/compare/status';
import type { Model } from '../lib/data/schema';

/** Where each compared model stands with its vendor, for those with a status (preview, deprecated, retired). */
export function CompareStatus({
  models,
  names,
}: {
  models: readonly Model[];
  names: Readonly<Record<string, string>>;
}) {
  const withStatus = models.filter((m) => m.status);
  if (withStatus.length === 0) return null;
  return (
    <ul class="statuses" aria-label="Status">
      {withStatus.map((m) => (
        <li key={m.id} class={`status ${m.status?.stage}`} data-model={m.id}>
          <strong>{m.name}</strong>: {m.status && describeStatus(m.status, (id) => names[id])}
        </li>
      ))}
    </ul>
  );
}
