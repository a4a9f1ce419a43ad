import type { TokenMix } from '../lib/compare/cost';
import { compareFaq } from '../lib/compare/faq';
import type { Benchmark, Model } from '../lib/data/schema';

interface Props {
  models: readonly [Model, Model];
  benchmarks: readonly Benchmark[];
  mix: TokenMix;
}

/** The questions readers ask of a head-to-head, answered in plain words from the figures both models have. */
export function CompareFaq({ models, benchmarks, mix }: Props) {
  const entries = compareFaq(models[0], models[1], benchmarks, mix);
  if (entries.length === 0) return null;
  return (
    <section class="panel faq" aria-labelledby="faq-title">
      <h2 id="faq-title">Questions</h2>
      <dl>
        {entries.map(({ question, answer }) => (
          <div key={question}>
            <dt>{question}</dt>
            <dd>{answer}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
