import './highlight.css';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createPageListener } from '../../lib/messaging/page-listener';
import { askBackgroundFromPage as askBackground } from '../../lib/messaging/page-transport';
import { whenSiteAllowed } from '../../lib/page/site-gate';
import { reportModelCount } from '../../lib/toolbar/model-count';
import { startSession } from './session';

export default defineContentScript({
  // Web pages only (EVERY_SITE in lib/settings/allowed-sites.ts): ModelPeek has nothing to do elsewhere.
  matches: ['http://*/*', 'https://*/*'],
  // Frames too: each frame's own runtime scans its own document.
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  // The context tells an older copy of this script to stop with a DOM event only: a message posted
  // to the page's window would reach the page's own listeners, with the extension's id in it.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    try {
      await start(ctx);
    } catch (error) {
      console.warn('[ModelPeek] could not start on this page', error);
    }
  },
});

async function start(ctx: ContentScriptContext) {
  // "Only on sites I allow": a site the reader has not allowed gets this wait and nothing else.
  const prefs = await whenSiteAllowed(location.href, ctx.signal);
  let session: Awaited<ReturnType<typeof startSession>> | undefined;
  // The badge counts the tab's page: only the top frame reports, as only it answers listPageModels.
  const changed =
    window.top === window
      ? reportModelCount({
          doc: document,
          signal: ctx.signal,
          count: () => session?.countPageModels() ?? 0,
          report: (count) =>
            void askBackground('reportPageModels', { count }).catch((e: unknown) => console.warn('[ModelPeek]', e)),
        })
      : undefined;
  // Counted once the first scan is done, then as the page changes.
  session = await startSession(ctx.signal, prefs, () => session && changed?.());
  changed?.();
  const listener = createPageListener(
    { listPageModels: () => ({ models: session?.listPageModels() ?? [] }) },
    browser.runtime.id,
  );
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}
