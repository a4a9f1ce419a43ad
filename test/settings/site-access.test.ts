import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PREFERENCES, preferences } from '../../lib/settings/preferences';
import {
  allowSite,
  disallowSite,
  type PermissionsApi,
  setSiteAccess,
  siteAccessState,
} from '../../lib/settings/site-access';
import { DEFAULT_SOURCE_SETTINGS, sourceSettings } from '../../lib/settings/sources';

/** A browser's permissions: `answer` is the reader's reply to a request; Chromium refuses to remove install-time access. */
function permissions(options: { answer?: boolean; granted?: string[]; refuseRemove?: boolean } = {}) {
  const granted = new Set(options.granted ?? []);
  return {
    granted,
    request: vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
      if (options.answer) for (const origin of origins) granted.add(origin);
      return options.answer ?? false;
    }),
    remove: vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
      if (options.refuseRemove) throw new Error('You cannot remove required permissions.');
      for (const origin of origins) granted.delete(origin);
      return true;
    }),
    contains: vi.fn(async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o))),
  } satisfies PermissionsApi & { granted: Set<string> };
}

const allowed = async () => (await preferences.getValue()).allowedSites;

beforeEach(async () => {
  fakeBrowser.reset();
  await preferences.setValue({ ...DEFAULT_PREFERENCES, siteAccess: 'allowed-sites' });
});

describe('only on sites I allow', () => {
  it('asks the browser for the one site before anything else, in the turn of the click, and lists it', async () => {
    const api = permissions({ answer: true });
    const done = allowSite('https://docs.example.com', api);
    expect(api.request).toHaveBeenCalledWith({ origins: ['https://docs.example.com/*'] });
    await expect(done).resolves.toBe(true);
    expect(await allowed()).toEqual(['https://docs.example.com']);
  });

  it('takes the site off the list again when the reader refuses, and keeps one listed before', async () => {
    await expect(allowSite('https://docs.example.com', permissions({ answer: false }))).resolves.toBe(false);
    expect(await allowed()).toEqual([]);
    await allowSite('https://a.example', permissions({ answer: true }));
    await expect(allowSite('https://a.example', permissions({ answer: false }))).resolves.toBe(false);
    expect(await allowed()).toEqual(['https://a.example']);
  });

  it("takes a site off and gives back its permission, but not a live source's", async () => {
    await sourceSettings.setValue({
      ...DEFAULT_SOURCE_SETTINGS,
      enabled: { ...DEFAULT_SOURCE_SETTINGS.enabled, openrouter: true },
    });
    const api = permissions({ answer: true });
    await allowSite('https://docs.example.com', api);
    await allowSite('https://openrouter.ai', api);
    await disallowSite('https://docs.example.com', api);
    await disallowSite('https://openrouter.ai', api);
    expect(await allowed()).toEqual([]);
    expect(api.remove).toHaveBeenCalledTimes(1);
    expect(api.remove).toHaveBeenCalledWith({ origins: ['https://docs.example.com/*'] });
  });

  it('keeps ModelPeek off a site even where the browser refuses to give its permission back', async () => {
    const api = permissions({ answer: true, refuseRemove: true });
    await allowSite('http://127.0.0.1', api);
    await expect(disallowSite('http://127.0.0.1', api)).resolves.toBeUndefined();
    expect(await allowed()).toEqual([]);
  });

  it('tries to give back every site on entering the mode, and says what the browser kept', async () => {
    const chromium = permissions({ granted: ['http://*/*', 'https://*/*'], refuseRemove: true });
    await setSiteAccess('every-site', { everySite: true }, chromium);
    expect(chromium.request).not.toHaveBeenCalled();
    await setSiteAccess('allowed-sites', { everySite: true }, chromium);
    expect(chromium.remove).toHaveBeenCalledExactlyOnceWith({ origins: ['http://*/*', 'https://*/*'] });
    expect((await preferences.getValue()).siteAccess).toBe('allowed-sites');
    expect(await siteAccessState(['https://docs.example.com'], chromium)).toEqual({
      everySite: true,
      withoutAccess: [],
    });

    // Firefox gives every site back on entering the mode, and asks for it again on leaving.
    const firefox = permissions({ granted: ['http://*/*', 'https://*/*'], answer: true });
    await setSiteAccess('allowed-sites', { everySite: true }, firefox);
    const state = await siteAccessState([], firefox);
    expect(state).toEqual({ everySite: false, withoutAccess: [] });
    await setSiteAccess('every-site', state, firefox);
    expect(firefox.request).toHaveBeenCalledExactlyOnceWith({ origins: ['http://*/*', 'https://*/*'] });
    expect(await siteAccessState([], firefox)).toEqual({ everySite: true, withoutAccess: [] });

    const withdrawn = permissions({ granted: ['http://*/*', 'https://*/*', 'https://docs.example.com/*'] });
    await setSiteAccess('allowed-sites', { everySite: true }, withdrawn);
    expect(await siteAccessState(['https://docs.example.com', 'https://a.example'], withdrawn)).toEqual({
      everySite: false,
      withoutAccess: ['https://a.example'],
    });
  });
});
