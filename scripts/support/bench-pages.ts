import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusPage } from './corpus';

/** Paragraphs of pages, tags dropped, one per blank-line-separated block. */
export function paragraphsOf(pages: readonly CorpusPage[]): string[] {
  return pages
    .map((page) => page.content.replace(/<[^>]+>/g, ' '))
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 40);
}

/** Paragraphs taken in turn from `from` until they add up to `bytes`. */
export function repeatTo(bytes: number, from: readonly string[]): string[] {
  const out: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const p = from[i % from.length] ?? '';
    out.push(p);
    size += p.length;
  }
  return out;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A page of paragraphs, each cut into short spans: many text nodes, as real pages have. */
export function page(parts: readonly string[], head = ''): string {
  const body = parts
    .map(
      (p) =>
        `<p>${
          p
            .match(/.{1,60}(\s|$)/g)
            ?.map((chunk, i) => (i % 2 ? `<span>${escapeHtml(chunk)}</span>` : escapeHtml(chunk)))
            .join('') ?? ''
        }</p>`,
    )
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>LLM benchmark notes</title>${head}</head><body>${body}</body></html>`;
}

/** The pages the browser runs scan, by name. */
export const SCAN_PAGES = {
  /** 5.2 MB of prose naming a model now and then: one paragraph about models in every 40. */
  typical: 'large-typical.html',
  /** The worst case: 5.2 MB made only of text about models. */
  dense: 'large-dense.html',
  /** A 200 kB docs page: the corpus's paragraphs in turn, pages about models and pages that are not. */
  docs: 'docs-200k.html',
} as const;
export type ScanPage = keyof typeof SCAN_PAGES;

/** Writes the scan pages into `dir`, from the corpus's paragraphs. */
export function writeScanPages(dir: string, corpus: readonly CorpusPage[]): void {
  const all = paragraphsOf(corpus);
  const ai = paragraphsOf(corpus.filter((p) => p.labels.length > 0));
  const other = paragraphsOf(corpus.filter((p) => p.labels.length === 0));
  const typical: string[] = [];
  for (let size = 0, i = 0; size < 5_200_000; i++) {
    const p = (i % 40 === 0 ? ai[(i / 40) % ai.length] : other[i % other.length]) ?? '';
    typical.push(p);
    size += p.length;
  }
  writeFileSync(join(dir, SCAN_PAGES.typical), page(typical));
  writeFileSync(join(dir, SCAN_PAGES.dense), page(repeatTo(5_200_000, ai)));
  writeFileSync(join(dir, SCAN_PAGES.docs), page(repeatTo(200_000, all)));
}
