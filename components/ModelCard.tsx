import { blendedPrice, DEFAULT_TOKEN_MIX, formatBlendedUsd, mixRatio } from '../lib/compare/cost';
import { compareModels, type Delta } from '../lib/compare/deltas';
import { keyBenchmarks } from '../lib/compare/highlights';
import { overallScore, SCORED_CATEGORIES } from '../lib/compare/overall';
import { CATEGORY_WORDS } from '../lib/compare/verdict';
import type { Benchmark, Citation, Model, Source } from '../lib/data/schema';
import { formatInteger, formatScore, formatSeconds, formatSpeed, formatTokens, formatUsd } from '../lib/format/numbers';
import type { CardData, CardSections } from '../lib/page/card-data';
import { CardActions } from './CardActions';

export interface ModelCardProps extends CardData {
  /** Opens the full comparison of these model ids (the model, then its comparison target if any). */
  onCompare?(ids: string[]): void;
  /** Copies the model id to the clipboard. */
  onCopyId?(id: string): Promise<void>;
  /** Pins the model as the reader's baseline. */
  onSetBaseline?(id: string): void;
  /** Compares with another of the page's models (or the baseline) instead. */
  onTarget?(id: string): void;
}

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

const NO_DATA = 'no data';

const ALL_SECTIONS: CardSections = { scores: true, operational: true, deltas: true, provenance: true };

const VERDICT_MARKS: Record<Delta['verdict'], string> = { better: '▲', worse: '▼', same: '=' };

/** "Artificial Analysis, 2026-07-05" — with the source's note too when `withNote` (tooltips). */
function cited(citation: Citation | undefined, sources: readonly Source[], withNote = false): string {
  if (!citation) return NO_DATA;
  const source = sources.find((s) => s.id === citation.source);
  const note = withNote && citation.note ? ` (${citation.note})` : '';
  return `${source?.name ?? citation.source}, ${citation.asOf}${note}`;
}

function Figure({ label, value, title }: { label: string; value: string | undefined; title?: string }) {
  return (
    <div class="figure" title={title}>
      <dt>{label}</dt>
      <dd class={value === undefined ? 'missing' : undefined}>{value ?? NO_DATA}</dd>
    </div>
  );
}

/** One row of bars: a label, a 0–100 bar when the value has that scale, and the value in words. */
function Bar({ label, percent, text, title }: { label: string; percent?: number; text: string; title: string }) {
  return (
    <li class="score" title={title}>
      <span class="score-name">{label}</span>
      <span class="score-bar" aria-hidden="true">
        {percent !== undefined && (
          <span class="score-fill" style={{ width: `${Math.max(0, Math.min(100, percent))}%` }} />
        )}
      </span>
      <span class="score-value">{text}</span>
    </li>
  );
}

function ScoreRow({ benchmark, model, sources }: { benchmark: Benchmark; model: Model; sources: readonly Source[] }) {
  const score = model.scores[benchmark.id];
  if (!score) return null;
  return (
    <Bar
      label={benchmark.shortName}
      percent={benchmark.unit === 'percent' ? score.value : undefined}
      text={formatScore(score.value, benchmark.unit)}
      title={`${benchmark.name}: ${cited(score, sources, true)}`}
    />
  );
}

