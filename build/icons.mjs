// Renders icons/steady.svg to the PNG sizes the manifests name (icons/icon-{16,32,48,128}.png).
//
// Usage: node build/icons.mjs
//   Run it after editing icons/steady.svg and commit the PNGs; the build only copies them.
//   Every size is drawn from the one SVG; the 128 px icon gets 8 px of transparent padding.
//   Uses headless Chromium through playwright-core. The browser is /usr/lib/chromium/chromium,
//   or CHROME_PATH if set. The background stays transparent (omitBackground).
import { chromium } from 'playwright-core';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// size -> transparent padding per side. The 128 icon is shown on the extensions page and the
// install dialog, where a little air looks better; the small toolbar sizes use the full square.
// 8 px at 128 keeps every 8-unit edge of the SVG on whole pixels (scale 112/128 = 7/8).
const sizes = { 16: 0, 32: 0, 48: 0, 128: 8 };
const svg = readFileSync(join(root, 'icons', 'steady.svg'), 'utf8');

const executablePath = process.env.CHROME_PATH || '/usr/lib/chromium/chromium';
if (!existsSync(executablePath)) {
  process.stderr.write(`icons: no Chromium at ${executablePath} (apt-get install -y chromium, or set CHROME_PATH)\n`);
  process.exit(1);
}

const browser = await chromium.launch({
  executablePath,
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--force-color-profile=srgb'],
});
try {
  for (const [key, pad] of Object.entries(sizes)) {
    const size = Number(key);
    const art = size - 2 * pad;
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    // The SVG's own width/height are replaced so it scales to exactly size x size.
    const sized = svg.replace(/<svg\b([^>]*)>/, (_m, attrs) =>
      `<svg${attrs.replace(/\s(width|height)="[^"]*"/g, '')} width="${art}" height="${art}">`);
    await page.setContent(
      `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent}#icon{width:${size}px;height:${size}px;padding:${pad}px;box-sizing:border-box}svg{display:block}</style></head><body><div id="icon">${sized}</div></body></html>`,
    );
    const png = await page.locator('#icon').screenshot({ omitBackground: true, type: 'png' });
    const out = join(root, 'icons', `icon-${size}.png`);
    writeFileSync(out, png);
    process.stdout.write(`icons: wrote icons/icon-${size}.png (${png.length} bytes)\n`);
    await page.close();
  }
} finally {
  await browser.close();
}
