import { defineConfig } from 'wxt';

export default defineConfig({
  // Explicit imports everywhere: the code says where each name comes from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'ModelPeek',
    description: 'See what a large language model scores, costs and how fast it is, right where its name appears.',
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
