// The three browser engines readers use, behind one small interface, for the cross-engine smoke
// suite and `make bench`:
// - Chromium through playwright-core (/usr/bin/chromium, apt `chromium`);
// - Firefox through puppeteer-core, which speaks WebDriver BiDi to /usr/bin/firefox-esr directly;
// - WebKit (the engine of Safari and of every iOS browser) through WebKitGTK's WebDriver
//   (/usr/bin/WebKitWebDriver, apt `webkit2gtk-driver`) driving its MiniBrowser. It needs an X
//   display: the Makefile runs the e2e suite under `xvfb-run`.
//
// The page interface: goto, evaluate, waitFor, click, pointerMove, setSize, screenshot, errors,
// close. Coordinates are CSS pixels of the viewport. `goto(url)` waits for the page's load event;
// `goto(url, { until: "dom" })` only for its document (in Chromium and Firefox; WebKit's WebDriver
// waits as its session says), for a page whose downloads are held back.
import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { launchBrowser } from "./support.mjs";

export const ENGINES = ["chromium", "firefox", "webkit"];

const FIREFOX = process.env.FIREFOX || "/usr/bin/firefox-esr";
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || "/usr/bin/WebKitWebDriver";
const MINIBROWSER = process.env.MINIBROWSER || "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/** Installed in every page: page errors are kept in `window.__pageErrors`, and `error` events of
 *  `<link>` and `<script>` elements (a failed preload) in `window.__resourceErrors`. Chromium and
 *  Firefox run it before the page's own scripts. Classic WebDriver (WebKit) has no console log and
 *  no such hook, so there it runs after the load, and errors of the start-up itself are read from
 *  the loader's `data-startup` state instead. */
const RECORD_ERRORS = `
  if (!window.__pageErrors) {
    window.__pageErrors = [];
    window.__resourceErrors = [];
    addEventListener("error", (e) => {
      const target = e.target;
      if (target && target !== window && target.tagName) {
        window.__resourceErrors.push(target.tagName.toLowerCase() + " " + (target.href || target.src));
      } else {
        window.__pageErrors.push(String(e.error || e.message));
      }
    }, true);
    addEventListener("unhandledrejection", (e) => window.__pageErrors.push(String(e.reason)));
  }`;

/** Waits until `predicate` (a function's source, run in the page with `args`) returns a truthy
 *  value; polls, so it works the same in every engine. */
async function poll(evaluate, predicate, args, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await evaluate(predicate, ...args).catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what || predicate}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Launches `name` ("chromium", "firefox" or "webkit"). */
export async function launchEngine(name) {
  if (name === "chromium") return launchChromium();
  if (name === "firefox") return launchFirefox();
  if (name === "webkit") return launchWebKit();
  throw new Error(`unknown engine ${name}`);
}

/** The page interface over a playwright or puppeteer page, whose APIs agree on what is used here
 *  but for resizing; `close` ends its browser context. */
function pageInterface(page, { setSize, close }) {
  const consoleErrors = [];
  page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(m.text()); });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  const evaluate = (fn, ...args) => page.evaluate(`(${fn})(...${JSON.stringify(args)})`);
  return {
    evaluate,
    async goto(url, { until = "load" } = {}) { await page.goto(url, { waitUntil: until === "dom" ? "domcontentloaded" : "load" }); },
    waitFor: (fn, args = [], timeoutMs = 20000, what) => poll(evaluate, fn, args, timeoutMs, what),
    click: (selector) => page.click(selector),
    pointerMove: (x, y) => page.mouse.move(x, y),
    setSize,
    screenshot: (path) => page.screenshot({ path, fullPage: true }),
    errors: async () => [...consoleErrors, ...(await evaluate(() => window.__resourceErrors || []))],
    close,
  };
}

async function launchChromium() {
  const browser = await launchBrowser();
  return {
    name: "chromium",
    minWidth: 320,
    async newPage({ width = 1280, height = 900 } = {}) {
      const context = await browser.newContext({ viewport: { width, height } });
      await context.addInitScript(RECORD_ERRORS);
      const page = await context.newPage();
      return pageInterface(page, {
        setSize: (w, h) => page.setViewportSize({ width: w, height: h }),
        close: () => context.close(),
      });
    },
    close: () => browser.close(),
  };
}

async function launchFirefox() {
  const { default: puppeteer } = await import("puppeteer-core");
  const browser = await puppeteer.launch({ browser: "firefox", executablePath: FIREFOX, headless: true });
  return {
    name: "firefox",
    minWidth: 320,
    async newPage({ width = 1280, height = 900 } = {}) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height });
      await page.evaluateOnNewDocument(RECORD_ERRORS);
      return pageInterface(page, {
        setSize: (w, h) => page.setViewport({ width: w, height: h }),
        close: () => context.close(),
      });
    },
    close: () => browser.close(),
  };
}

