/** What the first-run note and the options page say about the refresh, plainly. */
export const FRESH_NOTE =
  'ModelPeek keeps prices and models current: twice a day it downloads OpenRouter’s model list and LiteLLM’s ' +
  'price list. Only those files are fetched; nothing about you or the pages you read is sent.';

export interface FreshNoteProps {
  refreshOn: boolean;
  onRefresh(on: boolean): void;
  onDismiss(): void;
}

/** The popup's note on first run: the refresh is on, with the one switch that turns it off. */
export function FreshNote({ refreshOn, onRefresh, onDismiss }: FreshNoteProps) {
  return (
    <section class="fresh-note" aria-label="Live data">
      <p>{FRESH_NOTE}</p>
      <label>
        <input type="checkbox" checked={refreshOn} onChange={(event) => onRefresh(event.currentTarget.checked)} /> Keep
        prices and models fresh
      </label>
      <button type="button" onClick={onDismiss}>
        OK
      </button>
    </section>
  );
}
