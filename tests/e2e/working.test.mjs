// "Why this number?": the working behind a value opens from a tooltip by pointer, from a heatmap
// cell by keyboard, from a table cell and from a link; its table and its CSV hold the same
// numbers; a single-chart embed of a working fits its plain iframe in a host page on another
// origin under a strict CSP; it stays within a phone's width.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  SCREENSHOTS, STRICT_CSP, WORKING_SAMPLES, assertClean, csvRows, cspViolations, drawnAtItsWidth, launchBrowser, openPage,
  articleWith, recordLayoutShifts, serveDist, serveHostPage, shiftSources, snippetQuery, sumOfShifts, waitForChart, workingSnippet,
} from "./support.mjs";

const shared = {};
before(async () => {
  shared.widget = await serveDist({ headers: { "content-security-policy": STRICT_CSP } });
  shared.browser = await launchBrowser();
});
after(async () => {
  await shared.browser?.close();
  await shared.widget?.close();
});

const WORKING = "[data-role=working]";
const open = (query, options) => openPage(shared.browser, `${shared.widget.url}${query}`, options);

/** The working's key in the page's address (`why=`), decoded. */
const whyInAddress = (page) => new URL(page.url()).searchParams.get("why");

/** Run in the page: whether the focus is on the working (which announces its heading). */
const focusOnWorking = () => document.activeElement?.dataset.role === "working";

test("a click pins a line chart's tooltip, and its button opens that value's working", async () => {
  const { page, context, problems } = await open("?view=tci&lang=en", { width: 1280 });
  await waitForChart(page, "tci-lines");
  const box = await page.locator("[data-chart=tci-lines] canvas").boundingBox();
  await page.mouse.move(box.x + box.width * 0.85, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.up();
  const tooltip = page.locator("[data-chart=tci-lines] .tooltip.is-pinned");
  await tooltip.waitFor();
  // Pinned: the pointer's moves leave it where it is, so that it can reach the buttons.
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
  const button = tooltip.locator('[data-why^="tci:KOR>CHN:"]');
  const key = await button.getAttribute("data-why");
  assert.match(await button.getAttribute("title"), /^Why \d+\.\d+\? South Korea → China, \d{4}$/);
  assert.match(await button.textContent(), /South Korea → China\s*\d+\.\d+ — Why this number\?/, "its name is what it shows, then the question");
  await button.click();
  const working = page.locator(WORKING);
  await working.waitFor();
  assert.equal(await working.getAttribute("data-why"), key);
  assert.equal(whyInAddress(page), key, "the open working is in the link");
  assert.match(await working.locator("h4").textContent(), /^Why \d+\.\d\? Trade complementarity \(TCI\), South Korea → China, \d{4}$/);
  await page.waitForFunction(focusOnWorking);
  assert.equal(await page.locator("[data-chart=tci-lines] .tooltip").count(), 0, "the tooltip has closed");
  // The close button closes it and takes it out of the link.
  await working.locator(".working-close").click();
  await page.waitForFunction(() => !document.querySelector("[data-role=working]"));
  assert.equal(whyInAddress(page), null);
  assertClean(problems);
  await context.close();
});

test("Enter on a focused heatmap cell opens its working, and Escape closes it", async () => {
  const { page, context, problems } = await open("?view=tci&lang=en", { width: 1280 });
  await waitForChart(page, "tci-heatmap");
  await page.locator("[data-chart=tci-heatmap] canvas").focus();
  const cellButton = page.locator("[data-chart=tci-heatmap] .tooltip [data-why]");
  // The first cells are a country with itself or have no data: move right until one has a value.
  for (let step = 0; step < 40 && !(await cellButton.count()); step++) await page.keyboard.press("ArrowRight");
  const key = await cellButton.getAttribute("data-why");
  assert.match(key, /^tci:[A-Z]{3}>[A-Z]{3}:\d{4}$/);
  await page.keyboard.press("Enter");
  const working = page.locator(WORKING);
  await working.waitFor();
  assert.equal(await working.getAttribute("data-why"), key);
  await page.waitForFunction(focusOnWorking);
  // Selecting the cell also picked its pair, as before.
  const [exporter, importer] = key.slice(4, 11).split(">");
  assert.match(page.url(), new RegExp(`pair=${exporter}-${importer}`));
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.querySelector("[data-role=working]"));
  assertClean(problems);
  await context.close();
});

