import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { Window } from 'happy-dom';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../test/fixtures/corpus');

/** A labelled mention: where it is in the page's text, and what it names (`?family` for names beyond the dataset). */
export interface Label {
  start: number;
  end: number;
  text: string;
  label: string;
  /** Counts neither way (`{{sonnet|anthropic/claude-sonnet-4.5|optional}}`: a CLI shortcut). */
  optional?: boolean;
}

export interface CorpusPage {
  name: string;
  /** The page as a browser would get it: annotations removed. */
  content: string;
  labels: Label[];
}

const ANNOTATION = /\{\{([^{}|]+)\|([^{}]+)\}\}/g;
const OPEN = '\u0001';
const CLOSE = '\u0002';

/**
 * Reads one annotated page (`{{visible text|label}}`, see test/fixtures/corpus/README.md): the
 * clean content, and each label's span in the same text the scanner reports offsets in (for
 * HTML, the document's text content).
 */
export function readCorpusPage(file: string): CorpusPage {
  const raw = readFileSync(file, 'utf8');
  const labelsInOrder: string[] = [];
  const marked = raw.replace(ANNOTATION, (_, text: string, label: string) => {
    labelsInOrder.push(label.trim());
    return `${OPEN}${text}${CLOSE}`;
  });
  const content = raw.replace(ANNOTATION, (_, text: string) => text);
  let text = marked;
  if (['.html', '.htm'].includes(extname(file))) {
    const window = new Window();
    text = new window.DOMParser().parseFromString(marked, 'text/html').documentElement.textContent ?? '';
    window.close();
  }
  const labels: Label[] = [];
  let clean = '';
  let open = -1;
  for (const char of text) {
    if (char === OPEN) open = clean.length;
    else if (char === CLOSE) {
      const [label = '', flag] = (labelsInOrder[labels.length] ?? '').split('|');
      labels.push({
        start: open,
        end: clean.length,
        text: clean.slice(open),
        label,
        ...(flag === 'optional' ? { optional: true } : {}),
      });
    } else clean += char;
  }
  return { name: file, content, labels };
}

export function readCorpus(dir = CORPUS_DIR): CorpusPage[] {
  return readdirSync(dir)
    .filter((name) => /\.(html|md|txt)$/.test(name) && name !== 'README.md')
    .sort()
    .map((name) => readCorpusPage(join(dir, name)));
}
