// Builds dist/chrome and dist/firefox as unpacked extensions. `--watch` rebuilds on change.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestFor } from './manifest.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const browsers = ['chrome', 'firefox'];

/** Entry points: one script per extension context. */
const entries = {
  content: 'src/content/main.ts',
  background: 'src/background/main.ts',
  options: 'src/options/main.tsx',
  practice: 'src/practice/main.tsx',
  popup: 'src/popup/main.tsx',
  welcome: 'src/welcome/main.tsx',
};
/** Copied as they are: the pages, and the stylesheet the practice chat shares with the welcome page. */
const pages = [
  'src/options/options.html',
  'src/practice/practice.html',
  'src/practice/practice.css',
  'src/popup/popup.html',
  'src/welcome/welcome.html',
];

const staging = join(root, 'dist', '.staging');

/**
 * Preact keeps one `el.innerHTML = props.dangerouslySetInnerHTML.__html` for that prop. Steady never
 * uses it (the lint forbids it: react/no-danger), but addons.mozilla.org's linter flags the assignment in every
 * bundle (UNSAFE_VAR_ASSIGNMENT). The dead branch is cut here; the build fails if Preact changes shape.
 */
const noRawHtml = {
  name: 'no-raw-html',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const pattern = /\(([\w$]+)\.innerHTML=([\w$]+)\.__html\)/g;
      const found = source.match(pattern)?.length ?? 0;
      if (found !== 1) return { errors: [{ text: `no-raw-html: expected one innerHTML assignment in ${args.path}, found ${found}` }] };
      return { contents: source.replace(pattern, '(void 0)'), loader: 'js' };
    });
  },
};

function copyStatic() {
  for (const browser of browsers) {
    const out = join(root, 'dist', browser);
    mkdirSync(join(out, 'icons'), { recursive: true });
    cpSync(staging, out, { recursive: true });
    for (const page of pages) cpSync(join(root, page), join(out, page.split('/').pop()));
    for (const size of [16, 32, 48, 128]) cpSync(join(root, 'icons', `icon-${size}.png`), join(out, 'icons', `icon-${size}.png`));
    cpSync(join(root, 'icons', 'steady.svg'), join(out, 'icons', 'steady.svg'));
    cpSync(join(root, 'src', '_locales'), join(out, '_locales'), { recursive: true });
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifestFor(browser, { root }), null, 2) + '\n');
  }
}

const common = {
  absWorkingDir: root,
  outdir: staging,
  bundle: true,
  target: ['chrome120', 'firefox142'],
  minify: !watch,
  sourcemap: watch ? 'inline' : false,
  legalComments: 'none',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};

const options = {
  ...common,
  entryPoints: entries,
  format: 'iife',
  plugins: [noRawHtml, { name: 'copy-static', setup: (b) => b.onEnd((r) => { if (r.errors.length === 0) copyStatic(); }) }],
};

/**
 * The pause card (Preact + card + styles) as its own script, which the background injects into a
 * chat frame only when a pause is near: it is most of the content script's weight and typing never needs it.
 */
const cardOptions = {
  ...common,
  entryPoints: { card: 'src/content/card/chunk.ts' },
  format: 'iife',
  plugins: [noRawHtml, { name: 'copy-static', setup: (b) => b.onEnd((r) => { if (r.errors.length === 0) copyStatic(); }) }],
};

rmSync(join(root, 'dist'), { recursive: true, force: true });
if (watch) {
  for (const o of [cardOptions, options]) await (await esbuild.context(o)).watch();
  process.stdout.write('Watching src/ — dist/chrome and dist/firefox rebuild on change.\n');
} else {
  // The card first: the main build's copy step then finds card.js in staging.
  await esbuild.build({ ...cardOptions, plugins: [noRawHtml] });
  await esbuild.build(options);
  rmSync(staging, { recursive: true, force: true });
  process.stdout.write('Built dist/chrome and dist/firefox.\n');
}
