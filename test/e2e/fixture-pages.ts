import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../scripts/support/extension';
import { type StaticServer, serveFolder } from '../../scripts/support/serve';

export interface Browsing {
  /** Serves test/fixtures/pages from 127.0.0.1. */
  server: StaticServer;
  /** Chromium with the built extension loaded. */
  extension: ExtensionBrowser;
}

/**
 * For one test file: serves the fixture pages and starts Chromium with the extension before its
 * tests, and closes both after them. Read the fields inside tests or hooks, once started.
 */
export function browseFixturePages(): Browsing {
  const browsing = {} as Browsing;
  beforeAll(async () => {
    browsing.server = await serveFolder(new URL('../fixtures/pages', import.meta.url).pathname);
    browsing.extension = await launchWithExtension({ headless: true });
  });
  afterAll(async () => {
    await browsing.extension?.close();
    await browsing.server?.close();
  });
  return browsing;
}
