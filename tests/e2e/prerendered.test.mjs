// The prerendered pages (`components::prerender`): every view and chart is in the page at first paint,
// readable without JavaScript and where the wasm cannot run; the app takes its place without a
// layout shift; a link to another state never shows a number of the default one; and the embed
// shows, styled, in a sandboxed frame on any host.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import {
  STRICT_CSP, drawnAtItsWidth, recordLayoutShifts, serveDist, serveHostPage, shiftSources, sumOfShifts, useServerAndBrowser,
} from "./support.mjs";

const shared = useServerAndBrowser();
const DIST = process.env.WIDGET_DIST || new URL("../../dist/", import.meta.url).pathname;

/** Every prerendered embed page of dist/, by file name. */
async function embedPages() {
  return (await readdir(DIST)).filter((name) => /^embed-.*\.(en|zh|ja|ko)\.html$/.test(name)).sort();
}

/** Run in a page: the visible texts a reader compares (title, takeaway, legend, notes, source). */
const readerTexts = () => {
  const view = document.querySelector("#widget-static .view, #widget-app .view, .view");
  const texts = (selector) => [...view.querySelectorAll(selector)].map((e) => e.innerText.trim());
  return { title: texts("h2"), takeaway: texts(".takeaway"), legend: texts(".legend-label"), notes: texts(".note"), source: texts(".source") };
};

test("without JavaScript every embed page and index.html show their chart, title, takeaway, legend and source", async () => {
  const context = await shared.browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
  const page = await context.newPage();
  const pages = ["index.html", ...(await embedPages())];
  assert.ok(pages.length > 120, `${pages.length} pages`);
  for (const name of pages) {
    await page.goto(`${shared.server.url}${name}`);
    const seen = await page.evaluate(() => {
      const view = document.querySelector("#widget-static .view");
      const visible = (e) => !!e && e.getBoundingClientRect().height > 0 && getComputedStyle(e).visibility === "visible";
      const pictures = [...view.querySelectorAll(".static-picture")];
      const tables = [...view.querySelectorAll(".panel table, .park-list, .parks-list, table")];
      return {
        title: view.querySelector("h2")?.innerText.trim(),
        takeaway: visible(view.querySelector(".takeaway")),
        source: visible(view.querySelector(".source")),
        pictures: pictures.map((p) => ({ named: (p.getAttribute("aria-label") || "").length > 20, shown: [...p.querySelectorAll(":scope > svg, :scope > img")].filter((e) => visible(e) && e.getBoundingClientRect().width > 0 && (e.tagName !== "IMG" || (e.complete && e.naturalWidth > 0))).length })),
        legends: view.querySelectorAll(".legend").length,
        tables: tables.length,
        note: visible(document.querySelector("[data-static-note=no-script]")),
      };
    });
    assert.ok(seen.title, `${name}: a title`);
    assert.ok(seen.takeaway && seen.source, `${name}: takeaway and source`);
    assert.ok(seen.note, `${name}: says that it is a still picture`);
    assert.ok(seen.pictures.length > 0 || seen.tables > 0, `${name}: a chart or a table`);
    for (const picture of seen.pictures) assert.deepEqual(picture, { named: true, shown: 1 }, `${name}: one picture shown, with an accessible name`);
    if (seen.pictures.length && !name.includes("parks") && !name.includes("heatmap") && !name.includes("view-")) {
      assert.ok(seen.legends > 0 || /bars|tsc|top|chapters|industries|checks|sectors|semiconductors|korea|investment|digital|stacked/.test(name), `${name}: a legend`);
    }
  }
  await context.close();
});

/** Opens `url` in a new context whose pages and frames record their layout shifts. */
async function pageRecordingShifts(browser, url, width, { javaScriptEnabled = true, headers } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled, extraHTTPHeaders: headers });
  await recordLayoutShifts(context);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  return { page, context, errors };
}

const afterTwoFrames = (frame) => frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Opens `url` in a new page of `context` with the app's code held back, once the still picture
 *  has been painted; `release()` lets the code through, `started()` waits for the app, and
 *  `errors` collects the page's errors. */