const capitalized = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** The figures of one model, and how it compares with another. A pure view: props in, markup out. */
export function ModelCard({
  model,
  target,
  providers,
  benchmarks,
  sources,
  variantName,
  priceNote,
  onCompare,
  onCopyId,
  onSetBaseline,
  sections = ALL_SECTIONS,
  isBaseline = false,
  targetChoices,
  onTarget,
  tokenMix = DEFAULT_TOKEN_MIX,
}: ModelCardProps) {
  const provider = providers.find((p) => p.id === model.provider)?.name ?? model.provider;
  const shown = keyBenchmarks(benchmarks, model, target);
  const deltas = target ? compareModels(model, target, shown, benchmarks) : [];
  const overall = overallScore(model, benchmarks);
  const { price, speed, limits } = model;
  const scoreSources = [...new Set(shown.map((b) => cited(model.scores[b.id], sources)))];

  return (
    <article class="card" aria-label={`${model.name}: figures`}>
      <header>
        <h2 class="name">{model.name}</h2>
        <p class="meta">
          <span class="provider">{provider}</span>
          {model.releaseDate && <span>released {model.releaseDate}</span>}
          {model.openWeights && <span class="badge">open weights</span>}
        </p>
        <code class="id">{model.id}</code>
        {variantName && (
          <p class="variant">
            The page names <q>{variantName}</q>, a variant of {model.name}: figures are for {model.name}.
          </p>
        )}
      </header>

      {sections.operational && (
        <dl class="figures">
          <Figure label="Input /1M" value={price && formatUsd(price.input)} />
          <Figure label="Output /1M" value={price && formatUsd(price.output)} />
          <Figure
            label="Cached /1M"
            value={price?.cachedInput !== undefined ? formatUsd(price.cachedInput) : undefined}
          />
          <Figure
            label="Context"
            value={limits && formatTokens(limits.context)}
            title={limits && `${formatInteger(limits.context)} tokens`}
          />
          <Figure
            label="Max output"
            value={limits?.maxOutput !== undefined ? formatTokens(limits.maxOutput) : undefined}
            title={limits?.maxOutput !== undefined ? `${formatInteger(limits.maxOutput)} tokens` : undefined}
          />
          <Figure
            label={`Blended ${mixRatio(tokenMix)}`}
            value={price && formatBlendedUsd(blendedPrice(price, tokenMix))}
            title="Per 1M tokens at your token mix (options page)"
          />
          <Figure label="Speed" value={speed && formatSpeed(speed.outputTokensPerSecond)} />
          <Figure label="First token" value={speed && formatSeconds(speed.timeToFirstTokenSeconds)} />
        </dl>
      )}
      {sections.operational && priceNote && <p class="price-note">{priceNote}</p>}

      {sections.scores && overall && (
        <p class="overall" title={overall.categories.map((c) => `${c.category}: ${c.value.toFixed(1)}`).join('\n')}>
          <span class="overall-label">Overall</span> <strong>{overall.value.toFixed(1)}</strong>
          {overall.provisional && (
            <span class="provisional">
              {' '}
              provisional ({overall.categories.length} of {SCORED_CATEGORIES.length} categories)
            </span>
          )}
        </p>
      )}
      {sections.scores && overall && overall.categories.length > 1 && (
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
      {sections.scores &&
        (shown.length > 0 ? (
          <ul class="scores" aria-label="Scores">
            {shown.map((benchmark) => (
              <ScoreRow key={benchmark.id} benchmark={benchmark} model={model} sources={sources} />
            ))}
          </ul>
        ) : (
          <p class="missing">Scores: {NO_DATA}</p>
        ))}

      {!sections.deltas ? null : target ? (
        <section class="deltas" aria-label={`Compared with ${target.name}`}>
          <h3>
            vs <span class="target">{target.name}</span>
          </h3>
          {targetChoices && targetChoices.length > 1 && onTarget && (
            <TargetSwitch current={target.id} choices={targetChoices} onTarget={onTarget} />
          )}
          {deltas.length > 0 ? (
            <ul>
              {deltas.map((delta) => (
                <li key={delta.label} class={`delta ${delta.verdict}`}>
                  <span class="mark" aria-hidden="true">
                    {VERDICT_MARKS[delta.verdict]}
                  </span>
                  <span class="delta-text">{delta.text}</span>
                  <span class="verdict">{delta.verdict}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p class="missing">No figures in common.</p>
          )}
        </section>
      ) : (
        <>
          <p class="hint">
            {isBaseline
              ? 'This is your baseline model.'
              : 'Name another model nearby, or set a baseline, to see the differences.'}
          </p>
          {targetChoices && targetChoices.length > 0 && onTarget && (
            <TargetSwitch choices={targetChoices} onTarget={onTarget} />
          )}
        </>
      )}

      <CardActions
        modelId={model.id}
        target={target && { id: target.id, name: target.name }}
        onCompare={onCompare}
        onCopyId={onCopyId}
        onSetBaseline={isBaseline ? undefined : onSetBaseline}
      />

      {sections.provenance && (
        <footer class="provenance">
          <p title={cited(price, sources, true)}>Price: {cited(price, sources)}</p>
          <p title={cited(limits, sources, true)}>Context: {cited(limits, sources)}</p>
          <p title={cited(speed, sources, true)}>Speed: {cited(speed, sources)}</p>
          {scoreSources.length > 0 && <p>Scores: {scoreSources.join('; ')}</p>}
        </footer>
      )}
    </article>
  );
}
