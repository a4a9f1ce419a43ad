/**
 * `npm run --silent dataset:check -- --against DIR`: compares the curated prices, context windows
 * and max output with public snapshots in DIR (LiteLLM's cost map, OpenRouter's models API,
 * models.dev's provider files), lists every disagreement with both values and sources, and exits
 * non-zero when one is not explained: a disagreement is explained when the figure group's note in
 * the dataset names that source ("LiteLLM lists 128,000").
 */
import { parseArgs } from 'node:util';
import type { Model } from '../lib/data/schema';
import { buildAliasIndex, normalizeAlias } from '../lib/detect/aliases';
import { readCuratedDataset } from './support/dataset';
import { type ReferenceFigures, readLiteLlm, readModelsDev, readOpenRouter } from './support/reference-snapshots';
import { stopQuietlyWhenPipeCloses } from './support/stdout';

stopQuietlyWhenPipeCloses();

const { values } = parseArgs({ options: { against: { type: 'string' } } });
if (!values.against) {
  console.error('Usage: npm run --silent dataset:check -- --against DIR');
  process.exit(2);
}
const dir = values.against;
const { models } = readCuratedDataset();
const byId = new Map(models.map((m) => [m.id, m]));
const byAlias = new Map(buildAliasIndex(models).map((e) => [normalizeAlias(e.alias), e.modelId]));

/** The dataset model a source's entry is about, if any. */
function modelFor(entry: ReferenceFigures): Model | undefined {
  if (entry.canonicalId) return byId.get(entry.canonicalId);
  const id = byAlias.get(normalizeAlias(entry.key.slice(entry.key.lastIndexOf('/') + 1)));
  const model = id ? byId.get(id) : undefined;
  return model?.provider === entry.provider ? model : undefined;
}

type Field = 'input' | 'output' | 'cachedInput' | 'context' | 'maxOutput';
const FIELDS: Field[] = ['input', 'output', 'cachedInput', 'context', 'maxOutput'];

function ours(model: Model, field: Field) {
  const group = field === 'context' || field === 'maxOutput' ? model.limits : model.price;
  const value = group?.[field as keyof typeof group];
  return { value: typeof value === 'number' ? value : undefined, group };
}

const same = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 0.005);

const snapshots = [...readLiteLlm(dir), ...readOpenRouter(dir), ...readModelsDev(dir)];
if (snapshots.length === 0) {
  console.error(`No LiteLLM, OpenRouter or models.dev snapshot found in ${dir}`);
  process.exit(2);
}
let compared = 0;
let unexplained = 0;
let explained = 0;
const seen = new Set<string>();
for (const entry of snapshots) {
  // A floating alias ("gemini-flash-latest") names whichever model is newest: it says nothing of one model.
  if (/(?:^|[-/.])latest$/.test(entry.key)) continue;
  const model = modelFor(entry);
  if (!model) continue;
  for (const field of FIELDS) {
    const theirs = entry[field];
    const { value, group } = ours(model, field);
    if (theirs === undefined || value === undefined) continue;
    compared++;
    if (same(value, theirs)) continue;
    const line = `${model.id} ${field}: ${value} (${group?.source}, ${group?.asOf}) vs ${theirs} (${entry.source} ${entry.key})`;
    if (seen.has(line)) continue;
    seen.add(line);
    const ok = group?.note?.toLowerCase().includes(entry.source.toLowerCase()) ?? false;
    if (ok) explained++;
    else unexplained++;
    console.log(`${ok ? 'explained  ' : 'UNEXPLAINED'} ${line}`);
  }
}
console.log(
  JSON.stringify({
    snapshots: snapshots.length,
    figuresCompared: compared,
    disagreements: explained + unexplained,
    unexplained,
  }),
);
process.exitCode = unexplained > 0 ? 1 : 0;
