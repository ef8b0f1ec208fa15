// Shared helpers of the end-to-end tests and the browser benchmark: a static server for dist/
// on 127.0.0.1 and a headless Chromium launched with the flags this machine needs.
import { createServer } from "node:http";
import { mkdir, readFile, stat } from "node:fs/promises";
import { after, before } from "node:test";
import assert from "node:assert/strict";
import { extname, join, normalize } from "node:path";
import { chromium } from "playwright-core";

const ROOT = process.env.WIDGET_DIST || new URL("../../dist/", import.meta.url).pathname;
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".csv": "text/csv; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".json": "application/json",
};

/** The Content-Security-Policy of a strict newsroom page; the widget must run under it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:";

/** Serves dist/ on a free port of 127.0.0.1 under `prefix` (for example "/news/graphics/cjk/"),
 *  with extra response `headers`; resolves to { url, port, close, requests, release }. Every
 *  request's path and status is recorded in `requests`. The answers to paths that `hold` (a
 *  RegExp) matches wait until `release()` is called, in any engine (a slow download, as
 *  Playwright's `page.route` holds one in Chromium alone). */
export async function serveDist({ prefix = "/", headers = {}, hold = null } = {}) {
  const requests = [];
  let release;
  const released = new Promise((resolve) => (release = resolve));
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://x").pathname);
    if (hold?.test(path)) await released;
    try {
      if (!path.startsWith(prefix)) throw new Error("outside the prefix");
      let file = normalize(join(ROOT, path.slice(prefix.length)));
      if (!file.startsWith(ROOT)) throw new Error("outside dist");
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      response.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream", ...headers });
      response.end(body);
      requests.push({ path, status: 200 });
    } catch {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
      requests.push({ path, status: 404 });
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`, port, requests, release,
    close: () => {
      release();
      return new Promise((r) => server.close(r));
    },
  };
}

/** Serves one HTML page (a host article) on a free port of `localhost`, another origin than the
 *  widget's 127.0.0.1, with extra response `headers`. */
export async function serveHostPage(html, headers = {}) {
  const server = createServer((request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", ...headers });
    response.end(html);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { url: `http://localhost:${port}/article.html`, close: () => new Promise((r) => server.close(r)) };
}

export const CHROMIUM_FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}

/** Opens a page that records console errors, page errors, requests leaving this machine and
 *  Content-Security-Policy violations (in every frame, `window.__cspViolations`). */
export async function openPage(browser, url, { width = 1280, height = 900, deviceScaleFactor = 1, hasTouch = false, locale = "en-US", waitFor = "canvas, .view[data-view]" } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, hasTouch, isMobile: hasTouch, locale });
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const problems = { console: [], page: [], external: [] };
  page.on("console", (m) => { if (m.type() === "error") problems.console.push(m.text()); });
  page.on("pageerror", (e) => problems.page.push(String(e)));
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (!["127.0.0.1", "localhost", ""].includes(u.hostname) && !u.protocol.startsWith("data")) problems.external.push(r.url());
  });
  await page.goto(url);
  if (waitFor) {
    await page.waitForSelector(waitFor, { timeout: 20000 });
    // A prerendered page shows its view before the app takes its place; what a test clicks, the
    // app must be there to answer (on the prerendered page a control only remembers the last
    // choice, which the loader makes again once the app has started). A host page has no widget
    // of its own to wait for.
    await page.waitForFunction(() => {
      const state = document.getElementById("widget-root")?.dataset.startup;
      return state === undefined || state === "ready" || state === "failed" || state === "crashed";
    }, null, { timeout: 20000 });
  }
  return { page, context, problems };
}

/** Waits until a chart's canvas has been drawn: opaque, non-white pixels (an undrawn canvas is
 *  transparent black, which must not count). */
export async function waitForChart(page, panelKey) {
  await page.waitForFunction((key) => {
    const canvas = document.querySelector(`[data-chart="${key}"] canvas`);
    if (!canvas || canvas.width < 2) return false;
    const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 0; i < data.length; i += 4 * 97) {
      if (data[i + 3] === 255 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) return true;
    }
    return false;
  }, panelKey, { timeout: 15000 });
}

/** Run in the page: the loader's start-up outcome once there is one ("ready" or "failed", from
 *  `#widget-root[data-startup]`), else null, so that it can be polled. */
export const startupOutcome = () => {
  const state = document.getElementById("widget-root")?.dataset.startup;
  return state === "ready" || state === "failed" ? state : null;
};

/** Every view's code, in the tab bar's order. */
export const VIEW_CODES = ["tci", "rca", "esi", "tsc", "ties", "between", "chains", "article", "parks"];

/** Run in the page: whether every canvas has been drawn at its size. */
export const canvasesDrawn = () => [...document.querySelectorAll("canvas")].every((c) => c.width > 1);

