// A wasm trap during start-up (`WebAssembly.RuntimeError`, as WebKit now and then raised on
// iPhones) never leaves a half page: the loader reloads once, and if the retry traps too it shows
// the crash message. The trap is simulated by serving the app's JS with a few lines appended that
// throw one once the app has drawn its header, before any chart.
import { test } from "node:test";
import assert from "node:assert/strict";
import { serveHostPage, startupOutcome, useServerAndBrowser } from "./support.mjs";

const shared = useServerAndBrowser();

const TRAP_AFTER_HEADER = `
;new MutationObserver((_, observer) => {
  if (!document.querySelector("#widget-root .widget")) return;
  observer.disconnect();
  queueMicrotask(() => { throw new WebAssembly.RuntimeError("Out of bounds memory access (simulated)"); });
}).observe(document.documentElement, { childList: true, subtree: true });
`;

/** Opens the widget with the app's JS trapping on its first `trappingLoads` loads. */
async function openWithTraps(trappingLoads) {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  let appLoads = 0;
  await page.route(/cjk-trade-widget-[0-9a-f]+\.js$/, async (route) => {
    appLoads += 1;
    const response = await route.fetch();
    const body = await response.text();
    await route.fulfill({ response, body: appLoads <= trappingLoads ? body + TRAP_AFTER_HEADER : body });
  });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${shared.server.url}?view=tci&lang=en`);
  return { page, context, errors, appLoads: () => appLoads };
}


test("a wasm trap during start-up reloads once and the widget starts", async () => {
  const { page, context, errors, appLoads } = await openWithTraps(1);
  await page.waitForFunction(startupOutcome, null, { timeout: 20000 });
  assert.equal(await page.evaluate(startupOutcome), "ready");
  assert.equal(await page.evaluate(() => performance.getEntriesByType("navigation")[0].type), "reload");
  await page.waitForSelector("[data-chart=tci-lines] canvas");
  assert.equal(await page.locator(".startup-error").count(), 0);
  assert.equal(appLoads(), 2, "one retry");
  assert.ok(errors.some((e) => /simulated/.test(e)), "the trap happened");
  await context.close();
});

test("a trap on the retry too keeps the still picture with a line saying why, not a half page", async () => {
  const { page, context, appLoads } = await openWithTraps(Infinity);
  await page.waitForFunction(startupOutcome, null, { timeout: 20000 });
  assert.equal(await page.evaluate(startupOutcome), "failed");
  const note = page.locator("#widget-static [data-static-note=no-app]");
  await note.waitFor();
  assert.match(await note.textContent(), /cannot run in this page or browser/);
  assert.equal(await note.locator("a").getAttribute("href"), "data/trade.csv");
  assert.equal(await page.locator("#widget-app").count(), 0, "the half-drawn widget is gone");
  assert.ok(await page.locator("#widget-static [data-chart=tci-lines] .static-picture svg.for-column.in-light").isVisible(), "the chart at 1280 px");
  assert.equal(appLoads(), 2, "one retry, no reload loop");
  await context.close();
});

test("a page without its prerendered view shows the crash message when the retry traps too", async () => {
  // The full page at another address than index.html's own state still has its prerendered frame;
  // a page with none (an older copy of index.html) falls back to the loader's message.
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.route(/\/index\.html(\?.*)?$|\/(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<div id="widget-static">[\s\S]*<\/noscript>/, "");
    await route.fulfill({ response, body });
  });
  await page.route(/cjk-trade-widget-[0-9a-f]+\.js$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()) + TRAP_AFTER_HEADER });
  });
  await page.goto(`${shared.server.url}?view=tci&lang=en`);
  await page.waitForFunction(startupOutcome, null, { timeout: 20000 });
  const message = page.locator("#widget-root .startup-error[role=alert]");
  assert.match(await message.textContent(), /could not start/);
  assert.equal(await message.locator("a").getAttribute("href"), "data/trade.csv");
  assert.equal(await page.locator("#widget-root .widget").count(), 0, "the half-drawn widget is gone");
  await context.close();
});

test("a panic shows a short message in the reader's language with a Reload button, and no silent reload", async () => {
  const context = await shared.browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  let navigations = 0;
  page.on("framenavigated", (frame) => { if (frame === page.mainFrame()) navigations += 1; });
  await page.goto(`${shared.server.url}?view=rca&lang=ja&debug=panic`);
  await page.waitForSelector("#widget-root[data-startup=crashed] [role=alert]");
  const alert = page.locator("#widget-root [role=alert]");
  assert.match(await alert.textContent(), /内部エラーのため、このウィジェットは停止しました/);
  assert.equal(await alert.locator("button[data-action=reload]").textContent(), "再読み込み");
  assert.equal(navigations, 1, "the loader did not reload the page by itself");
  await Promise.all([page.waitForEvent("load"), alert.locator("button").click()]);
  assert.equal(await page.evaluate(() => performance.getEntriesByType("navigation")[0].type), "reload");
  await context.close();
});

test("a panic inside an embed leaves the host page alone", async () => {
  const widget = new URL(shared.server.url);
  const host = await serveHostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body><p id="host-text">The host's own article.</p><button id="host-button">Still works</button>
<iframe id="frame" src="http://localhost:${widget.port}${widget.pathname}?embed=1&view=tci&lang=ko&debug=panic" width="600" height="400"></iframe>
<script src="data:text/javascript,document.getElementById('host-button').onclick=()=>document.body.dataset.clicked='yes'"></script></body></html>`);
  const context = await shared.browser.newContext({ viewport: { width: 800, height: 800 } });
  const page = await context.newPage();
  const hostErrors = [];
  page.on("pageerror", (e) => hostErrors.push(String(e)));
  await page.goto(host.url);
  const frame = page.frameLocator("#frame");
  await frame.locator("#widget-root[data-startup=crashed] [role=alert]").waitFor();
  assert.match(await frame.locator("[role=alert]").textContent(), /내부 오류로 위젯이 멈췄습니다/);
  assert.equal(await page.locator("#host-text").textContent(), "The host's own article.");
  await page.click("#host-button");
  assert.equal(await page.evaluate(() => document.body.dataset.clicked), "yes");
  await context.close();
  await host.close();
});
