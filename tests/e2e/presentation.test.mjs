// How the widget presents itself beyond the screen: printing, and readers who ask for less motion.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertClean, openPage, useServerAndBrowser, waitForChart } from "./support.mjs";

const shared = useServerAndBrowser();

test("printing a view gives its charts, takeaway and sources without the controls", async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?view=between&lang=en`);
  await waitForChart(page, "between-top");
  await page.emulateMedia({ media: "print" });
  const shown = (selector) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).display !== "none" && e.getBoundingClientRect().height > 0);
  for (const control of [".tabs", ".toolbar", ".table-toggle", ".chart-downloads", ".footer", ".embed"]) {
    assert.equal(await shown(control), false, `${control} is not printed`);
  }
  for (const content of [".takeaway", "[data-chart=between-top] canvas", ".source", "[data-panel=between-tsc] .note"]) {
    assert.equal(await shown(content), true, `${content} is printed`);
  }
  const pdf = await page.pdf({ format: "A4" });
  assert.ok(pdf.length > 10_000, `a printed view of ${pdf.length} bytes`);
  assertClean(problems);
  await context.close();
});

test("with reduced motion nothing animates; otherwise tabs and legend fade briefly", async () => {
  for (const [reducedMotion, expected] of [["reduce", "0s"], ["no-preference", "0.15s"]]) {
    const { page, context } = await openPage(shared.browser, `${shared.server.url}?lang=en`);
    await page.emulateMedia({ reducedMotion });
    await waitForChart(page, "tci-lines");
    for (const selector of [".tab", ".legend-item"]) {
      const duration = await page.locator(selector).first().evaluate((e) => getComputedStyle(e).transitionDuration.split(",")[0].trim());
      assert.equal(duration, expected, `${selector} with ${reducedMotion}`);
    }
    const smooth = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    assert.equal(smooth, "auto", "no smooth scrolling");
    await context.close();
  }
});