async function openWithAppHeld(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/cjk-trade-widget-[0-9a-f]+(_bg\.wasm|\.js)$/, async (route) => { await held; await route.continue(); });
  await page.goto(`${shared.server.url}${url}`);
  await afterTwoFrames(page);
  const started = () => page.waitForFunction(() => document.getElementById("widget-root")?.dataset.startup === "ready", null, { timeout: 20000 });
  return { page, release, started, errors };
}

for (const width of [375, 1280]) {
  test(`every chart embed in a host article on another origin: the app takes over without any layout shift and shows the same texts, at ${width} px`, async () => {
    const charts = (await embedPages()).filter((name) => name.endsWith(".en.html") && !name.startsWith("embed-view-"));
    assert.ok(charts.length > 25, `${charts.length} chart embeds`);
    const statics = new Map();
    {
      const context = await shared.browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
      const page = await context.newPage();
      for (const name of charts) {
        await page.goto(`${shared.server.url}${name}`);
        statics.set(name, await page.evaluate(readerTexts));
      }
      await context.close();
    }
    const text = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the article, long enough to wrap over two or three lines on a phone and so to push the embed down.</p>`).join("");
    for (const name of charts) {
      const key = name.replace(/^embed-|\.en\.html$/g, "");
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host</title><link rel="icon" href="data:,"></head><body><main><h1>Article</h1>${text}
<div id="embed" data-cjk-trade-widget="panel=${key}&amp;lang=en" data-title="${key}"></div><script src="${shared.server.url}embed.js"></script>
${text}${text}</main></body></html>`;
      const host = await serveHostPage(html);
      const { page, context, errors } = await pageRecordingShifts(shared.browser, host.url, width);
      try {
        await page.locator("#embed > iframe").scrollIntoViewIfNeeded();
        const frame = await (await page.locator("#embed > iframe").elementHandle()).contentFrame();
        await frame.waitForFunction(drawnAtItsWidth, null, { timeout: 20000 });
        await afterTwoFrames(frame);
        await page.mouse.wheel(0, 3000);
        await afterTwoFrames(page);
        assert.equal(await sumOfShifts(frame), 0, `${key}: layout shift inside the embed`);
        assert.equal(await sumOfShifts(page), 0, `${key}: layout shift of the host article`);
        assert.deepEqual(await frame.evaluate(readerTexts), statics.get(name), `${key}: the app shows the prerendered texts`);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
        await host.close();
      }
    }
  });
}

test("under a CSP without 'wasm-unsafe-eval' the prerendered chart stays readable and says why it is not interactive", async () => {
  const noWasm = STRICT_CSP.replace(" 'wasm-unsafe-eval'", "");
  const server = await serveDist({ headers: { "content-security-policy": noWasm } });
  try {
    for (const name of ["embed-tci-lines.en.html", "embed-rca-lines.ja.html", "index.html"]) {
      const { page, context, errors } = await pageRecordingShifts(shared.browser, `${server.url}${name}`, 375);
      await page.waitForFunction(() => document.getElementById("widget-root")?.dataset.startup === "failed", null, { timeout: 20000 });
      const note = page.locator("[data-static-note=no-app]");
      assert.ok(await note.isVisible(), `${name}: the line saying why`);
      assert.ok(await page.locator("#widget-static .takeaway").isVisible(), `${name}: the takeaway`);
      assert.ok(await page.locator("#widget-static .static-picture svg").first().isVisible(), `${name}: the chart`);
      assert.equal(await page.locator("#widget-app").count(), 0);
      assert.deepEqual(errors, [], `${name}: nothing thrown at the reader`);
      await context.close();
    }
    // A link to another state than the page's shows no number of the default state.
    const { page, context } = await pageRecordingShifts(shared.browser, `${server.url}embed-tci-lines.en.html?year=2015&hide=tci-lines:KOR%3ECHN`, 375);
    await page.waitForFunction(() => document.getElementById("widget-root")?.dataset.startup === "failed", null, { timeout: 20000 });
    const visibleText = await page.evaluate(() => document.body.innerText);
    assert.doesNotMatch(visibleText, /69\.1|59\.9/, "a number of the default state");
    assert.ok(await page.locator("[data-static-note=no-app]").isVisible());
    await context.close();
  } finally {
    await server.close();
  }
});

