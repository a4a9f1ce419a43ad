/**
 * "Only on sites I allow": which sites a reader allowed, and the host permission each one is.
 * Pure: no browser calls, so the content script's start-up check stays small and everything
 * here is tested in Node.
 */

/**
 * The pages ModelPeek's page script is declared for (the content script's `matches` in
 * entrypoints/content/index.tsx): the "every site" access a browser gives at install.
 */
export const EVERY_SITE = ['http://*/*', 'https://*/*'];

/** How an allowed site is written: scheme and host name, no port, no path. */
export const ALLOWED_SITE_PATTERN = /^https?:\/\/(\[[\da-f:.]+\]|[a-z\d_.-]+)$/;

/**
 * The site a page belongs to as the reader allows it: "https://docs.example.com". A host permission
 * covers every port of its host name, and so does an allowed site; the scheme is kept, as it is
 * in a permission (allowing https://example.com does not allow http://example.com).
 */
export function allowedSiteOf(url: string): string | undefined {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? `${protocol}//${hostname}` : undefined;
  } catch {
    return undefined;
  }
}

/** Whether ModelPeek may work on a page: everywhere, or only on the sites the reader allowed. */
export function isSiteAllowed(access: { siteAccess: string; allowedSites: readonly string[] }, url: string) {
  return access.siteAccess !== 'allowed-sites' || access.allowedSites.includes(allowedSiteOf(url) as string);
}

/** The host permission that lets the browser run ModelPeek on a site: `https://docs.example.com/*`. */
export function sitePermission(site: string): string {
  return `${site}/*`;
}

/** The list with one more site, kept sorted and without repeats; anything not a site is refused. */
export function withSite(sites: readonly string[], site: string): string[] {
  if (!ALLOWED_SITE_PATTERN.test(site)) throw new Error(`"${site}" is not a site ModelPeek can be allowed on.`);
  return [...new Set([...sites, site])].sort();
}

/** The list without a site. */
export function withoutSite(sites: readonly string[], site: string): string[] {
  return sites.filter((s) => s !== site);
}

/**
 * The permission to give back when a site is no longer allowed, unless something else still needs
 * it (a live data source fetched from that site): then none.
 */
export function permissionToWithdraw(site: string, stillNeeded: readonly string[]): string | undefined {
  const permission = sitePermission(site);
  return stillNeeded.includes(permission) ? undefined : permission;
}
