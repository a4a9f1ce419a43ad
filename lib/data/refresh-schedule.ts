import { nextAlarmDelayMinutes } from './refresh';

/**
 * Minutes until the next refresh: the jittered interval (so browsers do not all ask at once), or
 * sooner when a failed source's retry is due; at least a minute.
 */
export function refreshDelayMinutes(input: {
  intervalHours: number;
  retryAt?: Date;
  now: Date;
  random: () => number;
}): number {
  const interval = nextAlarmDelayMinutes(input.intervalHours, input.random);
  if (!input.retryAt) return interval;
  return Math.max(1, Math.min(interval, (input.retryAt.getTime() - input.now.getTime()) / 60_000));
}
