import { createMatcher } from '../detect/matcher';
import type { PageNames } from '../detect/packed-names';
import type { PageModel } from '../messaging/page-protocol';
import type { LookupAnswer, SeriesAnswer } from '../messaging/protocol';
import { heldNamesContext } from './ai-context';
import { cardViewOnce, createCardController } from './card-controller';
import type { CardSections, CardView } from './card-data';
import { CARD_HOST_TAG } from './card-host';
import { createCardLookup } from './card-lookup';
import { createChangeQueue } from './change-queue';
import { createHighlight, type HighlightStyle } from './highlights';
import { listenForCardKeys } from './keyboard';
import { watchLateShadowRoots } from './late-shadow-roots';
import { createScanMarks } from './marks';
import { createPageIndex } from './page-index';
import { followPointer } from './pointer';
import { viewportLayout } from './viewport';
import { whenVisible } from './visibility';
import { yieldToPage } from './yield';

export interface PageRuntimeOptions {
  doc: Document;
  signal: AbortSignal;
  background: {
    /** The names to scan for (lib/page/page-names.ts). */
    getAliasIndex(): Promise<Pick<PageNames, 'entries' | 'names' | 'style'>>;
    lookupModels(ids: string[]): Promise<LookupAnswer>;
    lookupSeries(id: string): Promise<SeriesAnswer>;
  };
  /** Loads the card's view (a module of its own); called when a first card is about to show. */
  loadCardView(): Promise<CardView>;
  /** The reader's current preferences; read at each use, so changes apply at once. */
  preferences(): PagePreferences;
  /** Called after each scan or applied page change: the models the page names may have changed. */
  onUpdate?: () => void;
}

/** What the reader chose that the page runtime applies. */
export interface PagePreferences {
  baselineModelId: string | null;
  highlightStyle: HighlightStyle;
  hoverDelayMs: number;
  modifierKey: 'none' | 'Alt' | 'Shift' | 'Control' | 'Meta';
  cardSections: CardSections;
}

/**
 * The content script's work on one page: find the model names, underline them, keep up with page
 * changes, and show the card on hover. Returns what the rest of the extension may ask of the page.
 */
export async function startPageRuntime(options: PageRuntimeOptions) {
  const { doc, signal, background } = options;
  const prefs = options.preferences;
  const onUpdate = () => options.onUpdate?.();
  await whenVisible(doc, signal);
  const aliasIndex = await background.getAliasIndex();
  // Reading the names, building the matcher and the first scan are each a task of their own: the
  // page's frames and input come between them.
  await yieldToPage();
  const match = createMatcher(aliasIndex.entries);
  await yieldToPage();

  // The extension's one element on the page, the card's host: the scan must know it to skip it.
  const cardElement = doc.createElement(CARD_HOST_TAG);
  const changes = createChangeQueue({ doc, signal, ownHost: cardElement, apply: applyChanges });
  const highlight = createHighlight(prefs().highlightStyle);
  const index = createPageIndex({
    match,
    highlight,
    ownHost: cardElement,
    layout: viewportLayout(window, signal),
    onShadowRoot: (shadow) => changes.observe(shadow),
    context: heldNamesContext(doc),
  });
  const cards = createCardController({
    doc,
    element: cardElement,
    cardCss: aliasIndex.style,
    view: cardViewOnce(options.loadCardView),
    preferences: prefs,
    names: aliasIndex.names,
    page: index,
    lookup: createCardLookup({
      lookupModels: background.lookupModels,
      lookupSeries: background.lookupSeries,
      page: index,
      names: aliasIndex.names,
      baseline: () => prefs().baselineModelId,
    }),
  });
  const marks = createScanMarks(index);
  const lateShadowRoots = watchLateShadowRoots({ signal, index, enqueue: changes.enqueue, onScanned: onUpdate });

  /** Runs a scan of the page, marks how long it took, then says the names may have changed. */
  async function scanned(mark: string, scan: () => Promise<void>) {
    const started = performance.now();
    await scan();
    marks.measure(mark, started);
    onUpdate();
    lateShadowRoots.check();
  }

  function applyChanges(records: MutationRecord[]) {
    return scanned('modelpeek:update', () => index.update(records, signal));
  }

  followPointer({ doc, signal, index, cards, modifierKey: () => prefs().modifierKey });
  listenForCardKeys({ doc, signal, index, cards });
  signal.addEventListener('abort', () => {
    cards.destroy();
    highlight.remove();
  });

  changes.observe(doc.documentElement);
  // The first scan is page work like any other: the page's changes meanwhile are applied after it.
  const firstScan = new Promise<void>((resolve) =>
    changes.enqueue(async () => {
      try {
        await scanned('modelpeek:first-scan', () => index.scan([doc.body ?? doc.documentElement], signal));
      } finally {
        resolve();
      }
    }),
  );
  await firstScan;

  return {
    /** Applies changed preferences: the highlight's style now, the rest at the next hover. */
    applyPreferences() {
      highlight.setStyle(prefs().highlightStyle);
      cards.dismiss();
    },
    /** How often each known model is named on the page. */
    modelCounts: index.modelCounts,
    /** The known models this page names, most mentioned first. */
    listPageModels(): PageModel[] {
      return [...index.modelCounts]
        .map(([id, mentions]) => ({ id, name: aliasIndex.names[id] ?? id, mentions }))
        .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
    },
  };
}
