// A keyboard-only reader: Tab reaches everything a mouse can, the focus is always visible and
// never trapped; chart points, the data table and the map's parks work from the keyboard; every
// chart describes its takeaway and data to a screen reader.
import { test } from "node:test";
import assert from "node:assert/strict";
import { VIEW_CODES, assertClean, openDrawnPage, useServerAndBrowser, waitForChart } from "./support.mjs";

const shared = useServerAndBrowser();
const INTERACTIVE = "a[href], button, select, input, textarea, summary, [tabindex='0']";

const openDrawn = (query, options) => openDrawnPage(shared.browser, `${shared.server.url}${query}`, options);

/** Tabs through the page from its start until the focus leaves it; returns what was reached,
 *  what was not, the stops without a visible focus indicator, and whether the focus got stuck. */
async function tabWalk(page) {
  const total = await page.evaluate((selector) => {
    // Shown (not in a closed <details>), enabled, and in the Tab order: the tab bar's tabs other
    // than the selected one are reached with the arrow keys, as ARIA's tab pattern asks.
    const visible = (e) => e.checkVisibility({ checkVisibilityCSS: true, contentVisibilityAuto: true }) && !e.disabled && e.tabIndex >= 0;
    const all = [...document.querySelectorAll(selector)].filter(visible);
    all.forEach((e, i) => { e.dataset.walk = String(i); });
    document.activeElement?.blur();
    return all.length;
  }, INTERACTIVE);
  const reached = new Set();
  const invisible = [];
  let previous = null;
  let stuck = false;
  for (let step = 0; step < total + 50; step++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const style = getComputedStyle(e);
      const ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none";
      return { id: e.dataset.walk ?? `unlisted ${e.tagName}`, label: `${e.tagName.toLowerCase()} "${(e.getAttribute("aria-label") || e.textContent || "").trim().slice(0, 30)}"`, ring };
    });
    if (!stop) break; // The focus left the page after its last control: nothing traps it.
    if (stop.id === previous) { stuck = true; break; }
    if (reached.has(stop.id)) break; // Wrapped around to the start.
    previous = stop.id;
    reached.add(stop.id);
    if (!stop.ring) invisible.push(stop.label);
  }
  const unreached = await page.evaluate((ids) => [...document.querySelectorAll("[data-walk]")]
    .filter((e) => !ids.includes(e.dataset.walk))
    .map((e) => `${e.tagName.toLowerCase()} "${(e.getAttribute("aria-label") || e.textContent || "").trim().slice(0, 30)}"`), [...reached]);
  return { reached: reached.size, total, unreached, invisible, stuck };
}

for (const width of [375, 1280]) {
  test(`Tab reaches every control of every view at ${width} px, with the focus visible and never trapped`, async () => {
    const failures = [];
    for (const view of VIEW_CODES) {
      const { page, context } = await openDrawn(`?view=${view}&lang=en`, { width });
      const walk = await tabWalk(page);
      if (walk.stuck) failures.push(`${view}: the focus got stuck`);
      failures.push(...walk.unreached.map((u) => `${view}: never reached ${u}`));
      failures.push(...walk.invisible.map((u) => `${view}: no visible focus on ${u}`));
      assert.ok(walk.total > 10, `${view}: ${walk.total} controls`);
      await context.close();
    }
    assert.deepEqual(failures, []);
  });
}

test("every chart's points, and its data table, are reachable from the keyboard", async () => {
  for (const view of VIEW_CODES.filter((v) => v !== "parks")) {
    const { page, context, problems } = await openDrawn(`?view=${view}&lang=en`);
    const charts = page.locator("[data-chart]:has(canvas)");
    for (let i = 0; i < (await charts.count()); i++) {
      const chart = charts.nth(i);
      const key = await chart.getAttribute("data-chart");
      const canvas = chart.locator("canvas");
      await canvas.focus();
      await page.keyboard.press("ArrowRight");
      const tooltip = chart.locator("[data-testid=tooltip]");
      await tooltip.waitFor();
      assert.ok((await tooltip.textContent()).trim().length > 0, `${view} ${key}: a tooltip`);
      // Its description states the takeaway (by reference) and the data's range.
      const label = await canvas.getAttribute("aria-label");
      assert.match(label, /Lowest value .+; highest .+\./, `${view} ${key}: ${label}`);
      const describedBy = (await canvas.getAttribute("aria-describedby")).split(" ");
      assert.ok(describedBy.includes("view-takeaway"), `${view} ${key}: refers to the takeaway`);
      assert.ok((await page.locator("#view-takeaway").textContent()).length > 20);
      // One keystroke opens the data table and puts the focus in it.
      await page.keyboard.press("t");
      await page.waitForFunction((k) => document.activeElement?.id === `${k}-table`, key);
      assert.ok(await page.locator(`#${key}-table table tbody tr`).first().isVisible(), `${view} ${key}: the table shows`);
    }
    assertClean(problems);
    await context.close();
  }
});

test("the map's parks open from the keyboard, and the card is reachable and closes", async () => {
  const { page, context, problems } = await openDrawn("?view=parks&lang=en");
  await waitForChart(page, "parks-map");
  const marker = page.locator('[data-marker="cn-jp-suzhou"]');
  await marker.focus();
  await page.keyboard.press("Enter");
  const card = page.locator("[data-testid=park-card]");
  await card.waitFor();
  assert.match(await card.locator("h3").textContent(), /Suzhou/);
  // Tab moves on from the marker to the card's controls without getting stuck.
  let inCard = false;
  for (let step = 0; step < 80 && !inCard; step++) {
    await page.keyboard.press("Tab");
    inCard = await page.evaluate(() => !!document.activeElement?.closest("[data-testid=park-card]"));
  }
  assert.ok(inCard, "Tab reaches the card");
  await card.locator("button").first().focus();
  await page.keyboard.press("Enter");
  await card.waitFor({ state: "detached" });
  assertClean(problems);
  await context.close();
});
