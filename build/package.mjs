// `npm run package`: store-ready zips from a fresh build (run build/build.mjs first; the npm script does).
//   dist/steady-chrome-<version>.zip   dist/chrome, for the Chrome Web Store
//   dist/steady-firefox-<version>.zip  dist/firefox, for addons.mozilla.org
//   dist/steady-source-<version>.zip   what AMO's reviewers need to rebuild it
// The same input gives the same bytes (build/zip.mjs). Prints each zip's size and SHA-256, and where it goes.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipFiles } from './zip.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** What rebuilding needs, relative to the repository root. Not node_modules, dist or tests. */
export const SOURCE_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'manifest.json', 'README.md', 'docs/PRIVACY.md'];
export const SOURCE_DIRS = ['src', 'icons', 'build'];
const JUNK = new Set(['.DS_Store', 'Thumbs.db']);

/** Every file under `dir`, as { name (relative, "/"-separated, prefixed), data }. */
function filesUnder(dir, prefix = '') {
  const out = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (JUNK.has(entry.name)) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push({ name: prefix + relative(dir, path).split(sep).join('/'), data: readFileSync(path) });
    }
  };
  walk(dir);
  return out;
}

export function sourceEntries(root) {
  const files = SOURCE_FILES.filter((f) => existsSync(join(root, f))).map((f) => ({ name: f, data: readFileSync(join(root, f)) }));
  for (const dir of SOURCE_DIRS) files.push(...filesUnder(join(root, dir), `${dir}/`));
  return files;
}

export function extensionEntries(extensionDir) {
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`${extensionDir} has no manifest.json: run the build first`);
  return filesUnder(extensionDir);
}

/** Writes the three zips into `outDir`; returns [{ file, bytes, sha256 }]. */
export function packageAll({ root, outDir = join(root, 'dist') }) {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const zips = {
    [`steady-chrome-${version}.zip`]: extensionEntries(join(root, 'dist', 'chrome')),
    [`steady-firefox-${version}.zip`]: extensionEntries(join(root, 'dist', 'firefox')),
    [`steady-source-${version}.zip`]: sourceEntries(root),
  };
  for (const browser of ['chrome', 'firefox']) {
    const manifest = JSON.parse(readFileSync(join(root, 'dist', browser, 'manifest.json'), 'utf8'));
    if (manifest.version !== version) throw new Error(`dist/${browser} says version ${manifest.version}, package.json ${version}: rebuild`);
  }
  return Object.entries(zips).map(([file, entries]) => {
    const bytes = zipFiles(entries);
    writeFileSync(join(outDir, file), bytes);
    return { file: join(outDir, file), bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
}

/** Where each zip goes, by the start of its name. */
export const DESTINATIONS = {
  'steady-chrome-': 'Chrome Web Store (also Edge Add-ons): https://chrome.google.com/webstore/devconsole — fill in docs/store/chrome-web-store.md',
  'steady-firefox-': 'addons.mozilla.org: https://addons.mozilla.org/developers/ — fill in docs/store/addons-mozilla-org.md',
  'steady-source-': "addons.mozilla.org, as the source code (with the notes for reviewers in docs/store/addons-mozilla-org.md)",
};

export function destinationOf(file) {
  const name = file.split(/[\\/]/).pop();
  return Object.entries(DESTINATIONS).find(([prefix]) => name.startsWith(prefix))?.[1];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(here, '..');
  for (const { file, bytes, sha256 } of packageAll({ root })) {
    process.stdout.write(`${relative(root, file)}  ${bytes} bytes  sha256 ${sha256}\n  -> ${destinationOf(file)}\n`);
  }
  process.stdout.write(
    '\nListing texts (en, de, es, fr): docs/store/listing/\n' +
      'Screenshots (1280x800) and the promo tile (440x280): docs/store/images/\n' +
      'Privacy policy: docs/PRIVACY.md\n',
  );
}
