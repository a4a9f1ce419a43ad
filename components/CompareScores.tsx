import { type CategoryScore, categoryScores, overallScore, SCORED_CATEGORIES } from '../lib/compare/overall';
import { biggestSwing } from '../lib/compare/swing';
import { CATEGORY_WORDS } from '../lib/compare/verdict';
import type { Benchmark, Model, Source } from '../lib/data/schema';
import { formatScore, formatSignedPoints } from '../lib/format/numbers';
import { Cite, NO_DATA, safeHref, Value } from './CompareCite';

interface Props {
  models: readonly [Model, Model];
  benchmarks: readonly Benchmark[];
  sources: readonly Source[];
}

/** "+11.5", coloured by the model that leads (first or second), never by sign alone. */
function Difference({ x, y, digits = 1 }: { x: number | undefined; y: number | undefined; digits?: number }) {
  if (x === undefined || y === undefined) return <span class="missing">{NO_DATA}</span>;
  const difference = x - y;
  const text = formatSignedPoints(difference, digits);
  const leader = Number(difference.toFixed(digits)) === 0 ? 'even' : difference > 0 ? 'series-0' : 'series-1';
  return <span class={`difference ${leader}`}>{text}</span>;
}

const categoryList = (overall: { categories: readonly CategoryScore[] }) =>
  overall.categories.map((c) => c.category).join();

const shortNames = (ids: readonly string[], benchmarks: readonly Benchmark[]) =>
  ids.map((id) => benchmarks.find((b) => b.id === id)?.shortName ?? id).join(', ');

/** Overall and category scores side by side, the biggest swing, and every benchmark either has. */
/** A two-model table's head: what the rows are, each model's column, and their difference. */
function PairHead({ first, a, b }: { first: string; a: Model; b: Model }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" class="series-0">
          {a.name}
        </th>
        <th scope="col" class="series-1">
          {b.name}
        </th>
        <th scope="col">Difference</th>
      </tr>
    </thead>
  );
}

export function CompareScores({ models, benchmarks, sources }: Props) {
  const [a, b] = models;
  const overall = models.map((m) => overallScore(m, benchmarks));
  const categories = models.map((m) => categoryScores(m, benchmarks));
  const find = (i: number, category: string): CategoryScore | undefined =>
    categories[i]?.find((c) => c.category === category);
  const shown = SCORED_CATEGORIES.filter((c) => find(0, c) || find(1, c));
  const swing = biggestSwing(a, b, benchmarks);
  const listed = benchmarks.filter((bench) => a.scores[bench.id] || b.scores[bench.id]);

  return (
    <section class="panel scores" aria-labelledby="scores-title">
      <h2 id="scores-title">Scores</h2>
      <table class="grid">
        <caption>Overall and category scores (0–100); the difference is the first model's minus the second's.</caption>
        <PairHead first="Category" a={a} b={b} />
        <tbody>
          <tr class="overall-row">
            <th scope="row">Overall</th>
            {overall.map((o, i) => (
              <td key={models[i]?.id}>
                <Value text={o?.value.toFixed(1)} />
                {o?.provisional && (
                  <span class="note">
                    {' '}
                    provisional ({o.categories.length} of {SCORED_CATEGORIES.length})
                  </span>
                )}
              </td>
            ))}
            <td>
              <Difference x={overall[0]?.value} y={overall[1]?.value} />
              {overall[0] && overall[1] && categoryList(overall[0]) !== categoryList(overall[1]) && (
                <span class="note"> over different categories</span>
              )}
            </td>
          </tr>
          {shown.map((category) => {
            const [x, y] = [find(0, category), find(1, category)];
            const differentSets = x && y && x.benchmarks.join() !== y.benchmarks.join();
            return (
              <tr key={category}>
                <th scope="row">{CATEGORY_WORDS[category]}</th>
                {[x, y].map((c, i) => (
                  <td key={models[i]?.id} title={c ? shortNames(c.benchmarks, benchmarks) : undefined}>
                    <Value text={c?.value.toFixed(1)} />
                    {differentSets && c && <span class="note"> from {shortNames(c.benchmarks, benchmarks)}</span>}
                  </td>
                ))}
                <td>
                  <Difference x={x?.value} y={y?.value} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h3>Biggest swing</h3>
      {swing ? (
        <p class="swing">
          <strong>{swing.benchmark.name}</strong>: {a.name} {formatScore(swing.a, swing.benchmark.unit)} vs {b.name}{' '}
          {formatScore(swing.b, swing.benchmark.unit)} (
          <Difference x={swing.a} y={swing.b} digits={swing.benchmark.unit === 'elo' ? 0 : 1} />{' '}
          {swing.benchmark.unit === 'percent' ? 'points' : swing.benchmark.unit})
        </p>
      ) : (
        <p class="missing">No benchmark both models have.</p>
      )}

      <table class="grid benchmarks">
        <caption>Every benchmark either model has, with its source and as-of date.</caption>
        <PairHead first="Benchmark" a={a} b={b} />
        <tbody>
          {listed.map((bench) => {
            const href = safeHref(bench.url);
            return (
              <tr key={bench.id} data-benchmark={bench.id}>
                <th scope="row" title={bench.name}>
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {bench.shortName}
                    </a>
                  ) : (
                    bench.shortName
                  )}
                </th>
                {models.map((m) => {
                  const score = m.scores[bench.id];
                  return (
                    <td key={m.id}>
                      <Value text={score && formatScore(score.value, bench.unit)} />
                      <Cite citation={score} sources={sources} />
                    </td>
                  );
                })}
                <td>
                  <Difference
                    x={a.scores[bench.id]?.value}
                    y={b.scores[bench.id]?.value}
                    digits={bench.unit === 'elo' ? 0 : 1}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
