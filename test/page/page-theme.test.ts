// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { pageTheme } from '../../lib/page/page-theme';

afterEach(() => {
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
});

describe('pageTheme', () => {
  it.each([
    ['#ffffff', 'light'],
    ['#fbfbf8', 'light'],
    ['#15171b', 'dark'],
    ['rgb(40, 44, 52)', 'dark'],
  ])('reads a body painted %s as %s', (color, theme) => {
    document.body.style.backgroundColor = color;
    expect(pageTheme(document)).toBe(theme);
  });

  it('looks at the root element when the body is transparent, and says nothing when neither paints', () => {
    document.documentElement.style.backgroundColor = '#111111';
    expect(pageTheme(document)).toBe('dark');
    document.documentElement.removeAttribute('style');
    expect(pageTheme(document)).toBeUndefined();
  });
});
