import { defineConfig } from 'wxt';

/** Sites a live data source is fetched from, each asked for when the user turns that source on. */
const SOURCE_HOSTS = ['https://openrouter.ai/*', 'https://raw.githubusercontent.com/*', 'https://*/*'];

export default defineConfig({
  // Explicit imports everywhere: the code says where each name comes from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'ModelPeek',
    description: 'See what a large language model scores, costs and how fast it is, right where its name appears.',
    // storage: settings; alarms: the scheduled refresh of live sources (only when one is on).
    permissions: ['storage', 'alarms'],
    // Asked for one at a time, when the user turns a live source on in the options page
    // (Manifest V2, Firefox's build, lists host patterns among optional permissions).
    ...(browser === 'firefox' ? { optional_permissions: SOURCE_HOSTS } : { optional_host_permissions: SOURCE_HOSTS }),
    action: { default_title: 'ModelPeek' },
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
