// Embeds views of the China-Japan-Korea trade widget in a host page.
//
// Snippet (one per view; the widget's "Embed this view" button writes it):
//   <div data-cjk-trade-widget="view=rca&year=2015"></div>
//   <script async src="https://example.org/widget/embed.js"></script>
//
// Each element becomes an iframe of the widget showing that one view. The widget posts its
// height ({type: "cjk-trade-widget:height", height}) and the iframe is resized to fit.
(function () {
  "use strict";
  var script = document.currentScript;
  var base = script ? script.src.replace(/embed\.js(\?.*)?$/, "") : "";
  var MESSAGE = "cjk-trade-widget:height";

  function mount(element) {
    if (element.getAttribute("data-cjk-trade-widget-mounted")) return;
    element.setAttribute("data-cjk-trade-widget-mounted", "1");
    var query = element.getAttribute("data-cjk-trade-widget") || "";
    var frame = document.createElement("iframe");
    frame.src = base + "index.html?" + (query ? query + "&" : "") + "embed=1";
    frame.title = element.getAttribute("data-title") || "China, Japan, Korea trade indices";
    frame.loading = "lazy";
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.display = "block";
    frame.style.height = "640px";
    frame.setAttribute("allow", "clipboard-write");
    element.appendChild(frame);
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== MESSAGE || typeof data.height !== "number") return;
    var frames = document.querySelectorAll("[data-cjk-trade-widget] > iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(200, Math.ceil(data.height)) + "px";
      }
    }
  });

  function mountAll() {
    var elements = document.querySelectorAll("[data-cjk-trade-widget]");
    for (var i = 0; i < elements.length; i++) mount(elements[i]);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mountAll);
  } else {
    mountAll();
  }
})();
