// Runs before the first paint of every page (a classic script in <head>, neither deferred nor a
// module, so that it also runs in a sandboxed frame on a host that sends no CORS headers).
//
// A prerendered page (`embed::prerender`) shows its default state. When the link asks for
// another one (another year, pair, product, language…), this marks `<html class="cjk-other-state">`
// and the stylesheet keeps the view's place but hides it until the app has drawn the link's
// state: a reader never sees a number of a state they did not ask for. It also sets the page's
// theme from the link or the device, so that the page does not change colour when the app starts.
(function () {
  "use strict";
  var html = document.documentElement;
  // What the prerendered page shows, its view and language written out (`embed::prerender`).
  var page = new URLSearchParams(html.getAttribute("data-cjk-shows") || "");
  var link = new URLSearchParams(location.search);
  var LANGUAGES = ["en", "zh", "ja", "ko"];
  // Settings that change how the page looks, not what it shows.
  var LOOK = { embed: true, theme: true, "allow-upload": true, lang: true };

  function primaryLanguage(code) {
    var primary = String(code || "").toLowerCase().split(/[-_]/)[0];
    return LANGUAGES.indexOf(primary) >= 0 ? primary : "en";
  }

  // The app's rule: the link's language, else an embed page's own, else the browser's.
  var own = html.getAttribute("data-cjk-query") ? page.get("lang") : null;
  var language = primaryLanguage(link.get("lang") || own || navigator.language);
  var otherState = language !== primaryLanguage(html.lang);
  link.forEach(function (value, name) {
    if (!LOOK[name] && page.get(name) !== value) otherState = true;
  });
  if (otherState) html.classList.add("cjk-other-state");
  // An embed opened through the full page's address (`index.html?…&embed=1`, the older snippets)
  // has another frame than the page's: nothing of the page is shown until the app draws.
  if (link.get("embed") === "1" && page.get("embed") !== "1") {
    html.classList.add("cjk-other-frame");
    openEmbedPage();
  }
  // So has a working ("Why this number?") opened under the chart: what lies below the chart sits
  // lower than on the page, and must not be seen moving there.
  if (link.get("why") && !page.get("why")) html.classList.add("cjk-other-frame");
  // And a journalist's own headline, description, note or lock: the title, the takeaway and the
  // controls take other heights than the page's.
  ["headline", "description", "note", "locked"].forEach(function (name) {
    if (link.get(name) && !page.get(name)) html.classList.add("cjk-other-frame");
  });

  // Such a link goes on to the embed's own page (`embed-tci-lines.ja.html?…`, with the same
  // settings), which paints the embed at once instead of after the app has started; `index.html`
  // lists the embeds that have one. The language is the one the app would open in.
  function openEmbedPage() {
    var view = link.get("view") || page.get("view") || "tci";
    var key = link.get("panel") ? view + "/" + link.get("panel") : view;
    var listed = (html.getAttribute("data-cjk-embed-pages") || "").split(" ");
    if (listed.indexOf(key) < 0) return;
    var name = link.get("panel") ? "embed-" + link.get("panel") : "embed-view-" + view;
    var file = name + "." + primaryLanguage(link.get("lang") || navigator.language) + ".html";
    location.replace(file + location.search + location.hash);
  }

  fitStillPictures();

  // The still pictures take the height the app's charts will have at the page's width
  // (`data-heights`: "width:height" pairs from the prerender, linear in between and rounded to a
  // whole pixel; the map's also keeps to a share of the window's height, `data-window-cap`), so
  // that nothing moves when the app takes their place. A box is fitted as soon as the parser has
  // added it, before the page is painted (its width is its column's, whatever it will hold), and
  // again whenever its width changes. Chromium delivers a new ResizeObserver's first answer a
  // frame after the first paint, too late for that. Without this (no JavaScript, where no app
  // takes over), a picture scales with its width.
  function fitStillPictures() {
    if (!window.ResizeObserver || !window.MutationObserver) return;
    var boxes = [];
    var resized = new ResizeObserver(function (entries) {
      fitAll(entries.map(function (entry) { return entry.target; }));
    });
    // A frame (an embed's iframe) given its width after its first paint is resized before its
    // next paint; the ResizeObserver may answer a frame later.
    window.addEventListener("resize", function () { fitAll(boxes); });
    var parsing = new MutationObserver(function (records) {
      var added = [];
      records.forEach(function (record) {
        record.addedNodes.forEach(function (node) {
          if (node.nodeType === 1 && node.hasAttribute("data-heights")) added.push(node);
        });
      });
      fitAll(added);
      added.forEach(function (box) {
        boxes.push(box);
        resized.observe(box);
      });
    });
    parsing.observe(html, { childList: true, subtree: true });
    document.addEventListener("DOMContentLoaded", function () { parsing.disconnect(); });
  }

  // Every width is read before any height is written: one layout, however many pictures.
  function fitAll(boxes) {
    var widths = boxes.map(function (box) { return box.clientWidth; });
    boxes.forEach(function (box, i) { fit(box, widths[i]); });
  }

  function fit(box, width) {
    if (!width) return;
    var height = heightAt(box.getAttribute("data-heights"), width);
    var cap = (box.getAttribute("data-window-cap") || "").split(" ").map(Number);
    if (cap.length === 2) height = Math.min(height, Math.max(window.innerHeight * cap[0], cap[1]));
    // The app's charts take whole pixels.
    height = Math.round(height);
    if (!(height > 0)) return;
    box.style.height = height + "px";
    box.classList.add("is-fitted");
  }

  function heightAt(pairs, width) {
    var points = String(pairs).split(" ").map(function (pair) { return pair.split(":").map(Number); });
    if (width <= points[0][0]) return points[0][1];
    for (var i = 1; i < points.length; i++) {
      var a = points[i - 1], b = points[i];
      if (width <= b[0]) return a[1] + (b[1] - a[1]) * (width - a[0]) / (b[0] - a[0]);
    }
    return points[points.length - 1][1];
  }

  var theme = link.get("theme") || page.get("theme");
  if (theme !== "light" && theme !== "dark") {
    theme = window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  html.setAttribute("data-theme", theme);
})();
