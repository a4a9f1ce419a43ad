import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { AllowSite } from '../../components/SiteAccess';
import { allowedSiteOf, sitePermission } from '../../lib/settings/allowed-sites';
import type { Preferences } from '../../lib/settings/preferences';
import { allowSite, disallowSite } from '../../lib/settings/site-access';
import { pageTab } from '../../lib/toolbar/on-this-page';

interface PageSite {
  site: string;
  /** Whether the browser already gave ModelPeek this site when the popup opened. */
  hadAccess: boolean;
}

const pageSite = signal<PageSite | undefined>(undefined);
const note = signal<string | undefined>(undefined);

/**
 * Finds the site of the page the popup speaks of. Its address is readable once the toolbar button
 * is clicked (activeTab), even on a site ModelPeek has no access to yet.
 */
export async function loadPageSite() {
  const tab = await pageTab();
  const site = tab?.url ? allowedSiteOf(tab.url) : undefined;
  if (!site) return;
  const hadAccess = await browser.permissions.contains({ origins: [sitePermission(site)] }).catch(() => false);
  pageSite.value = { site, hadAccess };
}

function allow({ site, hadAccess }: PageSite) {
  // Called straight from the click: the browser asks the reader only during a user gesture.
  void allowSite(site).then((granted) => {
    // A page the browser gave ModelPeek no access to has no page script until it loads again.
    note.value = !granted
      ? 'Your browser did not give access to this site.'
      : hadAccess
        ? undefined
        : 'Reload the page to start ModelPeek on it.';
  });
}

/** "Only on sites I allow": allow ModelPeek on the page's site, or stop it there. */
export function ThisSite({ prefs }: { prefs: Preferences }) {
  const current = pageSite.value;
  if (prefs.siteAccess !== 'allowed-sites' || !current) return null;
  return (
    <AllowSite
      site={current.site}
      allowed={prefs.allowedSites.includes(current.site)}
      note={note.value}
      onAllow={() => allow(current)}
      onDisallow={() => void disallowSite(current.site).then(() => (note.value = undefined))}
    />
  );
}
