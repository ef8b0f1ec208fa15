//! Host-page integration. In an embed (`?embed=1`, inside an iframe made by `www/embed.js` or
//! pasted as a plain `<iframe>`), the widget tells the host page its content's height so the
//! iframe fits exactly. It posts two messages on every change of height:
//! - `{type: "cjk-trade-widget:height", height}` for `embed.js`;
//! - `{"datawrapper-height": {"<query>": height}}`, the form Datawrapper's embed script already
//!   listens for (it resizes the iframe whose `src` contains the key).
//!
//! Also: the panic hook that turns a crash into a visible message instead of a blank box.

use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, ResizeObserver};

pub const HEIGHT_MESSAGE_TYPE: &str = "cjk-trade-widget:height";

/// The height of the content root in CSS pixels, rounded up so nothing is cut.
fn content_height_css(root: &Element) -> f64 {
    root.get_bounding_client_rect().height().ceil()
}

/// Posts the content's height to the parent page (a no-op outside an iframe).
fn post_height(height_css: f64, datawrapper_key: &str) {
    let Some(window) = web_sys::window() else { return };
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE_TYPE.into());
    let _ = Reflect::set(&message, &"height".into(), &height_css.into());
    let _ = parent.post_message(&message, "*");
    let heights = Object::new();
    let _ = Reflect::set(&heights, &datawrapper_key.into(), &height_css.into());
    let datawrapper = Object::new();
    let _ = Reflect::set(&datawrapper, &"datawrapper-height".into(), &heights);
    let _ = parent.post_message(&datawrapper, "*");
}

/// Reports the content root's height now and whenever it changes (data arriving, fonts loading,
/// a table opened, a resize, a language switch). Dropping the watcher stops it.
pub struct HeightWatcher {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl HeightWatcher {
    /// `datawrapper_key` is the query the iframe was opened with (part of its `src`).
    pub fn start(root: Element, datawrapper_key: String) -> Option<HeightWatcher> {
        let mut last_height = -1.0;
        let observed = root.clone();
        let callback = Closure::<dyn FnMut()>::new(move || {
            let height = content_height_css(&observed);
            if height != last_height {
                last_height = height;
                post_height(height, &datawrapper_key);
            }
        });
        let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(&root);
        Some(HeightWatcher { observer, _callback: callback })
    }
}

impl Drop for HeightWatcher {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Marks the page as an embed (`<html class="cjk-embed">`), so the stylesheet drops the page
/// margins and the iframe's height equals the content's.
pub fn mark_page_as_embed() {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.class_list().add_1("cjk-embed");
    }
}

/// Undoes [`mark_page_as_embed`] when the app is unmounted.
pub fn unmark_page_as_embed() {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.class_list().remove_1("cjk-embed");
    }
}

/// Tells the page's loader that start-up is over (the first chart is drawn, or the data could not
/// be loaded and the page says so): from then on it no longer retries a failed start.
pub fn announce_started() {
    let Some(window) = web_sys::window() else { return };
    if let Ok(event) = web_sys::Event::new("cjk-trade-widget:ready") {
        let _ = window.dispatch_event(&event);
    }
}

/// Replaces a crash's blank box with a message, and logs the details to the console.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("cjk-trade-widget: {info}")));
        let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("widget-root"));
        if let Some(root) = root {
            root.set_inner_html(
                "<p class=\"error\" role=\"alert\">The widget stopped because of an internal error. Reload the page to try again.</p>",
            );
        }
    }));
}
