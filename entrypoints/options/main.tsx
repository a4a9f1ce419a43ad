import '../../components/theme.css';
import './options.css';
import { signal } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CostSettings } from '../../components/CostSettings';
import { DataSources } from '../../components/DataSources';
import { PreferencesForm } from '../../components/PreferencesForm';
import { SettingsTransfer } from '../../components/SettingsTransfer';
import { SiteAccessSettings } from '../../components/SiteAccess';
import { askBackground } from '../../lib/messaging/browser-transport';
import type { SourceStatus } from '../../lib/messaging/protocol';
import { type CostSettings as CostValues, costSettings, DEFAULT_COST_SETTINGS } from '../../lib/settings/cost';
import { permissionOrigin } from '../../lib/settings/permissions';
import { DEFAULT_PREFERENCES, type Preferences, preferences } from '../../lib/settings/preferences';
import {
  allowSite,
  disallowSite,
  type SiteAccessState,
  setSiteAccess,
  siteAccessState,
} from '../../lib/settings/site-access';
import { sourceSettings, withRefresh } from '../../lib/settings/sources';
import { parseSettingsFile, type SettingsFile } from '../../lib/settings/transfer';

const sources = signal<SourceStatus[]>([]);
const intervalHours = signal(12);
const busy = signal(false);
const message = signal<string | undefined>(undefined);
const prefs = signal<Preferences>(DEFAULT_PREFERENCES);
const baselineName = signal<string | undefined>(undefined);
const cost = signal<CostValues>(DEFAULT_COST_SETTINGS);
const access = signal<SiteAccessState>({ everySite: true, withoutAccess: [] });

async function loadPreferences() {
  prefs.value = await preferences.getValue();
  access.value = await siteAccessState(prefs.value.allowedSites);
  cost.value = await costSettings.getValue();
  const id = prefs.value.baselineModelId;
  baselineName.value = id ? (await askBackground('lookupModels', { ids: [id] })).models[0]?.name : undefined;
}

