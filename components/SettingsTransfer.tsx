export interface SettingsTransferProps {
  onExport(): void;
  /** Receives the chosen file's text. */
  onImport(text: string): void;
}

/** Export the settings to a JSON file, or import them from one. */
export function SettingsTransfer({ onExport, onImport }: SettingsTransferProps) {
  return (
    <section class="transfer" aria-labelledby="transfer-title">
      <h2 id="transfer-title">Settings file</h2>
      <p class="hint">Move your settings to another browser, or share a team setup.</p>
      <div class="row">
        <button type="button" onClick={onExport}>
          Export settings
        </button>
        <label class="file">
          Import settings…
          <input
            type="file"
            accept="application/json,.json"
            onChange={async (event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) onImport(await file.text());
            }}
          />
        </label>
      </div>
    </section>
  );
}
