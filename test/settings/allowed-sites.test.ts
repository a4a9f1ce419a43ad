import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_SITE_PATTERN,
  allowedSiteOf,
  EVERY_SITE,
  isSiteAllowed,
  permissionToWithdraw,
  sitePermission,
  withoutSite,
  withSite,
} from '../../lib/settings/allowed-sites';
import { DEFAULT_PREFERENCES, isActiveOn } from '../../lib/settings/preferences';

describe('allowed sites', () => {
  it.each([
    ['https://docs.example.com/models?x=1#top', 'https://docs.example.com'],
    ['https://Docs.Example.com:8443/a', 'https://docs.example.com'],
    ['http://127.0.0.1:41234/compare.html', 'http://127.0.0.1'],
    ['http://localhost/', 'http://localhost'],
    ['http://[::1]:8080/x', 'http://[::1]'],
    ['https://xn--bcher-kva.example/', 'https://xn--bcher-kva.example'],
  ])('reads %s as the site %s, which is written as a site is', (url, site) => {
    expect(allowedSiteOf(url)).toBe(site);
    expect(site).toMatch(ALLOWED_SITE_PATTERN);
  });

  it.each([
    'file:///tmp/a.html',
    'chrome://extensions',
    'about:blank',
    'chrome-extension://abc/popup.html',
    'not a url',
  ])('finds no site in %s', (url) => {
    expect(allowedSiteOf(url)).toBeUndefined();
  });

  it('matches pages by scheme and host name, any port, any path', () => {
    const access = { siteAccess: 'allowed-sites', allowedSites: ['https://docs.example.com', 'http://127.0.0.1'] };
    expect(isSiteAllowed(access, 'https://docs.example.com/a/b')).toBe(true);
    expect(isSiteAllowed(access, 'https://docs.example.com:8443/')).toBe(true);
    expect(isSiteAllowed(access, 'http://127.0.0.1:9999/x.html')).toBe(true);
    expect(isSiteAllowed(access, 'http://docs.example.com/a')).toBe(false);
    expect(isSiteAllowed(access, 'https://example.com/')).toBe(false);
    expect(isSiteAllowed(access, 'https://evil.docs.example.com/')).toBe(false);
    expect(isSiteAllowed(access, 'https://docs.example.com.evil.test/')).toBe(false);
    expect(isSiteAllowed(access, 'http://localhost:9999/x.html')).toBe(false);
    expect(isSiteAllowed(access, 'file:///tmp/a.html')).toBe(false);
  });

  it('allows every site outside the mode', () => {
    expect(isSiteAllowed({ siteAccess: 'every-site', allowedSites: [] }, 'https://example.com/')).toBe(true);
  });

  it('edits the list: sorted, no repeats, nothing that is not a site', () => {
    const sites = withSite(withSite(['https://b.example'], 'http://a.example'), 'https://b.example');
    expect(sites).toEqual(['http://a.example', 'https://b.example']);
    expect(withoutSite(sites, 'https://b.example')).toEqual(['http://a.example']);
    expect(withoutSite(sites, 'https://c.example')).toEqual(sites);
    for (const bad of ['https://a.example/', 'https://a.example:8080', 'ftp://a.example', 'a.example', '*://a/*']) {
      expect(() => withSite(sites, bad)).toThrow(/not a site/);
    }
  });

  it('gives back a site’s permission unless a live data source needs it', () => {
    expect(sitePermission('https://docs.example.com')).toBe('https://docs.example.com/*');
    expect(permissionToWithdraw('https://docs.example.com', ['https://openrouter.ai/*'])).toBe(
      'https://docs.example.com/*',
    );
    expect(permissionToWithdraw('https://openrouter.ai', ['https://openrouter.ai/*'])).toBeUndefined();
  });

  it('keeps ModelPeek off a site not allowed, on top of the pause and the listed sites', () => {
    const prefs = {
      ...DEFAULT_PREFERENCES,
      siteAccess: 'allowed-sites' as const,
      allowedSites: ['https://docs.example.com', 'https://news.example.com'],
      disabledSites: ['news.example.com'],
    };
    expect(isActiveOn(prefs, 'https://docs.example.com/models')).toBe(true);
    expect(isActiveOn(prefs, 'https://blog.example.com/post')).toBe(false);
    expect(isActiveOn(prefs, 'https://news.example.com/today')).toBe(false);
    expect(isActiveOn({ ...prefs, paused: true }, 'https://docs.example.com/')).toBe(false);
    expect(isActiveOn({ ...prefs, siteAccess: 'every-site' }, 'https://blog.example.com/post')).toBe(true);
  });
});

describe('the every-site access', () => {
  it('is what the content script is declared for', async () => {
    const source = await readFile(new URL('../../entrypoints/content/index.tsx', import.meta.url), 'utf8');
    const matches = /matches: (\[[^\]]*\])/.exec(source)?.[1];
    expect(JSON.parse(matches?.replaceAll("'", '"') ?? 'null')).toEqual(EVERY_SITE);
  });
});
