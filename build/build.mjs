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
/**
 * The extension pages: one HTML template (src/ui/page.html) filled in per page, and each page's
 * stylesheet bundled with the shared ones it imports (src/ui/tokens.css, page.css, switch.css).
 * `root` is the element the page's script renders into; the title is the English one until the
 * script localizes it.
 */
const pages = {
  options: { title: 'Steady settings', root: 'app' },
  popup: { title: 'Steady', root: 'app' },
  welcome: { title: 'Welcome to Steady', root: 'root' },
  practice: { title: 'Practice chat — Steady', root: 'root' },
};
const pageStyles = Object.fromEntries(Object.keys(pages).map((name) => [name, `src/${name}/${name}.css`]));

function pageHtml(name) {
  const values = { NAME: name, TITLE: pages[name].title, ROOT: pages[name].root };
  return readFileSync(join(root, 'src', 'ui', 'page.html'), 'utf8').replace(/%(\w+)%/g, (_, key) => values[key]);
}

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

/**
 * `import text from './tokens.css?raw'`: the file's text as a string (the card puts Steady's tokens
 * into its shadow root this way), minified like the rest of the bundle. Vite does the same in tests.
 */
const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: join(args.resolveDir, args.path.slice(0, -'?raw'.length)), namespace: 'raw' }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, async (args) => {
      const text = readFileSync(args.path, 'utf8');
      const contents = watch ? text : (await esbuild.transform(text, { loader: 'css', minify: true })).code;
      return { contents, loader: 'text', watchFiles: [args.path] };
    });
  },
};

function copyStatic() {
  for (const browser of browsers) {
    const out = join(root, 'dist', browser);
    mkdirSync(join(out, 'icons'), { recursive: true });
    cpSync(staging, out, { recursive: true });
    for (const name of Object.keys(pages)) writeFileSync(join(out, `${name}.html`), pageHtml(name));
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
  plugins: [noRawHtml, rawText, { name: 'copy-static', setup: (b) => b.onEnd((r) => { if (r.errors.length === 0) copyStatic(); }) }],
};

/**
 * The pause card (Preact + card + styles) as its own script, which the background injects into a
 * chat frame only when a pause is near: it is most of the content script's weight and typing never needs it.
 */
const cardOptions = {
  ...common,
  entryPoints: { card: 'src/content/card/chunk.ts' },
  format: 'iife',
  plugins: [noRawHtml, rawText, { name: 'copy-static', setup: (b) => b.onEnd((r) => { if (r.errors.length === 0) copyStatic(); }) }],
};

/** Each page's stylesheet with the shared ones it imports, bundled into one file (not minified: it is small). */
const styleOptions = {
  absWorkingDir: root,
  outdir: staging,
  entryPoints: pageStyles,
  bundle: true,
  target: common.target,
  logLevel: 'warning',
  plugins: watch ? [{ name: 'copy-static', setup: (b) => b.onEnd((r) => { if (r.errors.length === 0) copyStatic(); }) }] : [],
};

rmSync(join(root, 'dist'), { recursive: true, force: true });
if (watch) {
  for (const o of [cardOptions, styleOptions, options]) await (await esbuild.context(o)).watch();
  process.stdout.write('Watching src/ — dist/chrome and dist/firefox rebuild on change.\n');
} else {
  // The card and the page styles first: the main build's copy step then finds them in staging.
  await esbuild.build({ ...cardOptions, plugins: [noRawHtml, rawText] });
  await esbuild.build(styleOptions);
  await esbuild.build(options);
  rmSync(staging, { recursive: true, force: true });
  process.stdout.write('Built dist/chrome and dist/firefox.\n');
}
