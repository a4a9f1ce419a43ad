import { storage } from 'wxt/utils/storage';
import { LIVE_SOURCE_IDS, type LiveSourceId } from '../data/sources/types';

/** What the options page says about a live source. */
export interface LiveSourceInfo {
  id: LiveSourceId;
  name: string;
  /** Where it is fetched from, unless the settings say otherwise. */
  defaultUrl?: string;
  description: string;
}

export const LIVE_SOURCES: readonly LiveSourceInfo[] = [
  {
    id: 'published',
    name: 'ModelPeek published dataset',
    defaultUrl: 'https://raw.githubusercontent.com/modelpeek/modelpeek/main/data/published/dataset.json',
    description: 'The curated dataset as the project publishes it between extension updates.',
  },
  {
    id: 'openrouter',
    name: 'OpenRouter models API',
    defaultUrl: 'https://openrouter.ai/api/v1/models',
    description: 'Current prices, context windows and new models (no key needed).',
  },
  {
    id: 'litellm',
    name: 'LiteLLM cost map',
    defaultUrl: 'https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json',
    description: "Providers' own list prices and limits (about 1.6 MB).",
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

export const DEFAULT_SOURCE_SETTINGS: SourceSettings = {
  // Live sources are opt-in: out of the box the extension makes no network request at all.
  enabled: Object.fromEntries(LIVE_SOURCE_IDS.map((id) => [id, false])) as Record<LiveSourceId, boolean>,
  urls: {},
  intervalHours: 12,
};

export const sourceSettings = storage.defineItem<SourceSettings>('local:sourceSettings', {
  fallback: DEFAULT_SOURCE_SETTINGS,
  version: 1,
});

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