/** A free TCP port on 127.0.0.1 for the WebDriver server. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** How long one WebDriver command may take before it counts as hung, and how long and how often a
 *  new session is tried. */
const COMMAND_TIMEOUT_MS = 60000;
const SESSION_TIMEOUT_MS = 45000;
const SESSION_ATTEMPTS = 3;

/** Starts WebKitWebDriver on a free port and waits until it answers. */
async function startWebKitDriver() {
  const port = await freePort();
  // In a process group of its own with the MiniBrowsers it starts: a MiniBrowser whose session
  // never ended (its web process died) outlives the driver, and it holds the driver's stderr,
  // which kept this Node process from ever exiting. Stopping the driver ends the whole group.
  const child = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: ["ignore", "ignore", "pipe"], detached: true });
  let log = "";
  child.stderr.on("data", (chunk) => { log += chunk; });
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const base = `http://127.0.0.1:${port}`;
  // The driver listens a moment after it starts: wait for its status to answer.
  await poll(async () => (await fetch(`${base}/status`)).ok, "WebKitWebDriver /status", [], 10000, `WebKitWebDriver on port ${port} (${log})`);
  return {
    base,
    log: () => log.slice(-500),
    async stop() {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // The group has ended already.
      }
      child.stderr.destroy();
      await exited;
    },
  };
}

/** A client of the W3C WebDriver protocol, which is a few JSON requests over HTTP. Hand-written:
 *  the npm clients that speak it (selenium-webdriver 4.3x+, webdriverio) need Node 22 or bring
 *  dozens of packages, and this suite uses eight commands. */
async function launchWebKit() {
  let driver = await startWebKitDriver();
  async function command(method, path, body, timeoutMs = COMMAND_TIMEOUT_MS) {
    const response = await fetch(driver.base + path, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    return json.value;
  }
  /** A new session. WebKitWebDriver sometimes never answers `POST /session` when the machine is
   *  busy (the MiniBrowser it starts does not connect back): after a bounded wait the driver is
   *  restarted and the request made again, so one stuck start costs a minute, not the test. */
  async function newSession(capabilities) {
    for (let attempt = 1; ; attempt++) {
      try {
        return (await command("POST", "/session", { capabilities }, SESSION_TIMEOUT_MS)).sessionId;
      } catch (error) {
        if (attempt >= SESSION_ATTEMPTS) throw new Error(`WebKit session did not start after ${attempt} attempts: ${error.message} (${driver.log()})`);
        await driver.stop();
        driver = await startWebKitDriver();
      }
    }
  }
  const sessions = new Set();
  return {
    name: "webkit",
    // WebKitGTK's window cannot be made narrower than about 447 px.
    minWidth: 450,
    async newPage({ width = 1280, height = 900 } = {}) {
      const sessionId = await newSession({
        alwaysMatch: { "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] } },
      });
      sessions.add(sessionId);
      const session = `/session/${sessionId}`;
      const evaluate = (fn, ...args) =>
        command("POST", `${session}/execute/sync`, { script: `return (${fn})(...arguments)`, args });
      const setSize = (w, h) => command("POST", `${session}/window/rect`, { width: w, height: h });
      await setSize(width, height);
      return {
        evaluate,
        async goto(url) {
          await command("POST", `${session}/url`, { url });
          await command("POST", `${session}/execute/sync`, { script: RECORD_ERRORS, args: [] });
        },
        waitFor: (fn, args = [], timeoutMs = 20000, what) => poll(evaluate, fn, args, timeoutMs, what),
        async click(selector) {
          const element = await command("POST", `${session}/element`, { using: "css selector", value: selector });
          await command("POST", `${session}/element/${Object.values(element)[0]}/click`, {});
        },
        pointerMove: (x, y) => command("POST", `${session}/actions`, {
          actions: [{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions: [{ type: "pointerMove", duration: 0, x: Math.round(x), y: Math.round(y), origin: "viewport" }] }],
        }),
        setSize,
        async screenshot(path) {
          // WebDriver captures the viewport: grow the window to the page's height first.
          const rect = await command("GET", `${session}/window/rect`);
          const full = await evaluate(() => document.documentElement.scrollHeight);
          if (full > rect.height) await setSize(rect.width, full + (rect.height - (await evaluate(() => innerHeight))));
          await writeFile(path, Buffer.from(await command("GET", `${session}/screenshot`), "base64"));
          if (full > rect.height) await setSize(rect.width, rect.height);
        },
        errors: () => evaluate(() => [...(window.__pageErrors || []), ...(window.__resourceErrors || [])]),
        async close() {
          sessions.delete(sessionId);
          await command("DELETE", session).catch(() => {});
        },
      };
    },
    async close() {
      for (const id of sessions) await command("DELETE", `/session/${id}`).catch(() => {});
      await driver.stop();
    },
  };
}
