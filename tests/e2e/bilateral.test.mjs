// "Between the three" and "Value chains" in a real browser: every chart in every language at
// phone and desktop widths, tooltips that show exactly what the indices CLI prints, and the
// direction picker in the shared link.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { SCREENSHOTS, assertClean, openPage, useServerAndBrowser, waitForChart } from "./support.mjs";

const shared = useServerAndBrowser();
const CHAIN_PANELS = ["chains-lines", "chains-industries"];
const PANELS = [
  "between-monthly", "between-gap", "between-top", "between-machinery", "between-tci", "between-gl", "between-gl-chapters", "between-tsc",
];

/** The indices CLI's value for one row (the same code the widget runs, built natively). */
function cliValue({ index, classification, year, reporter, partner, product }) {
  const csv = execFileSync("cargo", ["run", "-q", "--bin", "indices", "--", "--index", index, "--classification", classification, "--year", String(year)], { encoding: "utf8" });
  const row = csv.split("\n").map((line) => line.split(",")).find((f) => f[3] === reporter && f[4] === partner && f[5] === product);
  assert.ok(row, `the CLI prints ${index} ${year} ${reporter} ${partner} ${product}`);
  return Number(row[6]);
}

/** Moves the pointer over a canvas, row by row, until the tooltip's title is `title`. */
async function hoverTitle(page, panel, title) {
  const canvas = page.locator(`[data-chart="${panel}"] canvas`);
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const tooltip = page.locator(`[data-chart="${panel}"] [data-testid=tooltip]`);
  for (let y = box.y + 4; y < box.y + box.height; y += 5) {
    for (const x of [box.x + box.width * 0.6, box.x + box.width * 0.9]) {
      await page.mouse.move(x, y);
      if ((await tooltip.count()) && (await tooltip.locator(".tooltip-title").textContent()) === title) return tooltip;
    }
  }
  throw new Error(`no tooltip titled ${title} in ${panel}`);
}

/** Moves the pointer across a line chart until the tooltip's title is `title`. */
async function hoverPoint(page, panel, title) {
  const canvas = page.locator(`[data-chart="${panel}"] canvas`);
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  const tooltip = page.locator(`[data-chart="${panel}"] [data-testid=tooltip]`);
  for (let x = box.x + box.width - 2; x > box.x; x -= 2) {
    await page.mouse.move(x, box.y + box.height / 2);
    if ((await tooltip.count()) && (await tooltip.locator(".tooltip-title").textContent()) === title) return tooltip;
  }
  throw new Error(`no tooltip titled ${title} in ${panel}`);
}

test("every chart of both views renders in every language at 375 and 1280 px", async () => {
  for (const [view, panels] of [["between", PANELS], ["chains", CHAIN_PANELS]]) for (const lang of ["en", "zh", "ja", "ko"]) {
    for (const width of [375, 1280]) {
      const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?view=${view}&lang=${lang}`, { width });
      for (const panel of panels) await waitForChart(page, panel);
      assert.equal(await page.locator(".view").getAttribute("data-view"), view);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${lang} at ${width}px scrolls sideways by ${overflow}px`);
      const takeaway = await page.locator("[data-testid=takeaway]").textContent();
      assert.ok(!takeaway.includes("{"), `${lang}: every placeholder of the takeaway is filled: ${takeaway}`);
      if (width === 375) await page.screenshot({ path: `${SCREENSHOTS}${view}-${lang}-${width}.png`, fullPage: true });
      assertClean(problems);
      await context.close();
    }
  }
});

test("tooltips show the values the indices CLI prints", async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?view=between&lang=en&year=2020`);
  for (const panel of PANELS) await waitForChart(page, panel);

  const gl = cliValue({ index: "gl_aggregate", classification: "hs2", year: 2018, reporter: "CHN", partner: "JPN", product: "all" });
  const glTooltip = await hoverPoint(page, "between-gl", "2018");
  assert.match(await glTooltip.textContent(), new RegExp(`China–Japan\\s*${gl.toFixed(3).replace(".", "\\.")}`));

  const tsc = cliValue({ index: "tsc", classification: "hs2", year: 2020, reporter: "JPN", partner: "CHN", product: "84" });
  const tscTooltip = await hoverTitle(page, "between-tsc", "84 Industrial Machinery");
  assert.match(await tscTooltip.textContent(), new RegExp(tsc.toFixed(3).replace(".", "\\.")));

  const share = cliValue({ index: "export_share", classification: "hs2", year: 2020, reporter: "JPN", partner: "CHN", product: "85" });
  const shareTooltip = await hoverTitle(page, "between-top", "85 Electrical machinery and equipment");
  assert.match(await shareTooltip.textContent(), new RegExp(`${share.toFixed(1).replace(".", "\\.")}%`));

  // The monthly chart has one point a month.
  const monthly = await hoverPoint(page, "between-monthly", "2018-03");
  assert.match(await monthly.textContent(), /Japan → China, reported by Japan/);
  assertClean(problems);
  await context.close();
});

test("value chain tooltips show the intermediate shares the indices CLI prints", async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?view=chains&lang=en&flow=KOR-CHN&year=2011`);
  for (const panel of CHAIN_PANELS) await waitForChart(page, panel);
  const goods = cliValue({ index: "intermediate_share", classification: "wiod35", year: 2011, reporter: "KOR", partner: "CHN", product: "goods" });
  const lines = await hoverPoint(page, "chains-lines", "2011");
  assert.match(await lines.textContent(), new RegExp(`South Korea → China\\s*${goods.toFixed(1).replace(".", "\\.")}`));
  const electrical = cliValue({ index: "intermediate_share", classification: "wiod35", year: 2011, reporter: "KOR", partner: "CHN", product: "c14" });
  const bar = await hoverTitle(page, "chains-industries", "c14 Electrical and Optical Equipment");
  assert.match(await bar.textContent(), new RegExp(`${electrical.toFixed(1).replace(".", "\\.")}%`));
  assertClean(problems);
  await context.close();
});

test("the direction picker changes the chapter charts and the shared link", async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?view=between&lang=en`);
  await waitForChart(page, "between-top");
  await page.selectOption("[data-control=flow]", "KOR-CHN");
  await page.waitForFunction(() => document.querySelector("[data-panel=between-top] h3")?.textContent.includes("South Korea → China"));
  assert.match(page.url(), /flow=KOR-CHN/);
  assert.match(await page.locator("[data-panel=between-tsc] h3").textContent(), /South Korea → China/);
  await waitForChart(page, "between-top");

  const reopened = await context.newPage();
  await reopened.goto(page.url());
  await reopened.waitForFunction(() => document.querySelector("[data-panel=between-top] h3")?.textContent.includes("South Korea → China"));
  assert.equal(await reopened.locator("[data-control=flow]").inputValue(), "KOR-CHN");
  assertClean(problems);
  await context.close();
});
