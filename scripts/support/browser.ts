import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

interface SystemBrowser {
  /** What the reader calls it. */
  label: string;
  /** Environment variable that names its executable instead of the search. */
  override: string;
  /** Where it lives on Linux and macOS, in the order tried. */
  paths: string[];
  /** Debian's package for it. */
  debianPackage: string;
}

const CHROMIUM: SystemBrowser = {
  label: 'Chromium or Chrome',
  override: 'CHROMIUM_PATH',
  paths: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  debianPackage: 'chromium',
};

const FIREFOX: SystemBrowser = {
  label: 'Firefox',
  override: 'FIREFOX_PATH',
  paths: [
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/snap/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
  ],
  debianPackage: 'firefox-esr',
};

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * The system browser to test in (its override variable wins). When there is none and we run as root
 * on Debian, installs Debian's package; otherwise stops and says what to install. Browsers are never
 * downloaded by a test tool.
 */
function findSystemBrowser(browser: SystemBrowser): string {
  const override = process.env[browser.override];
  if (override) {
    if (existsSync(override)) return override;
    throw new Error(`${browser.override} is set to ${override}, which does not exist.`);
  }
  const found = browser.paths.find((path) => existsSync(path));
  if (found) return found;
  if (isRoot() && existsSync('/usr/bin/apt-get')) {
    console.log(`No ${browser.label} found: installing Debian’s ${browser.debianPackage} package with apt-get…`);
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', browser.debianPackage], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = browser.paths.find((path) => existsSync(path));
    if (installed) return installed;
  }
  throw new Error(
    `No ${browser.label} found. Install one (Debian/Ubuntu: \`sudo apt-get install ${browser.debianPackage}\`), ` +
      `or set ${browser.override} to its executable.`,
  );
}

/** The system Chromium or Chrome (CHROMIUM_PATH overrides); see findSystemBrowser. */
export function findChromium(): string {
  return findSystemBrowser(CHROMIUM);
}

/** The system Firefox, ESR or release (FIREFOX_PATH overrides); see findSystemBrowser. */
export function findFirefox(): string {
  return findSystemBrowser(FIREFOX);
}
