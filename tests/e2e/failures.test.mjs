// A data file that fails to load (missing, truncated, of another format version) shows a clear
// message in its own view only; the other views keep working.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, useServerAndBrowser, waitForChart } from "./support.mjs";

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
