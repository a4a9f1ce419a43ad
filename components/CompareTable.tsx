import { useSignal } from '@preact/signals';
import type { TokenMix } from '../lib/compare/cost';
import { categoryScores, overallScore, SCORED_CATEGORIES } from '../lib/compare/overall';
import { CATEGORY_WORDS } from '../lib/compare/verdict';
import type { Benchmark, Citation, Model, Source } from '../lib/data/schema';
import { citeText, NO_DATA } from './CompareCite';
import { operationalFigures } from './compare-figures';

interface Column {
  key: string;
  label: string;
  value(model: Model): number | undefined;
  show(value: number, model: Model): string;
  cite?(model: Model): Citation | undefined;
  /** The direction a first click sorts in: best first. */
  better: 'lower' | 'higher';
}

interface Props {
  models: readonly Model[];
  benchmarks: readonly Benchmark[];
  sources: readonly Source[];
  mix: TokenMix;
}

type Direction = 'ascending' | 'descending';

function columnsFor(models: readonly Model[], benchmarks: readonly Benchmark[], mix: TokenMix): Column[] {
  const categoryValue = (category: string) => (m: Model) =>
    categoryScores(m, benchmarks).find((c) => c.category === category)?.value;
  const categories = SCORED_CATEGORIES.filter((c) => models.some((m) => categoryValue(c)(m) !== undefined));
  return [
    {
      key: 'overall',
      label: 'Overall',
      value: (m) => overallScore(m, benchmarks)?.value,
      show: (v) => v.toFixed(1),
      better: 'higher',
    },
    ...categories.map(
      (c): Column => ({
        key: c,
        label: CATEGORY_WORDS[c],
        value: categoryValue(c),
        show: (v) => v.toFixed(1),
        better: 'higher',
      }),
    ),
    ...operationalFigures(mix).map((f): Column => ({ ...f, better: f.better ?? 'higher' })),
  ];
}

/** Models with a figure first in the chosen direction; models without it always last. */
export function sortModels(models: readonly Model[], column: Column | undefined, direction: Direction): Model[] {
  if (!column) return [...models];
  const sign = direction === 'ascending' ? 1 : -1;
  return [...models].sort((x, y) => {
    const [a, b] = [column.value(x), column.value(y)];
    if (a === undefined || b === undefined) return a === undefined ? (b === undefined ? 0 : 1) : -1;
    return (a - b) * sign;
  });
}

/** Three or more models in one sortable table: a header's button (click, Enter or Space) sorts by it. */
export function CompareTable({ models, benchmarks, sources, mix }: Props) {
  const sort = useSignal<{ key: string; direction: Direction } | undefined>(undefined);
  const columns = columnsFor(models, benchmarks, mix);
  const active = columns.find((c) => c.key === sort.value?.key);
  const rows = sortModels(models, active, sort.value?.direction ?? 'descending');
  const toggle = (column: Column) => {
    const first: Direction = column.better === 'lower' ? 'ascending' : 'descending';
    const current = sort.value?.key === column.key ? sort.value.direction : undefined;
    const direction = current === undefined ? first : current === 'ascending' ? 'descending' : 'ascending';
    sort.value = { key: column.key, direction };
  };
  return (
    <section class="panel table" aria-labelledby="table-title">
      <h2 id="table-title">{models.length} models side by side</h2>
      <div class="scroll">
        <table class="grid sortable">
          <caption>Choose a column heading to sort by it; models without the figure stay at the bottom.</caption>
          <thead>
            <tr>
              <th scope="col">Model</th>
              {columns.map((column) => (
                <th
                  scope="col"
                  key={column.key}
                  data-column={column.key}
                  aria-sort={sort.value?.key === column.key ? sort.value.direction : 'none'}
                >
                  <button type="button" onClick={() => toggle(column)}>
                    {column.label}
                    <span class="sort-mark" aria-hidden="true">
                      {sort.value?.key === column.key ? (sort.value.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((model) => (
              <tr key={model.id} data-model={model.id}>
                <th scope="row">{model.name}</th>
                {columns.map((column) => {
                  const value = column.value(model);
                  const citation = column.cite?.(model);
                  return (
                    <td key={column.key} title={citation ? citeText(citation, sources, true) : undefined}>
                      {value === undefined ? <span class="missing">{NO_DATA}</span> : column.show(value, model)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
