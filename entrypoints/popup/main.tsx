import '../../components/theme.css';
import '../../components/ModelCard.css';
import './popup.css';
import { render } from 'preact';
import { SearchPanel } from '../../components/SearchPanel';
import { askBackground } from '../../lib/messaging/browser-transport';
import { modelsOnActiveTab } from '../../lib/toolbar/on-this-page';

const app = document.getElementById('app');
if (app) {
  render(
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
    />,
    app,
  );
}
