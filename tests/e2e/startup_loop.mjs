// Start-up reliability for `make bench`: the first view loaded many times in a row in each engine,
// counting what the loader reports in `#widget-root[data-startup]` ("ready", "failed"), the
// loads that only started after the loader's one retry (a trapped wasm), loads that never
// finished, page errors, and `error` events of <link>/<script> elements (the modulepreload).
import { serveDist } from "./support.mjs";
import { ENGINES, launchEngine } from "./engines.mjs";

/** Start-up outcome of the page, once there is one; "-after-retry" when the loader reloaded. */
const outcome = () => {
  const state = document.getElementById("widget-root")?.dataset.startup;
  if (state !== "ready" && state !== "failed") return null;
  const [navigation] = performance.getEntriesByType("navigation");
  return navigation?.type === "reload" ? `${state}-after-retry` : state;
};

/** Loads the first view `loads` times in `engineName`; resolves to counts per outcome and the
 *  first few problems seen. */
export async function startupLoop(engineName, loads, serverUrl) {
  const engine = await launchEngine(engineName);
  const counts = {};
  const problems = [];
  const count = (key, detail) => {
    counts[key] = (counts[key] || 0) + 1;
    if (detail && problems.length < 5) problems.push(detail);
  };
  let page = await engine.newPage({ width: 1280, height: 900 });
  try {
    for (let i = 0; i < loads; i++) {
      try {
        await page.goto(`${serverUrl}?lang=en&load=${i}`);
        const state = await page.waitFor(outcome, [], 20000, "start-up");
        const errors = await page.errors();
        count(state, state === "ready" ? null : `load ${i}: ${state}`);
        if (errors.some((e) => /^(link|script) /.test(e))) count("preload error event", `load ${i}: ${errors.join("; ")}`);
        else if (errors.length) count("page error", `load ${i}: ${errors.join("; ")}`);
      } catch (error) {
        // The load is counted, and the page replaced by a new one in a new session: whether the
        // browser is gone (its process crashed) or its web process died under a session that
        // still answers, in which case every later command would time out in turn.
        const gone = /invalid session|Target closed|disconnected/i.test(String(error));
        // What the page showed when it was given up on, if it still answers: the loader's state,
        // whether the still picture and the app are there, and the errors it recorded.
        const seen = gone ? null : await Promise.race([
          page.evaluate(() => JSON.stringify({
            startup: document.getElementById("widget-root")?.dataset.startup ?? null,
            still: !!document.getElementById("widget-static"),
            app: !!document.querySelector("#widget-app .view"),
            starting: document.documentElement.classList.contains("cjk-starting"),
          })).catch(() => null),
          new Promise((resolve) => setTimeout(() => resolve(null), 5000)),
        ]);
        const errors = gone || !seen ? [] : await page.errors().catch(() => []);
        const detail = [String(error).split("\n")[0], seen, ...errors].filter(Boolean).join("; ");
        count(gone ? "browser gone" : "never finished", `load ${i}: ${detail}`);
        await page.close().catch(() => {});
        page = await engine.newPage({ width: 1280, height: 900 });
      }
    }
  } finally {
    await page.close().catch(() => {});
    await engine.close();
  }
  return { counts, problems };
}

/** How much of the wasm's 1 MiB shadow stack the opening of `view` used, in KiB. Rust's wasm32
 *  layout puts the stack first in linear memory (addresses 0 to 1 MiB, growing down) and memory
 *  starts zeroed, so the lowest non-zero byte below 1 MiB is the high-water mark. The app's
 *  module is imported again by the same URL (the same instance); its init returns the exports. */
async function shadowStackKiB(engine, serverUrl, view) {
  const page = await engine.newPage({ width: 1280, height: 900 });
  try {
    await page.goto(`${serverUrl}?lang=en&view=${view}`);
    await page.waitFor(outcome, [], 20000, "start-up");
    await page.evaluate(() => {
      window.__stackKiB = null;
      import(document.querySelector('link[data-cjk-app="js"]').href).then((app) => app.default()).then((wasm) => {
        const memory = new Uint8Array(wasm.memory.buffer, 0, 1 << 20);
        const lowest = memory.findIndex((byte) => byte !== 0);
        window.__stackKiB = lowest < 0 ? 0 : ((1 << 20) - lowest) / 1024;
      });
    });
    return await page.waitFor(() => window.__stackKiB, [], 10000, "the stack measurement");
  } finally {
    await page.close();
  }
}

/** Runs the loop in every engine and prints one line each. */
export async function printStartupReliability(loads) {
  const server = await serveDist();
  try {
    for (const engine of ENGINES) {
      const started = Date.now();
      const { counts, problems } = await startupLoop(engine, loads, server.url);
      const failures = loads - (counts.ready || 0);
      const summary = Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(", ");
      console.log(`startup ${engine}: ${loads} loads of the first view in a row: ${failures} not cleanly ready (${summary}) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      for (const problem of problems) console.log(`        ${problem}`);
      const stack = await launchEngine(engine);
      try {
        const used = [];
        for (const view of ["tci", "rca", "parks"]) used.push(`${view} ${(await shadowStackKiB(stack, server.url, view)).toFixed(1)}`);
        console.log(`        shadow stack used at start-up, KiB of 1024: ${used.join(", ")}`);
      } finally {
        await stack.close();
      }
    }
  } finally {
    await server.close();
  }
}
