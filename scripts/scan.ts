/**
 * `npm run --silent scan -- FILE...`: prints one JSON object per line for each model name found:
 * {"file", "start", "end", "text", "model"}, plus "series" (the series id) for a series, with
 * "unlisted": true for a model of it the dataset does not list, "variantOf" (the known model) for a
 * variant, and "family" for names the dataset does not hold exactly. Offsets are JavaScript string
 * indices into the file's text; for .html files, into the document's text content (see
 * scripts/support/scan-text.ts).
 */
import { readFileSync } from 'node:fs';
import { curatedMatcher, scanText } from './support/scan-text';
import { stopQuietlyWhenPipeCloses } from './support/stdout';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Usage: npm run --silent scan -- FILE...');
  process.exit(2);
}
stopQuietlyWhenPipeCloses();
const match = curatedMatcher();
let failed = false;
for (const file of files) {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    failed = true;
    continue;
  }
  for (const m of (await scanText(file, content, match)).mentions) {
    const line: Record<string, unknown> = { file, start: m.start, end: m.end, text: m.text, model: m.modelId };
    if (m.seriesId) line.series = m.seriesId;
    if (m.unlisted) line.unlisted = true;
    if (m.variantOf) line.variantOf = m.variantOf;
    if (m.family) line.family = m.family;
    console.log(JSON.stringify(line));
  }
}
process.exitCode = failed ? 1 : 0;
