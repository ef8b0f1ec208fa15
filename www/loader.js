// Starts the widget. An external file, not an inline script, so that the page runs under a
// strict Content-Security-Policy (`script-src 'self' 'wasm-unsafe-eval'`). Trunk gives it a
// content hash; every address is relative to the page, so dist/ works under any sub-path.
//
// 1. Start fetching the data the opening view needs and the texts of the reader's language
//    (named in data/parts/manifest.txt) while the wasm downloads; the widget picks these
//    requests up from `cjkTradeWidgetFetches`.
// 2. Load the wasm-bindgen module and the wasm (named by the <link>s Trunk writes), once the
//    prerendered page has been painted.
// 3. If start-up fails, retry once if the wasm trapped, and otherwise say so in the page instead
//    of leaving a blank box.
const fetches = (window.cjkTradeWidgetFetches = window.cjkTradeWidgetFetches || new Map());

function fetchBytes(relative) {
  const url = new URL(relative, document.baseURI).href;
  if (!fetches.has(url)) {
    fetches.set(url, fetch(url).then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`HTTP ${r.status}`)))));
  }
  return fetches.get(url);
}

/** The opening language's code as the widget chooses it: the link's, else the browser's. */
function openingLanguage(query) {
  const code = query.has("lang") ? query.get("lang") : navigator.language || "";
  return code.toLowerCase().split(/[-_]/)[0];
}

async function prefetchOpeningView() {
  const folder = "data/parts/";
  const query = new URLSearchParams(location.search);
  const view = query.get("view") || "tci";
  const language = openingLanguage(query);
  const manifest = new TextDecoder().decode(await fetchBytes(folder + "manifest.txt"));
  const files = new Map();
  let parts = [];
  let translation = null;
  for (const line of manifest.split("\n")) {
    const words = line.trim().split(/\s+/);
    if (words[0] === "file" && words.length === 3) files.set(words[1], words[2]);
    if (words[0] === "view" && words[1] === view) parts = words.slice(2);
    // English is in the wasm; the other languages' texts are files of their own.
    if (words[0] === "lang" && words[1] === language && words.length === 3) translation = words[2];
  }
  const names = parts.filter((part) => files.has(part)).map((part) => files.get(part));
  if (translation) names.push(translation);
  for (const name of names) fetchBytes(folder + name).catch(() => {});
}

// Start-up ends when the app announces that its opening view has drawn ("cjk-trade-widget:ready").
// Until then a trap of the wasm (`WebAssembly.RuntimeError`, such as the rare "Out of bounds
// memory access" WebKit reported) would leave a half page: the page reloads once to try again,
// and if that start also traps, it says so. The outcome is kept in `#widget-root[data-startup]`
// ("loading", "retrying", then "ready", "failed" or "crashed"), which the tests and `make bench` read.
const root = () => document.getElementById("widget-root");
let started = false;

function setStartup(state) {
  root()?.setAttribute("data-startup", state);
}

function isWasmTrap(error) {
  return typeof WebAssembly !== "undefined" && error instanceof WebAssembly.RuntimeError;
}

/** True when this page load is itself a reload (by the reader, or by the retry below). */
function isReload() {
  const [navigation] = performance.getEntriesByType?.("navigation") || [];
  return navigation?.type === "reload";
}

function showStartupError(error) {
  console.error("cjk-trade-widget: could not start", error);
  setStartup("failed");
  const element = root();
  if (!element) return;
  // A choice made while it started will not be made.
  takePendingChoice();
  // A prerendered page keeps its still picture, with a line that says why it is not interactive.
  const still = document.getElementById("widget-static");
  if (still) {
    document.getElementById("widget-app")?.remove();
    document.documentElement.classList.remove("cjk-starting");
    still.querySelector('[data-static-note="no-app"]')?.removeAttribute("hidden");
    return;
  }
  const message = document.createElement("p");
  message.className = "error startup-error";
  message.setAttribute("role", "alert");
  message.textContent = "The widget could not start in this browser. Reload the page to try again; the data are in ";
  const link = document.createElement("a");
  link.href = "data/trade.csv";
  link.textContent = "data/trade.csv";
  message.append(link, ".");
  element.replaceChildren(message);
}

function onStartupTrap(error) {
  if (started || !isWasmTrap(error)) return;
  started = true;
  // A panic of the app ends in a trap too, but it has shown its own message: no reload then.
  if (window.cjkTradeWidgetPanicked) {
    setStartup("crashed");
    return;
  }
  if (isReload()) {
    showStartupError(error);
  } else {
    console.warn("cjk-trade-widget: the start-up trapped; reloading once", error);
    setStartup("retrying");
    location.reload();
  }
}

// A reader's choice on the prerendered page while the app starts is not lost: the last one (a
// button pressed, a picker or the year slider moved) is remembered, its control marked
// `.is-pending`, and made again in the app once the app has taken the page's place. Nor is a
// keyboard reader's place: the control that has the focus when the page is replaced gets it back
// in the app. Both are rendered by the same components from the same state, so a control is found
// again by what it is (its tag, id, action, label and text) and its place among the controls that
// look the same.
let pendingChoice = null;
let focusedOnStill = null;
const CHOICE_EVENTS = { BUTTON: "click", SELECT: "change", INPUT: "input" };

/** Forgets the remembered choice, if any, and unmarks its control; returns it. */
function takePendingChoice() {
  const choice = pendingChoice;
  pendingChoice = null;
  choice?.control.classList.remove("is-pending");
  return choice;
}

function controlSignature(control) {
  return [control.tagName, control.id, control.getAttribute("data-action"), control.getAttribute("aria-label"),
    control.textContent.trim()].join("|");
}

