import type { CostSettings as CostSettingsValue } from '../lib/settings/cost';

export interface CostSettingsProps {
  value: CostSettingsValue;
  onChange(next: CostSettingsValue): void;
  /** Which fields to show: the token mix (blended prices), the monthly volume (cost estimates), or both. */
  show?: 'mix' | 'volume' | 'all';
}

const MILLION = 1_000_000;

/** A number typed in a field, or undefined while it is empty or not a number, so nothing half-typed is saved. */
function parse(text: string, min: number, max: number): number | undefined {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) return undefined;
  return Math.min(max, Math.max(min, value));
}

interface FieldProps {
  id: string;
  label: string;
  unit: string;
  value: number;
  min: number;
  max: number;
  step: number;
  hint?: string;
  onValue(value: number): void;
}

function Field({ id, label, unit, value, min, max, step, hint, onValue }: FieldProps) {
  return (
    <div class="cost-field">
      <label for={id}>{label}</label>
      <span class="cost-input">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          value={Number(value.toFixed(4))}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(event) => {
            const parsed = parse(event.currentTarget.value, min, max);
            if (parsed !== undefined) onValue(parsed);
          }}
        />
        <span class="cost-unit">{unit}</span>
      </span>
      {hint && (
        <span class="cost-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}

/** Edits the token mix and monthly volume. A pure view: the values and onChange in, fields out. */
export function CostSettings({ value, onChange, show = 'all' }: CostSettingsProps) {
  const set = (patch: Partial<CostSettingsValue>) => onChange({ ...value, ...patch });
  const ratio = value.inputShare < 1 ? value.inputShare / (1 - value.inputShare) : Infinity;
  const mixHint = Number.isFinite(ratio) ? `${Number(ratio.toFixed(1))}:1 input:output` : 'input only';
  return (
    <fieldset class="cost-settings">
      <legend>Token mix and monthly volume</legend>
      {show !== 'volume' && (
        <Field
          id="cost-input-share"
          label="Input share of tokens"
          unit="%"
          value={value.inputShare * 100}
          min={0}
          max={100}
          step={1}
          hint={mixHint}
          onValue={(percent) => set({ inputShare: percent / 100 })}
        />
      )}
      <Field
        id="cost-cached-share"
        label="Cached share of input"
        unit="%"
        value={value.cachedShare * 100}
        min={0}
        max={100}
        step={1}
        onValue={(percent) => set({ cachedShare: percent / 100 })}
      />
      {show !== 'mix' && (
        <>
          <Field
            id="cost-monthly-input"
            label="Input tokens a month"
            unit="M"
            value={value.monthlyInputTokens / MILLION}
            min={0}
            max={1_000_000}
            step={1}
            onValue={(millions) => set({ monthlyInputTokens: Math.round(millions * MILLION) })}
          />
          <Field
            id="cost-monthly-output"
            label="Output tokens a month"
            unit="M"
            value={value.monthlyOutputTokens / MILLION}
            min={0}
            max={1_000_000}
            step={1}
            onValue={(millions) => set({ monthlyOutputTokens: Math.round(millions * MILLION) })}
          />
        </>
      )}
    </fieldset>
  );
}
