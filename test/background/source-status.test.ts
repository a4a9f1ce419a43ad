import { describe, expect, it } from 'vitest';
import { liveSourcesOf, sourceStatusList } from '../../lib/background/source-status';
import { backgroundProtocol } from '../../lib/messaging/protocol';
import { DEFAULT_SOURCE_SETTINGS, LIVE_SOURCES, type SourceSettings } from '../../lib/settings/sources';

const settings: SourceSettings = {
  ...DEFAULT_SOURCE_SETTINGS,
  enabled: { published: false, openrouter: true, litellm: false, custom: true },
  urls: { custom: 'https://team.example/prices.json' },
  intervalHours: 24,
};

describe('source status', () => {
  it('gives the live data the sources that are on and have an address, in precedence order', () => {
    expect(liveSourcesOf(settings)).toEqual({
      enabled: [
        { id: 'openrouter', url: 'https://openrouter.ai/api/v1/models' },
        { id: 'custom', url: 'https://team.example/prices.json' },
      ],
      intervalHours: 24,
    });
    // A custom source with no address yet is not fetched, even when on.
    expect(liveSourcesOf({ ...settings, urls: {} }).enabled.map((s) => s.id)).toEqual(['openrouter']);
  });

  it("lists every source with the reader's setting beside how its refreshing stands", () => {
    const status = sourceStatusList(settings, {
      openrouter: {
        id: 'openrouter',
        url: 'https://openrouter.ai/api/v1/models',
        failures: 1,
        lastAttempt: '2026-11-29T10:00:00.000Z',
        nextAttempt: '2026-11-29T10:30:00.000Z',
        lastError: 'HTTP 500 from openrouter.ai',
      },
    });
    expect(status.sources.map((s) => s.id)).toEqual(LIVE_SOURCES.map((s) => s.id));
    expect(status.sources.find((s) => s.id === 'openrouter')).toMatchObject({
      enabled: true,
      lastError: 'HTTP 500 from openrouter.ai',
      nextAttempt: '2026-11-29T10:30:00.000Z',
    });
    expect(status.sources.find((s) => s.id === 'published')).toMatchObject({ enabled: false, lastSuccess: undefined });
    expect(backgroundProtocol.getSourceStatus.response.safeParse(status).success).toBe(true);
  });
});
