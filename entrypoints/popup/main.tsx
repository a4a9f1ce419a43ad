import '../../components/theme.css';
import '../../components/ModelCard.css';
import './popup.css';
import { signal } from '@preact/signals';
import { render } from 'preact';
import { PauseToggle } from '../../components/PauseToggle';
import { SearchPanel } from '../../components/SearchPanel';
import { askBackground } from '../../lib/messaging/browser-transport';
import { preferences } from '../../lib/settings/preferences';
import { modelsOnActiveTab } from '../../lib/toolbar/on-this-page';

const paused = signal(false);
void preferences.getValue().then((p) => (paused.value = p.paused));
const setPaused = async (value: boolean) => {
  paused.value = value;
  await preferences.setValue({ ...(await preferences.getValue()), paused: value });
};

function Popup() {
  return (
    <>
      <SearchPanel
        initialQuery={new URLSearchParams(location.hash.slice(1)).get('q') ?? ''}
        search={async (query) => (await askBackground('searchModels', { query, limit: 20 })).models}
        details={async (id) => {
          const { models, priceNotes, ...registries } = await askBackground('lookupModels', { ids: [id] });
          const model = models[0];
          return model && { model, ...registries, priceNote: priceNotes[model.id] };
        }}
        pageModels={modelsOnActiveTab}
        onCompare={(ids) => void askBackground('openCompare', { ids })}
        onCopyId={(id) => navigator.clipboard.writeText(id)}
      />
      <PauseToggle paused={paused.value} onChange={(value) => void setPaused(value)} />
    </>
  );
}

const app = document.getElementById('app');
if (app) render(<Popup />, app);
