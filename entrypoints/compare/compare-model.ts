import { signal } from '@preact/signals';
import type { CompareData } from '../../components/ComparePage';
import { readCompareHash } from '../../lib/compare/selection';
import type { RelatedAnswer } from '../../lib/messaging/protocol';

/** The page's state as signals, and the one action that changes it: show what a URL hash names. */
export function createCompareModel(
  lookup: (ids: string[]) => Promise<CompareData>,
  relatedTo: (ids: string[]) => Promise<RelatedAnswer> = async () => ({ pairs: [], names: {} }),
) {
  const ids = signal<string[]>([]);
  /** How many models the hash asked for: more than `ids` past the limit. */
  const asked = signal(0);
  const data = signal<CompareData | undefined>(undefined);
  const related = signal<RelatedAnswer | undefined>(undefined);
  const loading = signal(true);
  const error = signal<string | undefined>(undefined);
  let latest = 0;

  async function show(hash: string) {
    // A ticket per request: a slow answer for an older hash never overwrites a newer one.
    const ticket = ++latest;
    ({ ids: ids.value, asked: asked.value } = readCompareHash(hash));
    const wanted = ids.value;
    loading.value = true;
    related.value = undefined;
    try {
      const answer = wanted.length ? await lookup(wanted) : undefined;
      if (ticket === latest) [data.value, error.value] = [answer, undefined];
    } catch (failure) {
      if (ticket === latest)
        error.value = `Lookup failed: ${failure instanceof Error ? failure.message : String(failure)}`;
      return;
    } finally {
      if (ticket === latest) loading.value = false;
    }
    // The figures show at once; the related comparisons follow, and a failure leaves them out.
    const more = wanted.length ? await relatedTo(wanted).catch(() => undefined) : undefined;
    if (ticket === latest) related.value = more;
  }

  return { ids, asked, data, related, loading, error, show };
}
