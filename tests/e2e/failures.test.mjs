// A data file that fails to load (missing, truncated, of another format version) shows a clear
// message in its own view only; the other views keep working.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { openPage, serveHostPage, useServerAndBrowser, waitForChart } from "./support.mjs";

const shared = useServerAndBrowser();

const BREAKAGES = {
  missing: (route) => route.fulfill({ status: 404, body: "not found" }),
  truncated: async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    await route.fulfill({ response, body: body.subarray(0, Math.floor(body.length / 3)) });
  },
  "another version": async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body[4] ^= 0x7f;
    await route.fulfill({ response, body });
  },
};

for (const [breakage, fulfil] of Object.entries(BREAKAGES)) {
  test(`a ${breakage} data file fails its view only, with a message in the reader's language`, async () => {
    const { page, context, problems } = await openPage(shared.browser, "about:blank", { waitFor: null });
    await page.route(/atlas-chapters\.[0-9a-f]+\.bin$/, fulfil);
    await page.goto(`${shared.server.url}?view=between&lang=ja`);
    const message = page.locator("[data-testid=data-failed]");
    await message.waitFor();
    assert.match(await message.textContent(), /このビューのデータを読み込めませんでした/);
    assert.equal(await page.locator("#widget-root").getAttribute("data-startup"), "ready", "the widget started");
    // The other views keep working.
    await page.click("#tab-tci");
    await waitForChart(page, "tci-lines");
    await page.click("#tab-chains");
    await waitForChart(page, "chains-lines");
    assert.deepEqual(problems.page, [], "no uncaught error");
    await context.close();
  });
}

test("a widget in a hidden container draws nothing, throws nothing, and draws once shown", async () => {
  // The widget in a collapsed tab of a host page on another origin: an iframe in a display:none box.
  const widget = new URL(shared.server.url);
  const host = await serveHostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head>
<body><div id="tab" style="display:none"><iframe id="frame" src="http://localhost:${widget.port}${widget.pathname}?view=tci&embed=1&panel=tci-lines&lang=en" width="640" height="500"></iframe></div></body></html>`);
  after(() => host.close());
  const { page, context, problems } = await openPage(shared.browser, host.url, { waitFor: null });
  await page.locator("#frame").waitFor({ state: "attached" });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const frame = page.frameLocator("#frame");
  await frame.locator("#widget-root[data-startup]").waitFor({ state: "attached" });
  // The app's view (beside the prerendered page, which stays until the app can draw).
  await frame.locator("#widget-app .view[data-view=tci]").waitFor({ state: "attached" });
  assert.deepEqual(errors, []);
  await page.evaluate(() => { document.getElementById("tab").style.display = "block"; });
  const handle = await page.locator("#frame").elementHandle();
  const inner = await handle.contentFrame();
  await waitForChart(inner, "tci-lines");
  const size = await inner.locator("[data-chart=tci-lines] canvas").evaluate((c) => ({ px: c.width, css: c.getBoundingClientRect().width }));
  // Drawn at the box's width, at the page's pixel ratio (1 here).
  assert.ok(size.css > 500 && Math.abs(size.px - Math.round(size.css)) <= 1, JSON.stringify(size));
  assert.deepEqual(errors, [], "no error while hidden or when shown");
  assert.deepEqual(problems.console, []);
  await context.close();
});
