import type { SourceStatus } from '../lib/messaging/protocol';
import { FRESH_NOTE } from './FreshNote';

export interface DataSourcesProps {
  sources: readonly SourceStatus[];
  intervalHours: number;
  busy: boolean;
  /** A message about the last action, e.g. a refused permission. */
  message?: string;
  onToggle(id: SourceStatus['id'], enabled: boolean): void;
  /** The one switch: every source off, or the default ones on. */
  onRefreshSwitch(on: boolean): void;
  /** Asks for access to a source's site, for a source that sends no CORS headers. */
  onGrantAccess(id: SourceStatus['id']): void;
  onUrl(id: SourceStatus['id'], url: string): void;
  onRefresh(): void;
  onInterval(hours: number): void;
}

const INTERVALS = [6, 12, 24, 48];

/** The site a source is fetched from, as the browser's permission prompt names it. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function when(iso: string | undefined): string {
  return iso ? new Date(iso).toLocaleString() : 'never';
}

/** The options page's data sources: which live sources are on, their status, and refresh controls. */
export function DataSources(props: DataSourcesProps) {
  return (
    <section class="data-sources" aria-labelledby="sources-title">
      <h2 id="sources-title">Data sources</h2>
      <label class="refresh-switch">
        <input
          type="checkbox"
          checked={props.sources.some((source) => source.enabled)}
          disabled={props.busy}
          onChange={(event) => props.onRefreshSwitch(event.currentTarget.checked)}
        />
        Keep prices and models fresh
      </label>
      <p class="hint">
        {FRESH_NOTE} Turned off, ModelPeek answers from the dataset bundled with it and makes no request at all.
      </p>
      <ul class="sources">
        {props.sources.map((source) => (
          <li key={source.id} class="source" data-source={source.id}>
            <label class="source-toggle">
              <input
                type="checkbox"
                checked={source.enabled}
                disabled={props.busy}
                onChange={(event) => props.onToggle(source.id, event.currentTarget.checked)}
              />
              <span class="source-name">{source.name}</span>
            </label>
            <p class="source-description">{source.description}</p>
            {source.id === 'custom' && (
              <label class="source-url">
                Address (https)
                {/* Not bound to the status, which the page reloads while open: what the reader is typing
                    stays; an address stored anew (saved, imported) gives a fresh field. */}
                <input
                  key={source.url ?? ''}
                  type="url"
                  placeholder="https://example.com/modelpeek-dataset.json"
                  defaultValue={source.url ?? ''}
                  disabled={props.busy}
                  onChange={(event) => props.onUrl(source.id, event.currentTarget.value.trim())}
                />
              </label>
            )}
            <dl class="source-status">
              <dt>Last refreshed</dt>
              <dd class="last-success">{when(source.lastSuccess)}</dd>
              {source.enabled && (
                <>
                  <dt>Next refresh</dt>
                  <dd class="next-attempt">{source.nextAttempt ? when(source.nextAttempt) : 'due now'}</dd>
                </>
              )}
              {source.lastError && (
                <>
                  <dt>Last error</dt>
                  <dd class="last-error">{source.lastError}</dd>
                </>
              )}
            </dl>
            {source.enabled && source.needsAccess && source.url && (
              <button
                type="button"
                class="grant-access"
                disabled={props.busy}
                onClick={() => props.onGrantAccess(source.id)}
              >
                Give access to {hostOf(source.url)}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div class="refresh">
        <label>
          Refresh every{' '}
          <select
            value={String(props.intervalHours)}
            disabled={props.busy}
            onChange={(event) => props.onInterval(Number(event.currentTarget.value))}
          >
            {INTERVALS.map((hours) => (
              <option key={hours} value={String(hours)}>
                {hours} hours
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="refresh-now" disabled={props.busy} onClick={props.onRefresh}>
          {props.busy ? 'Refreshing…' : 'Refresh now'}
        </button>
      </div>
      {props.message && (
        <p class="message" role="alert">
          {props.message}
        </p>
      )}
    </section>
  );
}
