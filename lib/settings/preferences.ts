import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';

/** How detected names are marked on pages. */
export const HighlightStyle = z.enum(['underline', 'background', 'none']);

export const CardSections = z.strictObject({
  scores: z.boolean(),
  operational: z.boolean(),
  deltas: z.boolean(),
  provenance: z.boolean(),
});

/** What the reader chose about pages and cards. */
export const Preferences = z.strictObject({
  /** "The model I use today": every card compares with it first. */
  baselineModelId: z.nullable(z.string().check(z.maxLength(120))),
  highlightStyle: HighlightStyle,
  /** How long the pointer rests on a name before its card shows. */
  hoverDelayMs: z.int().check(z.minimum(100), z.maximum(2000)),
  /** Show cards only while this key is held. */
  modifierKey: z.enum(['none', 'Alt', 'Shift', 'Control', 'Meta']),
  /** Sites (host names) where ModelPeek stays off. */
  disabledSites: z.array(z.string().check(z.regex(/^[a-z0-9.-]+(:\d+)?$/), z.maxLength(253))).check(z.maxLength(1000)),
  /** Off everywhere until turned back on. */
  paused: z.boolean(),
  cardSections: CardSections,
});
export type Preferences = z.infer<typeof Preferences>;

export const DEFAULT_PREFERENCES: Preferences = {
  baselineModelId: null,
  highlightStyle: 'underline',
  hoverDelayMs: 350,
  modifierKey: 'none',
  disabledSites: [],
  paused: false,
  cardSections: { scores: true, operational: true, deltas: true, provenance: true },
};

export const preferences = storage.defineItem<Preferences>('local:preferences', {
  fallback: DEFAULT_PREFERENCES,
  version: 1,
});

/** The host name a site is listed under: "docs.example.com" for any of its pages. */
export function siteOf(url: string): string | undefined {
  try {
    const { protocol, host } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? host.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** Whether ModelPeek works on a page under these preferences. */
export function isActiveOn(prefs: Preferences, url: string): boolean {
  const site = siteOf(url);
  return !prefs.paused && site !== undefined && !prefs.disabledSites.includes(site);
}
