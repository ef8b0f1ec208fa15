import { serveDist, launchBrowser } from "./support.mjs";
import { gzipSync } from "node:zlib";
const server = await serveDist();
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
const page = await context.newPage();
const seen = [];
page.on("response", async (r) => { try { const b = await r.body(); seen.push([r.url().split("/").pop().slice(0, 60), b.length, gzipSync(b, { level: 9 }).length]); } catch {} });
await page.goto(server.url + process.argv[2]);
await page.waitForFunction(() => !document.getElementById("widget-static") && document.querySelector("canvas"));
await page.waitForLoadState("networkidle");
let t = 0; for (const [u, raw, gz] of seen) { t += gz; console.log(String(gz).padStart(8), String(raw).padStart(9), u); }
console.log("total gzip", t);
await browser.close(); await server.close();