function controlsLike(signature, tag, root) {
  return [...root.querySelectorAll(tag)].filter((control) => controlSignature(control) === signature);
}

/** What finds `control` of the still picture `still` again in the app. */
function describeControl(control, still) {
  const signature = controlSignature(control);
  return { control, signature, place: controlsLike(signature, control.tagName, still).indexOf(control) };
}

/** The app's twin of a control described on the still picture, if the app has one. */
function twinInApp({ control, signature, place }) {
  const app = document.getElementById("widget-app");
  return app ? controlsLike(signature, control.tagName, app)[place] : undefined;
}

function rememberChoice(event) {
  const still = document.getElementById("widget-static");
  const control = event.target instanceof Element ? event.target.closest("button, select, input[type=range]") : null;
  if (started || !still || !control || !still.contains(control)) return;
  // The event the app listens to: a button's click, a picker's change, the slider's input.
  if (event.type !== CHOICE_EVENTS[control.tagName]) return;
  takePendingChoice();
  pendingChoice = { ...describeControl(control, still), value: control.value, event: event.type };
  control.classList.add("is-pending");
}

for (const type of Object.values(CHOICE_EVENTS)) document.addEventListener(type, rememberChoice, true);

document.addEventListener("focusin", (event) => {
  const still = document.getElementById("widget-static");
  const inStill = !started && still && event.target instanceof Element && still.contains(event.target);
  focusedOnStill = inStill ? describeControl(event.target, still) : null;
}, true);
document.addEventListener("focusout", (event) => {
  // The focus left the control while the still picture stays. Chromium also reports a focused
  // control's removal as a focusout, before the control has left the page: once the event is
  // over, only a control that is still in the page was left by the reader.
  const control = event.target;
  if (control !== focusedOnStill?.control) return;
  queueMicrotask(() => {
    if (control.isConnected && focusedOnStill?.control === control) focusedOnStill = null;
  });
}, true);

/** Gives the focus to the app's twin of the control that had it when the still picture went. */
function restoreFocus() {
  const focused = focusedOnStill;
  focusedOnStill = null;
  const active = document.activeElement;
  if (!focused || focused.control.isConnected || (active && active !== document.body)) return;
  twinInApp(focused)?.focus({ preventScroll: true });
}

// A disclosure the reader opened on the still picture ("How is this computed?") is open in the
// app too, in the same frame as the app takes the page's place: else it would close under the
// reader's eyes and move what is below it. The still picture, once removed, still holds its state.
const stillPicture = document.getElementById("widget-static");

function keepDisclosuresOpen() {
  for (const summary of stillPicture?.querySelectorAll("details[open] > summary") || []) {
    const twin = twinInApp(describeControl(summary, stillPicture))?.parentElement;
    if (twin instanceof HTMLDetailsElement) twin.open = true;
  }
}

function replayChoice() {
  const choice = takePendingChoice();
  const control = choice && twinInApp(choice);
  if (!control) return;
  if (choice.event === "click") {
    control.click();
  } else {
    control.value = choice.value;
    control.dispatchEvent(new Event(choice.event, { bubbles: true }));
  }
}

addEventListener("error", (event) => onStartupTrap(event.error));
addEventListener("unhandledrejection", (event) => onStartupTrap(event.reason));
addEventListener("cjk-trade-widget:ready", () => {
  if (started) return;
  started = true;
  setStartup("ready");
  keepDisclosuresOpen();
  // The app announces its start from inside its own code; the focus and the choice follow in a
  // task of their own.
  setTimeout(() => {
    restoreFocus();
    replayChoice();
  }, 0);
}, { once: true });

/** Resolves once the prerendered page has been painted: when the browser reports its largest
 *  paint (where it can; else after the next frame), or after a second where nothing is painted
 *  (a frame in a hidden box, a background tab). Starting the app's downloads only then keeps them
 *  out of the page's first paint: started a frame earlier, a measure such as Lighthouse's counts
 *  the whole wasm download into the page's largest contentful paint (1.2 s became 3.6 s in about
 *  half the runs). */
function afterPaint() {
  return new Promise((resolve) => {
    if (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes?.includes("largest-contentful-paint")) {
      new PerformanceObserver((list, observer) => {
        observer.disconnect();
        resolve();
      }).observe({ type: "largest-contentful-paint", buffered: true });
    } else {
      requestAnimationFrame(() => setTimeout(resolve, 0));
    }
    setTimeout(resolve, 1000);
  });
}

async function start() {
  setStartup("loading");
  // The app keeps its view unseen until the first chart is drawn, then shows it in one frame
  // (see `html.cjk-starting` in widget.css); it removes this class.
  document.documentElement.classList.add("cjk-starting");
  // The prerendered page is painted first; the app's downloads start after it.
  await afterPaint();
  // The data requests are a head start only: if they fail, the widget asks again and reports.
  prefetchOpeningView().catch(() => {});
  const js = document.querySelector('link[data-cjk-app="js"]');
  const wasm = document.querySelector('link[data-cjk-app="wasm"]');
  if (!js || !wasm) throw new Error("the page lacks the application links");
  // The wasm's download starts beside the JS modules' (the glue, then the split runtime it
  // imports), not after them.
  const wasmResponse = fetch(wasm.href);
  wasmResponse.catch(() => {});
  const app = await import(js.href);
  await app.default({ module_or_path: wasmResponse });
}

start().catch((error) => {
  if (isWasmTrap(error)) onStartupTrap(error);
  else if (!started) {
    started = true;
    showStartupError(error);
  }
});
