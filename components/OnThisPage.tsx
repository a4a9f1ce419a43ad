import { MAX_IDS, type PageModel } from '../lib/messaging/protocol';
import type { OnThisPage as OnThisPageState } from '../lib/toolbar/on-this-page';

export interface OnThisPageProps {
  /** Undefined while the tab is being asked. */
  state: OnThisPageState | undefined;
  onChoose(id: string): void;
  onCompare?(ids: string[]): void;
}

const mentions = (model: PageModel) => (model.mentions === 1 ? '1 mention' : `${model.mentions} mentions`);

/** The popup's list of the models the active tab names, each opening its figures, and "Compare all". */
export function OnThisPage({ state, onChoose, onCompare }: OnThisPageProps) {
  if (!state) return null;
  return (
    <section class="on-this-page" aria-labelledby="on-this-page-title">
      <h2 id="on-this-page-title">On this page</h2>
      {state.kind === 'unavailable' ? (
        <p class="empty">ModelPeek does not run on this page.</p>
      ) : state.models.length === 0 ? (
        <p class="empty">No known model is named on this page.</p>
      ) : (
        <>
          <ul class="page-models">
            {state.models.map((model) => (
              <li key={model.id}>
                <button type="button" class="page-model" onClick={() => onChoose(model.id)}>
                  <span class="result-name">{model.name}</span>
                  <span class="mentions">{mentions(model)}</span>
                </button>
              </li>
            ))}
          </ul>
          {onCompare && state.models.length > 1 && (
            <button
              type="button"
              class="compare-all"
              onClick={() => onCompare(state.models.slice(0, MAX_IDS).map((m) => m.id))}
            >
              Compare all ({state.models.length})
            </button>
          )}
        </>
      )}
    </section>
  );
}
