// Accessibility: axe-core finds no violation of any impact on any view, in both themes, at a phone's
// and a desktop's width, nor in a single-chart embed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { VIEW_CODES, openDrawnPage, useServerAndBrowser } from "./support.mjs";

const shared = useServerAndBrowser();
const AXE_SOURCE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Runs axe on the page (every rule, whatever its impact) and returns its violations as short lines. */
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(" ")} — ${v.nodes[0]?.failureSummary?.split("\n")[1]?.trim() ?? v.help}`);
  });
  return violations;
}

for (const theme of ["light", "dark"]) {
  for (const width of [375, 1280]) {
    test(`axe finds nothing on any view in the ${theme} theme at ${width} px`, async () => {
      const found = [];
      for (const view of VIEW_CODES) {
        const { page, context } = await openDrawnPage(shared.browser, `${shared.server.url}?view=${view}&lang=en&theme=${theme}`, { width });
        found.push(...(await axeViolations(page)).map((v) => `${view}: ${v}`));
        await context.close();
      }
      assert.deepEqual(found, []);
    });
  }
}

test("axe finds nothing in single-chart embeds or in the other languages", async () => {
  const found = [];
  const pages = [
    "?embed=1&view=tci&panel=tci-lines&lang=en",
    "?embed=1&view=parks&panel=parks-map&lang=en&theme=dark",
    "?view=rca&lang=zh",
    "?view=between&lang=ja",
    "?view=parks&lang=ko",
  ];
  for (const query of pages) {
    const { page, context } = await openDrawnPage(shared.browser, `${shared.server.url}${query}`, { width: 640 });
    found.push(...(await axeViolations(page)).map((v) => `${query}: ${v}`));
    await context.close();
  }
  assert.deepEqual(found, []);
});

test("axe finds nothing in an open working, nor in a pinned tooltip with its buttons, in both themes", async () => {
  const found = [];
  for (const [query, width] of [
    ["?view=tci&lang=en&theme=light&why=tci:KOR%3ECHN:2018", 375],
    ["?view=tci&lang=zh&theme=dark&why=tci:KOR%3ECHN:2018", 1280],
    ["?view=rca&lang=en&theme=dark&why=rca:KOR%3E13:2019", 1280],
    ["?view=tsc&lang=ja&theme=light&why=gl:JPN:2018", 375],
  ]) {
    const { page, context } = await openDrawnPage(shared.browser, `${shared.server.url}${query}`, { width });
    await page.locator("[data-role=working]").waitFor();
    // Pin the first chart's tooltip, so that its value buttons are checked too.
    const box = await page.locator(".chart canvas").first().boundingBox();
    await page.mouse.click(box.x + box.width * 0.8, box.y + box.height / 2);
    found.push(...(await axeViolations(page)).map((v) => `${query}: ${v}`));
    await context.close();
  }
  assert.deepEqual(found, []);
});
