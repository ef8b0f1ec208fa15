// "Embed this view"'s editor: a journalist's headline, highlight and annotation reach the reader
// exactly as set, through the plain iframe snippet pasted into a host page on another origin
// under a strict CSP, at a phone's and a desktop's width, with the height right and no layout
// shift; the editor itself works at 375 px, and axe finds nothing in it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFile, writeFile } from "node:fs/promises";
import {
  SCREENSHOTS, STRICT_CSP, articleWith, assertClean, cspViolations, darkPixelsPerRow, drawnAtItsWidth, launchBrowser, openPage, recordLayoutShifts,
  serveDist, serveHostPage, shiftSources, sumOfShifts, waitForChart,
} from "./support.mjs";

const shared = {};
before(async () => {
  shared.widget = await serveDist({ headers: { "content-security-policy": STRICT_CSP } });
  // axe-core is injected as an inline script, which the strict CSP rightly refuses.
  shared.withoutCsp = await serveDist();
  shared.browser = await launchBrowser();
});
after(async () => {
  await shared.browser?.close();
  await shared.widget?.close();
  await shared.withoutCsp?.close();
});

const HEADLINE = "Korea <sells> what China buys";
const NOTE = "China–Korea FTA";

/** Opens the TCI view's embed dialog at `width` and sets the editor: the TCI lines, a headline,
 *  China → South Korea highlighted and 2015 annotated. Returns the page and its context. */
async function editedDialog(width, query = "?view=tci&lang=en", server = shared.widget) {
  const opened = await openPage(shared.browser, `${server.url}${query}`, { width });
  const { page } = opened;
  await waitForChart(page, "tci-lines");
  await page.locator("[data-testid=embed-dialog] summary").click();
  await page.locator("[data-testid=embed-choice]").selectOption("tci-lines");
  await page.locator("[data-testid=editor-headline]").fill(HEADLINE);
  await page.locator('[data-testid=editor-highlight] input[value="tci-lines:CHN>KOR"]').check();
  await page.locator("[data-testid=editor-note-year]").selectOption("2015");
  await page.locator("[data-testid=editor-note-text]").fill(NOTE);
  return opened;
}

test("the editor's choices are in both snippets, the preview and the alt text", async () => {
  const { page, context, problems } = await editedDialog(1280);
  const iframe = await page.locator("[data-testid=embed-iframe]").inputValue();
  const script = await page.locator("[data-testid=embed-snippet]").inputValue();
  for (const snippet of [iframe, script]) {
    assert.match(snippet, /headline=Korea%20%3Csells%3E%20what%20China%20buys/);
    assert.match(snippet, /highlight=tci-lines:CHN%3EKOR/);
    assert.match(snippet, /note=2015:China%E2%80%93Korea%20FTA/);
  }
  assert.ok(!iframe.includes("<sells>") && !script.includes("<sells>"), "the headline is escaped in the snippets");
  assert.match(iframe, /title="Korea &lt;sells&gt; what China buys"/);
  const preview = page.locator("[data-testid=editor-preview]");
  assert.match(await preview.getAttribute("src"), /embed-tci-lines\.en\.html\?.*headline=/);
  assert.equal(await preview.getAttribute("width"), "375");
  await page.locator("[data-testid=editor-preview-width]").selectOption("1000");
  assert.equal(await preview.getAttribute("width"), "1000");
  const previewFrame = await (await preview.elementHandle()).contentFrame();
  await previewFrame.locator("#widget-app h2").filter({ hasText: HEADLINE }).waitFor();
  // The alt text names the note, and the journalist's description leads it once given.
  assert.match(await page.locator("[data-testid=editor-alt]").inputValue(), /Annotated at 2015: China–Korea FTA\./);
  await page.locator("[data-testid=editor-description]").fill("Our description.");
  assert.match(await page.locator("[data-testid=editor-alt]").inputValue(), /^Our description\. /);
  // Locking leaves the controls out of the embed.
  await page.locator("[data-testid=editor-locked]").check();
  assert.match(await page.locator("[data-testid=embed-iframe]").inputValue(), /locked=1/);
  assertClean(problems);
  await context.close();
});

/** Pastes a plain iframe snippet into an article on another origin under a strict CSP, at `width`;
 *  `check(host, frame)` looks at the embed once it is drawn; then the reader scrolls through, and
 *  the embed must fit its iframe and neither it nor the article move. Saves a screenshot `name`. */
