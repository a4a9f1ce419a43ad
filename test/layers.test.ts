import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve(import.meta.dirname, '../lib');

/** Every module under a folder of lib/ with the lib/ folders it imports from. */
function importsOf(folder: string): { file: string; from: string }[] {
  const dir = join(LIB, folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .flatMap((name) => {
      const file = join(dir, name);
      return [...readFileSync(file, 'utf8').matchAll(/^import[^;]*?from '(\.[^']+)'/gms)].map((match) => ({
        file: relative(LIB, file),
        from: relative(LIB, resolve(file, '..', match[1] ?? '')).split('/')[0] ?? '',
      }));
    });
}

describe('layers', () => {
  it('keeps lib/data apart from comparing, messaging and settings: the background joins them', () => {
    const crossing = importsOf('data').filter(({ from }) => ['compare', 'messaging', 'settings'].includes(from));
    expect(crossing).toEqual([]);
    expect(importsOf('data').length).toBeGreaterThan(20);
  });

  it('keeps lib/compare and lib/detect free of the browser', () => {
    for (const folder of ['compare', 'detect']) {
      const text = readdirSync(join(LIB, folder), { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.tsx?$/.test(name))
        .map((name) => readFileSync(join(LIB, folder, name), 'utf8'))
        .join('\n');
      expect(text).not.toMatch(/from 'wxt\//);
    }
  });
});

const ROOT = resolve(import.meta.dirname, '..');

/** The modules a module loads when it runs, transitively: `import type` loads nothing. */
function runtimeImports(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  if (!entry.startsWith(ROOT) || entry.includes('node_modules')) return seen;
  const source = readFileSync(entry, 'utf8');
  for (const match of source.matchAll(/^import\s+(?!type\s)(?:[^;]*?\s+from\s+)?'([^']+)'/gms)) {
    const specifier = match[1] ?? '';
    if (!specifier.startsWith('.')) {
      seen.add(specifier);
      continue;
    }
    const base = resolve(entry, '..', specifier.replace(/\?.*$/, ''));
    const file = ['', '.ts', '.tsx', '/index.ts'].map((ext) => base + ext).find((f) => /\.tsx?$/.test(f) && exists(f));
    if (file) runtimeImports(file, seen);
  }
  return seen;
}
function exists(file: string): boolean {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
}

describe('the content script', () => {
  it('loads no schema library: it runs on every page, and zod alone would add about 6 kB gzip', () => {
    const loaded = [...runtimeImports(join(ROOT, 'entrypoints/content/index.tsx'))];
    expect(loaded.some((m) => m.includes('lib/detect/matcher'))).toBe(true);
    expect(loaded.filter((m) => m.startsWith('zod'))).toEqual([]);
  });

  it("loads neither Preact nor the card's components: the card's view is a module of its own, imported on a first hover", () => {
    const loaded = [...runtimeImports(join(ROOT, 'entrypoints/content/index.tsx'))];
    expect(loaded.some((m) => m.includes('lib/page/card-controller'))).toBe(true);
    expect(loaded.filter((m) => m.startsWith('preact') || m.includes('/components/'))).toEqual([]);
    const view = [...runtimeImports(join(ROOT, 'entrypoints/content/card-view.tsx'))];
    expect(view.filter((m) => m === 'preact' || m.includes('components/PageCard'))).toHaveLength(2);
  });
});
