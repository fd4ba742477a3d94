// One source manifest, a small patch per browser (Chrome: service worker; Firefox: event page + gecko id).
import { readFileSync } from 'node:fs';

export const GECKO_ID = 'steady@steady-extension.org';
export const FIREFOX_MIN_VERSION = '142.0';

export function manifestFor(browser, { root = '.' } = {}) {
  const base = JSON.parse(readFileSync(`${root}/manifest.json`, 'utf8'));
  const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
  const manifest = { ...base, version };
  if (browser === 'chrome') {
    manifest.background = { service_worker: 'background.js' };
    manifest.minimum_chrome_version = '120';
  } else if (browser === 'firefox') {
    manifest.background = { scripts: ['background.js'] };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Steady collects nothing; Firefox asks extensions to say so.
        data_collection_permissions: { required: ['none'] },
      },
    };
  } else {
    throw new Error(`Unknown browser: ${browser}`);
  }
  return manifest;
}
