import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * What the `dataset:import` tests share: temporary folders, removed once the file's tests are done;
 * the tool run as a maintainer runs it; and a data folder with the real registry and given models.
 */
export function importWorkspace() {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const tempDir = (prefix: string) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
  const run = (...args: string[]) =>
    spawnSync(`${root}node_modules/.bin/tsx`, ['scripts/dataset-import.ts', ...args], { cwd: root, encoding: 'utf8' });
  /** A data folder with the real registry (data/dataset.json) and `models` as OpenAI's file. */
  const dataDirWith = (models: readonly object[]) => {
    const dir = tempDir('data-');
    cpSync(join(root, 'data/dataset.json'), join(dir, 'dataset.json'));
    mkdirSync(join(dir, 'models'));
    writeFileSync(join(dir, 'models/openai.json'), JSON.stringify(models));
    return dir;
  };
  return { tempDir, run, dataDirWith };
}
