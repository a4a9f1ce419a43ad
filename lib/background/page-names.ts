import type { browser as extensionBrowser } from 'wxt/browser';
import cardCss from '../../components/ModelCard.css?inline';
import type { Catalog } from '../data/catalog';
import { PAGE_NAMES_KEY, type PageNames, packPageNames } from '../detect/packed-names';

type Storage = (typeof extensionBrowser)['storage']['local'];

const ofCatalog = new WeakMap<Catalog, Readonly<PageNames>>();

/**
 * What a page scans for in this catalog: its names and each model's display name, and the card's
 * stylesheet. One frozen object per catalog, so the message listener checks it against the
 * protocol once.
 */
export function pageNamesOf(catalog: Catalog): Readonly<PageNames> {
  let names = ofCatalog.get(catalog);
  if (!names) {
    names = Object.freeze({
      version: catalog.dataset.version,
      entries: catalog.aliases,
      names: Object.fromEntries(catalog.dataset.models.map((model) => [model.id, model.name])),
      style: cardCss,
    });
    ofCatalog.set(catalog, names);
  }
  return names;
}

/**
 * Keeps the packed page names in extension storage as the catalog changes, for every page's
 * content script to read without waking the background. Written only when they differ from
 * what is stored: a background woken again finds them as it left them. Writes go one after
 * another, and a catalog a newer one has replaced meanwhile is not written: storage ends with the
 * newest.
 */
export function createPageNamesPublisher(storage: Storage) {
  let latest: Catalog | undefined;
  let writing: Promise<void> = Promise.resolve();
  return function publish(catalog: Catalog): Promise<void> {
    if (catalog === latest) return writing;
    latest = catalog;
    writing = writing.then(async () => {
      if (catalog !== latest) return;
      const packed = packPageNames(pageNamesOf(catalog));
      if ((await storage.get(PAGE_NAMES_KEY))[PAGE_NAMES_KEY] !== packed) {
        await storage.set({ [PAGE_NAMES_KEY]: packed });
      }
    });
    return writing;
  };
}
