import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import type { NewsEntry } from '../lib/data/whats-new';
import type { ModelSummary } from '../lib/messaging/protocol';
import type { CardData } from '../lib/page/card-data';
import type { OnThisPage as OnThisPageState } from '../lib/toolbar/on-this-page';
import { ModelCard } from './ModelCard';
import { OnThisPage } from './OnThisPage';
import { ResultPrice } from './ResultPrice';
import { useModelSearch } from './use-model-search';
import { WhatsNew } from './WhatsNew';

export interface SearchPanelProps {
  /** What the search box starts with (a lookup opened from a page). */
  initialQuery?: string;
  search(query: string): Promise<ModelSummary[]>;
  details(id: string): Promise<CardData | undefined>;
  /** The models the active tab names; "On this page" shows while the search box is empty. */
  pageModels?(): Promise<OnThisPageState>;
  /** What the last refreshes changed; "What's new" shows while the search box is empty. */
  whatsNew?(): Promise<{ entries: NewsEntry[]; unseen: boolean }>;
  /** The reader has seen What's new (the toolbar icon's dot goes). */
  onNewsSeen?(): void;
  onCompare?(ids: string[]): void;
  onCopyId?(id: string): Promise<void>;
}

/** "overall 72.3", starred with a title when the overall score rests on few categories. */
function OverallScore({ overall }: { overall: ModelSummary['overall'] }) {
  if (!overall) return <span class="result-score missing">no score</span>;
  return (
    <span
      class="result-score"
      title={overall.provisional ? 'Overall score, provisional: few categories have data' : 'Overall score'}
    >
      <span class="result-score-label">overall </span>
      <span class="result-score-value">
        {overall.value.toFixed(1)}
        {overall.provisional && '*'}
      </span>
    </span>
  );
}

export function SearchPanel({
  initialQuery = '',
  search,
  details,
  pageModels,
  whatsNew,
  onNewsSeen,
  onCompare,
  onCopyId,
}: SearchPanelProps) {
  const { query, results, active, error, searching, run, navigate } = useModelSearch(search);
  const chosen = useSignal<CardData | undefined>(undefined);
  const onThisPage = useSignal<OnThisPageState | undefined>(undefined);
  const news = useSignal<{ entries: NewsEntry[]; unseen: boolean } | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    if (initialQuery) void onInput(initialQuery);
    pageModels?.().then(
      (state) => (onThisPage.value = state),
      () => (onThisPage.value = { kind: 'unavailable' }),
    );
    whatsNew?.().then(
      (kept) => {
        news.value = kept;
        if (kept.unseen) onNewsSeen?.();
      },
      (failure: unknown) => console.warn('[ModelPeek]', failure),
    );
  }, []);

  const onInput = (text: string) => {
    chosen.value = undefined;
    return run(text);
  };

  const choose = async (id: string | undefined) => {
    if (!id) return;
    try {
      chosen.value = await details(id);
      error.value = chosen.value ? undefined : 'That model is no longer in the dataset.';
    } catch (failure) {
      error.value = `Lookup failed: ${failure instanceof Error ? failure.message : String(failure)}`;
    }
  };

  const onKeyDown = (event: KeyboardEvent) => navigate(event, (id) => void choose(id));

  return (
    <main class="search">
      <label class="search-label" for="model-search">
        Look up a model
      </label>
      <input
        id="model-search"
        ref={input}
        type="search"
        placeholder="Name or id, e.g. gpt-4.1 mini"
        autocomplete="off"
        spellcheck={false}
        // biome-ignore lint/a11y/noRedundantRoles: no list attribute is rendered, so the role is not implicit
        role="combobox"
        list={undefined}
        aria-expanded={results.value.length > 0 && !chosen.value}
        aria-controls="model-results"
        aria-activedescendant={results.value.length ? `result-${active.value}` : undefined}
        value={query}
        onInput={(event) => void onInput(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {error.value && (
        <p class="error" role="alert">
          {error.value}
        </p>
      )}
      {chosen.value ? (
        <div class="detail">
          <button type="button" class="back" onClick={() => (chosen.value = undefined)}>
            ← Results
          </button>
          <ModelCard {...chosen.value} onCompare={onCompare} onCopyId={onCopyId} />
        </div>
      ) : (
        <div id="model-results" class="results" role="listbox" aria-label="Models" aria-busy={searching.value}>
          {results.value.map((model, i) => (
            <div
              key={model.id}
              id={`result-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === active.value}
              class={i === active.value ? 'result active' : 'result'}
              onClick={() => void choose(model.id)}
              onKeyDown={(event) => event.key === 'Enter' && void choose(model.id)}
              onMouseEnter={() => (active.value = i)}
            >
              <span class="result-name">{model.name}</span>
              <span class="result-id">{model.id}</span>
              <OverallScore overall={model.overall} />
              <ResultPrice model={model} />
            </div>
          ))}
          {query.value.trim() && results.value.length === 0 && !error.value && (
            <p class="empty">No model matches “{query.value}”.</p>
          )}
        </div>
      )}
      {!chosen.value && !query.value.trim() && (
        <OnThisPage state={onThisPage.value} onChoose={(id) => void choose(id)} onCompare={onCompare} />
      )}
      {!chosen.value && !query.value.trim() && news.value && (
        <WhatsNew entries={news.value.entries} unseen={news.value.unseen} onChoose={(id) => void choose(id)} />
      )}
    </main>
  );
}
