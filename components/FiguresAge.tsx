import { figuresAge, STALE_AFTER_DAYS } from '../lib/compare/figures-age';
import { isoDay } from '../lib/format/dates';

export interface FiguresAgeProps {
  /** The as-of date of the figures (a model's price). */
  asOf?: string;
  /** Today's ISO date; the clock's by default. */
  today?: string;
}

/** "prices as of 1 Aug 2026", and a warning when that is over 30 days ago. For the card and the popup. */
export function FiguresAge({ asOf, today = isoDay(new Date()) }: FiguresAgeProps) {
  const age = figuresAge(asOf, today);
  if (!age) return null;
  return (
    <p class={age.stale ? 'figures-age stale' : 'figures-age'}>
      {age.text}
      {age.stale && ` · over ${STALE_AFTER_DAYS} days old`}
    </p>
  );
}
