import type { CardContent } from '../lib/page/card-data';
import { ModelCard, type ModelCardProps } from './ModelCard';
import { UnknownModelCard } from './UnknownModelCard';

export interface PageCardProps extends Pick<ModelCardProps, 'onCompare' | 'onCopyId' | 'onSetBaseline' | 'onTarget'> {
  content: CardContent;
  onLookup(query: string): void;
}

/** The hover card: a known model's figures, or the small card for a name beyond the dataset. */
export function PageCard({ content, onLookup, ...actions }: PageCardProps) {
  return content.kind === 'model' ? (
    <ModelCard {...content.data} {...actions} />
  ) : (
    <UnknownModelCard name={content.name} family={content.family} onLookup={onLookup} />
  );
}
