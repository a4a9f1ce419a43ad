import { overallScore, SCORED_CATEGORIES } from '../lib/compare/overall';
import type { CardData, CardSections } from '../lib/page/card-data';
import { CardActions } from './CardActions';
import { CardComparison } from './CardComparison';
import { CardFigures } from './CardFigures';
import { CardHeader } from './CardHeader';
import { CardMore } from './CardMore';
import { NO_DATA } from './card-parts';

export interface ModelCardProps extends CardData {
  /** Opens the full comparison of these model ids (the model, then its comparison target if any). */
  onCompare?(ids: string[]): void;
  /** Copies the model id to the clipboard. */
  onCopyId?(id: string): Promise<void>;
  /** Pins the model as the reader's baseline. */
  onSetBaseline?(id: string): void;
  /** Compares with another of the page's models (or the baseline) instead. */
  onTarget?(id: string): void;
  /** Opens or closes everything past the first screen ("More"); without it, everything shows. */
  onToggleMore?(): void;
}

const ALL_SECTIONS: CardSections = { scores: true, operational: true, deltas: true, provenance: true };

/** The overall score, marked provisional when few categories have data. */
function Overall({ model, benchmarks }: Pick<CardData, 'model' | 'benchmarks'>) {
  const overall = overallScore(model, benchmarks);
  if (!overall) return <p class="overall missing">Overall: {NO_DATA}</p>;
  return (
    <p class="overall" title={overall.categories.map((c) => `${c.category}: ${c.value.toFixed(1)}`).join('\n')}>
      <span class="overall-label">Overall</span> <strong>{overall.value.toFixed(1)}</strong>
      {overall.provisional && (
        <span class="provisional">
          {' '}
          provisional ({overall.categories.length} of {SCORED_CATEGORIES.length} categories)
        </span>
      )}
    </p>
  );
}

/**
 * The figures of one model, and how it compares with another. Compact first: name, status,
 * prices, speed and context, the overall score, and a one-line verdict with the 3 largest
 * differences; the rest opens with "More". A variant's figures are its base model's, and say so.
 * A pure view: props in, markup out.
 */
export function ModelCard(props: ModelCardProps) {
  const { model, variant, sections = ALL_SECTIONS, isBaseline = false, onToggleMore } = props;
  const expanded = !onToggleMore || props.expanded;
  const first = (
    <>
      {sections.operational && <CardFigures {...props} />}
      {sections.scores && <Overall {...props} />}
      {sections.deltas && <CardComparison {...props} isBaseline={isBaseline} />}
    </>
  );
  return (
    <article class={expanded ? 'card' : 'card compact'} aria-label={`${variant?.name ?? model.name}: figures`}>
      <CardHeader {...props} />
      {variant ? (
        <section class="base" aria-label={`${model.name}'s figures`}>
          <p class="base-label">Figures of {model.name}, not of this variant</p>
          {first}
        </section>
      ) : (
        first
      )}
      <CardActions
        modelId={model.id}
        target={props.target && { id: props.target.id, name: props.target.name }}
        more={onToggleMore && { expanded: Boolean(expanded), toggle: onToggleMore }}
        onCompare={props.onCompare}
        onCopyId={expanded ? props.onCopyId : undefined}
        onSetBaseline={expanded && !isBaseline ? props.onSetBaseline : undefined}
      />
      {/* Below the buttons: "More" and "Less" stay where the reader clicked them. */}
      {expanded && <CardMore {...props} sections={sections} />}
    </article>
  );
}