test("a link to another state shows the frame at first paint, never a number of the default state, then its own", async () => {
  const context = await shared.browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  // The app's code is held back, so the first paint is the prerendered page's alone.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/cjk-trade-widget-[0-9a-f]+(_bg\.wasm|\.js)$/, async (route) => { await held; await route.continue(); });
  // The link embed.js writes names the page's own state: the chart shows at first paint.
  await page.goto(`${shared.server.url}embed-tci-lines.en.html?view=tci&panel=tci-lines&embed=1`);
  await afterTwoFrames(page);
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains("cjk-other-state")), false);
  assert.ok(await page.locator("#widget-static .takeaway").isVisible(), "the default state's takeaway");
  for (const url of ["", "index.html?view=tci&lang=en"]) {
    await page.goto(`${shared.server.url}${url}`);
    await afterTwoFrames(page);
    assert.ok(await page.locator("#widget-static .takeaway").isVisible(), `${url || "the widget's folder"}: the takeaway`);
  }
  await page.goto(`${shared.server.url}embed-tci-lines.en.html?lang=en&hide=tci-lines:KOR%3ECHN&year=2012`);
  await afterTwoFrames(page);
  const early = await page.evaluate(() => ({ text: document.body.innerText, other: document.documentElement.classList.contains("cjk-other-state") }));
  assert.ok(early.other, "the guard saw another state");
  assert.doesNotMatch(early.text, /69\.1|59\.9/, "a number of the default state");
  assert.ok(await page.locator("#widget-static .footer").isVisible(), "the frame shows");
  release();
  await page.waitForFunction(drawnAtItsWidth, null, { timeout: 20000 });
  assert.equal(await page.locator("#widget-static").count(), 0);
  assert.equal(await page.locator("[data-panel=tci-lines] .legend-item[aria-pressed=false]").count(), 1, "the link's hidden line");
  await context.close();
});

