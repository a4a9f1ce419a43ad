import { z } from 'zod/mini';
import { LIVE_SOURCE_IDS } from '../data/sources/types';
import { ALLOWED_SITE_PATTERN } from './allowed-sites';

/** Reading preferences as a settings file holds them: every field checked. */
const PreferencesFile = z.strictObject({
  baselineModelId: z.nullable(z.string().check(z.maxLength(120))),
  highlightStyle: z.enum(['underline', 'background', 'none']),
  hoverDelayMs: z.int().check(z.minimum(100), z.maximum(2000)),
  modifierKey: z.enum(['none', 'Alt', 'Shift', 'Control', 'Meta']),
  disabledSites: z.array(z.string().check(z.regex(/^[a-z0-9.-]+(:\d+)?$/), z.maxLength(253))).check(z.maxLength(1000)),
  paused: z.boolean(),
  // Optional: files saved before "only on sites I allow" existed lack them, and mean every site.
  siteAccess: z.optional(z.enum(['every-site', 'allowed-sites'])),
  allowedSites: z.optional(
    z.array(z.string().check(z.regex(ALLOWED_SITE_PATTERN), z.maxLength(300))).check(z.maxLength(1000)),
  ),
  cardSections: z.strictObject({
    scores: z.boolean(),
    operational: z.boolean(),
    deltas: z.boolean(),
    provenance: z.boolean(),
  }),
});

const SourceSettingsFile = z.strictObject({
  enabled: z.record(z.enum(LIVE_SOURCE_IDS), z.boolean()),
  urls: z.partialRecord(z.enum(LIVE_SOURCE_IDS), z.url({ protocol: /^https$/ })),
  intervalHours: z.int().check(z.minimum(1), z.maximum(168)),
});

/** A settings file as exported and imported: versioned, every part validated. */
export const SettingsFile = z.strictObject({
  modelpeekSettings: z.literal(1),
  preferences: PreferencesFile,
  sources: SourceSettingsFile,
  /** The token mix and monthly volume for cost estimates, as the options page keeps them. */
  cost: z.optional(z.record(z.string(), z.number())),
});
export type SettingsFile = z.infer<typeof SettingsFile>;

/** Reads an imported file; throws with what is wrong, in words, and changes nothing. */
export function parseSettingsFile(text: string): SettingsFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error('This file is not JSON.');
  }
  const parsed = SettingsFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
    throw new Error(`This is not a ModelPeek settings file${where}: ${issue?.message ?? 'unknown problem'}.`);
  }
  return parsed.data;
}
