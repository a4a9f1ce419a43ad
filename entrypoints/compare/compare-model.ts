import { signal } from '@preact/signals';
import type { CompareData } from '../../components/ComparePage';
import { readCompareHash } from '../../lib/compare/selection';

/** The page's state as signals, and the one action that changes it: show what a URL hash names. */
export function createCompareModel(lookup: (ids: string[]) => Promise<CompareData>) {
  const ids = signal<string[]>([]);
  /** How many models the hash asked for: more than `ids` past the limit. */
  const asked = signal(0);
  const data = signal<CompareData | undefined>(undefined);
  const loading = signal(true);
  const error = signal<string | undefined>(undefined);
  let latest = 0;

  async function show(hash: string) {
    // A ticket per request: a slow answer for an older hash never overwrites a newer one.
    const ticket = ++latest;
    ({ ids: ids.value, asked: asked.value } = readCompareHash(hash));
    loading.value = true;
    try {
      const answer = ids.value.length ? await lookup(ids.value) : undefined;
      if (ticket === latest) [data.value, error.value] = [answer, undefined];
    } catch (failure) {
      if (ticket === latest)
        error.value = `Lookup failed: ${failure instanceof Error ? failure.message : String(failure)}`;
    } finally {
      if (ticket === latest) loading.value = false;
    }
  }

  return { ids, asked, data, loading, error, show };
}
