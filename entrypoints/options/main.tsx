import '../../components/theme.css';
import './options.css';
import { signal } from '@preact/signals';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DataSources } from '../../components/DataSources';
import { askBackground } from '../../lib/messaging/browser-transport';
import type { SourceStatus } from '../../lib/messaging/protocol';
import { permissionOrigin } from '../../lib/settings/permissions';
import { sourceSettings } from '../../lib/settings/sources';

const sources = signal<SourceStatus[]>([]);
const intervalHours = signal(12);
const busy = signal(false);
const message = signal<string | undefined>(undefined);

async function load(answer?: { sources: SourceStatus[]; intervalHours: number }) {
  const status = answer ?? (await askBackground('getSourceStatus', {}));
  sources.value = status.sources;
  intervalHours.value = status.intervalHours;
}

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
      const url = sources.value.find((s) => s.id === id)?.url;
      if (enabled) {
        if (!url) throw new Error('Enter the custom dataset’s https address first.');
        // The permission is asked for here, on the user's click, and only for this source's site.
        const granted = await browser.permissions.request({ origins: [permissionOrigin(url)] });
        if (!granted) throw new Error(`Permission to reach ${new URL(url).host} was not given.`);
      }
      const settings = await sourceSettings.getValue();
      await sourceSettings.setValue({ ...settings, enabled: { ...settings.enabled, [id]: enabled } });
      await load(enabled ? await askBackground('refreshNow', {}) : undefined);
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
      <DataSources
        sources={sources.value}
        intervalHours={intervalHours.value}
        busy={busy.value}
        message={message.value}
        {...actions}
      />
    </>
  );
}

const app = document.getElementById('app');
if (app) {
  render(<Options />, app);
  void act(() => load());
}
