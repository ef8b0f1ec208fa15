// Hostile hosts and flaky devices: resize storms, rapid view switching and rapid year dragging
// leave no extra event listeners, timers or animation frames behind, and the wasm memory stays flat.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assertClean, openPage, useServerAndBrowser, waitForChart } from "./support.mjs";

const shared = useServerAndBrowser();

/** Installed before the page's scripts: counts the event listeners attached and not yet removed,
 *  the timers and animation frames scheduled and not yet run or cancelled, and keeps the wasm
 *  instance's memory. */
function countResources() {
  const key = (type, listener, options) => `${type}|${typeof options === "boolean" ? options : !!options?.capture}`;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  // A listener is identified by target, type, capture and function, as the DOM does.
  const entries = new Map();
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (listener && !(typeof options === "object" && options?.once)) {
      let byTarget = entries.get(this);
      if (!byTarget) entries.set(this, (byTarget = new Map()));
      const k = key(type, listener, options);
      let fns = byTarget.get(k);
      if (!fns) byTarget.set(k, (fns = new Set()));
      fns.add(listener);
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    entries.get(this)?.get(key(type, listener, options))?.delete(listener);
    return remove.call(this, type, listener, options);
  };
  const timers = new Set();
  const frames = new Set();
  const [setT, clearT, raf, caf] = [window.setTimeout, window.clearTimeout, window.requestAnimationFrame, window.cancelAnimationFrame];
  window.setTimeout = function (fn, ms, ...args) {
    const id = setT.call(window, (...a) => { timers.delete(id); if (typeof fn === "function") fn(...a); }, ms, ...args);
    timers.add(id);
    return id;
  };
  window.clearTimeout = function (id) { timers.delete(id); return clearT.call(window, id); };
  window.requestAnimationFrame = function (fn) {
    const id = raf.call(window, (t) => { frames.delete(id); fn(t); });
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = function (id) { frames.delete(id); return caf.call(window, id); };
  const instantiate = WebAssembly.instantiate;
  const instantiateStreaming = WebAssembly.instantiateStreaming;
  const keep = (result) => {
    const exports = (result.instance ?? result).exports;
    if (exports?.memory) window.__wasmMemory = exports.memory;
    return result;
  };
  WebAssembly.instantiate = (...a) => instantiate.apply(WebAssembly, a).then(keep);
  WebAssembly.instantiateStreaming = (...a) => instantiateStreaming.apply(WebAssembly, a).then(keep);
  window.__resources = () => {
    let listenerCount = 0;
    const byType = {};
    for (const byTarget of entries.values()) {
      for (const [k, fns] of byTarget) {
        listenerCount += fns.size;
        if (fns.size) byType[k] = (byType[k] ?? 0) + fns.size;
      }
    }
    return { listeners: listenerCount, byType, timers: timers.size, frames: frames.size, wasmBytes: window.__wasmMemory?.buffer.byteLength ?? 0 };
  };
}

/** Waits until no timer or animation frame is pending beyond `timers` (the page's steady ones),
 *  then returns the resources in use. */
async function settled(page, timers = 0) {
  await page.waitForFunction((t) => { const r = window.__resources(); return r.timers <= t && r.frames === 0; }, timers, { timeout: 20000 });
  return page.evaluate(() => window.__resources());
}

async function openCounted(url, options) {
  const context = await shared.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.addInitScript(countResources);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  await page.goto(url);
  return { page, context, errors };
}

/** Runs `warmUp` (which lets the allocator and caches settle), then `storm`, and checks that the
 *  storm left no listener, timer or animation frame behind and did not grow the wasm memory. */
async function assertNothingLeft(page, errors, what, warmUp, storm) {
  await warmUp();
  const before = await settled(page);
  await storm();
  const after = await settled(page);
  compare(before, after, what);
  assert.equal(after.wasmBytes, before.wasmBytes, `wasm memory after ${what}`);
  assert.deepEqual(errors, []);
}

const compare = (before, after, what) => {
  // The counters see the page: the app's own listeners and its wasm memory are there to count.
  assert.ok(before.listeners > 5 && before.wasmBytes > 1_000_000, `${what}: counted ${JSON.stringify(before)}`);
  assert.equal(after.listeners, before.listeners, `${what}: listeners ${JSON.stringify(before.byType)} → ${JSON.stringify(after.byType)}`);
  assert.equal(after.timers, before.timers, `${what}: pending timers`);
  assert.equal(after.frames, 0, `${what}: pending animation frames`);
};

test("100 resizes in a burst leave no listener, timer or frame behind, and memory flat", async () => {
  const { page, context, errors } = await openCounted(`${shared.server.url}?view=tci&lang=en`);
  await waitForChart(page, "tci-lines");
  const storm = async () => {
    for (let i = 0; i < 100; i++) await page.setViewportSize({ width: 320 + ((i * 97) % 1000), height: 700 + (i % 5) * 20 });
    await page.setViewportSize({ width: 1280, height: 900 });
  };
  // The first storm warms the allocator up; the second must not grow anything.
  await assertNothingLeft(page, errors, "the second resize storm", storm, storm);
  await context.close();
});

test("100 view switches leave no listener, timer or frame behind, and memory flat", async () => {
  const { page, context, errors } = await openCounted(`${shared.server.url}?view=tci&lang=en`);
  await waitForChart(page, "tci-lines");
  const tabs = page.locator(".tab");
  const count = await tabs.count();
  const cycle = async (switches) => {
    for (let i = 0; i < switches; i++) await tabs.nth((i * 4 + 1) % count).click();
    await tabs.nth(0).click();
    await waitForChart(page, "tci-lines");
  };
  await assertNothingLeft(page, errors, "100 view switches", () => cycle(count * 2), () => cycle(100));
  await context.close();
});

test("dragging the year back and forth 100 times leaves nothing behind", async () => {
  const { page, context, errors } = await openCounted(`${shared.server.url}?view=rca&lang=en`);
  await waitForChart(page, "rca-heatmap");
  const slider = page.locator("input[type=range]").first();
  const [min, max] = await slider.evaluate((e) => [Number(e.min), Number(e.max)]);
  const drag = async () => {
    for (let i = 0; i < 100; i++) await slider.fill(String(min + ((i * 7) % (max - min + 1))));
    await slider.fill(String(max));
    await page.waitForFunction((year) => document.querySelector("input[type=range]").value === String(year), max);
  };
  await assertNothingLeft(page, errors, "100 year changes", drag, drag);
  await context.close();
});
