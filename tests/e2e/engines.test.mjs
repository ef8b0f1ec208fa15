// The smoke suite in the three engines readers use: Chromium, Firefox and WebKit (Safari's engine,
// and that of every iPhone browser). In each, every view loads and draws at a desktop and a phone
// width with no error, one tooltip, one tab switch, one resize redraw and one CJK language
// work, and a tab chosen on the still picture while the app's code is on its way is shown by the
// app once it starts, with the focus on the control that had it, and at 600 px (a column's width,
// where neither of the pictures' drawn widths is) each still picture is as tall as the app's chart. Screenshots go to tests/e2e/screenshots/<engine>-<view>-<width>.png.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { SCREENSHOTS, VIEW_CODES, serveDist, startupOutcome } from "./support.mjs";
import { ENGINES, launchEngine } from "./engines.mjs";

/** Every canvas in the view is drawn: sized, and with opaque non-white pixels. */
const allCanvasesDrawn = () => {
  const canvases = [...document.querySelectorAll(".view canvas")];
  if (!canvases.length) return false;
  return canvases.every((canvas) => {
    if (canvas.width < 2 || canvas.height < 2) return false;
    const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 0; i < data.length; i += 4 * 97) {
      if (data[i + 3] === 255 && (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240)) return true;
    }
    return false;
  });
};

/** Error messages the widget shows in the page (a failed start, data that did not load). */
const shownErrors = () => [...document.querySelectorAll("#widget-root .error")].map((e) => e.textContent);

