import { browser } from 'wxt/browser';
import { EVERY_SITE, permissionToWithdraw, sitePermission, withoutSite, withSite } from './allowed-sites';
import { permissionOrigin } from './permissions';
import { type Preferences, preferences } from './preferences';
import { enabledSources, sourceSettings } from './sources';

/** The part of the browser's permissions API "only on sites I allow" uses (a stand-in in tests). */
export type PermissionsApi = Pick<typeof browser.permissions, 'request' | 'remove' | 'contains'>;

/**
 * The every-site access the browser gave at install, as it can be asked about. Chromium answers
 * for `https://*\/*` from the optional host permissions (it is one too, for custom data sources),
 * so only the http half says whether the page script still loads everywhere.
 */
const EVERY_SITE_PROBE = ['http://*/*'];

/** What the browser gives, beside what the reader chose: the options page says it in words. */
export interface SiteAccessState {
  /** Whether the browser still runs ModelPeek's page script on every site, as it did from install. */
  everySite: boolean;
  /** Allowed sites the browser gives no access to (from a settings file, or taken back in the browser). */
  withoutAccess: string[];
}

export async function siteAccessState(
  sites: readonly string[],
  api: PermissionsApi = browser.permissions,
): Promise<SiteAccessState> {
  const has = (origins: string[]) => api.contains({ origins }).catch(() => false);
  const everySite = await has(EVERY_SITE_PROBE);
  const withoutAccess: string[] = [];
  // With every site granted each site is too (and Chromium's answer for an https site would be wrong).
  if (!everySite) for (const site of sites) if (!(await has([sitePermission(site)]))) withoutAccess.push(site);
  return { everySite, withoutAccess };
}

async function updatePreferences(change: (prefs: Preferences) => Partial<Preferences>) {
  const prefs = await preferences.getValue();
  await preferences.setValue({ ...prefs, ...change(prefs) });
}

/**
 * Switches between every site and "only on sites I allow", from the reader's click. Entering the
 * mode gives back the every-site access where the browser lets an extension do that (Firefox
 * does); Chromium refuses for access given at install (only its own settings take that back, and
 * the options page says how), and the page script then stops at once on every site not allowed.
 * Leaving it asks for every site again when the browser no longer gives it (`state`, read before
 * the click), in the click's turn: ModelPeek would otherwise run nowhere. Where the access is
 * still there nothing is asked (Chromium would show its dialog all the same).
 */
export async function setSiteAccess(
  mode: Preferences['siteAccess'],
  state: Pick<SiteAccessState, 'everySite'>,
  api: PermissionsApi = browser.permissions,
): Promise<void> {
  const asked =
    mode === 'every-site' && !state.everySite ? api.request({ origins: EVERY_SITE }).catch(() => false) : undefined;
  await updatePreferences(() => ({ siteAccess: mode }));
  if (mode === 'allowed-sites') await api.remove({ origins: EVERY_SITE }).catch(() => false);
  await asked;
}

/**
 * Allows ModelPeek on a site, from a click in the popup or the options page. The browser is asked
 * first, in the same turn as the click (Firefox takes a permission request only there). The site is
 * listed meanwhile, so pages already open on it start at once where the browser already gives
 * access, and it comes off the list again if the reader refuses. Resolves with whether the browser
 * gave access.
 */
export async function allowSite(site: string, api: PermissionsApi = browser.permissions): Promise<boolean> {
  const asked = api.request({ origins: [sitePermission(site)] }).catch(() => false);
  let added = false;
  await updatePreferences(({ allowedSites }) => {
    added = !allowedSites.includes(site);
    return { allowedSites: withSite(allowedSites, site) };
  });
  const granted = await asked;
  if (!granted && added)
    await updatePreferences(({ allowedSites }) => ({ allowedSites: withoutSite(allowedSites, site) }));
  return granted;
}

/**
 * Takes a site off the list (ModelPeek stops on its open pages at once) and gives back its
 * permission, unless a live data source still needs it. Chromium refuses to give back a site its
 * install-time access covers; the list alone then keeps ModelPeek off it.
 */
export async function disallowSite(site: string, api: PermissionsApi = browser.permissions): Promise<void> {
  await updatePreferences(({ allowedSites }) => ({ allowedSites: withoutSite(allowedSites, site) }));
  const sources = enabledSources(await sourceSettings.getValue()).map(({ url }) => permissionOrigin(url));
  const permission = permissionToWithdraw(site, sources);
  if (permission) await api.remove({ origins: [permission] }).catch(() => false);
}
