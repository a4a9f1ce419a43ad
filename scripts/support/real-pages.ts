import { readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { Window } from 'happy-dom';

/** Real public pages, each the exact text of a public file, with labels kept apart (see its README). */
export const REAL_PAGES_DIR = resolve(import.meta.dirname, '../../test/fixtures/real-pages');

export type Split = 'dev' | 'test';

/** Where a page comes from, and how it is used. */
export interface RealPageEntry {
  /** File name under `pages/`; its labels are `labels/<file>.json`. */
  file: string;
  /** `owner/name` of the public GitHub repository. */
  repo: string;
  /** The file's path in that repository. */
  path: string;
  /** The commit the text was read at. */
  commit: string;
  /** SPDX id of the licence the file is under. */
  licence: string;
  /** Whether the page is about models (`positive`) or not, with words that look like model names (`negative`). */
  polarity: 'positive' | 'negative';
  split: Split;
  /** What kind of page it is: readme, docs, model-card, changelog, release-notes, blog, leaderboard, forum, paper. */
  kind: string;
  /** ISO 639-1 code of the page's main language. */
  language: string;
  /** The year the text was written or last changed, as its commit says. */
  year: number;
  /** The part kept, when the file was cut ("lines 1-180"). */
  cut?: string;
}

/** A labelled mention: JavaScript string offsets into the page's text, and what it names. */
export interface RealLabel {
  start: number;
  end: number;
  text: string;
  /** A model id, `series:<id>`, `variant:<base model id>`, or `?<name>` for a model named by no known id. */
  label: string;
  /** Counts neither way. */
  optional?: true;
  /** A short name that is a model only because the page is about models ("R1", "Sonnet"). */
  ambiguous?: true;
}

export interface RealPage {
  entry: RealPageEntry;
  /** The file as published. */
  content: string;
  labels: RealLabel[];
}

export const isHtml = (file: string) => ['.html', '.htm'].includes(extname(file).toLowerCase());

export function readManifest(dir = REAL_PAGES_DIR): RealPageEntry[] {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as RealPageEntry[];
}

/** The pages of the manifest, with their labels; only one split's when given. */
export function readRealPages(split?: Split, dir = REAL_PAGES_DIR): RealPage[] {
  return readManifest(dir)
    .filter((entry) => !split || entry.split === split)
    .map((entry) => ({
      entry,
      content: readFileSync(join(dir, 'pages', entry.file), 'utf8'),
      labels: JSON.parse(readFileSync(join(dir, 'labels', `${entry.file}.json`), 'utf8')) as RealLabel[],
    }));
}

/** `⟦visible text|label⟧` or `⟦visible text|label|optional⟧`, `…|ambiguous⟧`: how a working copy marks a mention. */
const ANNOTATION = /⟦([^⟦⟧|]+)\|([^⟦⟧]+)⟧/g;
const OPEN = '\u0001';
const CLOSE = '\u0002';
const LABEL =
  /^(?:[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9._:-]*|series:[a-z0-9][a-z0-9.-]*|variant:[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9._:-]*|\?[a-z0-9][a-z0-9._-]*)$/;

/**
 * Reads an annotated working copy of a page: the page as published (annotations removed) and
 * each label's span in the page's text (for HTML, the document's text content, as `scan` reports
 * offsets). Throws on a malformed label.
 */
export function parseAnnotated(annotated: string, html: boolean): { content: string; labels: RealLabel[] } {
  const found: Pick<RealLabel, 'label' | 'optional' | 'ambiguous'>[] = [];
  const marked = annotated.replace(ANNOTATION, (_, text: string, rest: string) => {
    const [label = '', ...flags] = rest.split('|').map((part) => part.trim());
    if (!LABEL.test(label)) throw new Error(`not a label: "${label}" (on "${text}")`);
    const unknown = flags.filter((flag) => flag !== 'optional' && flag !== 'ambiguous');
    if (unknown.length > 0) throw new Error(`unknown flag "${unknown.join('|')}" (on "${text}")`);
    found.push({
      label,
      ...(flags.includes('optional') ? { optional: true as const } : {}),
      ...(flags.includes('ambiguous') ? { ambiguous: true as const } : {}),
    });
    return `${OPEN}${text}${CLOSE}`;
  });
  if (/[⟦⟧]/.test(marked)) throw new Error('an annotation is not closed, or holds another');
  const content = annotated.replace(ANNOTATION, (_, text: string) => text);
  const labels: RealLabel[] = [];
  let clean = '';
  let open = -1;
  for (const char of html ? documentText(marked) : marked) {
    if (char === OPEN) open = clean.length;
    else if (char === CLOSE) {
      labels.push({ start: open, end: clean.length, text: clean.slice(open), ...found[labels.length] } as RealLabel);
    } else clean += char;
  }
  if (labels.length !== found.length) {
    throw new Error('an annotation sits where the page has no text (a tag, a comment)');
  }
  return { content, labels };
}

/** An HTML document's text content: all its text nodes joined in document order. */
export function documentText(html: string): string {
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  const text = doc.documentElement.textContent ?? '';
  window.close();
  return text;
}

/** The text a page's label offsets index: an HTML document's text content, any other file as it is. */
export function pageText(file: string, content: string): string {
  return isHtml(file) ? documentText(content) : content;
}
