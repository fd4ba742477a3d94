import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { manifestFor } from '../../build/manifest.mjs';
import { destinationOf, packageAll, sourceEntries } from '../../build/package.mjs';
import { zipFiles } from '../../build/zip.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface Entry {
  name: string;
  data: Buffer;
  mode: number;
  date: number;
  time: number;
}

/** Reads a zip the way an unzip tool does: from the central directory, checking sizes and CRCs by inflating. */
function readZip(zip: Buffer): Entry[] {
  const end = zip.length - 22;
  expect(zip.readUInt32LE(end), 'end of central directory').toBe(0x06054b50);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const bodyStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(bodyStart, bodyStart + size);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(data.length, `${name} size`).toBe(zip.readUInt32LE(at + 24));
    entries.push({ name, data, mode: zip.readUInt32LE(at + 38) >>> 16, time: zip.readUInt16LE(at + 12), date: zip.readUInt16LE(at + 14) });
    at += 46 + nameLength + extra;
  }
  return entries;
}

const temps: string[] = [];
function temp(): string {
  const dir = mkdtempSync(join(tmpdir(), 'steady-pkg-'));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('zipFiles', () => {
  it('round-trips content, sorted, with fixed time and mode, whatever the input order', () => {
    const files = [
      { name: 'b/two.txt', data: Buffer.from('two '.repeat(100)) },
      { name: 'a.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
      { name: 'é.json', data: Buffer.from('{}') },
    ];
    const zip = zipFiles(files);
    expect(zipFiles([...files].reverse()).equals(zip)).toBe(true);
    const entries = readZip(zip);
    expect(entries.map((e) => e.name)).toEqual(['a.png', 'b/two.txt', 'é.json']);
    for (const entry of entries) {
      expect(entry.data.equals(files.find((f) => f.name === entry.name)?.data ?? Buffer.alloc(0))).toBe(true);
      expect(entry.mode).toBe(0o100644);
      expect([entry.date, entry.time]).toEqual([33, 0]); // 1980-01-01 00:00
    }
  });

  it('refuses names that would escape the folder, and duplicates', () => {
    expect(() => zipFiles([{ name: '../x', data: Buffer.alloc(1) }])).toThrow(/bad entry/);
    expect(() => zipFiles([{ name: '/etc/x', data: Buffer.alloc(1) }])).toThrow(/bad entry/);
    expect(() => zipFiles([{ name: 'a', data: Buffer.alloc(1) }, { name: 'a', data: Buffer.alloc(2) }])).toThrow(/duplicate/);
  });
});

describe('npm run package', () => {
  /** A stand-in repository: the real source, and small fake builds, so the test needs no build. */
  function fakeRepo(): string {
    const root = temp();
    for (const file of ['package.json', 'package-lock.json', 'tsconfig.json', 'manifest.json', 'README.md']) cpSync(join(ROOT, file), join(root, file));
    for (const dir of ['src', 'icons', 'build']) cpSync(join(ROOT, dir), join(root, dir), { recursive: true });
    mkdirSync(join(root, 'node_modules', 'x'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'x', 'index.js'), '');
    mkdirSync(join(root, 'tests'), { recursive: true });
    writeFileSync(join(root, 'tests', 'a.test.ts'), '');
    for (const browser of ['chrome', 'firefox'] as const) {
      mkdirSync(join(root, 'dist', browser, 'icons'), { recursive: true });
      writeFileSync(join(root, 'dist', browser, 'manifest.json'), JSON.stringify(manifestFor(browser, { root: ROOT })));
      writeFileSync(join(root, 'dist', browser, 'content.js'), `/* ${browser} */`);
      cpSync(join(ROOT, 'icons', 'icon-16.png'), join(root, 'dist', browser, 'icons', 'icon-16.png'));
    }
    return root;
  }

  it('writes the same bytes twice, even after every file was touched', () => {
    const root = fakeRepo();
    const first = packageAll({ root, outDir: temp() });
    const later = new Date('2031-05-06T07:08:09Z');
    for (const entry of sourceEntries(root)) utimesSync(join(root, entry.name), later, later);
    utimesSync(join(root, 'dist', 'firefox', 'content.js'), later, later);
    const second = packageAll({ root, outDir: temp() });
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    expect(first.map((z) => z.file.split('/').pop())).toEqual([`steady-chrome-${version}.zip`, `steady-firefox-${version}.zip`, `steady-source-${version}.zip`]);
    expect(second.map((z) => z.sha256)).toEqual(first.map((z) => z.sha256));
    for (const [index, zip] of first.entries()) expect(readFileSync(zip.file).equals(readFileSync(second[index]?.file ?? ''))).toBe(true);
  });

  it('puts the build in the store zips and what rebuilding needs in the source zip, nothing else', () => {
    const root = fakeRepo();
    const [chrome, firefox, source] = packageAll({ root, outDir: temp() }).map((z) => readZip(readFileSync(z.file)).map((e) => e.name));
    expect(chrome).toEqual(['content.js', 'icons/icon-16.png', 'manifest.json']);
    expect(firefox).toEqual(chrome);
    expect(source).toEqual(expect.arrayContaining([
      'README.md', 'build/build.mjs', 'build/manifest.mjs', 'build/package.mjs', 'build/zip.mjs', 'icons/steady.svg', 'manifest.json',
      'package-lock.json', 'package.json', 'src/_locales/en/messages.json', 'src/content/main.ts', 'src/platform/browser.ts', 'tsconfig.json',
    ]));
    expect(source?.filter((name) => /^(node_modules|dist|tests)\//.test(name))).toEqual([]);
  });

  it('says where each zip goes', () => {
    const zips = packageAll({ root: fakeRepo(), outDir: temp() }).map((z) => destinationOf(z.file));
    expect(zips).toEqual([expect.stringMatching(/^Chrome Web Store/), expect.stringMatching(/^addons\.mozilla\.org:/), expect.stringMatching(/source code/)]);
  });

  it('refuses a stale build whose version differs from package.json', () => {
    const root = fakeRepo();
    const manifest = join(root, 'dist', 'firefox', 'manifest.json');
    writeFileSync(manifest, JSON.stringify({ ...JSON.parse(readFileSync(manifest, 'utf8')), version: '0.0.1' }));
    expect(() => packageAll({ root, outDir: temp() })).toThrow(/dist\/firefox says version 0\.0\.1/);
  });
});

describe('one version number', () => {
  it('both manifests take theirs from package.json', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(manifestFor('chrome', { root: ROOT }).version).toBe(version);
    expect(manifestFor('firefox', { root: ROOT }).version).toBe(version);
    // The source manifest's own number is never what ships.
    expect(JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')).version).not.toBe(version);
  });
});
