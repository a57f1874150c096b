// Checks the pictures PictureGalleryTest wrote (scripts/check-pictures.sh runs this):
// - every .mmd with the real Mermaid (parse, then render) inside headless Chromium;
// - every .svg opened in headless Chromium as a document of its own;
// - for pictures with a .expect file, that the texts listed there show in both renders;
// - every HTML report listed in reports.txt opened in headless Chromium as a page of its own: no
//   script, every picture an image that loads from the page itself (data:), the expected texts.
// Any console error or warning, page error, request that leaves the file being checked, parse
// error, NaN in a Mermaid render, or missing text fails the check. Usage:
//   node check.mjs <pictures-dir> [<screenshot-dir>]
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.resolve(process.argv[2] ?? '.');
const shots = process.argv[3] ? path.resolve(process.argv[3]) : null;
const names = fs.readFileSync(path.join(dir, 'index.txt'), 'utf8').split('\n').filter(Boolean);
const mermaidJs = path.join(here, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js');
const mermaidVersion = JSON.parse(
  fs.readFileSync(path.join(here, 'node_modules', 'mermaid', 'package.json'), 'utf8'),
).version;
const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium';

const failures = [];
let current = '(start)';
let allowedUrl = null;

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
const version = browser.version();
const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
const page = await context.newPage();
page.on('console', (message) => {
  if (message.type() === 'error' || message.type() === 'warning') {
    failures.push(`${current}: console ${message.type()}: ${message.text()}`);
  }
});
page.on('pageerror', (error) => failures.push(`${current}: page error: ${error.message}`));
await page.route('**/*', (route) => {
  const url = route.request().url();
  if (allowedUrl !== null && url === allowedUrl) {
    return route.continue();
  }
  failures.push(`${current}: refused a request to ${url}`);
  return route.abort();
});

const squash = (text) => text.replace(/\s+/g, '');
function expected(name) {
  const file = path.join(dir, `${name}.expect`);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
}

// The SVG documents, each opened as the page itself.
const svgStart = Date.now();
for (const name of names) {
  current = `${name}.svg`;
  const url = pathToFileURL(path.join(dir, `${name}.svg`)).href;
  allowedUrl = url;
  await page.goto(url);
  const result = await page.evaluate(() => {
    const root = document.documentElement;
    const box = root.getBBox ? root.getBBox() : { width: 0, height: 0 };
    return {
      tag: root.localName,
      namespace: root.namespaceURI,
      errors: document.getElementsByTagName('parsererror').length,
      scripts: document.getElementsByTagName('script').length,
      width: box.width,
      height: box.height,
      text: root.textContent,
    };
  });
  if (result.tag !== 'svg' || result.namespace !== 'http://www.w3.org/2000/svg' || result.errors) {
    failures.push(`${current}: not an SVG document (${result.tag}, ${result.errors} parse errors)`);
  }
  if (result.scripts) {
    failures.push(`${current}: holds a script`);
  }
  if (!(result.width > 0 && result.height > 0)) {
    failures.push(`${current}: draws nothing (${result.width} x ${result.height})`);
  }
  for (const text of expected(name)) {
    if (!squash(result.text).includes(squash(text))) {
      failures.push(`${current}: does not show ${JSON.stringify(text)}`);
    }
  }
  if (shots && !name.startsWith('generated-')) {
    // A full-page screenshot of an SVG document never ends: size the window to the picture.
    const size = await page.evaluate(() => [
      document.documentElement.width.baseVal.value,
      document.documentElement.height.baseVal.value,
    ]);
    await page.setViewportSize({
      width: Math.min(4000, Math.ceil(size[0])),
      height: Math.min(4000, Math.ceil(size[1])),
    });
    await page.screenshot({ path: path.join(shots, `${name}.svg.png`) });
    await page.setViewportSize({ width: 1400, height: 900 });
  }
}
const svgMillis = Date.now() - svgStart;

// The HTML reports, each opened as the page itself: only its own file may be requested.
const reportList = path.join(dir, 'reports.txt');
const reports = fs.existsSync(reportList)
  ? fs.readFileSync(reportList, 'utf8').split('\n').filter(Boolean)
  : [];
if (!reports.length) {
  failures.push('reports.txt: no HTML report to check (ReportGalleryTest writes them)');
}
const reportStart = Date.now();
let reportImages = 0;
for (const name of reports) {
  current = `${name}.html`;
  const url = pathToFileURL(path.join(dir, `${name}.html`)).href;
  allowedUrl = url;
  await page.goto(url, { waitUntil: 'load' });
  const result = await page.evaluate(() => {
    const images = Array.from(document.images);
    return {
      scripts: document.getElementsByTagName('script').length,
      images: images.length,
      broken: images.filter((image) => !(image.complete && image.naturalWidth > 0)).length,
      foreign: images.filter((image) => !image.src.startsWith('data:image/svg+xml;base64,')).length,
      links: Array.from(document.querySelectorAll('[href]'))
        .map((element) => element.getAttribute('href'))
        .filter((href) => !href.startsWith('#')).length,
      text: document.body.innerText,
      height: document.documentElement.scrollHeight,
    };
  });
  reportImages += result.images;
  if (result.scripts) {
    failures.push(`${current}: holds a script`);
  }
  if (result.broken) {
    failures.push(`${current}: ${result.broken} of ${result.images} pictures did not load`);
  }
  if (result.foreign) {
    failures.push(`${current}: ${result.foreign} pictures are not embedded SVG`);
  }
  if (result.links) {
    failures.push(`${current}: ${result.links} links lead out of the page`);
  }
  for (const text of expected(`${name}.html`)) {
    if (!squash(result.text).includes(squash(text))) {
      failures.push(`${current}: does not show ${JSON.stringify(text)}`);
    }
  }
  if (shots && !name.startsWith('generated-')) {
    await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
  }
}
const reportMillis = Date.now() - reportStart;

// Mermaid, loaded into a blank page from the local package: no request at all.
current = '(loading mermaid)';
allowedUrl = null;
await page.goto('about:blank');
await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
await page.addScriptTag({ path: mermaidJs });
await page.evaluate(() => {
  window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
});
const mermaidStart = Date.now();
let diagrams = 0;
for (const name of names) {
  current = `${name}.mmd`;
  const text = fs.readFileSync(path.join(dir, `${name}.mmd`), 'utf8');
  const result = await page.evaluate(async ({ text, id }) => {
    try {
      const parsed = await window.mermaid.parse(text);
      const { svg } = await window.mermaid.render(id, text);
      const out = document.getElementById('out');
      out.innerHTML = svg;
      const shown = out.textContent;
      return { type: parsed && parsed.diagramType, svg, shown };
    } catch (error) {
      return { error: String(error && error.message ? error.message : error) };
    }
  }, { text, id: `d${diagrams}` });
  diagrams++;
  if (result.error) {
    failures.push(`${current}: ${result.error.split('\n').slice(0, 3).join(' ')}`);
    continue;
  }
  if (result.svg.includes('NaN')) {
    failures.push(`${current}: the render holds NaN`);
  }
  if (/aria-roledescription="error"|Syntax error in text/.test(result.svg)) {
    failures.push(`${current}: Mermaid drew an error`);
  }
  for (const expectedText of expected(name)) {
    if (!squash(result.shown).includes(squash(expectedText))) {
      failures.push(`${current}: the render does not show ${JSON.stringify(expectedText)}`);
    }
  }
  if (shots && !name.startsWith('generated-')) {
    await page.screenshot({ path: path.join(shots, `${name}.mmd.png`), fullPage: true });
  }
}
const mermaidMillis = Date.now() - mermaidStart;
await browser.close();

console.log(
  `Chromium ${version}: ${names.length} SVG documents in ${(svgMillis / 1000).toFixed(1)} s, ` +
    `${reports.length} HTML reports (${reportImages} embedded pictures) in ` +
    `${(reportMillis / 1000).toFixed(1)} s; ` +
    `Mermaid ${mermaidVersion}: ${diagrams} diagrams parsed and rendered in ` +
    `${(mermaidMillis / 1000).toFixed(1)} s`,
);
if (failures.length) {
  console.error(`${failures.length} problem(s):`);
  for (const failure of failures.slice(0, 200)) {
    console.error(`  ${failure}`);
  }
  process.exit(1);
}
console.log('No console error or warning, no page error, no request beyond the file checked.');
