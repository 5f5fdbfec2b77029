// Renders HTML reports in headless Chromium as a person would see them, once per run for all files, and prints a
// JSON verdict per file: charts drawn, console errors, requests that left the page, the accessibility violations
// axe-core finds, and where the screenshot is. Usage: node check-report.mjs CACHE_DIR CHROMIUM OUT_DIR FILE.html...
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { join, basename } from 'node:path';

const [cache, chromiumPath, outDir, ...files] = process.argv.slice(2);
const { chromium } = await import(pathToFileURL(join(cache, 'node_modules', 'playwright-core', 'index.mjs')).href);
const axeSource = readFileSync(join(cache, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
  // launch() gives Chromium a new, empty profile of its own (the --user-data-dir the machine notes ask for).
});
const results = [];
try {
  for (const file of files) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const consoleErrors = [];
    const requests = [];
    page.on('console', m => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', e => consoleErrors.push(String(e)));
    page.on('request', r => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
    const url = pathToFileURL(file).href;
    await page.goto(url, { waitUntil: 'load' });
    const charts = await page.$$eval('svg[role="img"]', svgs => svgs.map(s => {
      const box = s.getBoundingClientRect();
      const title = s.querySelector('title');
      return { id: s.id, width: box.width, height: box.height, title: title ? title.textContent : '' };
    }));
    const screenshot = join(outDir, basename(file) + '.png');
    await page.screenshot({ path: screenshot, fullPage: false });
    await page.evaluate(axeSource); // evaluated by the browser's protocol: the page's policy refuses scripts
    const axe = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help }));
    });
    results.push({ file, charts, consoleErrors, requests, violations: axe, screenshot });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(results));
