export interface UnknownModelCardProps {
  /** The name as the page writes it. */
  name: string;
  family?: string;
  onLookup(query: string): void;
}

/** The card for a model-shaped name the dataset does not hold: what it looks like, and a way to search. */
export function UnknownModelCard({ name, family, onLookup }: UnknownModelCardProps) {
  return (
    <article class="card unknown" aria-label={`${name}: not in the dataset`}>
      <header>
        <h2 class="name">{name}</h2>
        <p class="meta">{family ? <span>{family} family</span> : null}</p>
      </header>
      <p class="missing">Not in the dataset: no figures for this exact model.</p>
      <button type="button" class="action" onClick={() => onLookup(family ?? name)}>
        Look up similar models
      </button>
    </article>
  );
}
