import type { TokenMix } from '../lib/compare/cost';
import type { Model, Source } from '../lib/data/schema';
import { Cite, Value } from './CompareCite';
import { compareFigure, operationalFigures } from './compare-figures';

interface Props {
  models: readonly [Model, Model];
  sources: readonly Source[];
  mix: TokenMix;
  priceNotes: Readonly<Record<string, string>>;
}

/** Price, speed, latency, limits and release of two models, the better figure marked in words and colour. */
export function CompareOperational({ models, sources, mix, priceNotes }: Props) {
  const notes = models.flatMap((m) => (priceNotes[m.id] ? [`${m.name}: ${priceNotes[m.id]}`] : []));
  return (
    <section class="panel operational" aria-labelledby="operational-title">
      <h2 id="operational-title">Price, speed and limits</h2>
      <table class="grid">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {models.map((m, i) => (
              <th scope="col" key={m.id} class={`series-${i}`}>
                {m.name}
              </th>
            ))}
            <th scope="col">Better</th>
          </tr>
        </thead>
        <tbody>
          {operationalFigures(mix).map((figure) => {
            const comparison = compareFigure(figure, models);
            return (
              <tr key={figure.key} data-figure={figure.key}>
                <th scope="row">{figure.label}</th>
                {models.map((m, i) => {
                  const value = figure.value(m);
                  const best = comparison.winner === i;
                  return (
                    <td key={m.id} class={best ? 'best' : undefined}>
                      <Value text={value === undefined ? undefined : figure.show(value, m)} />
                      {best && <span class="best-tag"> better</span>}
                      <Cite citation={figure.cite(m)} sources={sources} />
                    </td>
                  );
                })}
                <td class={comparison.winner === undefined ? 'comparison' : `comparison series-${comparison.winner}`}>
                  {comparison.text}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {notes.map((note) => (
        <p key={note} class="price-note">
          {note}
        </p>
      ))}
    </section>
  );
}
