/** Reads "rgb(r, g, b)", "rgba(r, g, b, a)" or "#rrggbb": the colour and its opacity. */
function parseColor(value: string): { r: number; g: number; b: number; a: number } | undefined {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value.trim());
  if (hex)
    return { r: parseInt(hex[1] ?? '0', 16), g: parseInt(hex[2] ?? '0', 16), b: parseInt(hex[3] ?? '0', 16), a: 1 };
  const parts = value.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3) return undefined;
  const [r = 0, g = 0, b = 0, a = 1] = parts;
  return { r, g, b, a };
}

/** Relative luminance (WCAG), 0 for black to 1 for white. */
function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * Whether the page looks light or dark: the background of its body, else of its root element.
 * Undefined when neither paints one (the browser's default, which follows the system).
 */
export function pageTheme(doc: Document): 'light' | 'dark' | undefined {
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const color = parseColor(getComputedStyle(element).backgroundColor);
    if (color && color.a > 0.5) return luminance(color) < 0.4 ? 'dark' : 'light';
  }
  return undefined;
}
