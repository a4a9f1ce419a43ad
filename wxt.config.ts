import { defineConfig } from 'wxt';

export default defineConfig({
  // Explicit imports everywhere: the code says where each name comes from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'ModelPeek',
    description: 'See what a large language model scores, costs and how fast it is, right where its name appears.',
    action: { default_title: 'ModelPeek' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'modelpeek@modelpeek.dev', strict_min_version: '128.0' } } }
      : {}),
  }),
});