test("a click on a bar of a chapter chart opens that chapter's working", async () => {
  const { page, context, problems } = await open("?view=between&lang=en&flow=KOR-JPN", { width: 375 });
  await waitForChart(page, "between-tsc");
  const canvas = page.locator("[data-chart=between-tsc] canvas");
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  // The first bar (the largest net export), in its band near the top of the chart: a bar is one
  // value, so selecting it opens its working at once.
  await page.mouse.click(box.x + box.width * 0.6, box.y + box.height * 0.15);
  const working = page.locator(WORKING);
  await working.waitFor();
  const key = await working.getAttribute("data-why");
  assert.match(key, /^btsc:KOR>JPN>\d{2}:\d{4}$/);
  assert.equal(whyInAddress(page), key);
  // Under its own chart, with the chapter's two flows, the balance, the trade and the value.
  assert.equal(await page.locator(`[data-panel=between-tsc] ~ ${WORKING}, [data-panel=between-tsc] + ${WORKING}`).count(), 1);
  assert.equal(await working.locator("tbody tr").count(), 5);
  assert.match(await working.locator("h4").textContent(), /^Why −?\d\.\d{3}\? Trade specialisation \(TSC\) with the partner, South Korea → Japan, \d{2} /);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "no sideways scroll");
  assertClean(problems);
  await context.close();
});

test("a table cell opens its working, by keyboard", async () => {
  const { page, context, problems } = await open("?view=ties&lang=ko", { width: 375 });
  await waitForChart(page, "ties-tii");
  await page.click("[data-panel=ties-tii] .table-toggle");
  const cell = page.locator("[data-panel=ties-tii] .why-cell").last();
  const key = await cell.getAttribute("data-why");
  assert.match(key, /^tii:[A-Z]{3}>[A-Z]{3}:\d{4}$/);
  await cell.focus();
  await page.keyboard.press("Enter");
  const working = page.locator(WORKING);
  await working.waitFor();
  assert.equal(await working.getAttribute("data-why"), key);
  // The ratio's four figures and the two shares, in Korean.
  assert.equal(await working.locator("tbody tr").count(), 7);
  assert.match(await working.locator("h4").textContent(), /^왜 .+인가\? 무역집중도지수\(TII\)/);
  assertClean(problems);
  await context.close();
});

