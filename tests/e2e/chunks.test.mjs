// The split wasm (`make dist`): the first download is the shell and the opening view; every other
// view is a chunk fetched when the reader shows it, or already when they point at its tab. A chunk
// that cannot be fetched gives a message in its view, and a retry.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openDrawnPage, openPage, useServerAndBrowser, waitForChart } from "./support.mjs";

const shared = useServerAndBrowser();

/** Records the names of the wasm files the page requests, in order. */
function recordWasmRequests(page) {
  const names = [];
  page.on("request", (request) => {
    const name = new URL(request.url()).pathname.split("/").pop();
    if (name.endsWith(".wasm")) names.push(name);
  });
  return names;
}

test("the whole widget starts on one wasm module, and a tab's chunk is fetched when its tab is pointed at", async () => {
  const { page, context, problems } = await openPage(shared.browser, "about:blank", { waitFor: null });
  const wasm = recordWasmRequests(page);
  await page.goto(`${shared.server.url}?lang=en`);
  await waitForChart(page, "tci-lines");
  assert.equal(wasm.length, 1, `one module for the opening view: ${wasm}`);
  assert.match(wasm[0], /^cjk-trade-widget-[0-9a-f]{16}_bg\.wasm$/);

  // Pointing at a tab fetches its view's chunk before the click.
  const chunk = page.waitForRequest((r) => /\/split_views_world-[0-9a-f]{16}\.wasm$/.test(r.url()));
  await page.hover("#tab-rca");
  await chunk;
  await page.click("#tab-rca");
  await waitForChart(page, "rca-lines");
  // Views that share a chunk need no new download.
  const before = wasm.length;
  await page.click("#tab-tsc");
  await page.locator(".view[data-view=tsc]").waitFor();
  assert.equal(wasm.length, before, `the TSC view came with the RCA view's chunk: ${wasm.slice(before)}`);
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.console, []);
  await context.close();
});

test("a chunk served as 404 gives a message in its view and a retry; served again, the view works", async () => {
  const { page, context, problems } = await openPage(shared.browser, "about:blank", { waitFor: null });
  let broken = true;
  // While `held` is set, a request for the chunk waits until the test lets it go.
  let held = null;
  await page.route(/\/split_views_between-[0-9a-f]{16}\.wasm$/, async (route) => {
    if (held) {
      held.arrived();
      await held.released;
    }
    return broken ? route.fulfill({ status: 404, body: "not found" }) : route.continue();
  });
  await page.goto(`${shared.server.url}?lang=ja`);
  await waitForChart(page, "tci-lines");

  await page.click("#tab-between");
  const failed = page.locator("[data-testid=code-failed]");
  await failed.waitFor();
  assert.match(await failed.textContent(), /このビューを読み込めませんでした/);
  assert.equal(await page.locator("#tab-between").getAttribute("aria-selected"), "true", "the tab stays chosen");

  // The rest keeps working.
  await page.click("#tab-tci");
  await waitForChart(page, "tci-lines");

  // Shown again, the view tries again, and says nothing of the earlier failure meanwhile.
  let release;
  held = { arrived: null, released: new Promise((resolve) => (release = resolve)) };
  const requested = new Promise((resolve) => (held.arrived = resolve));
  await page.click("#tab-between");
  await requested;
  await page.locator("#tab-between[aria-selected=true]").waitFor();
  assert.equal(await failed.count(), 0, "no stale failure while the new attempt is under way");
  held = null;
  release();
  await failed.waitFor();

  // The file is back: "Try again" fetches it and the view draws.
  broken = false;
  await page.click("[data-action=retry-view]");
  await waitForChart(page, "between-monthly");
  assert.equal(await failed.count(), 0);
  assert.deepEqual(problems.page, [], "no uncaught error");
  await context.close();
});

test("a link to a view that is not the opening one starts on its chunk", async () => {
  const { page, context, problems } = await openDrawnPage(shared.browser, `${shared.server.url}?view=between&lang=en`);
  await waitForChart(page, "between-monthly");
  assert.equal(await page.locator("#widget-root").getAttribute("data-startup"), "ready");
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.console, []);
  await context.close();
});
