import { browser } from 'wxt/browser';
import { askTab } from '../messaging/browser-transport';
import type { PageModel } from '../messaging/protocol';

/** What the popup's "On this page" shows: the models the active tab names, or that ModelPeek is not there. */
export type OnThisPage = { kind: 'models'; models: PageModel[] } | { kind: 'unavailable' };

/**
 * The tab whose page the popup speaks of. The toolbar popup is no tab, and the active tab of its
 * window is the page. The same page opened as a tab or window of its own (the lookup page the
 * context menu opens, or a test) speaks of the active tab of the last focused browser window,
 * never of itself.
 */
export async function pageTab() {
  const self = await browser.tabs.getCurrent();
  if (!self) return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const window = await browser.windows.getLastFocused({ windowTypes: ['normal'] });
  // Firefox answers with the last focused window of any type, which may be this page's own popup
  // window: then the page is the active tab of a browser window.
  const [tab] =
    window.type === 'normal'
      ? await browser.tabs.query({ active: true, windowId: window.id })
      : await browser.tabs.query({ active: true, windowType: 'normal' });
  return tab?.id === self.id ? undefined : tab;
}

/**
 * Asks the active tab's content script which models its page names. Browser pages (chrome://,
 * about:, the web stores) and pages still loading have no content script to answer: that is a
 * normal state, not an error, so any failure to reach one reads as "not on this page".
 */
export async function modelsOnActiveTab(): Promise<OnThisPage> {
  try {
    const tab = await pageTab();
    if (tab?.id === undefined) return { kind: 'unavailable' };
    const { models } = await askTab(tab.id, 'listPageModels', {});
    return { kind: 'models', models };
  } catch {
    return { kind: 'unavailable' };
  }
}