async function pastedIntoArticle(snippet, width, name, check) {
  const height = Number(/height="(\d+)"/.exec(snippet)[1]);
  const article = await serveHostPage(articleWith(snippet), { "content-security-policy": `default-src 'self'; frame-src ${new URL(shared.widget.url).origin}; style-src 'self'; img-src 'self' data:` });
  const hostContext = await shared.browser.newContext({ viewport: { width, height: 800 } });
  await recordLayoutShifts(hostContext);
  const host = await hostContext.newPage();
  try {
    await host.goto(article.url);
    await host.locator("iframe").scrollIntoViewIfNeeded();
    const frame = await (await host.locator("iframe").elementHandle()).contentFrame();
    await frame.waitForFunction(drawnAtItsWidth, null, { timeout: 20000 });
    await check(host, frame);
    const content = await frame.evaluate(() => Math.ceil(document.querySelector(".widget").getBoundingClientRect().height));
    assert.ok(content <= height, `the embed is ${content} px tall in a ${height} px iframe`);
    await host.mouse.wheel(0, 4000);
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const [inside, outside] = [await sumOfShifts(frame), await sumOfShifts(host)];
    console.log(`${name} at ${width} px: ${content} px of ${height}; shift inside ${inside.toFixed(4)}, article ${outside.toFixed(4)}`);
    assert.equal(inside, 0, `layout shift inside the embed\n${await shiftSources(frame)}`);
    assert.ok(outside <= 0.01, `the article moved by ${outside}\n${await shiftSources(host)}`);
    assert.deepEqual(await cspViolations(host), []);
    await host.locator("iframe").screenshot({ path: `${SCREENSHOTS}${name}-${width}.png` });
    return { content, height };
  } finally {
    await hostContext.close();
    await article.close();
  }
}

/** How many of a canvas's pixels are within 12 (or `tolerance`) of a colour in each channel. */
function pixelsOfColour(canvas, [red, green, blue, tolerance = 12]) {
  const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let pixels = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i] - red) < tolerance && Math.abs(data[i + 1] - green) < tolerance && Math.abs(data[i + 2] - blue) < tolerance) pixels++;
  }
  return pixels;
}

