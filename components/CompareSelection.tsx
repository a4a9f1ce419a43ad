import { MAX_COMPARED } from '../lib/compare/selection';
import type { Model } from '../lib/data/schema';
import type { ModelSummary } from '../lib/messaging/protocol';
import { ResultPrice } from './ResultPrice';
import { useModelSearch } from './use-model-search';

interface Props {
  ids: readonly string[];
  models: readonly Model[];
  search(query: string): Promise<ModelSummary[]>;
  onChange(ids: string[]): void;
}

/** The compared models as removable chips, and a search box (combobox) to add one. */
export function CompareSelection({ ids, models, search, onChange }: Props) {
  const { query, results, active, error, run, navigate } = useModelSearch(search);
  const nameOf = (id: string) => models.find((m) => m.id === id)?.name ?? id;
  const full = ids.length >= MAX_COMPARED;

  // Models already compared are not offered again.
  const onInput = (text: string) => run(text, (m) => !ids.includes(m.id));
  const add = (id: string | undefined) => {
    if (!id || ids.includes(id) || full) return;
    query.value = '';
    results.value = [];
    onChange([...ids, id]);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (navigate(event, add) || event.key !== 'Escape') return;
    event.preventDefault();
    void onInput('');
  };

  return (
    <section class="selection" aria-label="Compared models">
      <ul class="chips">
        {ids.map((id, i) => (
          <li key={id} class={`chip series-${i % 6}`} data-model={id}>
            <span class="swatch" aria-hidden="true" />
            <span class="chip-name">{nameOf(id)}</span>
            <button
              type="button"
              class="remove"
              aria-label={`Remove ${nameOf(id)}`}
              onClick={() => onChange(ids.filter((x) => x !== id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div class="add">
        <label for="compare-add">Add a model</label>
        <input
          id="compare-add"
          type="search"
          placeholder={full ? `At most ${MAX_COMPARED} models` : 'Name or id, e.g. claude sonnet'}
          disabled={full}
          autocomplete="off"
          spellcheck={false}
          // biome-ignore lint/a11y/noRedundantRoles: no list attribute is rendered, so the role is not implicit
          role="combobox"
          list={undefined}
          aria-expanded={results.value.length > 0}
          aria-controls="compare-results"
          aria-activedescendant={results.value.length ? `compare-result-${active.value}` : undefined}
          value={query}
          onInput={(event) => void onInput(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        {error.value && (
          <p class="error" role="alert">
            {error.value}
          </p>
        )}
        <div id="compare-results" class="results" role="listbox" aria-label="Models to add">
          {results.value.map((model, i) => (
            <div
              key={model.id}
              id={`compare-result-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active.value}
              class={i === active.value ? 'result active' : 'result'}
              onClick={() => add(model.id)}
              onKeyDown={(event) => event.key === 'Enter' && add(model.id)}
              onMouseEnter={() => (active.value = i)}
            >
              <span class="result-name">{model.name}</span>
              <span class="result-id">{model.id}</span>
              <ResultPrice model={model} />
            </div>
          ))}
          {query.value.trim() && results.value.length === 0 && !error.value && (
            <p class="empty">No other model matches “{query.value}”.</p>
          )}
        </div>
      </div>
    </section>
  );
}
