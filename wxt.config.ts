import { defineConfig } from 'wxt';
import { CARD_VIEW_FILE } from './lib/page/card-view-file';
import { EVERY_SITE } from './lib/settings/allowed-sites';
import { bundleCardView } from './scripts/support/card-view-bundle';

/**
 * Sites asked for one at a time: a live source that sends no CORS headers (its site, on the reader's
 * click in the options page), or an https site in "only on sites I allow". Sources that send CORS
 * headers (OpenRouter, GitHub's raw files) need none.
 */
const SITE_HOSTS = ['https://*/*'];
/**
 * Firefox asks only for host permissions its manifest lists as optional: "only on sites I allow"
 * asks for each allowed site, http ones too. Chromium also lets an extension ask again for a site
 * its content script is declared for, so it needs no such entry.
 */
const FIREFOX_ALLOWED_SITE_HOSTS = ['http://*/*'];

export default defineConfig({
  // Explicit imports everywhere: the code says where each name comes from.
  imports: false,
  // MODELPEEK_OUT_DIR builds elsewhere than .output/, so two builds can run side by side.
  outDir: process.env.MODELPEEK_OUT_DIR ?? '.output',
  hooks: {
    // The card's view: an ES module of its own, imported by the content script when a card shows.
    'build:publicAssets': async (wxt, files) => {
      files.push({ relativeDest: CARD_VIEW_FILE, contents: await bundleCardView(wxt.config.root) });
    },
  },
  vite: () => ({
    build: {
      // The browsers the manifest names as the oldest (below): CSS such as light-dark() ships as written.
      cssTarget: ['chrome128', 'firefox140'],
      // Terser with two passes writes the content script, which every page loads, about 2% smaller
      // gzipped than the default minifier.
      minify: 'terser',
      terserOptions: { compress: { passes: 2 } },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'ModelPeek',
    description: 'See what a large language model scores, costs and how fast it is, right where its name appears.',
    // storage: settings; alarms: the scheduled refresh of live sources (only while one is on);
    // contextMenus: "Look up “…” in ModelPeek" on a text selection; activeTab: the popup's "Allow on
    // this site" reads the address of the tab it was opened on, even where ModelPeek has no access yet.
    // Each is explained in the README's Permissions section.
    permissions: ['storage', 'alarms', 'contextMenus', 'activeTab'],
    // Asked for one at a time, on the reader's click (Manifest V2, Firefox's build, lists host
    // patterns among optional permissions).
    ...(browser === 'firefox'
      ? { optional_permissions: [...SITE_HOSTS, ...FIREFOX_ALLOWED_SITE_HOSTS] }
      : { optional_host_permissions: SITE_HOSTS }),
    action: { default_title: 'ModelPeek' },
    // The card's view, which the content script imports on the pages it runs on. Chromium serves it only at the session's
    // own address for the extension (runtime.getURL gives it), so a page cannot probe a fixed one to
    // learn ModelPeek is installed; Firefox's address is random for each installation.
    web_accessible_resources:
      browser === 'firefox'
        ? [CARD_VIEW_FILE]
        : [{ resources: [CARD_VIEW_FILE], matches: EVERY_SITE, use_dynamic_url: true }],
    // 128: the first Chromium with caretPositionFromPoint (which finds the name under the pointer,
    // shadow roots included); light-dark(), which the card's colours are written in, came in 123.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '128' }),
    // The shortcut opens the popup: MV3 (Chromium) names it after `action`, MV2 (Firefox's build) after
    // `browser_action`. Users can change it in the browser's shortcuts page.
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Open ModelPeek',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140: the first ESR with the CSS Custom Highlight API.
            gecko: {
              id: 'modelpeek@modelpeek.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
