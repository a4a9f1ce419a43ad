import { compareHash } from '../compare/selection';

/** Extension pages opened in a tab, by the path the build gives them. */

/** The lookup page (the popup as a tab) searching for `query`; the popup reads `#q=`. */
export function lookupPath(query: string): `/popup.html#q=${string}` {
  return `/popup.html#q=${encodeURIComponent(query)}`;
}

/** The head-to-head comparison page of these models. */
export function comparePath(ids: readonly string[]): `/compare.html#${string}` {
  return `/compare.html${compareHash(ids)}`;
}
