/**
 * `npm run previous-release -- COMMIT`: builds the extension as it was at COMMIT (both browsers)
 * into test/fixtures/previous-release/, for the update test to install before the current build.
 * Run it when a release ships, with that release's commit; the packages installed here are used.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const commit = process.argv[2];
if (!commit) throw new Error('Name the commit of the previous release: npm run previous-release -- COMMIT');
const root = resolve(import.meta.dirname, '..');
const fixture = join(root, 'test/fixtures/previous-release');
const work = await mkdtemp(join(tmpdir(), 'modelpeek-previous-'));
try {
  const full = execFileSync('git', ['rev-parse', commit], { cwd: root, encoding: 'utf8' }).trim();
  execFileSync('sh', ['-c', `git archive ${full} | tar -x -C ${work}`], { cwd: root });
  await symlink(join(root, 'node_modules'), join(work, 'node_modules'));
  const wxt = join(root, 'node_modules/.bin/wxt');
  execFileSync(wxt, ['prepare'], { cwd: work, stdio: 'inherit' });
  for (const args of [['build'], ['build', '-b', 'firefox']]) execFileSync(wxt, args, { cwd: work, stdio: 'inherit' });
  await rm(fixture, { recursive: true, force: true });
  for (const build of ['chrome-mv3', 'firefox-mv2'])
    await cp(join(work, '.output', build), join(fixture, build), { recursive: true });
  await writeFile(join(fixture, 'COMMIT'), `${full}\n`);
  console.log(`Built ${full} into ${fixture}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
