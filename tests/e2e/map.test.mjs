// End-to-end tests of the parks map in headless Chromium.
import { test } from "node:test";
import assert from "node:assert/strict";
import { SCREENSHOTS, assertClean, openPage, useServerAndBrowser, waitForChart } from "./support.mjs";

const shared = useServerAndBrowser();

async function openMap(query = "", options = {}) {
  const opened = await openPage(shared.browser, `${shared.server.url}?view=parks&lang=en${query}`, options);
  await waitForChart(opened.page, "parks-map");
  return opened;
}

const zoom = (page) => page.locator("[data-chart=parks-map]").getAttribute("data-zoom").then(Number);
const mapParam = (page) => page.evaluate(() => new URL(location.href).searchParams.get("map"));

/** Waits until the map's zoom is above `value`. */
const waitForZoomAbove = (page, value) =>
  page.waitForFunction((v) => Number(document.querySelector("[data-chart=parks-map]")?.dataset.zoom) > v, value);

/** Waits until the address bar's `map` parameter differs from `previous` (null: absent). */
const waitForMapParamChange = (page, previous) =>
  page.waitForFunction((p) => new URL(location.href).searchParams.get("map") !== p, previous);

/** Clicks the map canvas where a park's marker is (its overlay button lets the click through). */
async function clickMarker(page, id) {
  const box = await page.locator(`[data-marker="${id}"]`).boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

test("the map renders every park, at three widths, with nothing loaded from elsewhere", async () => {
  for (const width of [375, 768, 1280]) {
    const { page, context, problems } = await openMap("", { width });
    assert.equal(await page.locator(".park-item").count(), 13);
    assert.ok((await page.locator("[data-marker]").count()) >= 12, "markers on the home view");
    assert.match(await page.locator(".notice-approx").textContent(), /approximate/);
    await page.screenshot({ path: `${SCREENSHOTS}parks-${width}.png`, fullPage: true });
    assertClean(problems);
    await context.close();
  }
});

test("clicking Suzhou on the map opens its card with the right name and sources", async () => {
  const { page, context, problems } = await openMap();
  await clickMarker(page, "cn-jp-suzhou");
  const card = page.locator("[data-testid=park-card]");
  await card.waitFor();
  assert.match(await card.locator("h3").textContent(), /China-Japan \(Suzhou\) Regional Development Cooperation Demonstration Zone/);
  assert.match(await card.textContent(), /中日\(苏州\)地方发展合作示范区/);
  const link = card.locator('a[href="http://www.ourjiangsu.com/a/20200706/1594004755310.shtml"]').first();
  assert.equal(await link.getAttribute("target"), "_blank");
  assert.match(await link.getAttribute("rel"), /noopener/);
  assert.match(await card.textContent(), /Machinery and electrical \(HS 84-85\)/);
  assert.equal(await page.locator('.park-item[data-park="cn-jp-suzhou"]').getAttribute("aria-pressed"), "true");
  assert.match(page.url(), /park=cn-jp-suzhou/);
  await page.screenshot({ path: `${SCREENSHOTS}parks-suzhou-1280.png`, fullPage: true });
  assertClean(problems);
  await context.close();
});

test("selecting in the list selects on the map, and the card links to the trade view", async () => {
  const { page, context } = await openMap();
  await page.click('.park-item[data-park="kr-cn-saemangeum"]');
  await page.locator("[data-testid=park-card]").waitFor();
  assert.equal(await page.locator('[data-marker="kr-cn-saemangeum"]').getAttribute("aria-pressed"), "true");
  await page.locator("[data-testid=park-card] td:last-child a").first().click();
  await page.waitForSelector(".view[data-view=rca] [data-panel=rca-lines] h3");
  assert.equal(await page.locator(".view").getAttribute("data-view"), "rca");
  assert.match(await page.locator("[data-panel=rca-lines] h3").textContent(), /RCA in Food products/);
  await context.close();
});

test("a card's RCA opens its working in the comparative-advantage view", async () => {
  const { page, context, problems } = await openMap();
  await page.click('.park-item[data-park="kr-cn-saemangeum"]');
  const value = page.locator("[data-testid=park-card] td a.why-cell[data-why^='rca:']").first();
  const key = await value.getAttribute("data-why");
  assert.match(await value.getAttribute("aria-label"), /^Why /);
  await value.click();
  const working = page.locator("[data-role=working]");
  await working.waitFor();
  assert.equal(await page.locator(".view").getAttribute("data-view"), "rca");
  assert.equal(await working.getAttribute("data-why"), key);
  assertClean(problems);
  await context.close();
});

test("filtering to Korea leaves only Korean parks in the map and the list", async () => {
  const { page, context, problems } = await openMap();
  await page.click("[data-partner=korea]");
  await page.waitForFunction(() => [...document.querySelectorAll(".park-item")].every((i) => i.dataset.park.includes("kr")));
  const listed = await page.locator(".park-item").evaluateAll((items) => items.map((i) => i.dataset.park));
  const mapped = await page.locator("[data-marker]").evaluateAll((items) => items.map((i) => i.dataset.marker));
  assert.equal(listed.length, 6);
  assert.ok(listed.every((id) => id.includes("kr")), listed.join());
  assert.ok(mapped.length > 0 && mapped.every((id) => id.includes("kr")), mapped.join());
  assert.match(await page.locator("[data-testid=takeaway]").textContent(), /^6 of 13/);
  // The keyword filter narrows further: only Yancheng lists automobiles.
  await page.fill("[data-testid=keyword]", "automobiles");
  await page.waitForFunction(() => document.querySelectorAll(".park-item").length === 1);
  assert.deepEqual(await page.locator(".park-item").evaluateAll((i) => i.map((x) => x.dataset.park)), ["cn-kr-yancheng"]);
  assertClean(problems);
  await context.close();
});

test("zoom buttons and keys change the scale; reset restores it", async () => {
  const { page, context } = await openMap();
  assert.equal(await zoom(page), 1);
  await page.click("button[aria-label='Zoom in']");
  await waitForZoomAbove(page, 1);
  assert.equal(await zoom(page), 1.6);
  await waitForMapParamChange(page, null);
  assert.match(await mapParam(page), /^1\.60,/);
  await page.focus("[data-chart=parks-map] canvas");
  const atFirstZoom = await mapParam(page);
  await page.keyboard.press("+");
  await waitForZoomAbove(page, 1.6);
  await waitForMapParamChange(page, atFirstZoom);
  assert.ok(Math.abs((await zoom(page)) - 2.56) < 1e-6);
  const before = await mapParam(page);
  await page.keyboard.press("ArrowLeft");
  await waitForMapParamChange(page, before);
  assert.notEqual(await mapParam(page), before, "arrow keys pan");
  const panned = await mapParam(page);
  await page.click("button[aria-label='Reset the map']");
  await waitForMapParamChange(page, panned);
  assert.equal(await zoom(page), 1);
  assert.equal(await mapParam(page), null);
  await context.close();
});

test("dragging pans and Ctrl+wheel zooms; a plain wheel scrolls the page with a hint", async () => {
  const { page, context } = await openMap();
  const box = await page.locator("[data-chart=parks-map] canvas").boundingBox();
  const [cx, cy] = [box.x + box.width * 0.3, box.y + box.height * 0.8];
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await page.mouse.move(cx + 60, cy + 30, { steps: 5 });
  await page.mouse.up();
  await waitForMapParamChange(page, null);
  const [z, lon, lat] = (await mapParam(page)).split(",").map(Number);
  assert.equal(z, 1);
  assert.ok(lon < 118 && lat > 34.5, `dragging right and down moves the centre west and north: ${lon}, ${lat}`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -300);
  await page.keyboard.up("Control");
  await waitForZoomAbove(page, 1.5);
  await context.close();
  const second = await openMap();
  const box2 = await second.page.locator("[data-chart=parks-map] canvas").boundingBox();
  await second.page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2);
  await second.page.mouse.wheel(0, -300);
  // The wheel is handled when the hint appears; by then a zoom would have happened too.
  await second.page.locator(".map-hint-overlay").waitFor();
  assert.equal(await zoom(second.page), 1, "a plain wheel does not zoom an untouched map");
  await second.context.close();
});

