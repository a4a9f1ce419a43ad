import { browser } from 'wxt/browser';
import { isSiteAllowed } from './allowed-sites';

/** What the reader chose about pages and cards. */
export interface Preferences {
  /** "The model I use today": every card compares with it first. */
  baselineModelId: string | null;
  /** How detected names are marked on pages. */
  highlightStyle: 'underline' | 'background' | 'none';
  /** How long the pointer rests on a name before its card shows. */
  hoverDelayMs: number;
  /** Show cards only while this key is held. */
  modifierKey: 'none' | 'Alt' | 'Shift' | 'Control' | 'Meta';
  /** Sites (host names) where ModelPeek stays off. */
  disabledSites: string[];
  /** Off everywhere until turned back on. */
  paused: boolean;
  /** On every site, or only on the sites the reader allowed ("only on sites I allow"). */
  siteAccess: 'every-site' | 'allowed-sites';
  /** The sites allowed in that mode, as lib/settings/allowed-sites.ts writes them ("https://docs.example.com"). */
  allowedSites: string[];
  cardSections: { scores: boolean; operational: boolean; deltas: boolean; provenance: boolean };
}

export const DEFAULT_PREFERENCES: Preferences = {
  baselineModelId: null,
  highlightStyle: 'underline',
  hoverDelayMs: 350,
  modifierKey: 'none',
  disabledSites: [],
  paused: false,
  siteAccess: 'every-site',
  allowedSites: [],
  cardSections: { scores: true, operational: true, deltas: true, provenance: true },
};

const KEY = 'preferences';

/** Stored preferences over the defaults: a field a newer version adds has its default until set. */
function withDefaults(stored: unknown): Preferences {
  if (typeof stored !== 'object' || stored === null) return DEFAULT_PREFERENCES;
  const partial = stored as Partial<Preferences>;
  return {
    ...DEFAULT_PREFERENCES,
    ...partial,
    cardSections: { ...DEFAULT_PREFERENCES.cardSections, ...partial.cardSections },
  };
}

/** Preferences as stored or imported: a settings file from before a field existed lacks it. */
export type StoredPreferences = Omit<Preferences, 'siteAccess' | 'allowedSites'> &
  Partial<Pick<Preferences, 'siteAccess' | 'allowedSites'>>;

type StorageChanges = Record<string, { newValue?: unknown }>;

/**
 * The preferences in extension storage (shared by every tab, the popup and the options page).
 * Plain storage calls rather than a storage library: the content script reads them on every page.
 */
export const preferences = {
  async getValue(): Promise<Preferences> {
    return withDefaults((await browser.storage.local.get(KEY))[KEY]);
  },
  async setValue(value: StoredPreferences): Promise<void> {
    await browser.storage.local.set({ [KEY]: value });
  },
  /** Calls back with the new preferences whenever they change; returns the way to stop. */
  watch(callback: (value: Preferences) => void): () => void {
    const listener = (changes: StorageChanges, area: string) => {
      if (area === 'local' && KEY in changes) callback(withDefaults(changes[KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

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
  return !prefs.paused && site !== undefined && !prefs.disabledSites.includes(site) && isSiteAllowed(prefs, url);
}
