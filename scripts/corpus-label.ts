/**
 * Maintainer tool: `npm run --silent corpus:label -- WORKING_COPY PAGE` turns an annotated working
 * copy of a real page (`⟦GPT-4.1 mini|openai/gpt-4.1-mini⟧`, see test/fixtures/real-pages/README.md)
 * into the page's labels file, after checking that removing the annotations gives the page
 * exactly as published.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isHtml, parseAnnotated, REAL_PAGES_DIR } from './support/real-pages';

const [workingCopy, page] = process.argv.slice(2);
if (!workingCopy || !page) {
  console.error('Usage: npm run --silent corpus:label -- WORKING_COPY PAGE');
  process.exit(2);
}
const published = readFileSync(page, 'utf8');
let parsed: ReturnType<typeof parseAnnotated>;
try {
  parsed = parseAnnotated(readFileSync(workingCopy, 'utf8'), isHtml(page));
} catch (error) {
  console.error(`${workingCopy}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
if (parsed.content !== published) {
  let at = 0;
  while (at < published.length && parsed.content[at] === published[at]) at++;
  console.error(
    `${workingCopy}: without its annotations it differs from ${page} at offset ${at}:\n` +
      `  page:         ${JSON.stringify(published.slice(at, at + 60))}\n` +
      `  working copy: ${JSON.stringify(parsed.content.slice(at, at + 60))}`,
  );
  process.exit(1);
}
const out = join(REAL_PAGES_DIR, 'labels', `${basename(page)}.json`);
// One label a line: a review reads them as a list.
writeFileSync(out, `[\n${parsed.labels.map((label) => JSON.stringify(label)).join(',\n')}\n]\n`);
const optional = parsed.labels.filter((l) => l.optional).length;
console.log(`${out}: ${parsed.labels.length} labels (${optional} optional)`);
