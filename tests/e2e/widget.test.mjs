// End-to-end tests of the built widget (dist/, served on 127.0.0.1) in headless Chromium.
import { test } from "node:test";
import assert from "node:assert/strict";
import { SCREENSHOTS, assertClean, openPage, useServerAndBrowser, waitForChart } from "./support.mjs";

const shared = useServerAndBrowser();
const VIEWS = {
  tci: ["tci-lines", "tci-heatmap"],
  rca: ["rca-heatmap", "rca-lines"],
  esi: ["esi-lines", "esi-stacked"],
  tsc: ["tsc-bars", "gl-lines"],
  ties: ["ties-totals", "ties-tii"],
  article: ["article-checks", "article-semiconductors", "article-investment", "article-sectors", "article-digital", "article-korea"],
};

/** Moves the mouse across a canvas until the tooltip's title is `title`; returns the tooltip text. */
async function hoverUntil(page, panel, title) {
  const box = await page.locator(`[data-chart="${panel}"] canvas`).boundingBox();
  for (let x = box.x + box.width - 2; x > box.x; x -= 4) {
    await page.mouse.move(x, box.y + box.height / 2);
    const tooltip = page.locator(`[data-chart="${panel}"] [data-testid=tooltip]`);
    if ((await tooltip.count()) && (await tooltip.locator(".tooltip-title").textContent()) === title) {
      return tooltip.textContent();
    }
  }
  throw new Error(`no tooltip titled ${title} in ${panel}`);
}