/** Saves the whole settings file as a download. */
async function exportSettings() {
  const file: SettingsFile = {
    modelpeekSettings: 1,
    preferences: await preferences.getValue(),
    sources: await sourceSettings.getValue(),
    cost: { ...(await costSettings.getValue()) },
  };
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
  link.download = 'modelpeek-settings.json';
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Applies an imported file. */
async function importSettings(text: string) {
  const file = parseSettingsFile(text);
  await preferences.setValue(file.preferences);
  if (file.preferences.siteAccess === 'allowed-sites') await setSiteAccess('allowed-sites', access.value);
  if (file.cost) await costSettings.setValue({ ...DEFAULT_COST_SETTINGS, ...file.cost });
  await sourceSettings.setValue(file.sources);
  await Promise.all([load(), loadPreferences()]);
  message.value = 'Settings imported.';
}

async function load(answer?: { sources: SourceStatus[]; intervalHours: number }) {
  const status = answer ?? (await askBackground('getSourceStatus', {}));
  if (JSON.stringify(status.sources) !== JSON.stringify(sources.value)) sources.value = status.sources;
  intervalHours.value = status.intervalHours;
}

/** How often the open page reads the sources' status again, to follow a refresh that finishes meanwhile. */
const FOLLOW_STATUS_MS = 2000;

/** Runs an action with the controls disabled, showing its failure in words. */
async function act(run: () => Promise<void>) {
  busy.value = true;
  message.value = undefined;
  try {
    await run();
  } catch (error) {
    message.value = error instanceof Error ? error.message : String(error);
  } finally {
    busy.value = false;
  }
}

const actions = {
  onToggle: (id: SourceStatus['id'], enabled: boolean) =>
    act(async () => {
      if (enabled && !sources.value.find((s) => s.id === id)?.url) {
        throw new Error('Enter the custom dataset’s https address first.');
      }
      const settings = await sourceSettings.getValue();
      await sourceSettings.setValue({ ...settings, enabled: { ...settings.enabled, [id]: enabled } });
      await load(enabled ? await askBackground('refreshNow', {}) : undefined);
    }),
  onRefreshSwitch: (on: boolean) =>
    act(async () => {
      await sourceSettings.setValue(withRefresh(await sourceSettings.getValue(), on));
      await load(on ? await askBackground('refreshNow', {}) : undefined);
    }),
  onGrantAccess: (id: SourceStatus['id']) =>
    act(async () => {
      const url = sources.value.find((s) => s.id === id)?.url;
      if (!url) return;
      // Asked for here, on the reader's click, and only for this source's site.
      const granted = await browser.permissions.request({ origins: [permissionOrigin(url)] });
      if (!granted) throw new Error(`Access to ${new URL(url).host} was not given.`);
      await load(await askBackground('refreshNow', {}));
    }),
  onUrl: (id: SourceStatus['id'], url: string) =>
    act(async () => {
      if (url && !url.startsWith('https://')) throw new Error('The address must start with https://');
      const settings = await sourceSettings.getValue();
      const urls = { ...settings.urls, [id]: url || undefined };
      await sourceSettings.setValue({ ...settings, urls, enabled: { ...settings.enabled, [id]: false } });
      await load();
    }),
  onRefresh: () => act(async () => load(await askBackground('refreshNow', {}))),
  onInterval: (hours: number) =>
    act(async () => {
      const settings = await sourceSettings.getValue();
      await sourceSettings.setValue({ ...settings, intervalHours: hours });
      await load();
    }),
};

function Options() {
  return (
    <>
      <h1>ModelPeek</h1>
      <PreferencesForm
        value={prefs.value}
        baselineName={baselineName.value}
        search={async (query) => (await askBackground('searchModels', { query, limit: 8 })).models}
        onChange={(next) =>
          act(async () => {
            await preferences.setValue(next);
            await loadPreferences();
          })
        }
      />
      <SiteAccessSettings
        mode={prefs.value.siteAccess}
        sites={prefs.value.allowedSites}
        state={access.value}
        browserName={import.meta.env.FIREFOX ? 'firefox' : 'chromium'}
        busy={busy.value}
        onMode={(mode) => {
          prefs.value = { ...prefs.value, siteAccess: mode };
          void act(() => setSiteAccess(mode, access.value).then(loadPreferences));
        }}
        onRemove={(site) => act(() => disallowSite(site).then(loadPreferences))}
        onGrant={(site) =>
          act(async () => {
            const granted = await allowSite(site);
            await loadPreferences();
            if (!granted) throw new Error(`Your browser did not give access to ${new URL(site).host}.`);
          })
        }
      />
      <section aria-labelledby="cost-title">
        <h2 id="cost-title">Cost estimates</h2>
        <CostSettings
          value={cost.value}
          onChange={(next) =>
            act(async () => {
              await costSettings.setValue(next);
              cost.value = next;
            })
          }
        />
      </section>
      <DataSources
        sources={sources.value}
        intervalHours={intervalHours.value}
        busy={busy.value}
        message={message.value}
        {...actions}
      />
      <SettingsTransfer
        onExport={() => void act(exportSettings)}
        onImport={(text) => void act(() => importSettings(text))}
      />
    </>
  );
}

const app = document.getElementById('app');
if (app) {
  render(<Options />, app);
  void act(() => Promise.all([load(), loadPreferences()]).then(() => undefined));
  // A refresh may finish while the page is open (the schedule's, or one started elsewhere): the
  // status follows it while the page is shown and no action of its own runs.
  setInterval(() => {
    if (document.visibilityState === 'visible' && !busy.value) {
      load().catch((error: unknown) => console.warn('[ModelPeek] could not read the sources', error));
    }
  }, FOLLOW_STATUS_MS);
  // The popup changes preferences too (pause, allowed sites): what this page writes next starts from them.
  preferences.watch((next) => {
    prefs.value = next;
    void siteAccessState(next.allowedSites).then((state) => (access.value = state));
  });
}
