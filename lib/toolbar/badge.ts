/** The badge's colour: the extension's accent, readable under white text in light and dark toolbars. */
export const BADGE_COLOR = '#3b5bdb';

/** The toolbar badge for a page naming `count` known models: nothing for none, "99+" past two digits. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}
