// `make embed-heights`: measures every embed (each chart, each whole view and a working under each
// chart a working opens under, in each language)
// at the column widths of COLUMN_WIDTHS_PX in the built widget (dist/), and writes the table into
// www/embed.js between its MEASURED HEIGHTS markers. embed.js then gives each iframe its height
// before the frame loads, so that the host article does not move when the widget starts.
// Run it after a change of layout or texts; tests/e2e/embed_heights.test.mjs fails when the table
// no longer matches the widget.
import { readFile, writeFile } from "node:fs/promises";
import {
  COLUMN_WIDTHS_PX, LANGUAGES, VIEW_CODES, WORKING_SAMPLES, embedHeightsAt, embedKey, iframeSnippets, launchBrowser, openPage,
  serveDist, snippetQuery, workingSnippet,
} from "../tests/e2e/support.mjs";

const EMBED_JS = new URL("../www/embed.js", import.meta.url).pathname;
const BEGIN = "// BEGIN MEASURED HEIGHTS";
const END = "// END MEASURED HEIGHTS";

const server = await serveDist();
const browser = await launchBrowser();
try {
  const widget = await openPage(browser, `${server.url}?lang=en`, { width: 1280 });
  const queries = [];
  for (const view of VIEW_CODES) {
    for (const [, snippet] of await iframeSnippets(widget.page, view)) queries.push(snippetQuery(snippet));
  }
  // A working's embed: its chart with the working under it, one sample per chart it opens under.
  for (const [view, key] of WORKING_SAMPLES) {
    queries.push(snippetQuery(await workingSnippet(widget.page, server.url, view, key)));
  }
  await widget.context.close();

  const host = await openPage(browser, "about:blank", { width: 1400, height: 900, waitFor: null });
  const rows = [];
  for (const query of queries) {
    const key = embedKey(query);
    const byLanguage = [];
    for (const lang of LANGUAGES) {
      const heights = await embedHeightsAt(host.page, server.url, `${query}&lang=${lang}`, COLUMN_WIDTHS_PX);
      byLanguage.push(`${lang}: [${heights.join(", ")}]`);
    }
    rows.push(`    ${JSON.stringify(key)}: { ${byLanguage.join(", ")} },`);
    console.log(`${key}: measured`);
  }
  await host.context.close();

  const table = [
    BEGIN,
    "  // Written by `make embed-heights` (tools/embed_heights.mjs) from the built widget: each embed's",
    "  // content height in CSS px, in its default state, at each column width of WIDTHS_PX. Do not edit.",
    `  var WIDTHS_PX = [${COLUMN_WIDTHS_PX.join(", ")}];`,
    "  var HEIGHTS_PX = {",
    ...rows,
    "  };",
    `  ${END}`,
  ].join("\n");
  const source = await readFile(EMBED_JS, "utf8");
  const begin = source.indexOf(BEGIN);
  const end = source.indexOf(END);
  if (begin < 0 || end < 0) throw new Error(`${EMBED_JS} lacks the ${BEGIN} / ${END} markers`);
  await writeFile(EMBED_JS, source.slice(0, begin) + table + source.slice(end + END.length));
  console.log(`wrote ${rows.length} embeds × ${LANGUAGES.length} languages × ${COLUMN_WIDTHS_PX.length} widths into www/embed.js`);
} finally {
  await browser.close();
  await server.close();
}
