// The widget the way newsrooms use it: dist/ hosted under a sub-path with a strict
// Content-Security-Policy, and embedded with embed.js in an article page on another origin.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import {
  SCREENSHOTS, STRICT_CSP, assertClean, cspViolations, launchBrowser, openPage, serveDist, serveHostPage, waitForChart,
} from "./support.mjs";

const PREFIX = "/news/graphics/cjk-trade/";
const VIEW_CHARTS = {
  tci: ["tci-lines", "tci-heatmap"],
  rca: ["rca-heatmap", "rca-lines"],
  esi: ["esi-lines", "esi-stacked"],
  tsc: ["tsc-bars", "gl-lines"],
  ties: ["ties-totals", "ties-tii"],
  article: ["article-semiconductors"],
  parks: ["parks-map"],
};
const shared = {};

before(async () => {
  shared.widget = await serveDist({ prefix: PREFIX, headers: { "content-security-policy": STRICT_CSP } });
  shared.browser = await launchBrowser();
});
after(async () => {
  await shared.browser?.close();
  await shared.widget?.close();
});

test("under a sub-path and a strict CSP, every view works in every language with no violation", async () => {
  for (const lang of ["en", "zh", "ja", "ko"]) {
    for (const [view, charts] of Object.entries(VIEW_CHARTS)) {
      const { page, context, problems } = await openPage(shared.browser, `${shared.widget.url}?view=${view}&lang=${lang}`, { width: 1280 });
      for (const chart of charts) await waitForChart(page, chart);
      assert.equal(await page.locator(".view").getAttribute("data-view"), view);
      assert.deepEqual(await cspViolations(page), [], `${view} ${lang}: CSP violations`);
      assertClean(problems);
      await context.close();
    }
  }
  const missing = shared.widget.requests.filter((r) => r.status !== 200);
  assert.deepEqual(missing, [], "every request under the sub-path found its file");
  assert.ok(shared.widget.requests.every((r) => r.path.startsWith(PREFIX)), "nothing is requested from the host's root");
});

test("the built page has no inline script and no style attribute, and its assets carry hashes", async () => {
  const response = await fetch(shared.widget.url);
  const html = await response.text();
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, "an inline script");
  assert.doesNotMatch(html, /\sstyle=/, "a style attribute");
  for (const match of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
    const url = match[1];
    if (url.startsWith("data:")) continue;
    assert.ok(!url.startsWith("/") && !/^[a-z]+:/.test(url), `${url} is not relative`);
    if (/\.(js|wasm|css)$/.test(url)) assert.match(url, /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/, `${url} has no content hash`);
  }
  const manifest = await (await fetch(`${shared.widget.url}data/parts/manifest.txt`)).text();
  for (const [, name] of manifest.matchAll(/^file \S+ (\S+)$/gm)) assert.match(name, /\.[0-9a-f]{16}\.(bin|csv|txt)$/);
});

/** A newsroom article on another origin, under its own strict CSP, with three embeds. */
function hostArticle(widgetUrl) {
  const origin = new URL(widgetUrl).origin;
  const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the article text, long enough to push the later embeds below the fold on a phone.</p>`).join("\n");
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host article</title><link rel="icon" href="data:,"></head>
<body><main><h1>An article on another origin</h1>
<div id="single" data-cjk-trade-widget="view=tci&amp;panel=tci-lines" data-title="Trade complementarity over time"></div>
${paragraphs}
<div id="view" data-cjk-trade-widget="view=rca&amp;year=2015" data-title="Comparative advantage"></div>
${paragraphs}
<div id="map" data-cjk-trade-widget="view=parks" data-title="Cooperation parks"></div>
<div id="late"></div>
</main><script async src="${widgetUrl}embed.js"></script></body></html>`;
  const csp = `default-src 'self'; script-src 'self' ${origin}; frame-src ${origin}; style-src 'self'; img-src 'self' data:`;
  return { html, headers: { "content-security-policy": csp } };
}

/** The widget's frame inside the host element `#id`. */
async function widgetFrame(page, id) {
  const element = await page.locator(`#${id} > iframe`).elementHandle();
  return element.contentFrame();
}

/** Waits (polling, up to 15 s) until the iframe in `#id` is as tall as its content (±2 px) and
 *  returns both heights. The frame is cross-origin, so the content is measured inside it and the
 *  iframe outside. The frame is scrolled into view first: browsers pause rendering, and with it
 *  resize observers, in cross-origin frames that are off screen. */