test("every view renders its charts without console errors, at three widths", async () => {
  for (const width of [375, 768, 1280]) {
    for (const [view, panels] of Object.entries(VIEWS)) {
      const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?view=${view}&lang=en`, { width });
      for (const panel of panels) await waitForChart(page, panel);
      assert.equal(await page.locator(".view").getAttribute("data-view"), view);
      assert.match(await page.locator(".source").textContent(), /Source/);
      await page.screenshot({ path: `${SCREENSHOTS}${view}-${width}.png`, fullPage: true });
      assertClean(problems);
      await context.close();
    }
  }
});

test("hovering a known point shows its exact value", async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?lang=en`);
  await waitForChart(page, "tci-lines");
  const tooltip = await hoverUntil(page, "tci-lines", "2018");
  // TCI China -> Japan 2018, as the indices CLI and the Python reference compute it: 61.2022.
  assert.match(tooltip, /China → Japan\s*61\.20/);
  assert.match(tooltip, /South Korea → China\s*69\.14/);
  await page.mouse.move(1, 1);
  await page.locator("[data-chart=tci-lines] [data-testid=tooltip]").waitFor({ state: "detached" });
  assertClean(problems);
  await context.close();
});

test("a heatmap cell shows its value and clicking it adds the pair's line", async () => {
  const { page, context } = await openPage(shared.browser, `${shared.server.url}?view=rca&year=2019&lang=en`);
  await waitForChart(page, "rca-heatmap");
  const box = await page.locator("[data-chart=rca-heatmap] canvas").boundingBox();
  const tooltip = page.locator("[data-chart=rca-heatmap] [data-testid=tooltip]");
  const title = async () => ((await tooltip.count()) ? tooltip.locator(".tooltip-title").textContent() : "");
  // Find China's column along a row, then Textiles and clothing down that column.
  let chinaX = null;
  for (let x = box.x + 4; x < box.x + box.width && chinaX === null; x += 8) {
    await page.mouse.move(x, box.y + box.height * 0.3);
    if ((await title()).endsWith("· China")) chinaX = x + 10;
  }
  assert.ok(chinaX, "found China's column");
  let found = null;
  for (let y = box.y + 4; y < box.y + box.height && !found; y += 6) {
    await page.mouse.move(chinaX, y);
    if ((await title()) === "Textiles and clothing · China") found = await tooltip.textContent();
  }
  assert.ok(found, "found China's textiles cell");
  assert.match(found, /RCA\s*2\.598/);
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForFunction(() => /Textiles and clothing/.test(document.querySelector("[data-panel=rca-lines] h3")?.textContent));
  assert.match(page.url(), /product=Textiles%20and%20Clothing/);
  await context.close();
});

test("the year slider and the tabs work from the keyboard", async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?view=rca&lang=en`);
  await waitForChart(page, "rca-heatmap");
  await page.focus("#year-input");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await page.waitForFunction(() => document.querySelector(".year-value")?.textContent === "2017");
  assert.match(await page.locator("[data-panel=rca-heatmap] h3").textContent(), /2017/);
  await page.focus("#tab-rca");
  await page.keyboard.press("ArrowRight");
  await page.waitForSelector(".view[data-view=esi]");
  assert.equal(await page.evaluate(() => document.activeElement.id), "tab-esi");
  // The year carries over between views.
  assert.equal(await page.locator(".year-value").textContent(), "2017");
  assertClean(problems);
  await context.close();
});

test("touch: a tap shows the tooltip and a tap elsewhere hides it", async () => {
  const { page, context } = await openPage(shared.browser, `${shared.server.url}?lang=en`, { width: 375, hasTouch: true, deviceScaleFactor: 2 });
  await waitForChart(page, "tci-lines");
  const box = await page.locator("[data-chart=tci-lines] canvas").boundingBox();
  await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  const tooltip = page.locator("[data-chart=tci-lines] [data-testid=tooltip]");
  await tooltip.waitFor();
  assert.match(await tooltip.textContent(), /China → Japan/);
  await page.touchscreen.tap(box.x + box.width / 2, box.y - 40);
  await tooltip.waitFor({ state: "detached" });
  await context.close();
});

test("canvases are sharp at device pixel ratios 1, 2 and 3 and redraw on resize", async () => {
  for (const ratio of [1, 2, 3]) {
    const { page, context } = await openPage(shared.browser, `${shared.server.url}?lang=en`, { width: 800, deviceScaleFactor: ratio });
    await waitForChart(page, "tci-lines");
    const size = await page.locator("[data-chart=tci-lines] canvas").evaluate((c) => ({ px: c.width, css: c.getBoundingClientRect().width }));
    assert.equal(size.px, Math.round(size.css * ratio), `ratio ${ratio}`);
    await page.setViewportSize({ width: 500, height: 900 });
    // The canvas is redrawn after the resize settles: its pixel width then matches its new box.
    await page.waitForFunction((r) => {
      const canvas = document.querySelector("[data-chart=tci-lines] canvas");
      const css = canvas.getBoundingClientRect().width;
      return css < 500 && canvas.width === Math.round(css * r);
    }, ratio);
    const after = await page.locator("[data-chart=tci-lines] canvas").evaluate((c) => ({ px: c.width, css: c.getBoundingClientRect().width }));
    assert.equal(after.px, Math.round(after.css * ratio), `ratio ${ratio} after resize`);
    await waitForChart(page, "tci-lines");
    await context.close();
  }
});

test("a shared link reopens exactly the same view", async () => {
  const { page, context } = await openPage(shared.browser, `${shared.server.url}?lang=en`);
  await page.click("#tab-rca");
  await page.selectOption(".controls select >> nth=1", "VNM");
  await page.fill("#year-input", "2005");
  await page.locator("#year-input").dispatchEvent("input");
  await page.waitForFunction(() => /year=2005/.test(document.querySelector(".share-url")?.value));
  const link = await page.locator(".share-url").inputValue();
  assert.match(link, /view=rca/);
  assert.match(link, /year=2005/);
  assert.match(link, /add=VNM/);
  const second = await openPage(shared.browser, link);
  await waitForChart(second.page, "rca-heatmap");
  assert.equal(await second.page.locator(".year-value").textContent(), "2005");
  assert.match(await second.page.locator("[data-panel=rca-heatmap] table, [data-panel=rca-heatmap]").first().textContent(), /Revealed comparative advantage by product group, 2005/);
  const columns = await second.page.locator("[data-panel=rca-lines] .legend-label").allTextContents();
  assert.deepEqual(columns, ["China", "Japan", "South Korea", "Vietnam"]);
  await second.context.close();
  await context.close();
});

test("the language switch translates every view into Chinese, Japanese and Korean", async () => {
  for (const [lang, title] of [["zh", "中日韩：互补还是竞争？"], ["ja", "日中韓：補完か競合か"], ["ko", "한중일: 보완인가 경쟁인가?"]]) {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?lang=${lang}`, { width: 768 });
    await waitForChart(page, "tci-heatmap");
    assert.equal(await page.locator("h1").textContent(), title);
    await page.screenshot({ path: `${SCREENSHOTS}tci-${lang}-768.png`, fullPage: true });
    assertClean(problems);
    await context.close();
  }
});

test("the embed snippet works in a host page and the iframe fits its content", async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}embed-demo.html`, { width: 768, waitFor: "iframe" });
  const frames = page.locator("[data-cjk-trade-widget] > iframe");
  assert.equal(await frames.count(), 3);
  const single = page.frameLocator("[data-cjk-trade-widget] > iframe >> nth=0");
  await single.locator("[data-chart=tci-lines] canvas").waitFor();
  assert.equal(await single.locator("[data-panel]").count(), 1, "a single-chart embed shows one chart");
  await page.locator("[data-cjk-trade-widget] >> nth=1").scrollIntoViewIfNeeded();
  const first = page.frameLocator("[data-cjk-trade-widget] > iframe >> nth=1");
  await first.locator("[data-chart=rca-heatmap] canvas").waitFor();
  assert.equal(await first.locator("[role=tab]").count(), 0, "an embed shows one view, no tab bar");
  assert.match(await first.locator(".footer a").textContent(), /Open the full widget/);
  await page.screenshot({ path: `${SCREENSHOTS}embed-demo-768.png`, fullPage: true });
  assertClean(problems);
  await context.close();
});
