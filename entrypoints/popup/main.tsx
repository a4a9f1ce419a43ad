import '../../components/theme.css';
import '../../components/ModelCard.css';
import './popup.css';
import { signal } from '@preact/signals';
import { render } from 'preact';
import { FreshNote } from '../../components/FreshNote';
import { PauseToggle } from '../../components/PauseToggle';
import { SearchPanel } from '../../components/SearchPanel';
import { askBackground } from '../../lib/messaging/browser-transport';
import { DEFAULT_PREFERENCES, preferences } from '../../lib/settings/preferences';
import { freshNoteSeen, refreshIsOn, sourceSettings, withRefresh } from '../../lib/settings/sources';
import { modelsOnActiveTab } from '../../lib/toolbar/on-this-page';
import { loadPageSite, ThisSite } from './this-site';

const prefs = signal(DEFAULT_PREFERENCES);
void preferences.getValue().then((p) => {
  prefs.value = p;
  // The page's address is read only where it is needed: to allow its site.
  if (p.siteAccess === 'allowed-sites') void loadPageSite();
});
preferences.watch((p) => (prefs.value = p));
const setPaused = async (paused: boolean) => {
  prefs.value = { ...prefs.value, paused };
  await preferences.setValue({ ...(await preferences.getValue()), paused });
};

/** Whether the live refresh is on, while the first-run note shows; undefined once the reader has seen it. */
const refreshOn = signal<boolean | undefined>(undefined);
void Promise.all([freshNoteSeen.getValue(), sourceSettings.getValue()]).then(([seen, settings]) => {
  if (!seen) refreshOn.value = refreshIsOn(settings);
});
const setRefresh = async (on: boolean) => {
  refreshOn.value = on;
  await sourceSettings.setValue(withRefresh(await sourceSettings.getValue(), on));
};
const dismissFreshNote = async () => {
  refreshOn.value = undefined;
  await freshNoteSeen.setValue(true);
};

function Popup() {
  return (
    <>
      {refreshOn.value !== undefined && (
        <FreshNote
          refreshOn={refreshOn.value}
          onRefresh={(on) => void setRefresh(on)}
          onDismiss={() => void dismissFreshNote()}
        />
      )}
      <ThisSite prefs={prefs.value} />
      <SearchPanel
        initialQuery={new URLSearchParams(location.hash.slice(1)).get('q') ?? ''}
        search={async (query) => (await askBackground('searchModels', { query, limit: 20 })).models}
        details={async (id) => {
          const { models, priceNotes, ...registries } = await askBackground('lookupModels', { ids: [id] });
          const model = models[0];
          return model && { model, ...registries, priceNote: priceNotes[model.id] };
        }}
        pageModels={modelsOnActiveTab}
        whatsNew={() => askBackground('getWhatsNew', {})}
        onNewsSeen={() =>
          void askBackground('markWhatsNewSeen', {}).catch((e: unknown) => console.warn('[ModelPeek]', e))
        }
        onCompare={(ids) => void askBackground('openCompare', { ids })}
        onCopyId={(id) => navigator.clipboard.writeText(id)}
      />
      <PauseToggle paused={prefs.value.paused} onChange={(value) => void setPaused(value)} />
    </>
  );
}

const app = document.getElementById('app');
if (app) render(<Popup />, app);