for (const [lang, width, theme] of [["en", 1280, "light"], ["zh", 375, "dark"], ["en", 375, "light"], ["zh", 1280, "dark"]]) {
  test(`a link opens the working; its table and its CSV hold the same numbers (${lang}, ${width} px, ${theme})`, async () => {
    const key = "tci:KOR>CHN:2018";
    const { page, context, problems } = await open(`?view=tci&lang=${lang}&theme=${theme}&why=${encodeURIComponent(key)}`, { width });
    const working = page.locator(WORKING);
    await working.waitFor();
    await waitForChart(page, "working");
    assert.equal(await working.getAttribute("data-why"), key);
    // Opened by a link, the working does not take the focus.
    assert.equal(await page.evaluate(focusOnWorking), false);
    const title = await working.locator("h4").textContent();
    assert.ok(title.includes("69.1"), title);
    const table = await working.locator("table").evaluate((t) =>
      [...t.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((cell) => cell.textContent)));
    assert.equal(table.length, 21, "every HS section");
    // Machinery (HS XVI) adds most.
    assert.ok(table[0][0] === (lang === "zh" ? "机电产品" : "Machines"), table[0][0]);
    const [file] = await Promise.all([page.waitForEvent("download"), working.locator("[data-action=download-working-csv]").click()]);
    assert.equal(file.suggestedFilename(), "cjk-trade-working-tci-KOR-CHN-2018.csv");
    const text = (await readFile(await file.path())).toString("utf8");
    const rows = csvRows(text.slice(1).split("\n").filter((l) => !l.startsWith("#")).join("\n"));
    assert.equal(rows.length, 22, "a header and every section");
    let sum = 0;
    for (const [i, [product, x, m, gap, contribution]] of rows.slice(1).entries()) {
      const shown = table[i];
      assert.equal(product, shown[0]);
      const percent = (share) => `${(Number(share) * 100).toFixed(2)}%`;
      if (!shown[1].includes("(")) assert.equal(percent(x), shown[1], `${product} x`);
      if (!shown[2].includes("(")) assert.equal(percent(m), shown[2], `${product} m`);
      assert.equal((Number(gap) * 100).toFixed(2), shown[3], `${product} gap`);
      assert.equal(Number(contribution).toFixed(2), shown[4], `${product} contribution`);
      sum += Number(contribution);
    }
    assert.equal(sum.toFixed(1), "69.1", "the terms add up to the value shown");
    // Within the phone's width: nothing scrolls sideways but the table inside its own box.
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "no sideways scroll");
    await working.screenshot({ path: `${SCREENSHOTS}working-${lang}-${width}-${theme}.png` });
    assertClean(problems);
    await context.close();
  });
}

test("a malformed working in a link is reported and the rest of the link kept", async () => {
  const { page, context } = await open("?view=tci&year=2012&why=tci:KOR>KOR:2018", { width: 1280 });
  await waitForChart(page, "tci-heatmap");
  const message = await page.locator(".notice li").first().textContent();
  assert.match(message, /why/);
  assert.match(message, /tci:KOR>CHN:2018/, "the message names what was expected, by example");
  assert.equal(await page.locator(WORKING).count(), 0);
  assert.match(await page.locator("[data-panel=tci-heatmap] h3").textContent(), /2012/);
  await context.close();
});

