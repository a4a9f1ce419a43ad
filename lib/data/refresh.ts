import type { fetchSource } from './fetch-source';
import { type LiveSourceId, SourceError, type SourceUpdate } from './sources/types';

export const REFRESH_INTERVAL_HOURS = 12;
export const SOURCE_TIMEOUT_MS = 15_000;
/** LiteLLM's cost map, the largest source, is about 1.6 MB; a source five times that is broken or not a source. */
export const SOURCE_MAX_BYTES = 8 * 1024 * 1024;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const FIRST_RETRY_MS = 30 * MINUTE;
const LONGEST_RETRY_MS = 24 * HOUR;
/** Alarms come up to this share of their delay early or late, so that browsers do not all ask a source at once. */
const JITTER = 0.1;

/** How one live source's refreshing stands, and the last good answer it gave. Times are ISO date-times. */
export interface SourceState {
  id: LiveSourceId;
  /** The address the validators and the update came from. */
  url: string;
  etag?: string;
  lastModified?: string;
  lastSuccess?: string;
  lastAttempt?: string;
  /** The last failure, in words; cleared by the next success. */
  lastError?: string;
  /** The last failure would go away with access to the source's site (it sends no CORS headers). */
  needsAccess?: true;
  /** Failures since the last success: how far retries have backed off. */
  failures: number;
  /** Absent for a source never tried: it is due at once. */
  nextAttempt?: string;
  /** The last good answer: a failure never replaces it. */
  update?: SourceUpdate;
}

export type RefreshState = Partial<Record<LiveSourceId, SourceState>>;

export interface RefreshInput {
  /** The sources to refresh now if due; the state of any other source is left as it is. */
  sources: { id: LiveSourceId; url: string }[];
  now: Date;
  fetchSource: typeof fetchSource;
  /** Validates and maps a source's answer; throws a SourceError, in words, when it cannot. */
  parse: (id: LiveSourceId, json: unknown, fetchedAt: Date) => SourceUpdate;
  state: RefreshState;
  /** Fetches every source, due or not (the options page's "Refresh now"). */
  force?: boolean;
  intervalHours?: number;
  timeoutMs?: number;
  maxBytes?: number;
}

export interface RefreshResult {
  state: RefreshState;
  /** Whether any source's update was replaced, so the merged dataset must be rebuilt. */
  changed: boolean;
}

/**
 * Refreshes each listed source that is due, all at once, each on its own: one source failing
 * never holds back or spoils another, and never replaces that source's last good update.
 */
export async function refreshSources(input: RefreshInput): Promise<RefreshResult> {
  const { now, force = false } = input;
  const intervalHours = input.intervalHours ?? REFRESH_INTERVAL_HOURS;
  const options = { timeoutMs: input.timeoutMs ?? SOURCE_TIMEOUT_MS, maxBytes: input.maxBytes ?? SOURCE_MAX_BYTES };

  const outcomes = await Promise.all(
    input.sources.map(async ({ id, url }) => {
      const before = sourceStateFor(input.state[id], id, url);
      if (!force && !isDue(before, now)) return { state: before, changed: false };
      // Without an update to fall back on, a 304 would leave the source empty: ask for the whole answer.
      const validators = before.update ? { etag: before.etag, lastModified: before.lastModified } : {};
      try {
        const fetched = await input.fetchSource(url, validators, options);
        const attempt = { ...before, lastAttempt: now.toISOString() };
        if (fetched.kind === 'unchanged') return { state: succeeded(attempt, now, intervalHours), changed: false };
        const { kind: _kind, json, ...answered } = fetched;
        const update = input.parse(id, json, now);
        // The new answer's validators, or none: the old ones describe the answer being replaced.
        const { etag: _etag, lastModified: _lastModified, ...rest } = attempt;
        return { state: succeeded({ ...rest, update, ...answered }, now, intervalHours), changed: true };
      } catch (error) {
        const needsAccess = error instanceof SourceError && error.needsAccess;
        return { state: failed(before, now, describeFailure(error), needsAccess), changed: false };
      }
    }),
  );

  const state: RefreshState = { ...input.state };
  for (const outcome of outcomes) state[outcome.state.id] = outcome.state;
  return { state, changed: outcomes.some((outcome) => outcome.changed) };
}

/** The source's state for this address: validators from another address must not be sent to this one. */
function sourceStateFor(state: SourceState | undefined, id: LiveSourceId, url: string): SourceState {
  if (!state) return { id, url, failures: 0 };
  if (state.url === url) return state;
  // A moved address is tried at once; the last good update stays until the new address gives one.
  const { etag: _etag, lastModified: _lastModified, nextAttempt: _nextAttempt, ...rest } = state;
  return { ...rest, url, failures: 0 };
}

/**
 * Whether a source's wait is over. Alarms are jittered, so one may come up to a tenth of the wait
 * early; counting that as due keeps refreshes from slipping to every other alarm.
 */
export function isDue(state: SourceState, now: Date): boolean {
  if (state.nextAttempt === undefined || state.lastAttempt === undefined) return true;
  const last = Date.parse(state.lastAttempt);
  const next = Date.parse(state.nextAttempt);
  // A last attempt in the future means the clock was set back: waiting for it could take days.
  if (Number.isNaN(last) || Number.isNaN(next) || last > now.getTime()) return true;
  return now.getTime() >= next - (next - last) * JITTER;
}

/** The earliest time a source is due, for the alarm after a failure to come when the retry does. */
export function earliestNextAttempt(state: RefreshState, ids: readonly LiveSourceId[]): Date | undefined {
  const times = ids.flatMap((id) => {
    const next = state[id]?.nextAttempt;
    return next === undefined ? [] : [Date.parse(next)];
  });
  return times.length === 0 ? undefined : new Date(Math.min(...times));
}

/** 30 min after the first failure, doubling with each one after it, and never more than a day. */
export function nextAttemptAfterFailure(now: Date, failures: number): Date {
  const wait = Math.min(FIRST_RETRY_MS * 2 ** (Math.max(1, failures) - 1), LONGEST_RETRY_MS);
  return new Date(now.getTime() + wait);
}

/** The delay before the next refresh alarm: the interval, ±10% at random. `random` is in [0, 1). */
export function nextAlarmDelayMinutes(intervalHours: number, random: () => number): number {
  const spread = (random() * 2 - 1) * JITTER;
  return Math.round(intervalHours * 60 * (1 + spread));
}

function succeeded(state: SourceState, now: Date, intervalHours: number): SourceState {
  const { lastError: _lastError, needsAccess: _needsAccess, ...rest } = state;
  return {
    ...rest,
    lastSuccess: now.toISOString(),
    failures: 0,
    nextAttempt: new Date(now.getTime() + intervalHours * HOUR).toISOString(),
  };
}

function failed(state: SourceState, now: Date, error: string, needsAccess: boolean): SourceState {
  const failures = state.failures + 1;
  const { needsAccess: _needsAccess, ...rest } = state;
  return {
    ...rest,
    ...(needsAccess ? { needsAccess: true as const } : {}),
    lastAttempt: now.toISOString(),
    lastError: error,
    failures,
    nextAttempt: nextAttemptAfterFailure(now, failures).toISOString(),
  };
}

/** A SourceError is already in words; anything else is a fault of ours, said as such rather than hidden. */
function describeFailure(error: unknown): string {
  if (error instanceof SourceError) return error.message;
  if (error instanceof Error) return `unexpected error: ${error.message}`;
  return `unexpected error: ${String(error)}`;
}
