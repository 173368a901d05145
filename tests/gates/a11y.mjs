// gate_a11y: accessibility of a built site in a real browser (Debian's Chromium through
// playwright-core; Playwright's own browser download does not work here and is never used).
//
// For each page it checks:
//   - axe-core finds no WCAG 2.0/2.1 A or AA violation, in a desktop window and on a phone;
//   - no request goes to any host but the local test server (all such requests are blocked
//     and reported: the site must make no request to another host);
//   - with JavaScript off, the page still shows its content: an <h1> and a non-empty <main>;
//   - keyboard focus is visible: the first few elements reached with Tab get an outline or
//     box-shadow that they do not have unfocused;
//   - tables are semantic: every <table> has a non-empty <caption>, and every header cell in
//     its <thead> says what it heads with scope (axe does not ask for either);
//   - readable on a phone: at 320 CSS pixels wide (WCAG 1.4.10 Reflow) the page does not scroll
//     sideways; only a table may, inside its own scrolling box;
//   - printable: with print styles on an A4 page (718 CSS pixels between the margins), nothing
//     sticks out past the paper and no box cuts off its content.
//
// Usage: node a11y.mjs SITE_DIR [--pages PAGES.json] [PAGE ...]
//   PAGE paths are relative to the site root. Without PAGE or --pages, every .html page is
//   checked. A listed page that does not exist is a failure, never a skip.
// Exits 1 when any check fails.

import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { createServer } from 'node:http';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const TABS = 6; // how many focus stops to check per page
const PHONE = { width: 320, height: 640 }; // WCAG 1.4.10: content reflows at 320 CSS px
const PAPER = { width: 718, height: 1047 }; // A4 at 96 dpi less Chromium's default 1 cm margins
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp',
  '.json': 'application/json', '.geojson': 'application/geo+json', '.csv': 'text/csv',
  '.ics': 'text/calendar', '.xml': 'application/xml', '.woff2': 'font/woff2',
};

function usage(message) {
  console.error(`a11y: ${message}\nusage: node a11y.mjs SITE_DIR [--pages PAGES.json] [PAGE ...]`);
  process.exit(2);
}

async function listHtml(root, dir = '') {
  const out = [];
  for (const entry of await readdir(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listHtml(root, rel)));
    else if (entry.name.endsWith('.html')) out.push(rel);
  }
  return out.sort();
}

async function pageList(argv) {
  const [site, ...rest] = argv;
  if (!site) usage('no SITE_DIR');
  const pages = [];
  for (let i = 0; i < rest.length; ++i) {
    if (rest[i] === '--pages') {
      if (!rest[i + 1]) usage('--pages needs a file');
      const list = JSON.parse(await readFile(rest[++i], 'utf8'));
      pages.push(...(Array.isArray(list) ? list : list.pages));
    } else if (rest[i].startsWith('--')) {
      usage(`unknown option ${rest[i]}`);
    } else {
      pages.push(rest[i]);
    }
  }
  const root = path.resolve(site);
  return { root, pages: pages.length ? pages : await listHtml(root) };
}

// A static file server for the site on 127.0.0.1, on a port the system picks.
async function serve(root) {
  const server = createServer(async (req, res) => {
    try {
      let rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (rel.endsWith('/')) rel += 'index.html';
      const file = path.join(root, path.normalize(rel));
      if (!file.startsWith(root + path.sep)) throw new Error('outside the site');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

// A browser with a fresh profile; every request to another host is blocked and recorded.
async function openBrowser(origin, javaScriptEnabled, foreign) {
  const profile = await mkdtemp(path.join(tmpdir(), 'openwijk-a11y-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, javaScriptEnabled,
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + '/')) return route.continue();
    let from = '';
    try { from = new URL(route.request().frame().url()).pathname; } catch { /* not from a page */ }
    foreign.add(from ? `${url} (from ${from})` : url);
    return route.abort('blockedbyclient');
  });
  return { context, close: async () => { await context.close(); await rm(profile, { recursive: true, force: true }); } };
}

async function axeProblems(page, stats) {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  stats.rules = result.passes.length;
  return result.violations.map((v) => {
    const nodes = v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ');
    const more = v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : '';
    return `axe ${v.id} (${v.impact}): ${v.help} [${nodes}${more}]`;
  });
}

// Tabs through the first focus stops and compares each element's focused style with the
// style it had before anything was focused.
async function focusProblems(page, stats) {
  await page.evaluate(() => {
    const keep = (s) => [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join('|');
    window.__owUnfocused = new Map();
    for (const el of document.querySelectorAll('*')) window.__owUnfocused.set(el, keep(getComputedStyle(el)));
  });
  const problems = [];
  const seen = new Set();
  for (let i = 0; i < TABS; ++i) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      const shadow = s.boxShadow && s.boxShadow !== 'none';
      const now = [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow].join('|');
      const label = el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') +
        (el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : '') +
        ` "${(el.innerText || el.value || '').trim().slice(0, 40)}"`;
      return { label, visible: (outline || shadow) && now !== window.__owUnfocused.get(el) };
    });
    if (!f || seen.has(f.label)) break; // past the last stop, or focus wrapped around
    seen.add(f.label);
    stats.stops = seen.size;
    if (!f.visible) problems.push(`focus not visible on Tab stop ${i + 1}: ${f.label}`);
  }
  return problems;
}

