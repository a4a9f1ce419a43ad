import { categoryScores } from '../lib/compare/overall';
import { MAX_COMPARED } from '../lib/compare/selection';
import type { Benchmark, Model } from '../lib/data/schema';
import type { LookupAnswer, ModelSummary, RelatedAnswer } from '../lib/messaging/protocol';
import { type CostSettings, tokenMixOf } from '../lib/settings/cost';
import { CompareCost } from './CompareCost';
import { CompareFaq } from './CompareFaq';
import { CompareOperational } from './CompareOperational';
import { CompareRadar } from './CompareRadar';
import { CompareRelated } from './CompareRelated';
import { CompareScores } from './CompareScores';
import { CompareSelection } from './CompareSelection';
import { CompareStatus } from './CompareStatus';
import { CompareTable } from './CompareTable';
import { CompareVerdict } from './CompareVerdict';
import { ModelCard } from './ModelCard';

/** What the background answers for the selected ids (lookupModels). */
export type CompareData = LookupAnswer;

export interface ComparePageProps {
  /** The selection, in order; the URL's hash holds the same list. */
  ids: readonly string[];
  /** How many models the page was asked to compare: more than `ids` past the limit. */
  asked?: number;
  data?: CompareData;
  /** Other comparisons worth a look, the sibling line, and successors' names (getRelated). */
  related?: RelatedAnswer;
  loading: boolean;
  error?: string;
  cost: CostSettings;
  onCostChange(next: CostSettings): void;
  search(query: string): Promise<ModelSummary[]>;
  onSelectionChange(ids: string[]): void;
}

/** The head-to-head page: two models in depth, or three and more in a sortable table. A pure view. */
export function ComparePage(props: ComparePageProps) {
  const { ids, data, loading, error, cost } = props;
  const models = ids.flatMap((id) => data?.models.find((m) => m.id === id) ?? []);
  const unknown = loading ? [] : ids.filter((id) => !models.some((m) => m.id === id));
  const mix = tokenMixOf(cost);
  const benchmarks = data?.benchmarks ?? [];
  const sources = data?.sources ?? [];
  const [first, second] = models;
  const pair = models.length === 2 && first && second ? ([first, second] as const) : undefined;
  const title = models.length ? models.map((m) => m.name).join(' vs ') : 'Compare models';

  return (
    <main class="compare">
      <header class="page-header">
        <p class="brand">ModelPeek</p>
        <h1>{title}</h1>
        {pair && props.related?.sibling && <p class="sibling">{props.related.sibling}</p>}
      </header>
      <CompareSelection ids={ids} models={models} search={props.search} onChange={props.onSelectionChange} />
      {props.asked !== undefined && props.asked > ids.length && (
        <p class="hint fewer" role="status">
          Showing the first {ids.length} of the {props.asked} models asked for: a comparison holds at most{' '}
          {MAX_COMPARED}.
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {loading && (
        <p class="status" aria-live="polite">
          Loading figures…
        </p>
      )}
      {unknown.length > 0 && <p class="missing">Not in the dataset: {unknown.join(', ')}</p>}
      <CompareStatus models={models} names={props.related?.names ?? {}} />
      {!loading && models.length === 0 && <p class="hint">Add two models to compare them.</p>}
      {models.length === 1 && first && data && (
        <>
          <p class="hint">Add another model to compare {first.name} with.</p>
          <ModelCard
            model={first}
            providers={data.providers}
            benchmarks={benchmarks}
            sources={sources}
            priceNote={data.priceNotes[first.id]}
          />
        </>
      )}
      {pair && (
        <div class="head-to-head">
          <CompareVerdict models={pair} benchmarks={benchmarks} mix={mix} />
          <section class="panel radar-panel" aria-labelledby="radar-heading">
            <h2 id="radar-heading">Categories at a glance</h2>
            <CompareRadar models={radarModels(pair, benchmarks)} />
          </section>
          <CompareScores models={pair} benchmarks={benchmarks} sources={sources} />
          <CompareOperational models={pair} sources={sources} mix={mix} priceNotes={data?.priceNotes ?? {}} />
          <CompareFaq models={pair} benchmarks={benchmarks} mix={mix} />
          {props.related && <CompareRelated related={props.related} />}
        </div>
      )}
      {models.length > 2 && (
        <>
          <CompareTable models={models} benchmarks={benchmarks} sources={sources} mix={mix} />
          <section class="panel radar-panel" aria-labelledby="radar-heading">
            <h2 id="radar-heading">Categories at a glance</h2>
            <CompareRadar models={radarModels(models, benchmarks)} />
          </section>
        </>
      )}
      {models.length > 1 && <CompareCost models={models} cost={cost} onCostChange={props.onCostChange} />}
    </main>
  );
}

function radarModels(models: readonly Model[], benchmarks: readonly Benchmark[]) {
  return models.map((m) => ({
    id: m.id,
    name: m.name,
    values: Object.fromEntries(categoryScores(m, benchmarks).map((c) => [c.category, c.value])),
  }));
}
