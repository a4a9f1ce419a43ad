import { keyBenchmarks } from '../lib/compare/highlights';
import { overallScore } from '../lib/compare/overall';
import { CATEGORY_WORDS } from '../lib/compare/verdict';
import { formatInteger, formatScore, formatSeconds, formatTokens, formatUsd } from '../lib/format/numbers';
import type { CardData } from '../lib/page/card-data';
import { cardDeltas, DeltaList } from './CardComparison';
import { Bar, capitalized, cited, Figure, NO_DATA } from './card-parts';

/** The control that switches the compared model among the page's models and the baseline. */
function TargetSwitch({
  current,
  choices,
  onTarget,
}: {
  current?: string;
  choices: readonly { id: string; name: string }[];
  onTarget(id: string): void;
}) {
  return (
    <label class="target-switch">
      Compare with{' '}
      <select value={current ?? ''} onChange={(event) => onTarget(event.currentTarget.value)}>
        {!current && <option value="">choose a model</option>}
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
      </select>
    </label>
  );
}

interface Props
  extends Pick<CardData, 'model' | 'target' | 'benchmarks' | 'sources' | 'targetChoices'>,
    Required<Pick<CardData, 'sections'>> {
  onTarget?(id: string): void;
}

/**
 * Everything past the card's first screen: the other figures, the category scores and key
 * benchmarks, the rest of the differences, the target switch and where each figure comes from.
 */
export function CardMore({ model, target, benchmarks, sources, sections, targetChoices, onTarget }: Props) {
  const { price, speed, limits } = model;
  /** Sold by the token or, a speech, voice or image model, by another unit. */
  const listPrice = price ?? model.unitPrice;
  const shown = keyBenchmarks(benchmarks, model, target);
  const overall = overallScore(model, benchmarks);
  const { rest } = cardDeltas({ model, target, benchmarks });
  const scoreSources = [...new Set(shown.map((b) => cited(model.scores[b.id], sources)))];
  return (
    <div class="details">
      {sections.operational && (
        <dl class="figures">
          <Figure
            label="Cached /1M"
            value={price?.cachedInput !== undefined ? formatUsd(price.cachedInput) : undefined}
          />
          <Figure
            label="Max output"
            value={limits?.maxOutput !== undefined ? formatTokens(limits.maxOutput) : undefined}
            title={limits?.maxOutput !== undefined ? `${formatInteger(limits.maxOutput)} tokens` : undefined}
          />
          <Figure label="First token" value={speed && formatSeconds(speed.timeToFirstTokenSeconds)} />
          <Figure label="Released" value={model.releaseDate} />
        </dl>
      )}
      <code class="id">{model.id}</code>
      {sections.scores && <Scores overall={overall} shown={shown} model={model} sources={sources} />}
      {sections.deltas && target && rest.length > 0 && (
        <section class="deltas" aria-label={`More differences with ${target.name}`}>
          <h3>
            More vs <span class="target">{target.name}</span>
          </h3>
          <DeltaList deltas={rest} />
        </section>
      )}
      {targetChoices && targetChoices.length > (target ? 1 : 0) && onTarget && (
        <TargetSwitch current={target?.id} choices={targetChoices} onTarget={onTarget} />
      )}
      {sections.provenance && (
        <footer class="provenance">
          <p title={cited(listPrice, sources, true)}>Price: {cited(listPrice, sources)}</p>
          <p title={cited(limits, sources, true)}>Context: {cited(limits, sources)}</p>
          <p title={cited(speed, sources, true)}>Speed: {cited(speed, sources)}</p>
          {scoreSources.length > 0 && <p>Scores: {scoreSources.join('; ')}</p>}
        </footer>
      )}
    </div>
  );
}

function Scores({
  overall,
  shown,
  model,
  sources,
}: {
  overall: ReturnType<typeof overallScore>;
  shown: ReturnType<typeof keyBenchmarks>;
} & Pick<CardData, 'model' | 'sources'>) {
  return (
    <>
      {overall && overall.categories.length > 1 && (
        <ul class="scores categories" aria-label="Category scores">
          {overall.categories.map((c) => (
            <Bar
              key={c.category}
              label={capitalized(CATEGORY_WORDS[c.category])}
              percent={c.value}
              text={c.value.toFixed(1)}
              title={`${capitalized(CATEGORY_WORDS[c.category])}: mean of ${c.benchmarks.join(', ')}`}
            />
          ))}
        </ul>
      )}
      {shown.length > 0 ? (
        <ul class="scores" aria-label="Scores">
          {shown.map((benchmark) => {
            const score = model.scores[benchmark.id];
            return (
              score && (
                <Bar
                  key={benchmark.id}
                  label={benchmark.shortName}
                  percent={benchmark.unit === 'percent' ? score.value : undefined}
                  text={formatScore(score.value, benchmark.unit)}
                  title={`${benchmark.name}: ${cited(score, sources, true)}`}
                />
              )
            );
          })}
        </ul>
      ) : (
        <p class="missing">Scores: {NO_DATA}</p>
      )}
    </>
  );
}
