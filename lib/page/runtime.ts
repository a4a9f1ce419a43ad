import type { ComponentChild } from 'preact';
import type { Model } from '../data/schema';
import { createMatcher } from '../detect/matcher';
import type { PageModel } from '../messaging/protocol';
import type { CardData } from './card-data';
import { type CardHost, createCardHost } from './card-host';
import { clearHighlights, showHighlights } from './highlights';
import { hitAt } from './hit-test';
import { createHoverIntent } from './hover-intent';
import { type Hit, indexHitsByNode, rangeOf, scanForHits } from './scan';
import { pickComparisonTarget } from './target';
import { whenVisible } from './visibility';

export interface PageRuntimeOptions {
  doc: Document;
  signal: AbortSignal;
  background: {
    getAliasIndex(): Promise<{ entries: { alias: string; modelId: string }[]; names: Record<string, string> }>;
    lookupModels(ids: string[]): Promise<Omit<CardData, 'model' | 'target'> & { models: Model[] }>;
  };
  renderCard(data: CardData): ComponentChild;
  cardCss: string;
}

/** Waits this long after the page stops changing before scanning it again. */
const RESCAN_DEBOUNCE_MS = 500;

/** Runs a page callback, logging instead of throwing: an error of ours must never reach the page. */
function guarded<A extends unknown[]>(run: (...args: A) => unknown) {
  return (...args: A) => {
    try {
      const result = run(...args);
      if (result instanceof Promise) result.catch((error: unknown) => console.warn('[ModelPeek]', error));
    } catch (error) {
      console.warn('[ModelPeek]', error);
    }
  };
}

/**
 * The content script's work on one page: find the model names, underline them, and show the
 * card on hover. Returns what the rest of the extension may ask of the page.
 */
export async function startPageRuntime(options: PageRuntimeOptions) {
  const { doc, signal, background } = options;
  await whenVisible(doc, signal);
  const index = await background.getAliasIndex();
  const match = createMatcher(index.entries);
  let hits: Hit[] = [];
  let byNode = new Map<Text, Hit[]>();
  const cardData = new Map<string, Promise<CardData | undefined>>();
  let showToken = 0;

  const intent = createHoverIntent<Hit>(
    {
      prepare: guarded((hit: Hit) => dataFor(hit)),
      show: guarded((hit: Hit) => showCard(hit)),
      hide: guarded(() => host.hide()),
    },
    { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (handle) => clearTimeout(handle as number) },
  );
  const host: CardHost = createCardHost(doc, options.cardCss, {
    enter: guarded(() => intent.enterCard()),
    leave: guarded(() => intent.leaveCard()),
  });

  function dataFor(hit: Hit): Promise<CardData | undefined> {
    const targetId = pickComparisonTarget(hit, hits);
    const key = `${hit.modelId} ${targetId ?? ''}`;
    let data = cardData.get(key);
    if (!data) {
      data = background.lookupModels(targetId ? [hit.modelId, targetId] : [hit.modelId]).then((answer) => {
        const model = answer.models.find((m) => m.id === hit.modelId);
        const target = answer.models.find((m) => m.id === targetId);
        return model && { ...answer, model, target };
      });
      data.catch(() => cardData.delete(key));
      cardData.set(key, data);
    }
    return data;
  }

  async function showCard(hit: Hit) {
    const token = ++showToken;
    const data = await dataFor(hit);
    if (!data || token !== showToken || intent.state !== 'shown') return;
    host.show(options.renderCard(data), () => rangeOf(hit).getBoundingClientRect(), hit.node.parentElement);
  }

  async function scan() {
    const root = doc.body ?? doc.documentElement;
    hits = await scanForHits(root, match, { ownHost: host.element, signal });
    if (signal.aborted) return;
    byNode = indexHitsByNode(hits);
    showHighlights(hits);
  }

  let pointer: { x: number; y: number; onCard: boolean } | undefined;
  let frame = 0;
  const onPointerMove = guarded((event: PointerEvent) => {
    pointer = { x: event.clientX, y: event.clientY, onCard: event.composedPath().includes(host.element) };
    if (frame) return;
    frame = requestAnimationFrame(
      guarded(() => {
        frame = 0;
        if (!pointer || pointer.onCard) return;
        const hit = hitAt(doc, byNode, pointer.x, pointer.y);
        if (hit) intent.enterTarget(hit);
        else intent.leaveTarget();
      }),
    );
  });
  const onKeyDown = guarded((event: KeyboardEvent) => {
    if (event.key === 'Escape') intent.dismiss();
  });
  doc.addEventListener('pointermove', onPointerMove, { passive: true, signal });
  doc.addEventListener('keydown', onKeyDown, { signal });

  // Pages change after load (SPAs, infinite lists): scan again once they settle.
  let rescan: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(
    guarded((records: MutationRecord[]) => {
      const ours = (node: Node) => node === host.element;
      const relevant = records.some(
        (r) => r.type === 'characterData' || ![...r.addedNodes, ...r.removedNodes].every(ours),
      );
      if (!relevant) return;
      clearTimeout(rescan);
      rescan = setTimeout(guarded(scan), RESCAN_DEBOUNCE_MS);
    }),
  );
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(rescan);
    intent.dismiss();
    host.destroy();
    clearHighlights();
  });

  await scan();

  return {
    /** The models this page names, most mentioned first. */
    listPageModels(): PageModel[] {
      const counts = new Map<string, number>();
      for (const hit of hits) counts.set(hit.modelId, (counts.get(hit.modelId) ?? 0) + 1);
      return [...counts]
        .map(([id, mentions]) => ({ id, name: index.names[id] ?? id, mentions }))
        .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
    },
  };
}
