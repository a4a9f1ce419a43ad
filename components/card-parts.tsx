import type { Citation, Source } from '../lib/data/schema';

/** What a card says where a figure is missing: never 0, never blank. */
export const NO_DATA = 'no data';

/** "Artificial Analysis, 2026-07-05", with the source's note too when `withNote` (tooltips). */
export function cited(citation: Citation | undefined, sources: readonly Source[], withNote = false): string {
  if (!citation) return NO_DATA;
  const source = sources.find((s) => s.id === citation.source);
  const note = withNote && citation.note ? ` (${citation.note})` : '';
  return `${source?.name ?? citation.source}, ${citation.asOf}${note}`;
}

export const capitalized = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** A labelled figure of a card's `<dl>`; "no data" when the value is missing. */
export function Figure({ label, value, title }: { label: string; value: string | undefined; title?: string }) {
  return (
    <div class="figure" title={title}>
      <dt>{label}</dt>
      <dd class={value === undefined ? 'missing' : undefined}>{value ?? NO_DATA}</dd>
    </div>
  );
}

/** One row of bars: a label, a 0–100 bar when the value has that scale, and the value in words. */
export function Bar({ label, percent, text, title }: { label: string; percent?: number; text: string; title: string }) {
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
