// How the widget presents itself beyond the screen: printing, and readers who ask for less motion.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertClean, canvasesDrawn, openPage, recordLayoutShifts, useServerAndBrowser, waitForChart } from "./support.mjs";

const shared = useServerAndBrowser();

test("printing a view gives its charts, takeaway and sources without the controls", async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?view=between&lang=en`);
  await waitForChart(page, "between-top");
  await page.emulateMedia({ media: "print" });
  const shown = (selector) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).display !== "none" && e.getBoundingClientRect().height > 0);
  for (const control of [".tabs", ".toolbar", ".table-toggle", ".chart-downloads", ".footer", ".embed"]) {
    assert.equal(await shown(control), false, `${control} is not printed`);
  }
  for (const content of [".takeaway", "[data-chart=between-top] canvas", ".source", "[data-panel=between-tsc] .note"]) {
    assert.equal(await shown(content), true, `${content} is printed`);
  }
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 10_000, `a printed view of ${pdf.length} bytes`);
  assertClean(problems);
  await context.close();
});

test("a reader in the dark theme prints dark ink on white paper, charts included", async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?view=tci&lang=en&theme=dark`);
  await waitForChart(page, "tci-lines");
  assert.deepEqual(await cornerPixel(page, "[data-chart=tci-lines] canvas"), DARK_BACKGROUND);
  await page.emulateMedia({ media: "print" });
  await page.waitForFunction(() => {
    const canvas = document.querySelector("[data-chart=tci-lines] canvas");
    const [r, g, b] = canvas.getContext("2d").getImageData(canvas.width - 1, 0, 1, 1).data;
    return r === 255 && g === 255 && b === 255;
  });
  assert.deepEqual(await pageColours(page), { theme: "light", background: "rgb(255, 255, 255)", text: "rgb(29, 34, 43)" });
  // After printing the reader's dark theme comes back.
  await page.emulateMedia({ media: "screen" });
  await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
  assertClean(problems);
  await context.close();
});

test("with reduced motion nothing animates; otherwise tabs and legend fade briefly", async () => {
  for (const [reducedMotion, expected] of [["reduce", "0s"], ["no-preference", "0.15s"]]) {
    const { page, context } = await openPage(shared.browser, `${shared.server.url}?lang=en`);
    await page.emulateMedia({ reducedMotion });
    await waitForChart(page, "tci-lines");
    for (const selector of [".tab", ".legend-item"]) {
      const duration = await page.locator(selector).first().evaluate((e) => getComputedStyle(e).transitionDuration.split(",")[0].trim());
      assert.equal(duration, expected, `${selector} with ${reducedMotion}`);
    }
    const smooth = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    assert.equal(smooth, "auto", "no smooth scrolling");
    await context.close();
  }
});

/** Resolves once the page has painted what it shows now (two animation frames later). */
const afterPaint = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** The colour of a canvas's top-right pixel (the chart's background; the axis title sits top left) as [r, g, b]. */
const cornerPixel = (page, selector) =>
  page.locator(selector).first().evaluate((canvas) => [...canvas.getContext("2d").getImageData(canvas.width - 1, 0, 1, 1).data.slice(0, 3)]);
const pageColours = (page) => page.evaluate(() => ({
  theme: document.documentElement.dataset.theme,
  background: getComputedStyle(document.body).backgroundColor,
  text: getComputedStyle(document.body).color,
}));
const DARK_BACKGROUND = [0x16, 0x19, 0x1e];

test("the theme follows the device's dark mode live, and ?theme= overrides it", async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?lang=en`);
  await waitForChart(page, "tci-lines");
  assert.deepEqual(await cornerPixel(page, "[data-chart=tci-lines] canvas"), [255, 255, 255]);
  assert.equal((await pageColours(page)).theme, "light");
  // The reader's phone switches to dark mode while the page is open.
  await page.emulateMedia({ colorScheme: "dark" });
  await page.waitForFunction(() => document.documentElement.dataset.theme === "dark");
  await page.waitForFunction((dark) => {
    const canvas = document.querySelector("[data-chart=tci-lines] canvas");
    const [r, g, b] = canvas.getContext("2d").getImageData(canvas.width - 1, 0, 1, 1).data;
    return r === dark[0] && g === dark[1] && b === dark[2];
  }, DARK_BACKGROUND);
  assert.deepEqual(await pageColours(page), { theme: "dark", background: "rgb(22, 25, 30)", text: "rgb(232, 234, 237)" });
  // The tooltip and the controls are dark too.
  const canvasBox = await page.locator("[data-chart=tci-lines] canvas").boundingBox();
  await page.mouse.move(canvasBox.x + canvasBox.width * 0.5, canvasBox.y + canvasBox.height * 0.5);
  const tooltip = page.locator("[data-chart=tci-lines] .tooltip");
  await tooltip.waitFor();
  assert.equal(await tooltip.evaluate((e) => getComputedStyle(e).backgroundColor), "rgb(31, 35, 42)");
  assertClean(problems);
  await context.close();

  // A link's theme wins over the device's, both ways.
  for (const [scheme, query, expected] of [["dark", "theme=light", [255, 255, 255]], ["light", "theme=dark", DARK_BACKGROUND]]) {
    const { page, context } = await openPage(shared.browser, `${shared.server.url}?view=parks&lang=en&${query}`);
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForFunction(canvasesDrawn);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), query.split("=")[1]);
    // The map is drawn in the theme: its corner (sea or land) is dark only in the dark one.
    const sea = await cornerPixel(page, "[data-chart=parks-map] canvas");
    assert.equal(sea[0] + sea[1] + sea[2] < 200, expected === DARK_BACKGROUND, `map corner ${sea} with ${query}`);
    assert.ok(page.url().includes(query), "the link keeps the theme");
    await context.close();
  }
});

test("the embed dialog writes the chosen theme into both snippets", async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?view=rca&lang=en`);
  await page.locator("[data-testid=embed-dialog] summary").click();
  const snippet = page.locator("[data-testid=embed-snippet]");
  assert.ok(!(await snippet.inputValue()).includes("theme"), "by default the embed follows the reader's device");
  await page.locator("[data-testid=embed-theme]").selectOption("dark");
  await page.waitForFunction(() => document.querySelector("[data-testid=embed-snippet]").value.includes("theme=dark"));
  assert.ok((await page.locator("[data-testid=embed-iframe]").inputValue()).includes("theme=dark"));
  assertClean(problems);
  await context.close();
});

test("on a phone nothing on screen moves while a view's data arrive", async () => {
  // The data are held back until the loading state has been painted, so that the shift, if any,
  // happens on every run rather than only when the data are slower than the first frame.
  const context = await shared.browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2 });
  await recordLayoutShifts(context);
  const page = await context.newPage();
  let loadingPainted;
  const painted = new Promise((resolve) => (loadingPainted = resolve));
  await page.route("**/data/parts/*.*.*", async (route) => {
    await painted;
    await route.continue();
  });
  await page.goto(`${shared.server.url}?view=tci&lang=en`);
  // The app builds its loading state unseen beside the prerendered page.
  await page.waitForSelector(".view.is-loading", { state: "attached" });
  await afterPaint(page);
  loadingPainted();
  await waitForChart(page, "tci-lines");
  await afterPaint(page);
  const shifts = await page.evaluate(() => window.__shifts);
  const total = shifts.reduce((sum, value) => sum + value, 0);
  assert.ok(total < 0.01, `layout shift ${total.toFixed(3)} while the data arrived (${shifts.length} shifts)`);
  await context.close();
});
