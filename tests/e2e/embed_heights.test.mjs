// The plain <iframe> snippet, for pages that strip scripts, has a fixed height. At a phone's
// width (375 px, where every embed is tallest) it must show the whole embed down to the source
// line, without a large empty band below. Every chart of every view and every whole view is
// taken from "Embed this view" and placed, as a journalist would paste it, in a host page.
//
// The embed.js snippet's iframe takes, before it loads, the height embed.js expects for the
// column's width (a table that `make embed-heights` measures): it must be the embed's height, or
// the article moves when the widget reports the real one.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  canvasesDrawn, embedHeightsAt, iframeSnippets, LANGUAGES, openPage, serveHostPage, snippetQuery, useServerAndBrowser, VIEW_CODES,
  WORKING_SAMPLES, workingSnippet,
} from "./support.mjs";

const shared = useServerAndBrowser();
const PHONE_WIDTH_PX = 375;
const MOST_EMPTY_PX = 120;

test("every plain-iframe snippet fits its embed at phone width, with little to spare", async () => {
  const { page, context } = await openPage(shared.browser, `${shared.server.url}?lang=en`, { width: 1280 });
  const snippets = [];
  for (const view of VIEW_CODES) snippets.push(...(await iframeSnippets(page, view)));
  await context.close();
  assert.ok(snippets.length >= 35, `${snippets.length} snippets`);

  const host = await openPage(shared.browser, "about:blank", { width: PHONE_WIDTH_PX, height: 800, waitFor: null });
  const misfits = [];
  for (const [name, snippet] of snippets) {
    const height = Number(/height="(\d+)"/.exec(snippet)[1]);
    // The host article is on another origin (localhost) than the widget (127.0.0.1).
    const article = await serveHostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,"></head><body style="margin:0">${snippet}</body></html>`);
    await host.page.goto(article.url);
    const frame = await (await host.page.locator("iframe").elementHandle()).contentFrame();
    await frame.waitForFunction(() => document.getElementById("widget-root")?.dataset.startup === "ready", null, { timeout: 20000 });
    await frame.waitForFunction(canvasesDrawn);
    await frame.evaluate(() => document.fonts.ready);
    const content = await frame.evaluate(() => Math.ceil(document.querySelector(".widget").getBoundingClientRect().height));
    await article.close();
    if (content > height || height - content > MOST_EMPTY_PX) misfits.push(`${name}: iframe ${height} px, content ${content} px`);
  }
  await host.context.close();
  assert.deepEqual(misfits, [], "plain-iframe heights that clip the embed or leave a band empty");
});

test("embed.js expects each embed's height at 375 and 1280 px, in every language: make embed-heights is up to date", async () => {
  const { page, context } = await openPage(shared.browser, `${shared.server.url}?lang=en`, { width: 1280 });
  const queries = [];
  for (const view of VIEW_CODES) for (const [, snippet] of await iframeSnippets(page, view)) queries.push(snippetQuery(snippet));
  for (const [view, key] of WORKING_SAMPLES) queries.push(snippetQuery(await workingSnippet(page, shared.server.url, view, key)));
  // embed.js's own prediction, as a host page runs it.
  await page.addScriptTag({ url: `${shared.server.url}embed.js` });
  const host = await openPage(shared.browser, "about:blank", { width: 1400, height: 900, waitFor: null });
  const wrong = [];
  for (const query of queries) {
    // English at both widths; the other languages at a phone's, where texts wrap the most.
    for (const lang of LANGUAGES) {
      const widths = lang === "en" ? [375, 1280] : [375];
      const measured = await embedHeightsAt(host.page, shared.server.url, `${query}&lang=${lang}`, widths);
      for (const [i, width] of widths.entries()) {
        const expected = await page.evaluate(([q, w]) => window.CJKTradeWidget.expectedHeight(q, w), [`${query}&lang=${lang}`, width]);
        if (Math.abs(expected - measured[i]) > 2) wrong.push(`${query}&lang=${lang} at ${width} px: expected ${expected}, is ${measured[i]}`);
      }
    }
  }
  await host.context.close();
  await context.close();
  assert.deepEqual(wrong, [], "heights embed.js expects wrongly (run `make embed-heights`)");
});
