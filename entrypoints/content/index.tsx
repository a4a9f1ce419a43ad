import './highlight.css';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import cardCss from '../../components/ModelCard.css?inline';
import { PageCard } from '../../components/PageCard';
import { askBackground } from '../../lib/messaging/browser-transport';
import { createListener } from '../../lib/messaging/channel';
import { contentProtocol } from '../../lib/messaging/protocol';
import { startPageRuntime } from '../../lib/page/runtime';
import { watchModelCount } from '../../lib/toolbar/model-count';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Frames too: each frame's own runtime scans its own document.
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  async main(ctx) {
    try {
      await start(ctx);
    } catch (error) {
      console.warn('[ModelPeek] could not start on this page', error);
    }
  },
});

async function start(ctx: ContentScriptContext) {
  const runtime = await startPageRuntime({
    doc: document,
    signal: ctx.signal,
    background: {
      getAliasIndex: () => askBackground('getAliasIndex', {}),
      lookupModels: (ids) => askBackground('lookupModels', { ids }),
    },
    renderCard: (content) => (
      <PageCard
        content={content}
        onLookup={(query) => void askBackground('openLookup', { query })}
        onCompare={(ids) => void askBackground('openCompare', { ids })}
        onCopyId={(id) => navigator.clipboard.writeText(id)}
      />
    ),
    cardCss,
  });
  const listener = createListener(
    contentProtocol,
    { listPageModels: () => ({ models: runtime.listPageModels() }) },
    browser.runtime.id,
  );
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  // The badge counts the tab's page: only the top frame reports, as only it answers listPageModels.
  if (window.top !== window) return;
  watchModelCount({
    doc: document,
    signal: ctx.signal,
    count: () => runtime.listPageModels().length,
    report: (count) =>
      void askBackground('reportPageModels', { count }).catch((e: unknown) => console.warn('[ModelPeek]', e)),
  });
}
