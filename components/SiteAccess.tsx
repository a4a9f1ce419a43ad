import type { SiteAccessState } from '../lib/settings/site-access';

/** Which browser's settings to describe. */
export type BrowserName = 'chromium' | 'firefox';

/** How a site reads in a list: its host name, with the scheme only when it is not https. */
function siteName(site: string): string {
  return site.replace(/^https:\/\//, '');
}

export interface SiteAccessSettingsProps {
  mode: 'every-site' | 'allowed-sites';
  sites: readonly string[];
  state: SiteAccessState;
  browserName: BrowserName;
  busy: boolean;
  onMode(mode: 'every-site' | 'allowed-sites'): void;
  onRemove(site: string): void;
  /** Asks the browser again for a listed site it gives no access to. */
  onGrant(site: string): void;
}

/**
 * What the browser still does, in plain words: where it keeps ModelPeek's page script loading on
 * sites the reader has not allowed, and how to take that access back where the browser can.
 */
export function siteAccessNote(
  mode: SiteAccessSettingsProps['mode'],
  everySite: boolean,
  browserName: BrowserName,
): string | undefined {
  if (mode === 'every-site') {
    if (everySite) return undefined;
    return browserName === 'firefox'
      ? 'Firefox gives ModelPeek only some sites. To use it on every site, choose “On every site” again and ' +
          'accept, or open about:addons, click ModelPeek, and under Permissions allow access to your data for all websites.'
      : 'Your browser lets ModelPeek run only on some sites. To use it on every site, open chrome://extensions, ' +
          'click Details under ModelPeek, and under Site access choose “On all sites”.';
  }
  if (!everySite) return 'Your browser runs ModelPeek only on the sites it has been given.';
  return browserName === 'firefox'
    ? 'Firefox still gives ModelPeek every site. On a site you have not allowed, its page script stops at once: ' +
        'it reads nothing and marks nothing. To take that access back as well, open about:addons, click ModelPeek, ' +
        'and under Permissions turn off access to your data for all websites.'
    : 'Your browser still loads ModelPeek’s page script on every site, as you allowed when you installed it. On a ' +
        'site you have not allowed, the script stops at once: it reads nothing and marks nothing. To take that ' +
        'access back as well, open chrome://extensions, click Details under ModelPeek, and under Site access ' +
        'choose “On specific sites”. The sites you allow here are then the only ones it can run on.';
}

/** The options page's "Where ModelPeek works": every site, or only the sites the reader allows. */
export function SiteAccessSettings(props: SiteAccessSettingsProps) {
  const note = siteAccessNote(props.mode, props.state.everySite, props.browserName);
  const choice = (mode: SiteAccessSettingsProps['mode'], label: string) => (
    <label>
      <input
        type="radio"
        name="site-access"
        value={mode}
        checked={props.mode === mode}
        disabled={props.busy}
        onChange={() => props.onMode(mode)}
      />{' '}
      {label}
    </label>
  );
  return (
    <section class="site-access" aria-labelledby="site-access-title">
      <h2 id="site-access-title">Where ModelPeek works</h2>
      <fieldset>
        <legend>Sites</legend>
        {choice('every-site', 'On every site')}
        {choice('allowed-sites', 'Only on sites I allow')}
        {props.mode === 'allowed-sites' && (
          <>
            <p class="hint">
              Allow a site from the toolbar popup while you are on it: ModelPeek then asks your browser for access to
              that one site.
            </p>
            {props.sites.length === 0 ? (
              <p class="hint">No site allowed yet.</p>
            ) : (
              <ul class="allowed-sites">
                {props.sites.map((site) => (
                  <li key={site} data-site={site}>
                    <span class="site">{siteName(site)}</span>
                    {props.state.withoutAccess.includes(site) && (
                      <>
                        {' '}
                        <span class="no-access">your browser gives no access yet</span>{' '}
                        <button type="button" disabled={props.busy} onClick={() => props.onGrant(site)}>
                          Give access
                        </button>
                      </>
                    )}{' '}
                    <button
                      type="button"
                      disabled={props.busy}
                      aria-label={`Remove ${siteName(site)}`}
                      onClick={() => props.onRemove(site)}
                    >
                      Remove
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
        {note && <p class="site-access-note">{note}</p>}
      </fieldset>
    </section>
  );
}

export interface AllowSiteProps {
  /** The page's site, as lib/settings/allowed-sites.ts writes it. */
  site: string;
  allowed: boolean;
  /** What happened to the last request, in words. */
  note?: string;
  onAllow(): void;
  onDisallow(): void;
}

/** The popup's switch in "only on sites I allow" mode: allow ModelPeek on the page's site, or stop there. */
export function AllowSite({ site, allowed, note, onAllow, onDisallow }: AllowSiteProps) {
  const name = siteName(site);
  return (
    <section class="allow-site" aria-label="This site">
      {allowed ? (
        <p>
          ModelPeek works on <strong>{name}</strong>.{' '}
          <button type="button" onClick={onDisallow}>
            Stop on this site
          </button>
        </p>
      ) : (
        <p>
          ModelPeek works only on sites you allow.{' '}
          <button type="button" onClick={onAllow}>
            Allow on {name}
          </button>
        </p>
      )}
      {note && <p class="allow-site-note">{note}</p>}
    </section>
  );
}
