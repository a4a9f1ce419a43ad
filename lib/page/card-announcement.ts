import { cardSummary } from '../compare/summary';
import type { CardContent } from './card-data';

/** What a screen reader says when a card shows: the model's figures in short, or what the name is. */
export function cardAnnouncement(content: CardContent): string {
  if (content.kind === 'model') return cardSummary(content.data.model, content.data.target, content.data.benchmarks);
  if (content.kind === 'unknown') return `${content.name}: not in the dataset.`;
  const { unlistedName, series, members } = content.data;
  return `${unlistedName ? `${unlistedName}: not in the dataset. Its series, ` : ''}${series.name}: ${members.length} models.`;
}