for (const engineName of ENGINES) {
  describe(`in ${engineName}`, () => {
    let server;
    let engine;
    before(async () => {
      await mkdir(SCREENSHOTS, { recursive: true });
      server = await serveDist();
      engine = await launchEngine(engineName);
    });
    after(async () => {
      await engine?.close();
      await server?.close();
    });

    test("every view loads and draws at a desktop and a phone width, with no error", async () => {
      for (const width of [1280, Math.max(375, engine.minWidth)]) {
        const page = await engine.newPage({ width, height: 900 });
        try {
          for (const view of VIEW_CODES) {
            await page.goto(`${server.url}?view=${view}&lang=en`);
            assert.equal(await page.waitFor(startupOutcome, [], 20000, "start-up"), "ready", `${view} at ${width} px started`);
            await page.waitFor(allCanvasesDrawn, [], 20000, `${view}'s canvases at ${width} px`);
            assert.deepEqual(await page.evaluate(shownErrors), [], `${view} at ${width} px shows no error`);
            const widest = await page.evaluate(() => document.documentElement.scrollWidth);
            assert.ok(widest <= width, `${view} at ${width} px scrolls sideways (${widest} px)`);
            await page.screenshot(`${SCREENSHOTS}${engineName}-${view}-${width}.png`);
            assert.deepEqual(await page.errors(), [], `${view} at ${width} px: page errors`);
          }
        } finally {
          await page.close();
        }
      }
    });

    test("a tooltip, a tab switch, a resize redraw and a CJK language", async () => {
      const page = await engine.newPage({ width: 1280, height: 900 });
      try {
        await page.goto(`${server.url}?view=tci&lang=ja`);
        assert.equal(await page.waitFor(startupOutcome), "ready");
        await page.waitFor(allCanvasesDrawn);
        assert.equal(await page.evaluate(() => document.documentElement.lang), "ja");
        assert.equal(await page.evaluate(() => document.querySelector("#tab-tci").textContent), "補完性");

        // A tooltip: the pointer over the middle of the line chart shows a year's values.
        const box = await page.evaluate(() => {
          const r = document.querySelector("[data-chart=tci-lines] canvas").getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        });
        await page.pointerMove(box.x + box.width * 0.5, box.y + box.height * 0.5);
        const title = await page.waitFor(() => document.querySelector("[data-chart=tci-lines] .tooltip-title")?.textContent, [], 10000, "the tooltip");
        assert.match(title, /^20\d\d$/);

        // A tab switch: the advantage view replaces the complementarity view and draws.
        await page.click("#tab-rca");
        await page.waitFor(() => document.querySelector(".view")?.dataset.view === "rca");
        await page.waitFor(allCanvasesDrawn);

        // A resize: the charts redraw at the new width.
        const before = await page.evaluate(() => document.querySelector("[data-chart=rca-lines] canvas").getBoundingClientRect().width);
        await page.setSize(820, 900);
        await page.waitFor((old) => {
          const width = document.querySelector("[data-chart=rca-lines] canvas")?.getBoundingClientRect().width;
          return width && Math.abs(width - old) > 50;
        }, [before], 10000, "the chart to follow the new width");
        await page.waitFor(allCanvasesDrawn);
        assert.deepEqual(await page.evaluate(shownErrors), []);
        assert.deepEqual(await page.errors(), []);
      } finally {
        await page.close();
      }
    });

    test("a tab chosen on the still picture while the app's code is on its way is shown by the app, and the focus kept", async () => {
      // The app's code (its glue and first module) is held back by the server until released.
      const slow = await serveDist({ hold: /cjk-trade-widget-[0-9a-f]+(_bg\.wasm|\.js)$/ });
      const page = await engine.newPage({ width: 1280, height: 900 });
      try {
        // Firefox's load event waits for the app's code, which the loader requests before it.
        await page.goto(`${slow.url}index.html?lang=en`, { until: "dom" });
        await page.waitFor(() => document.querySelector("#widget-static #tab-rca") !== null, [], 20000, "the still picture");
        await page.click("#widget-static #tab-rca");
        assert.ok(await page.evaluate(() => document.querySelector("#widget-static #tab-rca").classList.contains("is-pending")),
          "the chosen tab looks busy");
        // Then the reader moves the focus to another tab, which keeps it in the app.
        await page.evaluate(() => document.querySelector("#widget-static #tab-esi").focus());
        slow.release();
        assert.equal(await page.waitFor(startupOutcome, [], 20000, "start-up"), "ready");
        await page.waitFor(() => document.querySelector("#tab-rca")?.getAttribute("aria-selected") === "true"
          && document.querySelector(".view[data-view=rca]") !== null && location.search.includes("view=rca"),
        [], 20000, "the app to show the chosen view");
        await page.waitFor(allCanvasesDrawn, [], 20000, "the chosen view's charts");
        assert.equal(await page.evaluate(() => document.querySelectorAll(".is-pending").length), 0, "nothing looks busy");
        assert.equal(await page.evaluate(() => document.activeElement?.closest("#widget-app") && document.activeElement.id), "tab-esi",
          "the focused tab has the focus in the app");
        assert.deepEqual(await page.errors(), []);
      } finally {
        await page.close();
        await slow.close();
      }
    });

    test("at 600 px each still picture is as tall as the app's chart that takes its place", async () => {
      const heights = (selector) => [...document.querySelectorAll(selector)]
        .filter((e) => e.getClientRects().length).map((e) => Math.round(e.getBoundingClientRect().height));
      const page = await engine.newPage({ width: 600, height: 900 });
      try {
        for (const url of ["embed-tci-lines.en.html", "index.html?lang=en"]) {
          const slow = await serveDist({ hold: /cjk-trade-widget-[0-9a-f]+(_bg\.wasm|\.js)$/ });
          try {
            await page.goto(`${slow.url}${url}`, { until: "dom" });
            await page.waitFor(() => document.querySelector("#widget-static .static-picture.is-fitted") !== null, [], 20000, "the still pictures");
            const still = await page.evaluate(heights, "#widget-static .static-picture");
            slow.release();
            assert.equal(await page.waitFor(startupOutcome, [], 20000, "start-up"), "ready");
            const app = await page.evaluate(heights, "#widget-app .chart canvas");
            assert.equal(still.length, app.length, `${url}: a picture for each chart (${still} / ${app})`);
            still.forEach((height, i) => assert.ok(Math.abs(height - app[i]) <= 3,
              `${url}, chart ${i + 1}: the picture is ${height} px tall, the app's chart ${app[i]} px`));
          } finally {
            await slow.close();
          }
        }
      } finally {
        await page.close();
      }
    });
  });
}
