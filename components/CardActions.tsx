// A class, not hooks: this view ships in the content script, and preact/hooks would add a kilobyte
// to every page.
import { Component } from 'preact';

export interface CardActionsProps {
  modelId: string;
  /** The comparison target's name and id, when the card has one: "Compare" then opens both. */
  target?: { id: string; name: string };
  /** The "More" / "Less" switch of a card that opens in its compact form. */
  more?: { expanded: boolean; toggle(): void };
  onCompare?(ids: string[]): void;
  /** Puts the id on the clipboard; the button says "Copied" once it resolves. */
  onCopyId?(id: string): Promise<void>;
  /** Pins this model as the reader's baseline; absent when it already is the baseline. */
  onSetBaseline?(id: string): void;
}

/** How long "Copied" stays before the button reads "Copy id" again. */
const CONFIRM_MS = 2_000;

type CopyState = 'idle' | 'copied' | 'failed';

/** The card's buttons: more or less, open the full comparison, pin as baseline, copy the model id. Nothing without callbacks. */
export class CardActions extends Component<CardActionsProps, { copy: CopyState }> {
  override state = { copy: 'idle' as CopyState };
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Shows how copying went, then goes back to "Copy id". */
  private copied(copy: CopyState) {
    clearTimeout(this.timer);
    this.setState({ copy });
    this.timer = setTimeout(() => this.setState({ copy: 'idle' }), CONFIRM_MS);
  }

  override componentWillUnmount() {
    clearTimeout(this.timer);
  }

  override render(
    { modelId, target, more, onCompare, onCopyId, onSetBaseline }: CardActionsProps,
    { copy }: { copy: CopyState },
  ) {
    if (!more && !onCompare && !onCopyId && !onSetBaseline) return null;

    // Through a promise: a clipboard missing on an insecure page throws at once, and must read "Copy failed" too.
    const copyId = () =>
      Promise.resolve(modelId)
        .then(onCopyId)
        .then(
          () => this.copied('copied'),
          () => this.copied('failed'),
        );
    return (
      <div class="actions">
        {more && (
          <button type="button" class="action more" aria-expanded={more.expanded} onClick={more.toggle}>
            {more.expanded ? 'Less' : 'More'}
          </button>
        )}
        {onCompare && (
          <button
            type="button"
            class="action compare"
            // Short, so the card's buttons fit one row; the card names the target already ("vs …").
            title={target && `Compare with ${target.name}`}
            aria-label={target && `Compare with ${target.name}`}
            onClick={() => onCompare(target ? [modelId, target.id] : [modelId])}
          >
            Compare
          </button>
        )}
        {onSetBaseline && (
          <button type="button" class="action baseline" onClick={() => onSetBaseline(modelId)}>
            Set as baseline
          </button>
        )}
        {onCopyId && (
          <button type="button" class="action copy" onClick={() => void copyId()}>
            {copy === 'copied' ? 'Copied' : copy === 'failed' ? 'Copy failed' : 'Copy id'}
          </button>
        )}
        {/* Announced to screen readers too: the button's new label alone may not be read. */}
        <span class="visually-hidden" role="status">
          {copy === 'copied' ? `Copied ${modelId}` : ''}
        </span>
      </div>
    );
  }
}