for (const width of [375, 1280]) {
  test(`the iframe snippet shows the headline, highlight and note in a host page, height right, no shift (${width} px)`, async () => {
    const { page, context } = await editedDialog(1280);
    const snippet = await page.locator("[data-testid=embed-iframe]").inputValue();
    await context.close();
    const { content, height } = await pastedIntoArticle(snippet, width, "edited-embed", async (host, frame) => {
      await frame.locator("#widget-app h2").filter({ hasText: HEADLINE }).waitFor({ timeout: 20000 });
      // The chart's alt text describes the iframe to screen readers in the host page.
      assert.match(await host.locator("iframe").getAttribute("aria-description"), /Annotated at 2015: China–Korea FTA\./);
      // The headline is text, never markup: the page has no <sells> element.
      assert.equal(await frame.locator("sells").count(), 0);
      const legend = await frame.locator(".legend-label").allTextContents();
      assert.equal(legend[0], "China → South Korea", "the highlighted line leads the legend");
      const description = await frame.locator("[data-chart=tci-lines] canvas").evaluate((canvas) => {
        const ids = (canvas.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
        return [canvas.getAttribute("aria-label") || "", ...ids.map((id) => document.getElementById(id)?.textContent || "")].join(" ");
      });
      assert.match(description, /Annotated at 2015: China–Korea FTA\./);
      // The highlighted line is drawn in China's colour (its blue channel is near 0).
      const vermillion = await frame.locator("[data-chart=tci-lines] canvas").evaluate(pixelsOfColour, [0xd5, 0x5e, 0x08, 12]);
      assert.ok(vermillion > 50, `China → South Korea is drawn in colour (${vermillion} px)`);
    });
    if (width === 375) assert.ok(height - content <= 160, `${height - content} px left empty at 375 px`);
  });
}

const AXE_SOURCE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

for (const [theme, lang] of [["light", "en"], ["dark", "ja"]]) {
  test(`the editor works at 375 px without sideways scroll, and axe finds nothing in it (${theme}, ${lang})`, async () => {
    const { page, context, problems } = await editedDialog(375, `?view=tci&lang=${lang}&theme=${theme}`, shared.withoutCsp);
    await page.locator("[data-testid=editor-preview-width]").selectOption("1000");
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "no sideways scroll of the page");
    await page.addScriptTag({ path: AXE_SOURCE });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run("[data-testid=embed-dialog]", { resultTypes: ["violations"] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
    assert.deepEqual(violations, []);
    await page.locator("[data-testid=embed-editor]").screenshot({ path: `${SCREENSHOTS}editor-${theme}-${lang}-375.png` });
    assertClean(problems);
    await context.close();
  });
}

/** Clicks one of the editor's picture buttons and returns the file's name and bytes. */
async function editorPicture(page, action) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(`.editor-images [data-action="${action}"]`)]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** A PNG's pixels that are not white, in `bands` equal horizontal bands from top to bottom. */
async function inkByBand(page, bytes, bands) {
  const rows = await page.evaluate(darkPixelsPerRow, [bytes.toString("base64"), 720]);
  const ink = new Array(bands).fill(0);
  rows.forEach((count, row) => { ink[Math.floor((row * bands) / rows.length)] += count; });
  return ink;
}

test("the social and portrait pictures have their sizes and the headline drawn in", async () => {
  const { page, context, problems } = await editedDialog(1280);
  const social = await editorPicture(page, "download-png-social");
  assert.equal(social.name, "cjk-trade-tci-lines-social.png");
  const size = (bytes) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  assert.deepEqual(size(social.bytes), [1200, 675]);
  await writeFile(`${SCREENSHOTS}editor-social.png`, social.bytes);
  const portrait = await editorPicture(page, "download-png-portrait");
  assert.deepEqual(size(portrait.bytes), [1080, 1350]);
  await writeFile(`${SCREENSHOTS}editor-portrait.png`, portrait.bytes);
  // Another headline changes the headline's band of the picture, and not the chart's.
  await page.locator("[data-testid=editor-headline]").fill("W");
  const other = await editorPicture(page, "download-png-social");
  const [withHeadline, withW] = [await inkByBand(page, social.bytes, 20), await inkByBand(page, other.bytes, 20)];
  assert.ok(withHeadline[0] + withHeadline[1] > withW[0] + withW[1] + 500, `the headline's ink: ${withHeadline.slice(0, 2)} against ${withW.slice(0, 2)}`);
  assert.ok(withHeadline.slice(8, 14).reduce((a, b) => a + b) > 2000, "the chart is drawn in the middle");
  const svg = await editorPicture(page, "download-svg");
  const text = svg.bytes.toString("utf8");
  assert.ok(text.includes("China–Korea FTA"), "the note is in the SVG");
  assert.ok(text.includes("W") && !text.includes("<sells>"), "the headline is text in the SVG, escaped");
  assertClean(problems);
  await context.close();
});

test("a heatmap's highlight is a row, a column, or both: their cell", async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.widget.url}?view=tci&lang=en`, { width: 1280 });
  await waitForChart(page, "tci-heatmap");
  await page.locator("[data-testid=embed-dialog] summary").click();
  await page.locator("[data-testid=embed-choice]").selectOption("tci-heatmap");
  const snippet = () => page.locator("[data-testid=embed-iframe]").inputValue();
  await page.locator("[data-testid=editor-highlight-row]").selectOption("CHN");
  assert.match(await snippet(), /highlight=tci-heatmap:row:CHN/);
  await page.locator("[data-testid=editor-highlight-col]").selectOption("KOR");
  assert.match(await snippet(), /highlight=tci-heatmap:cell:CHN%3EKOR/);
  await page.locator("[data-testid=editor-highlight-row]").selectOption("");
  assert.match(await snippet(), /highlight=tci-heatmap:col:KOR/);
  assert.equal(await page.locator("[data-testid=editor-note-year]").count(), 0, "a heatmap has no note on a year");
  // Its note is pinned to the highlighted cell.
  await page.locator("[data-testid=editor-highlight-row]").selectOption("CHN");
  await page.locator("[data-testid=editor-note-pinned]").fill("FTA, 2015");
  assert.match(await snippet(), /note=:FTA(,|%2C)%202015/);
  assert.match(await page.locator("[data-testid=editor-alt]").inputValue(), /Annotated at China → South Korea: FTA, 2015\./);
  assertClean(problems);
  await context.close();
});

/** The embed.js snippet of the editor set by `edit` on the page at `query`, once it has measured;
 *  of `chart`, or of the whole view when `wholeView`. */
async function measuredScriptSnippet(query, chart, edit, wholeView) {
  const { page, context } = await openPage(shared.browser, `${shared.widget.url}${query}`, { width: 1280 });
  await waitForChart(page, chart);
  await page.locator("[data-testid=embed-dialog] summary").click();
  await page.locator("[data-testid=embed-choice]").selectOption(wholeView ? "" : chart);
  await edit(page);
  // The editor measures the words' height once they change.
  await page.waitForFunction(() => /data-height-delta="-?\d+(,-?\d+){15}"/.test(document.querySelector("[data-testid=embed-snippet]").value));
  const snippet = await page.locator("[data-testid=embed-snippet]").inputValue();
  await context.close();
  return snippet;
}

const EDITS = {
  "a headline and description": ["?view=tci&lang=en", "tci-lines", "A headline long enough", async (page) => {
    await page.locator("[data-testid=editor-headline]").fill("A headline long enough to take two lines in a phone's narrow column of text");
    await page.locator("[data-testid=editor-description]").fill("One sentence of ours. " + "And more words than the widget's takeaway has, to wrap over more lines. ".repeat(2));
  }],
  "a lock (no controls) in Japanese": ["?view=rca&lang=ja", "rca-lines", "機械", async (page) => {
    await page.locator("[data-testid=editor-locked]").check();
  }],
  "a headline and description on the whole view": ["?view=tci&lang=en", "tci-lines", "The whole view, our way", async (page) => {
    await page.locator("[data-testid=editor-headline]").fill("The whole view, our way: a headline that takes two lines in a phone's column");
    await page.locator("[data-testid=editor-description]").fill("Our own sentence, longer than the widget's takeaway, so that it wraps over more lines. ".repeat(2));
  }, true],
};

for (const [what, [query, chart, heading, edit, wholeView]] of Object.entries(EDITS)) {
  for (const width of [375, 1280]) {
    test(`the embed.js snippet with ${what} has its height before it loads: nothing moves (${width} px)`, async () => {
      const snippet = await measuredScriptSnippet(query, chart, edit, wholeView);
      const host = await serveHostPage(articleWith(snippet.replace("<div ", '<div id="embed" ')));
      // A tall window, so that the article under the embed is in view: a move there counts.
      const hostContext = await shared.browser.newContext({ viewport: { width, height: 1800 } });
      await recordLayoutShifts(hostContext);
      const article = await hostContext.newPage();
      try {
        await article.goto(host.url);
        await article.locator("#embed > iframe").scrollIntoViewIfNeeded();
        const frame = await (await article.locator("#embed > iframe").elementHandle()).contentFrame();
        await frame.locator("#widget-app h2").filter({ hasText: heading }).waitFor({ timeout: 20000 });
        await frame.waitForFunction(drawnAtItsWidth, null, { timeout: 20000 });
        await article.mouse.wheel(0, 4000);
        await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const [inside, outside] = [await sumOfShifts(frame), await sumOfShifts(article)];
        // The height embed.js gave the frame before it loaded is the height it reported after.
        const [expected, reported] = await article.locator("#embed > iframe").evaluate((f) => [
          window.CJKTradeWidget.expectedHeight(f.getAttribute("data-query"), f.getBoundingClientRect().width, f.cjkHeightDelta),
          f.getBoundingClientRect().height,
        ]);
        console.log(`embed.js embed with ${what} at ${width} px: ${expected} px expected, ${reported} px reported; shift inside ${inside.toFixed(4)}, article ${outside.toFixed(4)}`);
        assert.ok(Math.abs(reported - expected) <= 6, `expected ${expected} px, the embed reported ${reported} px`);
        assert.equal(inside, 0, `layout shift inside the embed\n${await shiftSources(frame)}`);
        assert.ok(outside <= 0.01, `the article moved by ${outside}\n${await shiftSources(article)}`);
        if (what.includes("lock")) assert.equal(await frame.locator(".toolbar").count(), 0, "a locked embed has no controls");
      } finally {
        await hostContext.close();
        await host.close();
      }
    });
  }
}

test("the embed's language: only the latest pick applies, and a language that cannot be fetched leaves the choice as it was", async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.widget.url}?view=tci&lang=en`, { width: 1280 });
  await waitForChart(page, "tci-lines");
  // The Japanese texts are held until released; the Chinese ones cannot be fetched.
  let releaseJapanese;
  const japaneseHeld = new Promise((resolve) => (releaseJapanese = resolve));
  let japaneseAsked = false;
  await page.route(/data\/parts\/lang-ja\.[0-9a-f]+\.txt$/, async (route) => { japaneseAsked = true; await japaneseHeld; await route.continue(); });
  await page.route(/data\/parts\/lang-zh\.[0-9a-f]+\.txt$/, (route) => route.abort());
  await page.locator("[data-testid=embed-dialog] summary").click();
  const language = page.locator("[data-testid=embed-language]");
  const snippet = () => page.locator("[data-testid=embed-iframe]").inputValue();
  await language.selectOption("ja");
  await language.selectOption("ko");
  await page.waitForFunction(() => document.querySelector("[data-testid=embed-iframe]").value.includes(".ko.html"));
  assert.ok(japaneseAsked, "the Japanese texts were asked for first");
  releaseJapanese();
  // The Japanese texts arrive after the later pick: they are kept for later, not applied.
  await page.waitForFunction(() => performance.getEntriesByType("resource").some((r) => /lang-ja\./.test(r.name) && r.responseEnd > 0));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.match(await snippet(), /\.ko\.html\?.*lang=ko/);
  assert.equal(await language.inputValue(), "ko");
  // Chinese fails: the embed stays Korean, the select says so again, and the reason is shown.
  await language.selectOption("zh");
  await page.locator("[data-testid=embed-dialog] .control .error[role=alert]").waitFor();
  assert.equal(await language.inputValue(), "ko");
  assert.match(await snippet(), /\.ko\.html\?.*lang=ko/);
  assert.equal(await page.locator('[data-testid=embed-language] option[value=zh]').getAttribute("lang"), "zh-Hans");
  // The failed request is the one expected message in the console.
  problems.console = problems.console.filter((m) => !/lang-zh|Failed to load resource/.test(m));
  assertClean(problems);
  await context.close();
});

