import { compareModels, type Delta, largestDeltas } from '../lib/compare/deltas';
import { keyBenchmarks } from '../lib/compare/highlights';
import { cardVerdict } from '../lib/compare/verdict';
import type { CardData } from '../lib/page/card-data';

const VERDICT_MARKS: Record<Delta['verdict'], string> = { better: '▲', worse: '▼', same: '=' };

/** Differences as a list, each marked and coloured by whether it is good news for the reader. */
export function DeltaList({ deltas }: { deltas: readonly Delta[] }) {
  return (
    <ul>
      {deltas.map((delta) => (
        <li key={delta.label} class={`delta ${delta.verdict}`}>
          <span class="mark" aria-hidden="true">
            {VERDICT_MARKS[delta.verdict]}
          </span>
          <span class="delta-text">{delta.text}</span>
        </li>
      ))}
    </ul>
  );
}

/** Every difference with the target the figures allow: the card's largest first, the rest under More. */
export function cardDeltas({ model, target, benchmarks }: Pick<CardData, 'model' | 'target' | 'benchmarks'>) {
  const all = target ? compareModels(model, target, keyBenchmarks(benchmarks, model, target), benchmarks) : [];
  const largest = largestDeltas(all);
  return { largest, rest: all.filter((d) => !largest.includes(d)) };
}

type Props = Pick<CardData, 'model' | 'target' | 'benchmarks' | 'tokenMix' | 'isBaseline'>;

/** The comparison on the card's first screen: a one-line verdict against the target and its 3 largest differences. */
export function CardComparison({ model, target, benchmarks, tokenMix, isBaseline }: Props) {
  if (!target) {
    return (
      <p class="hint">
        {isBaseline
          ? 'This is your baseline model.'
          : 'Name another model nearby, or set a baseline, to see the differences.'}
      </p>
    );
  }
  const line = cardVerdict(model, target, benchmarks, tokenMix);
  const { largest } = cardDeltas({ model, target, benchmarks });
  return (
    <section class="deltas" aria-label={`Compared with ${target.name}`}>
      <h3>
        vs <span class="target">{target.name}</span>
        {line && <span class="verdict-line">: {line}</span>}
      </h3>
      {largest.length > 0 ? <DeltaList deltas={largest} /> : <p class="missing">No figures in common.</p>}
    </section>
  );
}
