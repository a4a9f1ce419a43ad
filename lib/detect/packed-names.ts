import type { AliasEntry, NameEntry, SeriesAliasEntry } from './aliases';

/** The names a page looks for, and each model's display name: what the content script needs to scan. */
export interface PageNames {
  /** The dataset version they come from. */
  version: string;
  entries: NameEntry[];
  names: Record<string, string>;
  /**
   * The card's stylesheet. A page needs it only once a card shows: kept here, read with the names,
   * it is not part of the script that runs on every page.
   */
  style: string;
}

/** Where the background keeps the packed names for every page to read (extension storage). */
export const PAGE_NAMES_KEY = 'pageNames';

/** Bumped whenever the packed form changes: a page never reads a form it does not know. */
const FORMAT = 4;

/**
 * One model's names, `[id, display name, open, flags, ...aliases]`, or one series',
 * `[id, null, 0, flags, ...aliases]`. `flags` holds a digit per alias: 0 none of these, 1 ambiguous,
 * 2 only after an Ollama command, 3 a tuned model's name without its tuned word, 4 both 1 and 3,
 * 5 both 2 and a coined name of one line, 6 both 1 and a short name. `open`: 1 when the model's
 * weights are published.
 */
type Group = [id: string, name: string | null, open: 0 | 1, flags: string, ...aliases: string[]];

function flagOf(entry: NameEntry): string {
  if ('ollamaOnly' in entry && entry.ollamaOnly) return entry.line ? '5' : '2';
  if ('untuned' in entry && entry.untuned) return entry.ambiguous ? '4' : '3';
  if ('short' in entry && entry.short) return '6';
  return entry.ambiguous ? '1' : '0';
}
const ownerOf = (entry: NameEntry) => ('modelId' in entry ? entry.modelId : `series:${entry.seriesId}`);

/**
 * The page names as one short JSON text: each owner's id and flags once, not once per alias: under
 * half the size of the entries as objects, and a page reads it from storage as one string,
 * which the browser copies far faster than thousands of small objects.
 */
export function packPageNames({ version, entries, names, style }: PageNames): string {
  const groups: Group[] = [];
  const grouped = new Set<string>();
  let group: Group | undefined;
  for (const entry of entries) {
    const owner = ownerOf(entry);
    if (group?.[0] !== owner) {
      const model = 'modelId' in entry;
      group = [owner, model ? (names[entry.modelId] ?? null) : null, model && entry.open ? 1 : 0, ''];
      groups.push(group);
      grouped.add(owner);
    }
    group[3] += flagOf(entry);
    group.push(entry.alias);
  }
  for (const [id, name] of Object.entries(names)) if (!grouped.has(id)) groups.push([id, name, 0, '']);
  return JSON.stringify({ format: FORMAT, version, groups, style });
}

const isString = (value: unknown): value is string => typeof value === 'string';

/** The page names from their packed text; undefined for anything else (another format, a damaged value). */
export function unpackPageNames(text: unknown): PageNames | undefined {
  if (!isString(text)) return undefined;
  let packed: unknown;
  try {
    packed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const { format, version, groups, style } = (packed ?? {}) as Record<string, unknown>;
  if (format !== FORMAT || !isString(version) || !Array.isArray(groups) || !isString(style)) return undefined;
  const entries: NameEntry[] = [];
  const names: Record<string, string> = {};
  // Plain loops over each group in place: this runs as every page starts.
  for (const group of groups as unknown[]) {
    if (!Array.isArray(group) || group.length < 4) return undefined;
    const [owner, name, open, flags] = group as unknown[];
    if (!isString(owner) || !isString(flags) || flags.length !== group.length - 4) return undefined;
    const seriesId = owner.startsWith('series:') ? owner.slice('series:'.length) : undefined;
    if (seriesId === undefined && isString(name)) names[owner] = name;
    for (let i = 4; i < group.length; i++) {
      const alias: unknown = group[i];
      if (!isString(alias)) return undefined;
      const flag = flags.charAt(i - 4);
      if (seriesId !== undefined) {
        const entry: SeriesAliasEntry = { alias, seriesId };
        if (flag === '1') entry.ambiguous = true;
        if (flag === '2' || flag === '5') entry.ollamaOnly = true;
        if (flag === '5') entry.line = true;
        entries.push(entry);
      } else {
        const entry: AliasEntry = { alias, modelId: owner };
        if (flag === '1' || flag === '4' || flag === '6') entry.ambiguous = true;
        if (flag === '3' || flag === '4') entry.untuned = true;
        if (flag === '6') entry.short = true;
        if (open === 1) entry.open = true;
        entries.push(entry);
      }
    }
  }
  return { version, entries, names, style };
}
