import type { Citation, Source } from '../lib/data/schema';

export const NO_DATA = 'no data';

/** Only https addresses, written plainly, become links: dataset strings are never trusted to be safe URLs. */
export function safeHref(url: string | undefined): string | undefined {
  // A browser skips spaces and control characters where it reads a scheme: none may hide one.
  if (!url?.startsWith('https://') || /[\s\p{Cc}]/u.test(url)) return undefined;
  try {
    return new URL(url).protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** "OpenRouter, 2026-08-01" (with the source's note, for tooltips). */
export function citeText(citation: Citation | undefined, sources: readonly Source[], withNote = false): string {
  if (!citation) return NO_DATA;
  const source = sources.find((s) => s.id === citation.source);
  const note = withNote && citation.note ? ` (${citation.note})` : '';
  return `${source?.name ?? citation.source}, ${citation.asOf}${note}`;
}

/** A figure's source and as-of date, linked to the exact page (or the source) when that is https. */
export function Cite({ citation, sources }: { citation: Citation | undefined; sources: readonly Source[] }) {
  if (!citation) return null;
  const href = safeHref(citation.url ?? sources.find((s) => s.id === citation.source)?.url);
  const text = citeText(citation, sources);
  return (
    <span class="cite" title={citeText(citation, sources, true)}>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {text}
        </a>
      ) : (
        text
      )}
    </span>
  );
}

/** A figure, or "no data" in the muted style. */
export function Value({ text }: { text: string | undefined }) {
  return <span class={text === undefined ? 'value missing' : 'value'}>{text ?? NO_DATA}</span>;
}