/** Opens a page (as `openPage`) and waits until the app has started and drawn every canvas. */
export async function openDrawnPage(browser, url, options) {
  const opened = await openPage(browser, url, options);
  await opened.page.waitForFunction(startupOutcome);
  await opened.page.waitForFunction(canvasesDrawn);
  return opened;
}

/** Where the tests save screenshots (git-ignored). */
export const SCREENSHOTS = new URL("./screenshots/", import.meta.url).pathname;

/** Registers the suite's setup: a server for dist/ and one browser, both closed at the end.
 *  Returns an object whose `server` and `browser` are set once the suite starts. */
export function useServerAndBrowser() {
  const shared = {};
  before(async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    shared.server = await serveDist();
    shared.browser = await launchBrowser();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}

/** The CSP violations recorded in the page and all its frames. */
export async function cspViolations(page) {
  const all = [];
  for (const frame of page.frames()) all.push(...(await frame.evaluate(() => window.__cspViolations || []).catch(() => [])));
  return all;
}

/** No console error, no page error, no request off 127.0.0.1. */
export function assertClean(problems) {
  assert.deepEqual(problems.console, [], "console errors");
  assert.deepEqual(problems.page, [], "page errors");
  assert.deepEqual(problems.external, [], "requests that left 127.0.0.1");
}

/** The plain-iframe snippets of one view, from its "Embed this view" dialog in an open page of
 *  the widget: the whole view and each chart, as [name, snippet]. */
export async function iframeSnippets(page, view) {
  await page.click(`#tab-${view}`);
  await page.waitForSelector(`.view[data-view=${view}] [data-testid=embed-dialog]`);
  await page.locator("[data-testid=embed-dialog] summary").click();
  // The dialog's content is a chunk of its own, fetched when it opens.
  await page.locator("[data-testid=embed-iframe]").waitFor();
  const choice = page.locator("[data-testid=embed-choice]");
  const values = (await choice.count()) ? await choice.locator("option").evaluateAll((o) => o.map((x) => x.value)) : [""];
  const snippets = [];
  for (const value of values) {
    if (await choice.count()) await choice.selectOption(value);
    snippets.push([value || `${view} (whole view)`, await page.locator("[data-testid=embed-iframe]").inputValue()]);
  }
  await page.locator("[data-testid=embed-dialog] summary").click();
  return snippets;
}

/** One value's working for each kind of working embed (each opens under another chart), by the
 *  view that shows it. */
export const WORKING_SAMPLES = [
  ["tci", "tci:KOR>CHN:2018"], ["esi", "esi:CHN>KOR:2012"], ["rca", "rca:KOR>5:2016"], ["ties", "tii:JPN>KOR:2019"],
  ["tsc", "tsc:CHN>15:2018"], ["tsc", "gl:JPN:2018"], ["chains", "is:KOR>CHN:2011"], ["chains", "is:KOR>CHN>c14:2009"],
  ["between", "hs8485:JPN>CHN:2019"], ["between", "tcihs2:KOR>CHN:2018"], ["between", "bgl:CHN>JPN:2018"],
  ["between", "bgl:CHN>JPN>85:2018"], ["between", "btsc:KOR>JPN>85:2018"],
];

/** The plain-iframe snippet "Embed this view" offers for the working of `key`, open in `view`. */
export async function workingSnippet(page, widgetUrl, view, key) {
  await page.goto(`${widgetUrl}?view=${view}&lang=en&why=${encodeURIComponent(key)}`);
  await page.locator("[data-role=working]").waitFor();
  await page.locator("[data-testid=embed-dialog] summary").click();
  await page.locator("[data-testid=embed-choice]").selectOption("working");
  return page.locator("[data-testid=embed-iframe]").inputValue();
}

/** The key of an embed in embed.js's table of heights: a working's (`why:<chart>`), a chart's
 *  (`panel=`), or `view:<code>` for a whole view. */
export function embedKey(query) {
  const params = new URLSearchParams(query);
  const panel = params.get("panel");
  if (panel && params.get("why")) return `why:${panel}`;
  return panel || `view:${params.get("view") || "tci"}`;
}

/** The widths of an article's column (CSS px) at which `make embed-heights` measures every embed,
 *  and at which `embed.js` knows its height; between two, it interpolates. */
export const COLUMN_WIDTHS_PX = [300, 320, 343, 360, 375, 390, 412, 440, 480, 540, 600, 640, 720, 800, 960, 1280];
/** The widget's languages, as `lang=` codes. */
export const LANGUAGES = ["en", "zh", "ja", "ko"];

/** The query an embed snippet's iframe opens with (its `src` after `index.html?`). */
export function snippetQuery(snippet) {
  const src = /src="([^"]+)"/.exec(snippet)[1].replaceAll("&amp;", "&");
  return src.slice(src.indexOf("?") + 1);
}

