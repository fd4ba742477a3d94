// `npm run bench`: builds Steady, makes an instrumented copy for counting, and runs
// tests/bench/bench.ts (bundled here with esbuild, run by node) in real headless Chromium.
// Arguments go through to the bench: --fixtures=whatsapp,slack (default whatsapp, the Lexical one)
//   --rounds=3 --keys=2000 --idle=10000 --cards=7 --startups=7, or --quick for a smoke run.
import * as esbuild from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.cache', 'bench');

execFileSync(process.execPath, [join(root, 'build', 'build.mjs')], { stdio: 'inherit' });

// The instrumented copy: probe.js runs first in the content scripts' isolated world, and content.js
// (byte for byte the shipped one) gets a time stamp before and after it. Never part of dist/.
const probeDir = join(out, 'probe-chrome');
rmSync(probeDir, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(root, 'dist', 'chrome'), probeDir, { recursive: true });
await esbuild.build({
  entryPoints: [join(root, 'tests', 'bench', 'probe.ts')],
  outfile: join(probeDir, 'probe.js'),
  bundle: true, format: 'iife', target: 'chrome120', logLevel: 'warning',
});
const content = join(probeDir, 'content.js');
writeFileSync(content, `globalThis.__steadyStart = performance.now();\n${readFileSync(content, 'utf8')}\n;globalThis.__steadyEnd = performance.now();\n`);
const manifestPath = join(probeDir, 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
for (const script of manifest.content_scripts) script.js = ['probe.js', ...script.js];
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));

// The fixture helpers find their files through import.meta.url: keep each module's own.
const keepImportMetaUrl = {
  name: 'keep-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /[\\/](tests|build)[\\/].*\.(ts|mjs)$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: args.path.endsWith('.ts') ? 'ts' : 'js',
    }));
  },
};
const bench = join(out, 'bench.mjs');
await esbuild.build({
  entryPoints: [join(root, 'tests', 'bench', 'bench.ts')],
  outfile: bench,
  bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
  plugins: [keepImportMetaUrl],
});

const run = spawnSync(process.execPath, [bench, `--root=${root}`, `--probe=${probeDir}`, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
