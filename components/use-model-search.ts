import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { ModelSummary } from '../lib/messaging/protocol';

/**
 * The state of a model search box (a combobox): what was typed, the results of the latest search
 * only (an older answer arriving late is dropped), the active result, and the keys that move it.
 */
export function useModelSearch(search: (query: string) => Promise<ModelSummary[]>) {
  const query = useSignal('');
  const results = useSignal<ModelSummary[]>([]);
  const active = useSignal(0);
  const error = useSignal<string | undefined>(undefined);
  /** A search is on its way: the list is about to change (said to assistive tech with aria-busy). */
  const searching = useSignal(false);
  const latest = useRef(0);

  /** Searches for `text`; `keep` leaves out results the box does not offer. */
  const run = async (text: string, keep: (model: ModelSummary) => boolean = () => true) => {
    query.value = text;
    const ticket = ++latest.current;
    searching.value = true;
    try {
      const found = text.trim() ? await search(text) : [];
      if (ticket !== latest.current) return;
      results.value = found.filter(keep);
      active.value = 0;
      error.value = undefined;
    } catch (failure) {
      error.value = `Search failed: ${failure instanceof Error ? failure.message : String(failure)}`;
    } finally {
      if (ticket === latest.current) searching.value = false;
    }
  };

  /** Arrow keys move the active result, Enter chooses it; whether the key was one of them. */
  const navigate = (event: KeyboardEvent, choose: (id: string | undefined) => void): boolean => {
    const count = results.value.length;
    if (event.key === 'ArrowDown' && count) active.value = (active.value + 1) % count;
    else if (event.key === 'ArrowUp' && count) active.value = (active.value - 1 + count) % count;
    else if (event.key === 'Enter') choose(results.value[active.value]?.id);
    else return false;
    event.preventDefault();
    return true;
  };

  return { query, results, active, error, searching, run, navigate };
}
