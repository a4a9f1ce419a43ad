export interface PauseToggleProps {
  paused: boolean;
  onChange(paused: boolean): void;
}

/** The popup's switch for the global pause: underlines and cards off on every page until turned back on. */
export function PauseToggle({ paused, onChange }: PauseToggleProps) {
  return (
    <label class="pause">
      <input type="checkbox" checked={paused} onChange={(event) => onChange(event.currentTarget.checked)} /> Pause
      ModelPeek on every page
    </label>
  );
}