async function heightsMatch(page, id) {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  const element = await page.locator(`#${id} > iframe`).elementHandle();
  const frame = await element.contentFrame();
  await frame.waitForSelector(".widget .view[data-view]", { timeout: 20000 });
  let last = null;
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    const content = await frame.evaluate(() => Math.ceil(document.querySelector(".widget").getBoundingClientRect().height));
    const frameHeight = await element.evaluate((f) => f.getBoundingClientRect().height);
    last = { content, frame: frameHeight };
    if (Math.abs(content - frameHeight) <= 2) return last;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`#${id}: the iframe is ${last.frame} px tall but its content ${last.content} px`);
}

for (const width of [1280, 375]) {
  test(`three embeds on another origin fit their content at ${width} px through every change`, async () => {
    const { html, headers } = hostArticle(shared.widget.url);
    const host = await serveHostPage(html, headers);
    const { page, context, problems } = await openPage(shared.browser, host.url, { width, height: 800, waitFor: "#single > iframe" });
    try {
      // After load (and once the fonts are ready inside the frame).
      const single = page.frameLocator("#single > iframe");
      await waitForChart(await widgetFrame(page, "single"), "tci-lines");
      await (await widgetFrame(page, "single")).evaluate(() => document.fonts.ready.then(() => true));
      await heightsMatch(page, "single");
      assert.equal(await single.locator("[data-panel]").count(), 1, "a single chart");
      // After toggling the data table.
      const before = await heightsMatch(page, "single");
      await single.locator(".table-toggle").click();
      await single.locator("[data-panel=tci-lines] table").waitFor();
      const opened = await heightsMatch(page, "single");
      assert.ok(opened.frame > before.frame + 50, "the frame grew with the table");
      // The lazy frames, scrolled into view.
      for (const id of ["view", "map"]) {
        await page.locator(`#${id}`).scrollIntoViewIfNeeded();
        await page.frameLocator(`#${id} > iframe`).locator("#widget-app .view[data-view]").waitFor({ timeout: 20000 });
        await heightsMatch(page, id);
      }
      await waitForChart(await widgetFrame(page, "map"), "parks-map");
      // After a resize of the host page.
      await page.setViewportSize({ width: width === 1280 ? 900 : 340, height: 800 });
      for (const id of ["single", "view", "map"]) await heightsMatch(page, id);
      // After a language change (the host points the embed at another language; a lazy frame
      // loads only in view).
      await page.locator("#single").scrollIntoViewIfNeeded();
      await page.evaluate(() => {
        const frame = document.querySelector("#single > iframe");
        frame.src = frame.src.replace("embed=1", "lang=ko&embed=1");
      });
      await page.frameLocator("#single > iframe").locator("html[lang=ko] #widget-app .view[data-view]").waitFor({ timeout: 20000 });
      await heightsMatch(page, "single");
      // An element added after load is mounted through the public API.
      await page.evaluate(() => {
        const late = document.getElementById("late");
        late.setAttribute("data-cjk-trade-widget", "view=tsc&panel=tsc-bars");
        window.CJKTradeWidget.mount(late);
      });
      await page.locator("#late").scrollIntoViewIfNeeded();
      await waitForChart(await widgetFrame(page, "late"), "tsc-bars");
      await heightsMatch(page, "late");
      await page.screenshot({ path: `${SCREENSHOTS}host-article-${width}.png`, fullPage: true });
      assert.deepEqual(await cspViolations(page), [], "CSP violations in the host or the frames");
      assertClean(problems);
    } finally {
      await context.close();
      await host.close();
    }
  });
}

test("a line-chart embed at 640 px is at most 560 px tall, and its iframe is titled", async () => {
  const { html, headers } = hostArticle(shared.widget.url);
  const host = await serveHostPage(html, headers);
  const { page, context, problems } = await openPage(shared.browser, host.url, { width: 640 + 32, height: 900, waitFor: "#single > iframe" });
  try {
    await waitForChart(await widgetFrame(page, "single"), "tci-lines");
    const { frame } = await heightsMatch(page, "single");
    assert.ok(frame <= 560, `the single-chart embed is ${frame} px tall`);
    assert.equal(await page.locator("#single > iframe").getAttribute("title"), "Trade complementarity over time");
    await page.locator("#single").screenshot({ path: `${SCREENSHOTS}embed-single-640.png` });
    assertClean(problems);
  } finally {
    await context.close();
    await host.close();
  }
});
