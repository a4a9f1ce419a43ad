import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { whenSiteAllowed } from '../../lib/page/site-gate';
import { DEFAULT_PREFERENCES, preferences } from '../../lib/settings/preferences';

const PAGE = 'https://docs.example.com/models';
const settled = (promise: Promise<unknown>) =>
  Promise.race([promise.then(() => 'started'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 20))]);

beforeEach(() => fakeBrowser.reset());

describe("the page script's start-up gate", () => {
  it('starts at once on every site, with the preferences it read', async () => {
    await expect(settled(whenSiteAllowed(PAGE, new AbortController().signal))).resolves.toBe('started');
    await preferences.setValue({ ...DEFAULT_PREFERENCES, hoverDelayMs: 900 });
    await expect(whenSiteAllowed(PAGE, new AbortController().signal)).resolves.toMatchObject({ hoverDelayMs: 900 });
  });

  it('waits on a site not allowed, and starts when the reader allows it', async () => {
    await preferences.setValue({
      ...DEFAULT_PREFERENCES,
      siteAccess: 'allowed-sites',
      allowedSites: ['https://a.test'],
    });
    const gate = whenSiteAllowed(PAGE, new AbortController().signal);
    expect(await settled(gate)).toBe('waiting');
    await preferences.setValue({
      ...DEFAULT_PREFERENCES,
      siteAccess: 'allowed-sites',
      allowedSites: ['https://a.test'],
    });
    expect(await settled(gate)).toBe('waiting');
    await preferences.setValue({
      ...DEFAULT_PREFERENCES,
      siteAccess: 'allowed-sites',
      allowedSites: ['https://docs.example.com'],
    });
    expect(await settled(gate)).toBe('started');
  });

  it('stops listening when the page script is done', async () => {
    await preferences.setValue({ ...DEFAULT_PREFERENCES, siteAccess: 'allowed-sites' });
    const stop = new AbortController();
    const gate = whenSiteAllowed(PAGE, stop.signal);
    await settled(gate);
    stop.abort();
    await preferences.setValue({ ...DEFAULT_PREFERENCES, siteAccess: 'every-site' });
    expect(await settled(gate)).toBe('waiting');
  });
});
