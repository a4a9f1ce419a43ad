import '../../components/theme.css';
import '../../components/ModelCard.css';
import '../../components/ComparePage.css';
import { effect, signal } from '@preact/signals';
import { render } from 'preact';
import { ComparePage } from '../../components/ComparePage';
import { compareHash } from '../../lib/compare/selection';
import { askBackground } from '../../lib/messaging/browser-transport';
import { costSettings, DEFAULT_COST_SETTINGS } from '../../lib/settings/cost';
import { createCompareModel } from './compare-model';

const model = createCompareModel(
  (ids) => askBackground('lookupModels', { ids }),
  (ids) => askBackground('getRelated', { ids }),
);
const cost = signal(DEFAULT_COST_SETTINGS);

function App() {
  return (
    <ComparePage
      ids={model.ids.value}
      asked={model.asked.value}
      data={model.data.value}
      related={model.related.value}
      loading={model.loading.value}
      error={model.error.value}
      cost={cost.value}
      onCostChange={(next) => void costSettings.setValue(next)}
      search={async (query) => (await askBackground('searchModels', { query, limit: 12 })).models}
      // The hash is the selection's one home: bookmarks, reloads, back and forward all go through it.
      onSelectionChange={(next) => (location.hash = compareHash(next))}
    />
  );
}

// A bookmark takes the page's title: name the models in it.
effect(() => {
  const names = model.ids.value.flatMap((id) => model.data.value?.models.find((m) => m.id === id)?.name ?? []);
  document.title = `${names.length ? names.join(' vs ') : 'Compare models'} · ModelPeek`;
});
window.addEventListener('hashchange', () => void model.show(location.hash));
void model.show(location.hash);
void costSettings.getValue().then((value) => (cost.value = value));
costSettings.watch((value) => (cost.value = value ?? DEFAULT_COST_SETTINGS));
const app = document.getElementById('app');
if (app) render(<App />, app);
