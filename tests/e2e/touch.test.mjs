// A touch-only phone (375 × 667, device pixel ratio 3, touch, no hover) reaches every tooltip,
// every control and every park card with taps alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { VIEW_CODES, assertClean, openDrawnPage, useServerAndBrowser } from "./support.mjs";

const shared = useServerAndBrowser();
const PHONE = { width: 375, height: 667, deviceScaleFactor: 3, hasTouch: true };
/** WCAG 2.5.8: a target is at least 24 × 24 CSS pixels. */
const MIN_TARGET_CSS_PX = 24;

const openPhone = (query) => openDrawnPage(shared.browser, `${shared.server.url}${query}`, PHONE);

/** Taps a chart at a few places across its middle until its tooltip shows; returns its text. */
async function tapForTooltip(page, chart) {
  const canvas = chart.locator("canvas").first();
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  for (const [fx, fy] of [[0.5, 0.5], [0.6, 0.4], [0.4, 0.6], [0.7, 0.3], [0.3, 0.7]]) {
    await page.touchscreen.tap(box.x + box.width * fx, box.y + box.height * fy);
    const tooltip = chart.locator("[data-testid=tooltip]");
    // A tap away from every item shows nothing: allow the app a moment to draw, then move on.
    const shown = await tooltip.waitFor({ state: "visible", timeout: 3000 }).then(() => true, () => false);
    if (shown) return tooltip.textContent();
  }
  return null;
}

test("a touch-only phone has no hover, and every chart's tooltip opens with a tap", async () => {
  const missing = [];
  for (const view of VIEW_CODES.filter((v) => v !== "parks")) {
    const { page, context, problems } = await openPhone(`?view=${view}&lang=en`);
    assert.equal(await page.evaluate(() => matchMedia("(hover: none)").matches && matchMedia("(pointer: coarse)").matches), true);
    const charts = page.locator("[data-chart]:has(canvas)");
    const count = await charts.count();
    assert.ok(count > 0, `${view} has charts`);
    for (let i = 0; i < count; i++) {
      const chart = charts.nth(i);
      const text = await tapForTooltip(page, chart);
      if (!text?.trim()) missing.push(`${view}: ${await chart.getAttribute("data-chart")}`);
    }
    assertClean(problems);
    await context.close();
  }
  assert.deepEqual(missing, [], "charts whose tooltip no tap opened");
});

test("every control on every view is a target a finger can hit, and nothing covers it", async () => {
  const small = [];
  for (const view of VIEW_CODES) {
    const { page, context } = await openPhone(`?view=${view}&lang=en`);
    const controls = page.locator("button:visible, select:visible, input:visible, summary:visible, textarea:visible");
    const count = await controls.count();
    for (let i = 0; i < count; i++) {
      const control = controls.nth(i);
      await control.scrollIntoViewIfNeeded();
      const found = await control.evaluate((e, min) => {
        const r = e.getBoundingClientRect();
        const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        const label = `${e.tagName.toLowerCase()}${e.className ? "." + String(e.className).split(" ")[0] : ""} "${(e.textContent || e.getAttribute("aria-label") || e.name || "").trim().slice(0, 30)}"`;
        // A range input's thumb is the target; its track may be thinner.
        const tall = e.type === "range" ? r.height >= 16 : r.height >= min;
        if (r.width < min || !tall) return `${label} is ${r.width.toFixed(0)} × ${r.height.toFixed(0)} px`;
        // The map's marker buttons are keyboard targets; a finger's tap goes to the map under them,
        // which the park test below checks marker by marker.
        const tapsTheMap = e.classList.contains("marker-hit") && top?.closest("[data-chart=parks-map]");
        if (!(top === e || e.contains(top) || top?.closest("label")?.contains(e) || tapsTheMap)) return `${label} is covered by ${top?.tagName}`;
        return null;
      }, MIN_TARGET_CSS_PX);
      if (found) small.push(`${view}: ${found}`);
    }
    await context.close();
  }
  assert.deepEqual(small, []);
});

test("every park's card opens with a tap on the map and on the list", async () => {
  const { page, context, problems } = await openPhone("?view=parks&lang=en");
  const ids = await page.locator("[data-marker]").evaluateAll((markers) => markers.map((m) => m.dataset.marker));
  assert.ok(ids.length >= 13, `${ids.length} markers`);
  const card = page.locator("[data-testid=park-card]");
  const unreached = [];
  for (const id of ids) {
    const item = page.locator(`.park-item[data-park="${id}"]`);
    await item.scrollIntoViewIfNeeded();
    await item.tap();
    await card.waitFor();
    if ((await item.getAttribute("aria-pressed")) !== "true") unreached.push(`list: ${id}`);
  }
  // On the map, a tap on a marker selects it even where markers overlap (Shanghai and Suzhou).
  for (const id of ids) {
    await page.locator("[data-chart=parks-map]").scrollIntoViewIfNeeded();
    const box = await page.locator(`[data-marker="${id}"]`).boundingBox();
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const selected = await page.waitForFunction((want) => new URL(location.href).searchParams.get("park") === want, id, { timeout: 3000 }).then(() => true, () => false);
    if (!selected) unreached.push(`map: ${id}`);
  }
  assert.deepEqual(unreached, []);
  assertClean(problems);
  await context.close();
});
