// Embeds views or single charts of the China-Japan-Korea trade widget in a host page.
//
// Snippet (the widget's "Embed this view" writes it):
//   <div data-cjk-trade-widget="view=rca&amp;year=2015&amp;panel=rca-lines" data-title="…"></div>
//   <script async src="https://example.org/widget/embed.js"></script>
//
// Each element becomes an iframe of the widget. The widget reports its content's height, and the
// iframe is resized to it: `{type: "cjk-trade-widget:height", height}`, or the Datawrapper form
// `{"datawrapper-height": {"<id>": height}}`. Only messages from this script's own iframes count.
// Elements added later (single-page apps, infinite scroll) are mounted with
// `window.CJKTradeWidget.mount(element)`.
//
// No inline styles in markup and no eval: it runs under a strict Content-Security-Policy.
(function () {
  "use strict";
  if (window.CJKTradeWidget) return;
  var script = document.currentScript;
  var base = script ? script.src.replace(/embed\.js(\?.*)?$/, "") : "";
  var MESSAGE = "cjk-trade-widget:height";
  var frames = [];

  function mount(element) {
    if (!element || element.getAttribute("data-cjk-trade-widget-mounted")) return null;
    element.setAttribute("data-cjk-trade-widget-mounted", "1");
    var query = element.getAttribute("data-cjk-trade-widget") || "";
    var frame = document.createElement("iframe");
    frame.src = base + "index.html?" + (query ? query + "&" : "") + "embed=1";
    frame.title = element.getAttribute("data-title") || "China, Japan, Korea trade indices";
    frame.loading = "lazy";
    frame.setAttribute("allow", "clipboard-write");
    // The frame always takes its content's height, so it never needs a scrollbar; without this,
    // a scrollbar appearing during a resize would narrow the content and make it taller.
    frame.setAttribute("scrolling", "no");
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.display = "block";
    // A first guess until the widget reports its height.
    frame.style.height = (/(^|&)panel=/.test(query) ? 560 : 1200) + "px";
    // The fallback link inside the element (for pages without scripts) gives way to the frame.
    element.replaceChildren(frame);
    frames.push(frame);
    return frame;
  }

  function frameOf(source) {
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function heightOf(data) {
    if (!data || typeof data !== "object") return null;
    if (data.type === MESSAGE && typeof data.height === "number") return data.height;
    var heights = data["datawrapper-height"];
    if (heights && typeof heights === "object") {
      for (var key in heights) {
        if (typeof heights[key] === "number") return heights[key];
      }
    }
    return null;
  }

  window.addEventListener("message", function (event) {
    var frame = frameOf(event.source);
    var height = heightOf(event.data);
    if (!frame || height === null || !(height >= 0) || height > 20000) return;
    frame.style.height = Math.ceil(height) + "px";
  });

  function mountAll() {
    var elements = document.querySelectorAll("[data-cjk-trade-widget]");
    for (var i = 0; i < elements.length; i++) mount(elements[i]);
  }

  window.CJKTradeWidget = { mount: mount, mountAll: mountAll };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mountAll);
  } else {
    mountAll();
  }
})();
