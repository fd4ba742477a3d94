// One source manifest, a small patch per browser (Chrome: service worker; Firefox: event page + gecko id).
import { readFileSync } from 'node:fs';

export const GECKO_ID = 'steady@steady-extension.org';
export const FIREFOX_MIN_VERSION = '142.0';

export function manifestFor(browser, { root = '.' } = {}) {
  const base = JSON.parse(readFileSync(`${root}/manifest.json`, 'utf8'));
  const { version } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
  const manifest = { ...base, version };
  // The lazily loaded card (build.mjs) must be importable by the content script, and only where it runs.
  // Chrome accepts only a "/*" path in web_accessible_resources, so https://mail.google.com/chat/* becomes the whole origin.
  const wholeOrigin = (pattern) => pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*');
  const cardHosts = [...new Set([...base.content_scripts.flatMap((c) => c.matches), ...(base.optional_host_permissions ?? [])].map(wholeOrigin))];
  manifest.web_accessible_resources = [{ resources: ['card.js'], matches: cardHosts }];
  if (browser === 'chrome') {
    manifest.background = { service_worker: 'background.js' };
    manifest.minimum_chrome_version = '120';
    // A per-session URL, so a page cannot probe a fixed chrome-extension:// address to detect Steady.
    manifest.web_accessible_resources[0].use_dynamic_url = true;
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
