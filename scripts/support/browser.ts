import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function hasAptGet(): boolean {
  return existsSync('/usr/bin/apt-get');
}

/**
 * The system Chromium or Chrome to test in (CHROMIUM_PATH overrides). When there is none and we
 * run as root on Debian, installs Debian's `chromium`; otherwise stops and says what to install.
 * Browsers are never downloaded by a test tool.
 */
export function findChromium(): string {
  const override = process.env.CHROMIUM_PATH;
  if (override) {
    if (existsSync(override)) return override;
    throw new Error(`CHROMIUM_PATH is set to ${override}, which does not exist.`);
  }
  const found = CHROMIUM_PATHS.find((path) => existsSync(path));
  if (found) return found;
  if (isRoot() && hasAptGet()) {
    console.log('No Chromium found: installing Debian’s chromium package with apt-get…');
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`), ' +
      'or set CHROMIUM_PATH to its executable.',
  );
}
