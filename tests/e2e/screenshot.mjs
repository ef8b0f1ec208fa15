// Screenshots while developing: node tests/e2e/screenshot.mjs <query> <width> <name> [scale] [selector]
import { serveDist, launchBrowser, openPage, startupOutcome, canvasesDrawn } from "./support.mjs";
const server = await serveDist();
const browser = await launchBrowser();
const [path, width, name, scale, selector] = process.argv.slice(2);
const { page, problems } = await openPage(browser, server.url + (path || ""), { width: Number(width || 1280), deviceScaleFactor: Number(scale || 1) });
// Ready once the app has started and every canvas on the page has been drawn at its size.
await page.waitForFunction(startupOutcome);
await page.waitForFunction(canvasesDrawn);
if (selector) await page.locator(selector).first().screenshot({ path: `/tmp/png/${name}.png` });
else await page.screenshot({ path: `/tmp/png/${name || "page"}.png`, fullPage: true });
console.log(JSON.stringify(problems));
await browser.close(); await server.close();
