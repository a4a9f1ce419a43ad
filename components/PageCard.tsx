import type { CardContent } from '../lib/page/card-data';
import { ModelCard } from './ModelCard';
import { UnknownModelCard } from './UnknownModelCard';

export interface PageCardProps {
  content: CardContent;
  onLookup(query: string): void;
  onCompare?(ids: string[]): void;
  onCopyId?(id: string): Promise<void>;
}

/** The hover card: a known model's figures, or the small card for a name beyond the dataset. */
export function PageCard({ content, onLookup, onCompare, onCopyId }: PageCardProps) {
  return content.kind === 'model' ? (
    <ModelCard {...content.data} onCompare={onCompare} onCopyId={onCopyId} />
  ) : (
    <UnknownModelCard name={content.name} family={content.family} onLookup={onLookup} />
  );
}
