//! Host-page integration. In an embed (`?embed=1`, inside the iframe that `www/embed.js`
//! creates), the widget tells the host page its height so the iframe fits without scrolling.
//! Also: the panic hook that turns a crash into a visible message instead of a blank box.

use std::cell::Cell;

use serde::Serialize;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The message `embed.js` listens for.
#[derive(Serialize)]
struct HeightMessage {
    #[serde(rename = "type")]
    kind: &'static str,
    height: f64,
}

pub const HEIGHT_MESSAGE_TYPE: &str = "cjk-trade-widget:height";

/// Posts the document's height to the parent page (a no-op outside an iframe).
pub fn report_height() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let height =
        window.document().and_then(|d| d.document_element()).map(|e| f64::from(e.scroll_height())).unwrap_or(0.0);
    if let Ok(message) = serde_wasm_bindgen::to_value(&HeightMessage { kind: HEIGHT_MESSAGE_TYPE, height }) {
        let _ = parent.post_message(&message, "*");
    }
}

thread_local! {
    static WATCHING: Cell<bool> = const { Cell::new(false) };
}

/// Reports the height again whenever the page's size changes (charts load, tables open).
pub fn watch_height() {
    if WATCHING.with(|w| w.replace(true)) {
        return;
    }
    let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) else {
        return;
    };
    let callback = Closure::<dyn FnMut()>::new(report_height);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // The observer lives as long as the page.
    callback.forget();
}

/// Replaces a crash's blank box with a message, and logs the details to the console.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("cjk-trade-widget: {info}").into());
        let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("widget-root"));
        if let Some(root) = root {
            root.set_inner_html(
                "<p class=\"error\" role=\"alert\">The widget stopped because of an internal error. Reload the page to try again.</p>",
            );
        }
    }));
}
