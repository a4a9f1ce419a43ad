import type { TokenMix } from '../lib/compare/cost';
import { betterFor, verdict } from '../lib/compare/verdict';
import type { Benchmark, Model } from '../lib/data/schema';

interface Props {
  models: readonly [Model, Model];
  benchmarks: readonly Benchmark[];
  mix: TokenMix;
}

/** The quick verdict and the "which is better for …" answers, each built only from figures both have. */
export function CompareVerdict({ models, benchmarks, mix }: Props) {
  const [a, b] = models;
  const answers = betterFor(a, b, benchmarks, mix);
  return (
    <section class="panel verdict" aria-labelledby="verdict-title">
      <h2 id="verdict-title">Quick verdict</h2>
      <p class="verdict-text">{verdict(a, b, benchmarks, mix)}</p>
      <h3>Which is better for…</h3>
      <dl class="better-for">
        {answers.map((answer) => (
          <div key={answer.topic} class={`answer ${answer.outcome}`} data-topic={answer.topic}>
            <dt>{answer.label}</dt>
            <dd>
              {answer.outcome === 'winner' && answer.winner ? (
                <>
                  <strong class={answer.winner === a ? 'series-0' : 'series-1'}>{answer.winner.name}</strong>,{' '}
                  {answer.margin}
                </>
              ) : answer.outcome === 'too-close' ? (
                'too close to call'
              ) : (
                <span class="missing">no data</span>
              )}
              {answer.figures && <span class="figures-note"> ({answer.figures})</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
