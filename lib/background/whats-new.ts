import type { browser as extensionBrowser } from 'wxt/browser';
import type { Dataset } from '../data/schema';
import { hasUnseen, newsOf, WhatsNew, withNews } from '../data/whats-new';

type Browser = typeof extensionBrowser;

const KEY = 'whatsNew';

/** The toolbar icon, plain and with the dot that says there is news the reader has not seen. */
const PLAIN_ICON = { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png' };
const NEWS_ICON = { 16: '/icon/news-16.png', 32: '/icon/news-32.png', 48: '/icon/news-48.png' };

/**
 * What the last refreshes changed, kept in extension storage, and the dot on the toolbar icon
 * until the reader has seen it (in the popup).
 */
export function createWhatsNew(browser: Browser) {
  async function read(): Promise<WhatsNew> {
    const parsed = WhatsNew.safeParse((await browser.storage.local.get(KEY))[KEY]);
    return parsed.success ? parsed.data : { entries: [] };
  }
  async function showDot(news: WhatsNew) {
    // Manifest V3 names it `action`; Firefox's Manifest V2 build, `browserAction`.
    const action = browser.action ?? browser.browserAction;
    await action.setIcon({ path: hasUnseen(news) ? NEWS_ICON : PLAIN_ICON });
  }
  async function write(news: WhatsNew) {
    await browser.storage.local.set({ [KEY]: news });
    await showDot(news);
  }
  let recorded: Dataset | undefined;

  return {
    read,
    /** Records what changed from `before` to `after` (once per dataset), if anything did. */
    async record(before: Dataset, after: Dataset, at: Date) {
      if (after === before || after === recorded) return;
      recorded = after;
      const entry = newsOf(before, after, at);
      if (!entry) return;
      const news = await read();
      await write({ ...news, entries: withNews(news.entries, entry) });
    },
    /** The reader has seen the news: the dot goes. */
    async markSeen() {
      const news = await read();
      await write({ ...news, seenAt: news.entries[0]?.at ?? news.seenAt });
    },
    /** Puts the dot back on the icon when the browser starts (an icon set before does not last). */
    async restore() {
      await showDot(await read());
    },
  };
}
