import { useSignal } from '@preact/signals';
import type { ModelSummary } from '../lib/messaging/protocol';
import type { Preferences } from '../lib/settings/preferences';

export interface PreferencesFormProps {
  value: Preferences;
  /** The baseline's display name, when one is set. */
  baselineName?: string;
  search(query: string): Promise<ModelSummary[]>;
  onChange(next: Preferences): void;
}

const SECTIONS: { key: keyof Preferences['cardSections']; label: string }[] = [
  { key: 'scores', label: 'Scores' },
  { key: 'operational', label: 'Price, speed and context' },
  { key: 'deltas', label: 'Differences with the compared model' },
  { key: 'provenance', label: 'Sources and dates' },
];

const DELAYS = [150, 250, 350, 500, 800];

/** The options page's reading preferences: baseline model, highlights, hover, sites, card sections. */
export function PreferencesForm({ value, baselineName, search, onChange }: PreferencesFormProps) {
  const query = useSignal('');
  const found = useSignal<ModelSummary[]>([]);
  const set = (patch: Partial<Preferences>) => onChange({ ...value, ...patch });

  return (
    <section class="preferences" aria-labelledby="preferences-title">
      <h2 id="preferences-title">Reading</h2>

      <fieldset>
        <legend>Baseline model</legend>
        <p class="hint">The model you use today: every card compares with it first.</p>
        <p class="baseline">
          {value.baselineModelId ? (
            <>
              <strong>{baselineName ?? value.baselineModelId}</strong>{' '}
              <button type="button" onClick={() => set({ baselineModelId: null })}>
                Clear
              </button>
            </>
          ) : (
            'None: cards compare with the other model the page names.'
          )}
        </p>
        <label class="stacked">
          Set a baseline
          <input
            type="search"
            placeholder="Search a model"
            value={query.value}
            onInput={async (event) => {
              query.value = event.currentTarget.value;
              found.value = query.value.trim() ? await search(query.value) : [];
            }}
          />
        </label>
        {found.value.length > 0 && (
          <ul class="choices">
            {found.value.slice(0, 6).map((model) => (
              <li key={model.id}>
                <button
                  type="button"
                  onClick={() => {
                    set({ baselineModelId: model.id });
                    query.value = '';
                    found.value = [];
                  }}
                >
                  {model.name} <code>{model.id}</code>
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset>
        <legend>On pages</legend>
        <label>
          <input type="checkbox" checked={value.paused} onChange={(e) => set({ paused: e.currentTarget.checked })} />{' '}
          Pause ModelPeek everywhere
        </label>
        <label class="stacked">
          Mark model names with
          <select
            value={value.highlightStyle}
            onChange={(e) => set({ highlightStyle: e.currentTarget.value as Preferences['highlightStyle'] })}
          >
            <option value="underline">a dotted underline</option>
            <option value="background">a light background</option>
            <option value="none">nothing (cards still open on hover)</option>
          </select>
        </label>
        <label class="stacked">
          Show a card after resting on a name for
          <select
            value={String(value.hoverDelayMs)}
            onChange={(e) => set({ hoverDelayMs: Number(e.currentTarget.value) })}
          >
            {DELAYS.map((ms) => (
              <option key={ms} value={String(ms)}>
                {ms} ms
              </option>
            ))}
          </select>
        </label>
        <label class="stacked">
          Only while holding
          <select
            value={value.modifierKey}
            onChange={(e) => set({ modifierKey: e.currentTarget.value as Preferences['modifierKey'] })}
          >
            <option value="none">no key: always</option>
            <option value="Alt">Alt</option>
            <option value="Shift">Shift</option>
            <option value="Control">Ctrl</option>
            <option value="Meta">⌘ / Windows key</option>
          </select>
        </label>
        <label class="stacked">
          Sites where ModelPeek stays off (one per line, e.g. news.example.com)
          <textarea
            rows={4}
            value={value.disabledSites.join('\n')}
            onChange={(e) =>
              set({
                disabledSites: [
                  ...new Set(
                    e.currentTarget.value
                      .split('\n')
                      .map((line) => line.trim().toLowerCase())
                      .filter((line) => /^[a-z0-9.-]+(:\d+)?$/.test(line)),
                  ),
                ],
              })
            }
          />
        </label>
      </fieldset>

      <fieldset>
        <legend>Card sections</legend>
        {SECTIONS.map((section) => (
          <label key={section.key}>
            <input
              type="checkbox"
              checked={value.cardSections[section.key]}
              onChange={(e) => set({ cardSections: { ...value.cardSections, [section.key]: e.currentTarget.checked } })}
            />{' '}
            {section.label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
