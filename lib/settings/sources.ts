import { storage } from 'wxt/utils/storage';
import { LIVE_SOURCE_IDS, type LiveSourceId } from '../data/sources/types';

/** What the options page says about a live source. */
export interface LiveSourceInfo {
  id: LiveSourceId;
  name: string;
  /** Where it is fetched from, unless the settings say otherwise. */
  defaultUrl?: string;
  description: string;
  /** Refreshed from the first run on, until the reader turns it off. */
  onByDefault?: true;
}

export const LIVE_SOURCES: readonly LiveSourceInfo[] = [
  {
    id: 'published',
    name: 'ModelPeek published dataset',
    // Off until the project publishes its dataset at this address; then on by default like the two below.
    defaultUrl: 'https://raw.githubusercontent.com/modelpeek/modelpeek/main/data/published/dataset.json',
    description: 'The curated dataset as the project publishes it between extension updates.',
  },
  {
    id: 'openrouter',
    name: 'OpenRouter models API',
    defaultUrl: 'https://openrouter.ai/api/v1/models',
    description: 'Current prices, context windows and new models (no key needed).',
    onByDefault: true,
  },
  {
    id: 'litellm',
    name: 'LiteLLM cost map',
    defaultUrl: 'https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json',
    description: "Providers' own list prices and limits (about 1.6 MB).",
    onByDefault: true,
  },
  {
    id: 'custom',
    name: 'Custom dataset URL',
    description:
      "A file in ModelPeek's dataset format, e.g. your team's negotiated prices. It wins over every other source.",
  },
];

export interface SourceSettings {
  enabled: Record<LiveSourceId, boolean>;
  /** The custom dataset's address, and any other source's address when moved (self-hosted mirrors). */
  urls: Partial<Record<LiveSourceId, string>>;
  intervalHours: number;
}

/** Each source on or off as it is out of the box. */
const ON_BY_DEFAULT = Object.fromEntries(
  LIVE_SOURCE_IDS.map((id) => [id, LIVE_SOURCES.find((s) => s.id === id)?.onByDefault === true]),
) as Record<LiveSourceId, boolean>;

export const DEFAULT_SOURCE_SETTINGS: SourceSettings = {
  // Fresh by default: the figures are refreshed from the first run, which the popup and the options page say.
  enabled: ON_BY_DEFAULT,
  urls: {},
  intervalHours: 12,
};

export const sourceSettings = storage.defineItem<SourceSettings>('local:sourceSettings', {
  fallback: DEFAULT_SOURCE_SETTINGS,
  version: 2,
  migrations: {
    // Version 1 had every source off until turned on: the sources on by default now are turned on
    // (the popup says so once); the rest (a custom source, addresses, the interval) stays as it was.
    2: (stored: SourceSettings): SourceSettings => upgradeFromOptIn(stored),
  },
});

/** Settings stored when every source was opt-in, with the sources that are now on by default turned on. */
export function upgradeFromOptIn(stored: SourceSettings): SourceSettings {
  const enabled = { ...stored.enabled };
  for (const id of LIVE_SOURCE_IDS) if (ON_BY_DEFAULT[id]) enabled[id] = true;
  return { ...stored, enabled };
}

/** Whether any live source is on: the one switch of the options page and the first-run note. */
export function refreshIsOn(settings: SourceSettings): boolean {
  return LIVE_SOURCE_IDS.some((id) => settings.enabled[id]);
}

/** The one switch: off turns every source off; on turns the default ones on (and keeps any already on). */
export function withRefresh(settings: SourceSettings, on: boolean): SourceSettings {
  const enabled = Object.fromEntries(
    LIVE_SOURCE_IDS.map((id) => [id, on && (settings.enabled[id] || ON_BY_DEFAULT[id])]),
  ) as Record<LiveSourceId, boolean>;
  return { ...settings, enabled };
}

/** The reader has seen the note saying the figures refresh by themselves (popup, first run). */
export const freshNoteSeen = storage.defineItem<boolean>('local:freshNoteSeen', { fallback: false });

/** The address a source is fetched from under these settings, if it has one. */
export function sourceUrl(settings: SourceSettings, id: LiveSourceId): string | undefined {
  return settings.urls[id] ?? LIVE_SOURCES.find((s) => s.id === id)?.defaultUrl;
}

/** The sources to refresh: enabled ones with an address. */
export function enabledSources(settings: SourceSettings): { id: LiveSourceId; url: string }[] {
  return LIVE_SOURCE_IDS.flatMap((id) => {
    const url = sourceUrl(settings, id);
    return settings.enabled[id] && url ? [{ id, url }] : [];
  });
}
