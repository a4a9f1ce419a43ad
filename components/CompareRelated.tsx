import { compareHash } from '../lib/compare/selection';
import type { RelatedAnswer } from '../lib/messaging/protocol';

/** "Related comparisons": other head-to-heads worth a look, each a link to its own comparison. */
export function CompareRelated({ related }: { related: RelatedAnswer }) {
  if (related.pairs.length === 0) return null;
  const name = (id: string) => related.names[id] ?? id;
  return (
    <section class="panel related" aria-labelledby="related-title">
      <h2 id="related-title">Related comparisons</h2>
      <ul>
        {related.pairs.map(({ ids, reason }) => (
          <li key={ids.join()} data-pair={ids.join()}>
            <a href={compareHash(ids)}>
              {name(ids[0])} vs {name(ids[1])}
            </a>{' '}
            <span class="reason">{reason}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
