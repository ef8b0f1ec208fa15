// Browser benchmark (`make bench`): wasm parse and index times, time to first chart, hover
// redraw times, and the page's transfer size. Prints figures beside the README's budgets.
import { readdir, readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { serveDist, launchBrowser, waitForChart } from "./support.mjs";

const BUDGETS = {
  wasmParseMs: 120,
  wasmIndicesMs: 150,
  firstChartMs: 1500,
  hoverRedrawP95Ms: 16,
  transferGzipKB: 900,
  mapRedrawP95Ms: 33,
  basemapGzipKB: 100,
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];
const verdict = (value, budget) => (value <= budget ? "within budget" : "OVER BUDGET");
const fmt = (x) => (Number.isFinite(x) ? x.toFixed(2) : "n/a");

const server = await serveDist();
const browser = await launchBrowser();
try {
  // 1. Parse and indices inside wasm, through the exported bench hooks.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}?lang=en`);
  await waitForChart(page, "tci-lines");
  const wasm = await page.evaluate(() => {
    const b = window.wasmBindings;
    const time = (f, runs) => {
      const times = [];
      let out = 0;
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        out = f();
        times.push(performance.now() - t);
      }
      return { times, out };
    };
    return { parse: time(b.bench_parse_dataset, 10), indices: time(b.bench_all_indices, 10) };
  });
  console.log(`wasm    parse embedded dataset (${wasm.parse.out} values): median ${fmt(median(wasm.parse.times))} ms, p95 ${fmt(p95(wasm.parse.times))} ms (budget ${BUDGETS.wasmParseMs} ms: ${verdict(median(wasm.parse.times), BUDGETS.wasmParseMs)})`);
  console.log(`wasm    every index, every pair and year (${wasm.indices.out} values): median ${fmt(median(wasm.indices.times))} ms, p95 ${fmt(p95(wasm.indices.times))} ms (budget ${BUDGETS.wasmIndicesMs} ms: ${verdict(median(wasm.indices.times), BUDGETS.wasmIndicesMs)})`);

  // 2. Navigation start to the first chart painted, median of 10 fresh loads.
  const firsts = [];
  for (let i = 0; i < 10; i++) {
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await fresh.newPage();
    await p.goto(`${server.url}?lang=en`);
    await p.waitForFunction(() => performance.getEntriesByName("cjk-first-chart").length > 0, null, { timeout: 20000 });
    firsts.push(await p.evaluate(() => performance.getEntriesByName("cjk-first-chart")[0].startTime));
    await fresh.close();
  }
  console.log(`browser navigation start to first chart painted (10 loads): median ${fmt(median(firsts))} ms, p95 ${fmt(p95(firsts))} ms (budget ${BUDGETS.firstChartMs} ms: ${verdict(median(firsts), BUDGETS.firstChartMs)})`);

  // 3. Redraw on hover: 200 synthetic pointer moves across the line chart and the heatmap.
  for (const [view, chart] of [["tci", "tci-lines"], ["tci", "tci-heatmap"]]) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 2 });
    await ctx.addInitScript(() => { window.cjkTradeWidgetTimings = []; });
    const p = await ctx.newPage();
    await p.goto(`${server.url}?view=${view}&lang=en`);
    await waitForChart(p, chart);
    await p.locator(`[data-chart="${chart}"] canvas`).scrollIntoViewIfNeeded();
    const box = await p.locator(`[data-chart="${chart}"] canvas`).boundingBox();
    await p.evaluate(() => { window.cjkTradeWidgetTimings.length = 0; });
    for (let i = 0; i < 200; i++) {
      const t = (i * 37) % 200 / 200;
      await p.mouse.move(box.x + 4 + t * (box.width - 8), box.y + box.height * (0.2 + 0.6 * ((i * 13) % 100) / 100));
    }
    await p.waitForTimeout(200);
    const times = (await p.evaluate((key) => window.cjkTradeWidgetTimings.filter((e) => e[0] === key).map((e) => e[1]), chart));
    console.log(`browser redraw on hover, ${chart} at 2x (${times.length} redraws of 200 moves): median ${fmt(median(times))} ms, p95 ${fmt(p95(times))} ms (budget p95 ${BUDGETS.hoverRedrawP95Ms} ms: ${verdict(p95(times), BUDGETS.hoverRedrawP95Ms)})`);
    await ctx.close();
  }
  // 4. Full map redraw while panning at 2x: 100 drag steps.
  {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 2 });
    await ctx.addInitScript(() => { window.cjkTradeWidgetTimings = []; });
    const p = await ctx.newPage();
    await p.goto(`${server.url}?view=parks&lang=en`);
    await waitForChart(p, "parks-map");
    const box = await p.locator("[data-chart=parks-map] canvas").boundingBox();
    await p.evaluate(() => { window.cjkTradeWidgetTimings.length = 0; });
    const [x0, y0] = [box.x + box.width * 0.25, box.y + box.height * 0.75];
    await p.mouse.move(x0, y0);
    await p.mouse.down();
    for (let i = 1; i <= 100; i++) {
      await p.mouse.move(x0 + (i % 50) * 6, y0 - (i % 50) * 3);
    }
    await p.mouse.up();
    await p.waitForTimeout(200);
    const times = await p.evaluate(() => window.cjkTradeWidgetTimings.filter((e) => e[0] === "parks-map").map((e) => e[1]));
    console.log(`browser parks map full redraw while panning at 2x (${times.length} redraws): median ${fmt(median(times))} ms, p95 ${fmt(p95(times))} ms (budget p95 ${BUDGETS.mapRedrawP95Ms} ms: ${verdict(p95(times), BUDGETS.mapRedrawP95Ms)})`);
    await ctx.close();
  }
  await context.close();

  // 5. The basemap inside the wasm.
  const basemap = await readFile(new URL("../../www/data/basemap.txt", import.meta.url));
  const basemapGzip = gzipSync(basemap, { level: 9 }).length / 1024;
  console.log(`size    basemap (www/data/basemap.txt, embedded): ${(basemap.length / 1024).toFixed(1)} KB raw, ${basemapGzip.toFixed(1)} KB gzip (budget ${BUDGETS.basemapGzipKB} KB gzip: ${verdict(basemapGzip, BUDGETS.basemapGzipKB)})`);

  // 6. What a reader downloads: everything the page loads (the data are inside the wasm).
  const dist = new URL("../../dist/", import.meta.url).pathname;
  const files = (await readdir(dist)).filter((f) => /\.(html|js|wasm|css)$/.test(f) && !/embed/.test(f));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = await readFile(dist + file);
    const zipped = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += zipped;
    console.log(`size    ${file}: ${(bytes.length / 1024).toFixed(1)} KB raw, ${(zipped / 1024).toFixed(1)} KB gzip`);
  }
  console.log(`size    page total (html + js + wasm with embedded data + css): ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip (budget ${BUDGETS.transferGzipKB} KB gzip: ${verdict(gzip / 1024, BUDGETS.transferGzipKB)})`);
} finally {
  await browser.close();
  await server.close();
}