/** Run in a widget frame: whether it has started and every canvas is drawn at its box's width
 *  (a canvas is redrawn a little after its container is resized). */
export const drawnAtItsWidth = () =>
  document.getElementById("widget-root")?.dataset.startup === "ready" &&
  [...document.querySelectorAll("canvas")].every((c) => c.width > 1 && Math.abs(parseFloat(c.style.width) - c.parentElement.clientWidth) < 1);

/** The content height (CSS px, rounded up as the widget reports it) of the embed opened with
 *  `query`, in an iframe of each width of `widths`, inside a host page on another origin opened
 *  in `page`. The frame is loaded once and resized. */
export async function embedHeightsAt(page, widgetUrl, query, widths) {
  const src = `${widgetUrl}index.html?${query}`;
  const article = await serveHostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,"></head><body style="margin:0"><iframe src="${src.replaceAll("&", "&amp;")}" title="embed" scrolling="no"
style="display:block;border:0;width:${widths[0]}px;height:800px"></iframe></body></html>`);
  try {
    await page.goto(article.url);
    const element = await page.locator("iframe").elementHandle();
    const frame = await element.contentFrame();
    await frame.waitForFunction(drawnAtItsWidth, null, { timeout: 20000 });
    await frame.evaluate(() => document.fonts.ready.then(() => true));
    const heights = [];
    for (const width of widths) {
      await element.evaluate((f, w) => { f.style.width = `${w}px`; }, width);
      await frame.waitForFunction((w) => document.documentElement.clientWidth === w, width);
      await frame.waitForFunction(drawnAtItsWidth, null, { timeout: 20000 });
      // Two frames, so that the layout after the last redraw is the one read.
      await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      heights.push(await frame.evaluate(() => Math.ceil(document.querySelector(".widget").getBoundingClientRect().height)));
    }
    return heights;
  } finally {
    await article.close();
  }
}

/** Makes every page and frame of `context` record its layout shifts (not those right after an
 *  input) in `window.__shifts`; `sumOfShifts` adds them up. */
export async function recordLayoutShifts(context) {
  await context.addInitScript(() => {
    window.__shifts = [];
    window.__shiftSources = [];
    const rect = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.__shifts.push(entry.value);
        // What moved, for the failure message: the element, and its box before and after.
        for (const source of entry.sources || []) {
          const node = source.node;
          const name = node ? `${node.nodeName.toLowerCase()}${node.id ? `#${node.id}` : ""}${node.className && typeof node.className === "string" ? `.${node.className.trim().split(/\s+/).join(".")}` : ""}` : "(removed)";
          // Which copy it belongs to: the prerendered page's, or the app's.
          const copy = node?.closest?.("#widget-static") ? " in #widget-static" : node?.closest?.("#widget-app") ? " in #widget-app" : "";
          const startup = document.getElementById("widget-root")?.getAttribute("data-startup");
          window.__shiftSources.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${name}${copy} ${rect(source.previousRect)} -> ${rect(source.currentRect)} (start-up ${startup})`);
        }
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** The sum of the layout shifts a page or frame has recorded (`recordLayoutShifts`). */
export const sumOfShifts = (frame) => frame.evaluate(() => window.__shifts.reduce((sum, value) => sum + value, 0));

/** What moved in a page or frame (`recordLayoutShifts`), one line per element, for messages. */
export const shiftSources = (frame) => frame.evaluate(() => window.__shiftSources.join("\n"));

/** The rows of a CSV file without its comment lines (a small parser: quoted fields, "" escapes). */
export function csvRows(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n") { row.push(field); rows.push(row); row = []; field = ""; }
    else if (c !== "\r") field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** An article for a host page: a heading and paragraphs, `embed` (a snippet) after the first
 *  three, and six more paragraphs below it, long enough to wrap on a phone. */
export function articleWith(embed) {
  const text = Array.from({ length: 3 }, (_, i) => `<p>Paragraph ${i + 1} of the article, long enough to wrap over two or three lines on a phone.</p>`).join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host</title><link rel="icon" href="data:,"></head><body><main><h1>Article</h1>${text}
${embed}
${text}${text}</main></body></html>`;
}

/** Run in a page: a PNG's (base64) pixels darker than `threshold` (the sum of red, green and
 *  blue), counted row by row from the top. */
export async function darkPixelsPerRow([base64, threshold]) {
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement("canvas");
  [canvas.width, canvas.height] = [image.width, image.height];
  const context = canvas.getContext("2d");
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, image.width, image.height).data;
  const rows = new Array(image.height).fill(0);
  for (let i = 0; i < data.length; i += 4) {
    if (data[i] + data[i + 1] + data[i + 2] < threshold) rows[Math.floor(i / 4 / image.width)]++;
  }
  return rows;
}