test("a choice made on the still picture while the app starts is made in the app once it has started", async () => {
  // Each case: the page, what the reader does on the still picture, and what the app then shows.
  const cases = [
    { url: "index.html?lang=en", choose: (page) => page.locator("#widget-static #tab-rca").click(),
      pending: "#widget-static #tab-rca", shown: () => document.querySelector("#tab-rca")?.getAttribute("aria-selected") === "true"
        && document.querySelector(".view[data-view=rca]") !== null && location.search.includes("view=rca") },
    { url: "embed-tci-lines.en.html", choose: (page) => page.locator("#widget-static .legend-item").first().click(),
      pending: "#widget-static .legend-item >> nth=0", shown: () => document.querySelectorAll(".legend-item[aria-pressed=false]").length === 1 },
    { url: "index.html?lang=en", choose: (page) => page.locator("#widget-static .language select").selectOption("ja"),
      pending: "#widget-static .language select", shown: () => document.documentElement.lang === "ja" && location.search.includes("lang=ja") },
  ];
  for (const { url, choose, pending, shown } of cases) {
    const context = await shared.browser.newContext({ viewport: { width: 375, height: 800 } });
    const { page, release, errors } = await openWithAppHeld(context, url);
    await choose(page);
    assert.ok(await page.locator(pending).evaluate((control) => control.classList.contains("is-pending")), `${url}: the control looks busy`);
    release();
    await page.waitForFunction(shown, null, { timeout: 20000 });
    assert.equal(await page.locator(".is-pending").count(), 0, `${url}: nothing looks busy once the app has started`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("a keyboard reader's focus on the still picture is on the same control in the app once it has started", async () => {
  // Each case: the page, the control tabbed to on the still picture, and whether the focus then
  // left it for the page before the app started.
  const cases = [
    { url: "index.html?lang=en", control: ".language select", leaves: false },
    { url: "index.html?lang=en", control: "#tab-tci", leaves: false },
    { url: "embed-tci-lines.en.html", control: ".table-toggle", leaves: false },
    { url: "embed-tci-lines.en.html", control: ".legend-item >> nth=2", leaves: false },
    { url: "index.html?lang=en", control: "#tab-tci", leaves: true },
  ];
  for (const { url, control, leaves } of cases) {
    const what = `${url}, ${control}${leaves ? ", left" : ""}`;
    const context = await shared.browser.newContext({ viewport: { width: 375, height: 800 } });
    const { page, release, started } = await openWithAppHeld(context, url);
    // Tab until the control has the focus, as a keyboard reader would reach it.
    const still = page.locator(`#widget-static ${control}`);
    for (let presses = 0; !(await still.evaluate((e) => e === document.activeElement)); presses++) {
      assert.ok(presses < 60, `${what}: reached by the keyboard`);
      await page.keyboard.press("Tab");
    }
    const expected = await still.evaluate((e) => ({ inApp: true, text: e.textContent.trim(), tag: e.tagName }));
    if (leaves) await still.evaluate((e) => e.blur());
    release();
    await started();
    // The focus is given back in a task after the app's start.
    await afterTwoFrames(page);
    const focused = await page.evaluate(() => {
      const e = document.activeElement;
      return { inApp: !!e?.closest("#widget-app"), text: e?.textContent.trim(), tag: e?.tagName };
    });
    if (leaves) assert.equal(focused.tag, "BODY", `${what}: the focus stays where the reader put it`);
    else assert.deepEqual(focused, expected, what);
    await context.close();
  }
});

test("a disclosure opened on the still picture stays open, and what is below it stays put, when the app takes over", async () => {
  for (const url of ["embed-tci-lines.en.html", "index.html?lang=en"]) {
    const context = await shared.browser.newContext({ viewport: { width: 375, height: 800 } });
    const { page, release, started } = await openWithAppHeld(context, url);
    const summary = page.locator("#widget-static .method summary");
    await summary.scrollIntoViewIfNeeded();
    await summary.click();
    const sourceTop = () => page.evaluate(() => document.querySelector(".view .source").getBoundingClientRect().top);
    const before = await sourceTop();
    release();
    await started();
    assert.equal(await page.locator("#widget-static").count(), 0, `${url}: the app has taken the page's place`);
    assert.ok(await page.locator(".method").evaluate((d) => d.open), `${url}: "How is this computed?" is still open`);
    // Within 3 px: a heatmap above it may differ by as much (see the test on phones' widths).
    assert.ok(Math.abs((await sourceTop()) - before) <= 3, `${url}: the source line below it has not moved`);
    await context.close();
  }
});

test("at the widths of phones and tablets, each still picture is as tall as the app's chart that takes its place", async () => {
  // One page per kind of chart: a single embed's flatter line chart, the heatmap, stacked,
  // grouped and diverging bars, the map, and the full page's line chart and heatmap. The widths
  // are those of common phones and tablets, not the two the pictures are drawn for.
  const pages = ["embed-tci-lines.en.html", "embed-tci-heatmap.en.html", "embed-esi-stacked.en.html", "embed-tsc-bars.en.html",
    "embed-between-gap.en.html", "embed-view-parks.en.html", "index.html?lang=en"];
  const heights = (selector) => [...document.querySelectorAll(selector)]
    .filter((e) => e.getClientRects().length).map((e) => Math.round(e.getBoundingClientRect().height));
  for (const width of [320, 390, 412, 600, 1024]) {
    const context = await shared.browser.newContext({ viewport: { width, height: 800 } });
    for (const url of pages) {
      const { page, release, started } = await openWithAppHeld(context, url);
      const still = await page.evaluate(heights, "#widget-static .static-picture");
      release();
      await started();
      const app = await page.evaluate(heights, "#widget-app .chart canvas, #widget-app .map canvas");
      assert.equal(still.length, app.length, `${url} at ${width} px: a picture for each chart (${still} / ${app})`);
      // Within 3 px: where a chart's layout follows its labels' widths (a heatmap's column
      // heads), the page estimates the widths the app measures.
      still.forEach((height, i) => assert.ok(Math.abs(height - app[i]) <= 3,
        `${url} at ${width} px, chart ${i + 1}: the picture is ${height} px tall, the app's chart ${app[i]} px`));
      await page.close();
    }
    await context.close();
  }
});

test("an older embed link to index.html goes on to the embed's own page, which paints it before the app starts", async () => {
  const context = await shared.browser.newContext({ viewport: { width: 375, height: 800 }, locale: "ja-JP" });
  const page = await context.newPage();
  // The app's code is held back: what shows is the prerendered page's alone.
  await page.route(/cjk-trade-widget-[0-9a-f]+(_bg\.wasm|\.js)$/, () => {});
  const cases = [
    // A chart in the link's language, its settings and fragment kept.
    ["index.html?embed=1&view=rca&panel=rca-lines&lang=ko#chart", "embed-rca-lines.ko.html?embed=1&view=rca&panel=rca-lines&lang=ko#chart", "[data-panel=rca-lines]"],
    // A whole view, without a language in the link: the browser's, as the app would choose.
    ["?embed=1&view=esi", "embed-view-esi.ja.html?embed=1&view=esi", ".view[data-view=esi]"],
    // The default view when the link names none.
    ["index.html?embed=1&panel=tci-lines&lang=en", "embed-tci-lines.en.html?embed=1&panel=tci-lines&lang=en", "[data-panel=tci-lines]"],
  ];
  for (const [link, expected, shown] of cases) {
    await page.goto(`${shared.server.url}${link}`);
    await page.waitForURL(`${shared.server.url}${expected}`, { timeout: 20000 });
    await page.locator(`#widget-static ${shown}`).waitFor({ timeout: 20000 });
    assert.ok(await page.locator("#widget-static .static-picture").first().isVisible(), `${link}: the chart at first paint`);
  }
  // What has no page of its own stays where it is: a panel of another view, the parks map, the
  // full page.
  for (const link of ["index.html?embed=1&view=tci&panel=rca-lines&lang=en", "index.html?embed=1&view=parks&panel=parks-map&lang=en", "index.html?view=rca&lang=en"]) {
    await page.goto(`${shared.server.url}${link}`);
    await afterTwoFrames(page);
    assert.equal(page.url(), `${shared.server.url}${link}`);
  }
  await context.close();
});

test("on a dark device the prerendered chart is drawn in the dark theme from the first paint", async () => {
  for (const [scheme, query, expected] of [["dark", "", "in-dark"], ["light", "", "in-light"], ["light", "?theme=dark", "in-dark"], ["dark", "?theme=light", "in-light"]]) {
    const context = await shared.browser.newContext({ viewport: { width: 375, height: 800 }, colorScheme: scheme });
    const page = await context.newPage();
    // The app's code never arrives: what shows is the prerendered page's alone.
    await page.route(/cjk-trade-widget-[0-9a-f]+(_bg\.wasm|\.js)$/, (route) => route.abort());
    await page.goto(`${shared.server.url}embed-tci-lines.en.html${query}`);
    const shown = await page.evaluate(() => [...document.querySelectorAll("#widget-static .static-picture > *")]
      .filter((e) => e.getBoundingClientRect().height > 0).map((e) => e.getAttribute("class")));
    assert.deepEqual(shown, [`for-phone ${expected}`], `${scheme} device, ${query || "no theme in the link"}`);
    await context.close();
  }
});

test("a tooltip following the pointer across a chart and the map is no layout shift", async () => {
  for (const [width, query, chart] of [[359, "embed-tci-heatmap.en.html", "tci-heatmap"], [1280, "?view=tci&lang=en", "tci-lines"], [1280, "?view=parks&lang=en", "parks-map"]]) {
    const { page, context } = await pageRecordingShifts(shared.browser, `${shared.server.url}${query}`, width);
    await page.waitForFunction(drawnAtItsWidth, null, { timeout: 20000 });
    await page.locator(`[data-chart=${chart}] canvas`).scrollIntoViewIfNeeded();
    await afterTwoFrames(page);
    const before = await sumOfShifts(page);
    const box = await page.locator(`[data-chart=${chart}] canvas`).boundingBox();
    for (let i = 0; i < 40; i++) await page.mouse.move(box.x + box.width * (i / 40), box.y + box.height * ((i * 7) % 40) / 40);
    await afterTwoFrames(page);
    // Every cell of the heatmap has a tooltip, so the pointer's path shows many there.
    if (chart === "tci-heatmap") assert.equal(await page.locator("[data-testid=tooltip]").count(), 1, `${chart}: a tooltip showed`);
    assert.equal(await sumOfShifts(page) - before, 0, `${chart} at ${width} px`);
    await context.close();
  }
});

test("a sandboxed frame shows the chart styled on any host, and the app where the host sends CORS headers", async () => {
  const cors = await serveDist({ headers: { "access-control-allow-origin": "*" } });
  try {
    for (const [server, interactive] of [[shared.server, false], [cors, true]]) {
      const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body>
<iframe id="frame" sandbox="allow-scripts" src="${server.url}embed-tci-lines.en.html" width="640" height="640"></iframe></body></html>`;
      const host = await serveHostPage(html);
      const context = await shared.browser.newContext({ viewport: { width: 700, height: 800 } });
      const page = await context.newPage();
      await page.goto(host.url);
      const frame = await (await page.locator("#frame").elementHandle()).contentFrame();
      await frame.waitForSelector(".takeaway");
      // Styled: the stylesheet shows the column's picture and hides the phone's.
      await frame.waitForFunction(() => getComputedStyle(document.querySelector(".static-picture .for-phone") || document.body).display === "none" || document.getElementById("widget-static") === null);
      if (interactive) {
        await frame.waitForFunction(drawnAtItsWidth, null, { timeout: 20000 });
        assert.equal(await frame.locator("#widget-static").count(), 0, "the app took over");
        assert.equal(await frame.evaluate(() => getComputedStyle(document.querySelector(".legend-item")).borderRadius !== "0px"), true, "styled");
      } else {
        const seen = await frame.evaluate(() => ({
          picture: getComputedStyle(document.querySelector("#widget-static .static-picture .for-column")).display,
          phone: getComputedStyle(document.querySelector("#widget-static .static-picture .for-phone")).display,
          takeaway: document.querySelector("#widget-static .takeaway").innerText,
        }));
        assert.deepEqual([seen.picture, seen.phone], ["block", "none"], "the stylesheet applies");
        assert.match(seen.takeaway, /TCI/);
      }
      await context.close();
      await host.close();
    }
  } finally {
    await cors.close();
  }
});

for (const width of [375, 1280]) {
  test(`an article with three embeds, scrolled through by a reader, moves by at most 0.01 at ${width} px`, async () => {
    // The journalist's snippets as "Embed this view" writes them: each element, then embed.js.
    const snippet = (query, title) => `<div data-cjk-trade-widget="${query}" data-title="${title}"><a href="${shared.server.url}data/trade.csv">${title}</a></div>\n<script src="${shared.server.url}embed.js"></script>`;
    const text = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the article text, long enough to push the later embeds below the fold on a phone.</p>`).join("\n");
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Host article</title><link rel="icon" href="data:,"></head><body><main><h1>An article on another origin</h1>${text}
${snippet("view=tci&amp;panel=tci-lines", "Trade complementarity")}${text}
${snippet("view=rca&amp;panel=rca-lines", "Comparative advantage")}${text}
${snippet("view=parks", "Cooperation parks")}${text}</main></body></html>`;
    const host = await serveHostPage(html, { "content-security-policy": `default-src 'self'; script-src 'self' ${new URL(shared.server.url).origin}; frame-src ${new URL(shared.server.url).origin}; style-src 'self'; img-src 'self' data:` });
    const { page, context, errors } = await pageRecordingShifts(shared.browser, host.url, width);
    try {
      const frames = await page.locator("iframe").elementHandles();
      assert.equal(frames.length, 3);
      // A reader scrolls down the article, a screen at a time, reading each embed as it arrives.
      const contents = [];
      for (const handle of frames) {
        await handle.scrollIntoViewIfNeeded();
        const frame = await handle.contentFrame();
        await frame.waitForFunction(drawnAtItsWidth, null, { timeout: 20000 });
        await afterTwoFrames(frame);
        await page.mouse.wheel(0, 600);
        await afterTwoFrames(page);
        contents.push(frame);
      }
      await page.mouse.wheel(0, 20000);
      await afterTwoFrames(page);
      const host = await sumOfShifts(page);
      const inside = await Promise.all(contents.map(sumOfShifts));
      // What moved in the article, even within the budget, so that a small shift can be traced.
      const hostMoved = host > 0 ? `; in the article:\n${await shiftSources(page)}` : "";
      console.log(`# layout shift at ${width} px: host ${host.toFixed(4)}, inside the embeds ${inside.map((x) => x.toFixed(4)).join(", ")}${hostMoved}`);
      assert.ok(host <= 0.01, `the article moved: ${host}`);
      const moved = (await Promise.all(contents.map(shiftSources))).map((lines, i) => lines && `embed ${i + 1}:\n${lines}`).filter(Boolean);
      assert.deepEqual(inside, [0, 0, 0], `inside the embeds; what moved:\n${moved.join("\n")}`);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      await host.close();
    }
  });
}