const EMBEDDED_WORKINGS = [
  ["tci", "tci:VNM>CHN:2015", "tci-lines", "en", 375],
  ["tci", "tci:VNM>CHN:2015", "tci-lines", "zh", 375],
  ["tci", "tci:VNM>CHN:2015", "tci-lines", "ja", 375],
  ["tci", "tci:VNM>CHN:2015", "tci-lines", "ko", 375],
  ["tci", "tci:VNM>CHN:2015", "tci-lines", "en", 1280],
  ["esi", "esi:CHN>KOR:2012", "esi-lines", "en", 375],
  ["rca", "rca:KOR>5:2016", "rca-lines", "en", 375],
  ["rca", "rca:KOR>5:2016", "rca-lines", "ko", 375],
  ["ties", "tii:JPN>KOR:2019", "ties-tii", "en", 375],
  ["ties", "tii:JPN>KOR:2019", "ties-tii", "ja", 375],
  ["tsc", "tsc:CHN>15:2018", "tsc-bars", "en", 375],
  ["tsc", "gl:JPN:2018", "gl-lines", "en", 375],
  ["chains", "is:KOR>CHN:2011", "chains-lines", "en", 375],
  ["tsc", "gl:JPN:2018", "gl-lines", "ja", 375],
  ["between", "hs8485:JPN>CHN:2019", "between-machinery", "en", 375],
  ["between", "tcihs2:KOR>CHN:2018", "between-tci", "en", 375],
  ["between", "bgl:CHN>JPN:2018", "between-gl", "en", 375],
  ["between", "bgl:CHN>JPN>85:2018", "between-gl-chapters", "en", 375],
  ["between", "btsc:KOR>JPN>85:2018", "between-tsc", "ko", 375],
  ["between", "btsc:KOR>JPN>85:2018", "between-tsc", "en", 375],
  ["chains", "is:KOR>CHN>c14:2009", "chains-industries", "en", 375],
];
for (const [view, key, panel, lang, width] of EMBEDDED_WORKINGS) {
  test(`the working's own embed fits its plain iframe in a host page on another origin (${key}, ${lang}, ${width} px)`, async () => {
    const { page, context } = await open(`?view=${view}&lang=${lang}&why=${encodeURIComponent(key)}`, { width: 1280 });
    await page.locator(WORKING).waitFor();
    await page.locator("[data-testid=embed-dialog] summary").click();
    await page.locator("[data-testid=embed-choice]").selectOption("working");
    const snippet = await page.locator("[data-testid=embed-iframe]").inputValue();
    await context.close();
    assert.ok(snippet.includes(`why=${key.replaceAll(">", "%3E")}`), snippet);
    assert.ok(snippet.includes(`panel=${panel}`), snippet);
    const height = Number(/height="(\d+)"/.exec(snippet)[1]);
    const article = await serveHostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,"></head><body><p>Before.</p>${snippet}<p>After.</p></body></html>`, { "content-security-policy": `default-src 'self'; frame-src ${new URL(shared.widget.url).origin}; style-src 'self'; img-src 'self' data:` });
    const host = await openPage(shared.browser, article.url, { width, waitFor: "iframe" });
    try {
      const frame = await (await host.page.locator("iframe").elementHandle()).contentFrame();
      await frame.locator(WORKING).waitFor({ timeout: 20000 });
      await frame.waitForFunction(drawnAtItsWidth, null, { timeout: 20000 });
      const content = await frame.evaluate(() => Math.ceil(document.querySelector(".widget").getBoundingClientRect().height));
      assert.ok(content <= height, `the embed is ${content} px tall in a ${height} px iframe`);
      assert.ok(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight), "no scrolling inside the frame");
      console.log(`working embed ${lang} ${width}px: ${content} px of ${height}`);
      assert.ok(await frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "no sideways scroll");
      assert.deepEqual(await cspViolations(host.page), []);
      if (width === 375) await host.page.screenshot({ path: `${SCREENSHOTS}working-embed-${lang}-${width}.png`, fullPage: true });
      assertClean(host.problems);
    } finally {
      await host.context.close();
      await article.close();
    }
  });
}

for (const width of [375, 1280]) {
  test(`a working's embed.js embed has its height before it loads: neither the article nor the embed moves (${width} px)`, async () => {
    const { page: widget, context: widgetContext } = await open("?lang=en", { width: 1280 });
    const queries = [];
    for (const [view, key] of WORKING_SAMPLES.filter(([, key]) => /^(tci|rca|btsc|is):/.test(key))) {
      queries.push([key, snippetQuery(await workingSnippet(widget, shared.widget.url, view, key))]);
    }
    await widgetContext.close();
    for (const [key, query] of queries) {
      const html = articleWith(`<div id="embed" data-cjk-trade-widget="${query.replaceAll("&", "&amp;")}" data-title="Why"></div><script src="${shared.widget.url}embed.js"></script>`);
      const host = await serveHostPage(html);
      const context = await shared.browser.newContext({ viewport: { width, height: 800 } });
      await recordLayoutShifts(context);
      const page = await context.newPage();
      try {
        await page.goto(host.url);
        await page.locator("#embed > iframe").scrollIntoViewIfNeeded();
        const frame = await (await page.locator("#embed > iframe").elementHandle()).contentFrame();
        await frame.locator(WORKING).waitFor({ timeout: 20000 });
        await frame.waitForFunction(drawnAtItsWidth, null, { timeout: 20000 });
        await page.mouse.wheel(0, 4000);
        await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const inside = await sumOfShifts(frame);
        const article = await sumOfShifts(page);
        console.log(`working embed ${key} at ${width} px: shift inside ${inside.toFixed(4)}, article ${article.toFixed(4)}`);
        assert.equal(inside, 0, `${key}: layout shift inside the embed\n${await shiftSources(frame)}`);
        assert.ok(article <= 0.01, `${key}: the article moved by ${article}\n${await shiftSources(page)}`);
      } finally {
        await context.close();
        await host.close();
      }
    }
  });
}
