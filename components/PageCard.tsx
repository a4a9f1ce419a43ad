import type { CardContent, CardData } from '../lib/page/card-data';
import { ModelCard, type ModelCardProps } from './ModelCard';
import { SeriesCard } from './SeriesCard';
import { UnknownModelCard } from './UnknownModelCard';

export interface PageCardProps
  extends Pick<ModelCardProps, 'onCompare' | 'onCopyId' | 'onSetBaseline' | 'onTarget' | 'onToggleMore'> {
  content: CardContent;
  /** The reader's token mix, for blended prices. */
  tokenMix?: CardData['tokenMix'];
  onLookup(query: string): void;
  /** Opens a series member's own card. */
  onOpenModel?(id: string): void;
}

/** The hover card: a known model's figures (or a variant's, with its base's), a series, or the small card for a name beyond the dataset. */
export function PageCard({ content, tokenMix, onLookup, onOpenModel, ...actions }: PageCardProps) {
  if (content.kind === 'model') return <ModelCard {...content.data} tokenMix={tokenMix} {...actions} />;
  if (content.kind === 'series') {
    return <SeriesCard {...content.data} tokenMix={tokenMix} onOpenModel={onOpenModel} onCompare={actions.onCompare} />;
  }
  return <UnknownModelCard name={content.name} family={content.family} onLookup={onLookup} />;
}