// Every <table> has a caption with text, and every <thead> cell a scope.
async function tableProblems(page) {
  return page.evaluate(() => {
    const out = [];
    document.querySelectorAll('table').forEach((t, i) => {
      const caption = t.querySelector(':scope > caption');
      if (!caption || !caption.textContent.trim()) out.push(`table ${i + 1} has no caption`);
      const bare = [...t.querySelectorAll(':scope > thead th')].filter((th) => !th.getAttribute('scope'));
      if (bare.length) out.push(`table ${i + 1}: ${bare.length} header cells without scope`);
    });
    return out;
  });
}

// Elements that stick out past the right edge of the window without a scrolling box around
// them, and boxes that cut off their content (clip or hidden overflow). `scrollOk` says whether
// a box that scrolls sideways is allowed (on a screen, yes; on paper nothing scrolls). Only the
// outermost element of each problem is named: its children stick out with it.
async function overflowProblems(page, what, scrollOk) {
  const found = await page.evaluate((scrollOk) => {
    const width = document.documentElement.clientWidth;
    const label = (el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') +
      (typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : '');
    const scrolls = (o) => o === 'auto' || o === 'scroll';
    const inScroller = (el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (scrolls(getComputedStyle(p).overflowX)) return true;
      }
      return false;
    };
    const out = [];
    if (document.documentElement.scrollWidth > width + 1) {
      out.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${width} px window`);
    }
    const bad = new Set();
    for (const el of document.body.querySelectorAll('*')) {
      if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg') continue;
      const s = getComputedStyle(el);
      if (s.display === 'none' || s.visibility === 'hidden' || s.position === 'absolute') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const outer = !bad.has(el.parentElement);
      if (r.right > width + 1 && !(scrollOk && inScroller(el))) {
        bad.add(el);
        if (outer) out.push(`${label(el)} ends at ${Math.round(r.right)} px`);
      } else if (s.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1 &&
                 !(scrollOk && scrolls(s.overflowX))) {
        bad.add(el);
        if (outer) out.push(`${label(el)} cuts off ${el.scrollWidth - el.clientWidth} px of its content`);
      }
    }
    return out;
  }, scrollOk);
  return found.slice(0, 5).map((p) => `${what}: ${p}`).concat(
    found.length > 5 ? [`${what}: and ${found.length - 5} more`] : []);
}

async function checkPage(browser, origin, rel, check) {
  const page = await browser.context.newPage();
  try {
    const response = await page.goto(`${origin}/${rel}`, { waitUntil: 'load' });
    if (!response || response.status() !== 200) return [`page not served (${response?.status()})`];
    return await check(page);
  } finally {
    await page.close();
  }
}

async function main() {
  const { root, pages } = await pageList(process.argv.slice(2));
  const failures = [];
  const fail = (rel, msg) => failures.push(`${rel}: ${msg}`);
  const present = [];
  for (const rel of pages) {
    const file = path.join(root, rel.endsWith('/') || rel === '' ? `${rel}index.html` : rel);
    const s = await stat(file).catch(() => null);
    if (s?.isFile()) present.push(rel);
    else fail(rel, `listed page does not exist (${file})`);
  }
  if (pages.length === 0) failures.push('no pages to check');

  const server = await serve(root);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const foreign = new Set();
  try {
    const withJs = await openBrowser(origin, true, foreign);
    try {
      for (const rel of present) {
        const stats = { rules: 0, stops: 0 };
        const problems = await checkPage(withJs, origin, rel, async (page) => [
          ...(await axeProblems(page, stats)), ...(await focusProblems(page, stats)),
          ...(await tableProblems(page)),
          ...(await page.setViewportSize(PHONE).then(() => axeProblems(page, {}))).map((p) => `on a phone (320 px): ${p}`),
        ]);
        problems.forEach((p) => fail(rel, p));
        console.log(`${rel}: ${problems.length} problems (axe: ${stats.rules} rules passed; ` +
          `${stats.stops} focus stops checked)`);
      }
    } finally {
      await withJs.close();
    }
    const noJs = await openBrowser(origin, false, foreign);
    try {
      for (const rel of present) {
        const problems = await checkPage(noJs, origin, rel, async (page) => {
          const out = [];
          if ((await page.locator('h1').count()) === 0) out.push('without JavaScript: no <h1>');
          const main = page.locator('main');
          if ((await main.count()) !== 1) out.push(`without JavaScript: ${await main.count()} <main> elements, want 1`);
          else if (!(await main.innerText()).trim()) out.push('without JavaScript: <main> shows no text');
          await page.setViewportSize(PHONE);
          out.push(...(await overflowProblems(page, 'on a phone (320 px)', true)));
          await page.emulateMedia({ media: 'print' });
          await page.setViewportSize(PAPER);
          out.push(...(await overflowProblems(page, 'printed on A4', false)));
          return out;
        });
        problems.forEach((p) => fail(rel, p));
      }
    } finally {
      await noJs.close();
    }
  } finally {
    server.close();
  }
  for (const url of [...foreign].sort()) failures.push(`request to another host blocked: ${url}`);

  for (const f of failures) console.log(f);
  console.log(`a11y: ${present.length} pages, ${failures.length} problems`);
  process.exit(failures.length ? 1 : 0);
}

main().catch((err) => {
  console.error(`a11y: ${err.stack || err}`);
  process.exit(1);
});