const BAR_NOTE = "Phones and chips";

for (const width of [375, 1280]) {
  test(`a bar chart's highlight and note, in Japanese, reach a host page as set (${width} px)`, async () => {
    const { page, context, problems } = await openPage(shared.browser, `${shared.widget.url}?view=between&lang=en`, { width: 1280 });
    await waitForChart(page, "between-top");
    await page.locator("[data-testid=embed-dialog] summary").click();
    await page.locator("[data-testid=embed-choice]").selectOption("between-top");
    await page.locator('[data-testid=editor-highlight] input[value="between-top:85"]').check();
    await page.locator("[data-testid=editor-note-pinned]").fill(BAR_NOTE);
    await page.locator("[data-testid=embed-language]").selectOption("ja");
    // The Japanese texts are fetched first, then the snippets follow.
    await page.waitForFunction(() => document.querySelector("[data-testid=embed-iframe]").value.includes(".ja.html"));
    const snippet = await page.locator("[data-testid=embed-iframe]").inputValue();
    assert.match(snippet, /embed-between-top\.ja\.html\?/);
    assert.match(snippet, /lang=ja/);
    assert.match(snippet, /highlight=between-top:85/);
    assert.match(snippet, /note=:Phones%20and%20chips/);
    // The alt text is in the embed's language, and names the bar the note is on.
    assert.match(await page.locator("[data-testid=editor-alt]").inputValue(), /の注記：Phones and chips。/);
    assertClean(problems);
    await context.close();

    await pastedIntoArticle(snippet, width, "bar-note-embed-ja", async (host, frame) => {
      assert.equal(await frame.evaluate(() => document.documentElement.lang), "ja");
      assert.match(await host.locator("iframe").getAttribute("aria-description"), /の注記：Phones and chips。/);
      // The named bar keeps its colour and the other nine are grey.
      const grey = await frame.locator("[data-chart=between-top] canvas").evaluate(pixelsOfColour, [0xb4, 0xb9, 0xc1, 4]);
      assert.ok(grey > 2000, `the other bars are grey (${grey} px)`);
    });
  });
}
