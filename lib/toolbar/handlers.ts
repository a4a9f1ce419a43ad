import type { browser as extensionBrowser } from 'wxt/browser';
import type { backgroundProtocol, Handlers } from '../messaging/protocol';
import { BADGE_COLOR, badgeText } from './badge';
import { comparePath, lookupPath } from './pages';

/** The menu item on a text selection; `%s` is the browser's placeholder for the selected text. */
export const LOOKUP_MENU_ID = 'modelpeek-lookup';
const LOOKUP_MENU_TITLE = 'Look up “%s” in ModelPeek';
/** The longest selection worth looking up (the lookup message allows 200 characters). */
const MAX_LOOKUP = 200;

type Browser = typeof extensionBrowser;
type ToolbarHandlers = Pick<Handlers<typeof backgroundProtocol>, 'openLookup' | 'openCompare' | 'reportPageModels'>;

/** The background's handlers that open extension pages in tabs and keep the toolbar badge. */
export function toolbarHandlers(browser: Browser): ToolbarHandlers {
  const openTab = async (path: ReturnType<typeof lookupPath | typeof comparePath>) => {
    await browser.tabs.create({ url: browser.runtime.getURL(path) });
    return {};
  };
  return {
    openLookup: ({ query }) => openTab(lookupPath(query)),
    openCompare: ({ ids }) => openTab(comparePath(ids)),
    async reportPageModels({ count }, context) {
      // Only a content script has a tab; a report from anywhere else has no badge to set.
      const tabId = context?.tabId;
      if (tabId === undefined) return {};
      // Manifest V3 names it `action`; Firefox's Manifest V2 build, `browserAction`.
      const action = browser.action ?? browser.browserAction;
      await action.setBadgeText({ tabId, text: badgeText(count) });
      await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
      return {};
    },
  };
}

/** Adds "Look up “…” in ModelPeek" to the menu of a text selection (menus persist: call on install). */
export function createLookupMenu(browser: Browser) {
  browser.contextMenus.create({ id: LOOKUP_MENU_ID, title: LOOKUP_MENU_TITLE, contexts: ['selection'] }, () => {
    // Reading lastError keeps an "already exists" (an update of a running extension) quiet.
    if (browser.runtime.lastError) console.warn('[ModelPeek]', browser.runtime.lastError.message);
  });
}

/** Opens the lookup page when the menu item is chosen; registered at the worker's top level, as events need. */
export function onLookupMenuClicked(open: (query: string) => unknown) {
  return (info: { menuItemId: string | number; selectionText?: string }) => {
    const query = info.selectionText?.trim().slice(0, MAX_LOOKUP);
    if (info.menuItemId === LOOKUP_MENU_ID && query) void open(query);
  };
}