test("a two-finger pinch zooms the map on a touch screen", async () => {
  const { page, context } = await openMap("", { width: 375, hasTouch: true, deviceScaleFactor: 2 });
  await page.locator("[data-chart=parks-map] canvas").evaluate(async (canvas) => {
    const rect = canvas.getBoundingClientRect();
    const [cx, cy] = [rect.left + rect.width / 2, rect.top + rect.height / 2];
    const fire = (type, id, x, y) => canvas.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: "touch", clientX: x, clientY: y, bubbles: true, isPrimary: id === 1 }));
    fire("pointerdown", 1, cx - 20, cy);
    fire("pointerdown", 2, cx + 20, cy);
    for (let step = 1; step <= 10; step++) {
      fire("pointermove", 1, cx - 20 - step * 4, cy);
      fire("pointermove", 2, cx + 20 + step * 4, cy);
      await new Promise((r) => requestAnimationFrame(r));
    }
    fire("pointerup", 1, cx - 60, cy);
    fire("pointerup", 2, cx + 60, cy);
  });
  await waitForZoomAbove(page, 1);
  const z = await zoom(page);
  assert.ok(z > 2.5 && z < 3.5, `pinching fingers from 40 to 120 px apart zooms about 3x: ${z}`);
  await context.close();
});

test("markers are reachable with the keyboard", async () => {
  const { page, context } = await openMap();
  await page.focus('[data-marker="cn-kr-huizhou"]');
  await page.keyboard.press("Enter");
  await page.locator("[data-testid=park-card]").waitFor();
  assert.match(await page.locator("[data-testid=park-card] h3").textContent(), /Huizhou/);
  await context.close();
});

test("the map view works in Chinese", async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?view=parks&lang=zh`, { width: 768 });
  await waitForChart(page, "parks-map");
  assert.match(await page.locator("h2").textContent(), /合作园区/);
  await page.screenshot({ path: `${SCREENSHOTS}parks-zh-768.png`, fullPage: true });
  assertClean(problems);
  await context.close();
});
