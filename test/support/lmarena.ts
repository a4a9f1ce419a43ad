import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes LMArena's text leaderboard with style control into `dir/lmarena/`, dated 2025-12-11, as
 * it is published: categories of models, each with its rating and interval.
 */
export function writeArenaBoard(dir: string, categories: Record<string, Record<string, number>>): void {
  mkdirSync(join(dir, 'lmarena'), { recursive: true });
  const rated = (rating: number) => ({ rating, rating_q975: rating + 5, rating_q025: rating - 5 });
  const board = Object.fromEntries(
    Object.entries(categories).map(([category, models]) => [
      category,
      Object.fromEntries(Object.entries(models).map(([model, rating]) => [model, rated(rating)])),
    ]),
  );
  writeFileSync(join(dir, 'lmarena/leaderboard-text-style-control.2025-12-11.json'), JSON.stringify(board));
}
