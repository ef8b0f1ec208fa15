// Bring your own data: a reader loads the World Bank's WITS Trade Summary of a country (here the
// bundled Vietnam file under another name), sees it in the pickers, and gets the same indices the
// CLI computes; a bad file shows its line and reason and changes nothing already loaded.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { assertClean, openPage, useServerAndBrowser, waitForChart } from "./support.mjs";

const shared = useServerAndBrowser();
const VIETNAM = await readFile(new URL("../fixtures/wits/en_VNM_AllYears_WITS_Trade_Summary.CSV", import.meta.url));
/** `indices --index rca --year 2019` for VNM, Mach and Elec: 1.579558. */
const VNM_MACHINERY_RCA_2019 = "1.580";

async function loadFiles(page, files) {
  await page.locator("[data-testid=own-data] summary").click();
  await page.locator("input[type=file][data-action=load-data]").setInputFiles(files);
}

/** The data table of a panel as rows of cell texts (opened if it is closed). */
async function tableRows(page, panel) {
  const toggle = page.locator(`[data-panel=${panel}] .table-toggle`);
  if ((await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
  return page.locator(`#${panel}-table table`).evaluate((t) => [...t.rows].map((r) => [...r.cells].map((c) => c.textContent.trim())));
}

test("a WITS file under any name joins the pickers and gives the CLI's RCA", async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?view=rca&year=2019&lang=en`);
  await waitForChart(page, "rca-heatmap");
  await loadFiles(page, [{ name: "my-download.csv", mimeType: "text/csv", buffer: VIETNAM }]);
  const loaded = page.locator("[data-testid=own-data-loaded] li");
  await loaded.first().waitFor();
  assert.match(await loaded.first().textContent(), /Vietnam \(your data\) from my-download\.csv, 2000–2019/);
  assert.match(await page.locator("[data-testid=own-data]").textContent(), /never uploaded/);
  // It is offered under "Your data" and, once added, is a column of the heatmap.
  const picker = page.locator("select:has(optgroup)");
  assert.equal(await picker.locator("optgroup").getAttribute("label"), "Your data");
  await picker.selectOption({ label: "Vietnam (your data)" });
  await page.waitForFunction(() => [...document.querySelectorAll(".chip")].some((c) => c.textContent.includes("Vietnam (your data)")));
  const rows = await tableRows(page, "rca-heatmap");
  const column = rows[0].indexOf("Vietnam (your data)");
  assert.ok(column > 0, `columns ${rows[0]}`);
  const machinery = rows.find((r) => r[0] === "Machinery and electrical");
  assert.equal(machinery[column], VNM_MACHINERY_RCA_2019);
  // The link says that the reader's own data were used, without carrying them.
  await page.waitForFunction(() => new URL(location.href).searchParams.get("own-data") === "1");
  assert.ok(!page.url().includes("XAA"), page.url());
  assertClean(problems);
  await context.close();
});

test("a corrupt file shows its line and reason, and what was loaded stays", async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?view=rca&year=2019&lang=en`);
  await waitForChart(page, "rca-heatmap");
  await loadFiles(page, [{ name: "vietnam.csv", mimeType: "text/csv", buffer: VIETNAM }]);
  await page.locator("[data-testid=own-data-loaded] li").first().waitFor();
  await page.locator("select:has(optgroup)").selectOption({ label: "Vietnam (your data)" });
  const before = await tableRows(page, "rca-heatmap");
  // The same file with text in a number cell of its first export row.
  const lines = VIETNAM.toString("utf8").split("\n");
  const row = lines.findIndex((l) => l.includes("Export(US$ Mil)"));
  lines[row] = lines[row].replace(/,[^,]*$/, ",twelve");
  await page.locator("input[type=file][data-action=load-data]").setInputFiles([{ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n")) }]);
  const errors = page.locator("[data-testid=own-data-errors]");
  await errors.waitFor();
  assert.equal((await errors.textContent()).trim(), `broken.csv, line ${row + 1}: bad number "twelve"`);
  assert.equal(await page.locator("[data-testid=own-data-loaded] li").count(), 1);
  assert.deepEqual(await tableRows(page, "rca-heatmap"), before);
  // Remove, then load again and reset: the article's data alone remain.
  await page.locator("[data-testid=own-data-loaded] li button").click();
  await page.locator("[data-testid=own-data-loaded]").waitFor({ state: "detached" });
  assert.equal(await page.locator(".chip").count(), 0);
  await page.locator("input[type=file][data-action=load-data]").setInputFiles([{ name: "again.csv", mimeType: "text/csv", buffer: VIETNAM }]);
  await page.locator("[data-action=reset-data]").click();
  await page.locator("[data-testid=own-data-loaded]").waitFor({ state: "detached" });
  assertClean(problems);
  await context.close();
});

test("competition compares the reader's country with the three; other views say they cannot", async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?view=esi&lang=en`);
  await waitForChart(page, "esi-lines");
  await loadFiles(page, [{ name: "vn.csv", mimeType: "text/csv", buffer: VIETNAM }]);
  await page.locator("[data-control=esi-own-country]").selectOption({ label: "Vietnam (your data)" });
  await page.waitForFunction(() => [...document.querySelectorAll("[data-panel=esi-lines] .legend-item")].some((e) => e.textContent.includes("Vietnam (your data)–China")));
  const bars = await tableRows(page, "esi-stacked");
  assert.ok(bars[0].includes("Vietnam (your data) (US$ bn)"), `${bars[0]}`);
  // The complementarity view uses OEC sections and imports: it says so for the reader's data.
  await page.locator(".tab", { hasText: "Complementarity" }).click();
  await page.locator("[data-testid=own-data] summary").waitFor();
  assert.match(await page.locator("[data-testid=own-data]").textContent(), /cannot show your data/);
  assertClean(problems);
  await context.close();
});

test("files dropped on the panel load like picked ones", async () => {
  const { page, context, problems } = await openPage(shared.browser, `${shared.server.url}?view=rca&lang=en`);
  await waitForChart(page, "rca-heatmap");
  const drop = await page.evaluateHandle((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], "dropped.csv", { type: "text/csv" }));
    return transfer;
  }, VIETNAM.toString("utf8"));
  const zone = page.locator("[data-testid=own-data]");
  await zone.dispatchEvent("dragover", { dataTransfer: drop });
  await zone.dispatchEvent("drop", { dataTransfer: drop });
  const loaded = page.locator("[data-testid=own-data-loaded] li");
  await loaded.first().waitFor();
  assert.match(await loaded.first().textContent(), /from dropped\.csv/);
  assertClean(problems);
  await context.close();
});

test("the embed dialog's snippet lets readers load data only when the journalist ticks it", async () => {
  const { page, context } = await openPage(shared.browser, `${shared.server.url}?view=rca&lang=en`);
  await page.locator("[data-testid=embed-dialog] summary").click();
  const snippet = page.locator("[data-testid=embed-snippet]");
  assert.ok(!(await snippet.inputValue()).includes("allow-upload"));
  await page.locator("[data-testid=embed-allow-upload]").check();
  await page.waitForFunction(() => document.querySelector("[data-testid=embed-snippet]").value.includes("allow-upload=1"));
  await context.close();
});

test("a link made with the reader's data says so; embeds offer loading only when asked", async () => {
  const { page, context } = await openPage(shared.browser, `${shared.server.url}?view=rca&lang=en&own-data=1`);
  await page.locator("[data-testid=own-data-link-notice]").waitFor();
  await context.close();
  const plain = await openPage(shared.browser, `${shared.server.url}?embed=1&view=rca&panel=rca-heatmap&lang=en`);
  await waitForChart(plain.page, "rca-heatmap");
  assert.equal(await plain.page.locator("input[type=file][data-action=load-data]").count(), 0);
  await plain.context.close();
  const allowed = await openPage(shared.browser, `${shared.server.url}?embed=1&view=rca&panel=rca-heatmap&lang=en&allow-upload=1`);
  await waitForChart(allowed.page, "rca-heatmap");
  await loadFiles(allowed.page, [{ name: "vn.csv", mimeType: "text/csv", buffer: VIETNAM }]);
  await allowed.page.locator("[data-testid=own-data-loaded] li").first().waitFor();
  await allowed.context.close();
});
