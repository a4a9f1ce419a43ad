import { build } from 'esbuild';

/**
 * The card's view (entrypoints/content/card-view.tsx) bundled as one ES module, with Preact and
 * the card's components: the content script imports it when a first card is about to show.
 * WXT bundles each content script into one classic script, so this module is built beside it.
 */
export async function bundleCardView(root: string): Promise<string> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['entrypoints/content/card-view.tsx'],
    bundle: true,
    format: 'esm',
    minify: true,
    // The oldest browsers the manifest names (wxt.config.ts).
    target: ['chrome128', 'firefox140'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]?.text ?? '';
}
