import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, isActiveOn, siteOf } from '../../lib/settings/preferences';
import { DEFAULT_SOURCE_SETTINGS } from '../../lib/settings/sources';
import { parseSettingsFile } from '../../lib/settings/transfer';

const file = {
  modelpeekSettings: 1,
  preferences: { ...DEFAULT_PREFERENCES, baselineModelId: 'openai/gpt-4.1-mini', disabledSites: ['news.example.com'] },
  sources: {
    ...DEFAULT_SOURCE_SETTINGS,
    enabled: { ...DEFAULT_SOURCE_SETTINGS.enabled, custom: true },
    urls: { custom: 'https://team.example.com/prices.json' },
  },
};

describe('settings file', () => {
  it('reads back what was exported', () => {
    expect(parseSettingsFile(JSON.stringify(file))).toEqual(file);
  });

  it('reads "only on sites I allow", and a file from before it (every site)', () => {
    const mode = {
      ...file,
      preferences: { ...file.preferences, siteAccess: 'allowed-sites', allowedSites: ['http://127.0.0.1'] },
    };
    expect(parseSettingsFile(JSON.stringify(mode))).toEqual(mode);
    const { siteAccess: _, allowedSites: __, ...older } = file.preferences;
    expect(parseSettingsFile(JSON.stringify({ ...file, preferences: older })).preferences).toEqual(older);
  });

  it.each([
    ['not JSON', '{"modelpeekSettings": 1,', /not JSON/],
    ['another file', JSON.stringify({ hello: 'world' }), /not a ModelPeek settings file/],
    [
      'a plain-http source',
      JSON.stringify({ ...file, sources: { ...file.sources, urls: { custom: 'http://team.example.com/p.json' } } }),
      /sources\.urls\.custom/,
    ],
    ['an unknown key', JSON.stringify({ ...file, preferences: { ...file.preferences, extra: 1 } }), /preferences/],
    [
      'a prototype-polluting key',
      JSON.stringify(file).replace('"preferences":{', '"preferences":{"__proto__":{"paused":true},'),
      /preferences/,
    ],
    [
      'an allowed site that is not a site',
      JSON.stringify({ ...file, preferences: { ...file.preferences, allowedSites: ['https://a.example/*'] } }),
      /preferences\.allowedSites\.0/,
    ],
    [
      'an unknown site access',
      JSON.stringify({ ...file, preferences: { ...file.preferences, siteAccess: 'some-sites' } }),
      /preferences\.siteAccess/,
    ],
    [
      'a hover delay out of range',
      JSON.stringify({ ...file, preferences: { ...file.preferences, hoverDelayMs: 5 } }),
      /hoverDelayMs/,
    ],
  ])('refuses %s, saying why', (_, text, reason) => {
    expect(() => parseSettingsFile(text)).toThrow(reason);
  });
});

describe('where ModelPeek runs', () => {
  it('is off on listed sites, when paused, and on pages that are not web pages', () => {
    const prefs = { ...DEFAULT_PREFERENCES, disabledSites: ['news.example.com'] };
    expect(isActiveOn(prefs, 'https://docs.example.com/models')).toBe(true);
    expect(isActiveOn(prefs, 'https://news.example.com/today')).toBe(false);
    expect(isActiveOn({ ...prefs, paused: true }, 'https://docs.example.com/')).toBe(false);
    expect(isActiveOn(prefs, 'file:///tmp/a.html')).toBe(false);
    expect(siteOf('http://127.0.0.1:8080/x')).toBe('127.0.0.1:8080');
  });
});
