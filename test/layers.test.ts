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
