// Downloads in a real browser: the CSV equals the chart's data table, and the PNG is the chart
// at twice the pixel ratio with its title and source, not a blank picture.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { SCREENSHOTS, assertClean, csvRows, darkPixelsPerRow, openPage, useServerAndBrowser, waitForChart } from "./support.mjs";

const shared = useServerAndBrowser();

/** Clicks a panel's download button and returns the file's name and bytes. */
async function download(page, panel, action) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(`[data-panel="${panel}"] [data-action="${action}"]`)]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** The panel's data table as the page shows it: header and rows. */
async function tableRows(page, panel) {
  const toggle = page.locator(`[data-panel="${panel}"] .table-toggle`);
  if (await toggle.count()) await toggle.click();
  const table = page.locator(`[data-panel="${panel}"] table`);
  await table.waitFor();
  return table.evaluate((t) => [...t.querySelectorAll("tr")].map((tr) => [...tr.children].map((cell) => cell.textContent)));
}

for (const [query, panel] of [["?view=tci&lang=en", "tci-lines"], ["?view=between&lang=zh", "between-top"], ["?view=rca&embed=1&panel=rca-lines&lang=ko", "rca-lines"]]) {
  test(`the CSV of ${panel} (${query}) is its data table under the sources and the link`, async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}${query}`);
    await waitForChart(page, panel);
    const { name, bytes } = await download(page, panel, "download-csv");
    assert.equal(name, `cjk-trade-${panel}.csv`);
    const text = bytes.toString("utf8");
    assert.ok(text.startsWith("\ufeff#"), "a byte-order mark, then the comment lines");
    const lines = text.slice(1).split("\n");
    // The first comment line names the view's sources (as its source line does) and their licences.
    const sourceLine = (await page.locator(".source").first().textContent()).replace(/^[^:：]*[:：]\s*/, "").slice(0, 30);
    assert.ok(lines[0].includes(sourceLine), `${lines[0]} names ${sourceLine}`);
    assert.match(lines[0], /SOURCES\.md/);
    assert.equal(lines[1], `# ${page.url()}`);
    const data = csvRows(lines.filter((l) => !l.startsWith("#")).join("\n"));
    assert.deepEqual(data, await tableRows(page, panel));
    assertClean(problems);
    await context.close();
  });
}

test("the PNG is the chart at twice the pixel ratio, with its title and source drawn in", async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?view=tci&lang=en`, { width: 1280 });
  await waitForChart(page, "tci-lines");
  const { name, bytes } = await download(page, "tci-lines", "download-png");
  assert.equal(name, "cjk-trade-tci-lines.png");
  await writeFile(`${SCREENSHOTS}download-tci-lines.png`, bytes);
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], "a PNG signature");
  const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  const chartWidth = await page.locator("[data-chart=tci-lines]").evaluate((c) => c.clientWidth);
  assert.equal(width, Math.round(chartWidth * 2));
  const canvasHeight = await page.locator("[data-chart=tci-lines] canvas").evaluate((c) => c.getBoundingClientRect().height);
  assert.ok(height > canvasHeight * 2, `taller than the chart alone: ${height} px`);
  // Decoded in the page: dark pixels in the title band, the chart and the source band.
  const rows = await page.evaluate(darkPixelsPerRow, [bytes.toString("base64"), 300]);
  const band = (y0, y1) => rows.slice(Math.round(y0), Math.round(y1)).reduce((a, b) => a + b, 0);
  const inked = { title: band(0, 80), middle: band(height * 0.4, height * 0.6), source: band(height - 90, height) };
  assert.ok(inked.title > 200 && inked.middle > 200 && inked.source > 200, JSON.stringify(inked));
  assertClean(problems);
  await context.close();
});

test("the SVG is the same figure as vector graphics, for print", async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?view=between&lang=ja`, { width: 1280 });
  await waitForChart(page, "between-gl");
  const { name, bytes } = await download(page, "between-gl", "download-svg");
  assert.equal(name, "cjk-trade-between-gl.svg");
  const svg = bytes.toString("utf8");
  assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  const chartWidth = await page.locator("[data-chart=between-gl]").evaluate((c) => c.clientWidth);
  assert.equal(Number(svg.match(/<svg[^>]*width="(\d+)"/)[1]), chartWidth);
  const title = await page.locator("[data-panel=between-gl] h3").textContent();
  assert.ok(svg.includes(title), `the title ${title} is in the picture`);
  assert.ok((svg.match(/<polyline|<path|<line/g) || []).length > 10, "the chart's lines are drawn");
  assertClean(problems);
  await context.close();
});
