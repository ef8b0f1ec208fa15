//! Host-page integration. In an embed (`?embed=1`, inside an iframe made by `www/embed.js` or
//! pasted as a plain `<iframe>`), the widget tells the host page its content's height so the
//! iframe fits exactly. It posts two messages on every change of height:
//! - `{type: "cjk-trade-widget:height", height}` for `embed.js`;
//! - `{"datawrapper-height": {"<query>": height}}`, the form Datawrapper's embed script already
//!   listens for (it resizes the iframe whose `src` contains the key).
//!
//! Also: the panic hook that turns a crash into a visible message instead of a blank box.

use std::cell::Cell;

use js_sys::{Object, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
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

/// Reports the content root's height once the opening view has drawn, and from then on whenever
/// it changes (a table opened, a resize, a language switch, another year). Dropping the watcher
/// stops it.
///
/// While the widget starts (`html.cjk-starting`), nothing is reported: the iframe keeps the
/// height `embed.js` gave it, which is the embed's expected height, instead of shrinking to the
/// loading message and growing again, which would move the host article twice.
pub struct HeightWatcher {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut()>,
    on_ready: Closure<dyn FnMut()>,
}

impl HeightWatcher {
    /// `datawrapper_key` is the query the iframe was opened with (part of its `src`).
    pub fn start(root: Element, datawrapper_key: String) -> Option<HeightWatcher> {
        let mut last_height = -1.0;
        let observed = root.clone();
        let callback = Closure::<dyn FnMut()>::new(move || {
            if is_starting() {
                return;
            }
            let height = content_height_css(&observed);
            if height != last_height {
                last_height = height;
                post_height(height, &datawrapper_key);
            }
        });
        let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(&root);
        // The content may have reached its height before start-up ended. Observing it afresh
        // reports its size once the frame start-up ended in is laid out: after every chart of the
        // opening view has drawn (the first chart ends start-up; a view's others draw in the same
        // frame), not the height half-way through that frame.
        let on_ready = {
            let (observer, root) = (observer.clone(), root.clone());
            Closure::<dyn FnMut()>::new(move || {
                observer.unobserve(&root);
                observer.observe(&root);
            })
        };
        let window = web_sys::window()?;
        let _ = window.add_event_listener_with_callback(READY_EVENT, on_ready.as_ref().unchecked_ref());
        Some(HeightWatcher { observer, _callback: callback, on_ready })
    }
}

impl Drop for HeightWatcher {
    fn drop(&mut self) {
        self.observer.disconnect();
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(READY_EVENT, self.on_ready.as_ref().unchecked_ref());
        }
    }
}

/// The event that ends start-up (see [`announce_started`]).
const READY_EVENT: &str = "cjk-trade-widget:ready";
/// The class on `<html>` while the widget starts: `loader.js` sets it, [`announce_started`]
/// removes it, and the stylesheet keeps the view unseen until then.
const STARTING_CLASS: &str = "cjk-starting";

fn document_element() -> Option<Element> {
    web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element())
}

/// Whether the opening view is still being drawn.
pub fn is_starting() -> bool {
    document_element().is_some_and(|root| root.class_list().contains(STARTING_CLASS))
}

/// Marks the page as an embed (`<html class="cjk-embed">`), so the stylesheet drops the page
/// margins and the iframe's height equals the content's.
pub fn mark_page_as_embed() {
    if let Some(root) = document_element() {
        let _ = root.class_list().add_1("cjk-embed");
    }
}

/// Undoes [`mark_page_as_embed`] when the app is unmounted.
pub fn unmark_page_as_embed() {
    if let Some(root) = document_element() {
        let _ = root.class_list().remove_1("cjk-embed");
    }
}

/// Tells the page's loader that start-up is over (the first chart is drawn, or the data could not
/// be loaded and the page says so): from then on it no longer retries a failed start.
/// The element the app is built in (`lib.rs::start`).
pub const APP_ROOT_ID: &str = "widget-app";
/// The prerendered page's element (`components::prerender`), replaced by the app once it has started.
pub const STATIC_ROOT_ID: &str = "widget-static";

thread_local! {
    /// Set while a working opened by the link is awaited: the view is then shown with it, in one
    /// frame, instead of showing and then pushing down what lies below it (a layout shift).
    static WORKING_AWAITED: Cell<bool> = const { Cell::new(false) };
    /// Whether the opening view's first chart was drawn while the working was awaited.
    static DRAWN_WHILE_AWAITED: Cell<bool> = const { Cell::new(false) };
    /// What start-up still waits for ([`await_part`]): parts' tasks, charts' first drawings.
    static PARTS_AWAITED: Cell<u32> = const { Cell::new(0) };
    /// Whether a chart of the opening view has been drawn.
    static CHART_DRAWN: Cell<bool> = const { Cell::new(false) };
    /// Whether start-up has ended ([`announce_started`] acts once).
    static ANNOUNCED: Cell<bool> = const { Cell::new(false) };
}

/// A part of the opening view waits for a task of its own, so that start-up is cut into tasks
/// short enough not to hold up a reader's tap on a slow phone, or a chart waits for its first
/// drawing (`components::hooks`). Start-up does not end before every such wait is over.
pub fn await_part() {
    PARTS_AWAITED.with(|parts| parts.set(parts.get() + 1));
}

/// What a part waited for is done (its task has come, a chart is drawn). If it was the last one
/// awaited and a chart is drawn, start-up ends now.
pub fn part_done() {
    let left = PARTS_AWAITED.with(|parts| {
        parts.set(parts.get().saturating_sub(1));
        parts.get()
    });
    if left == 0 && CHART_DRAWN.with(Cell::get) {
        announce_chart_drawn();
    }
}

/// The link opens a working: start-up ends when it is shown ([`working_settled`]), not before.
pub fn await_opening_working() {
    WORKING_AWAITED.with(|awaited| awaited.set(true));
}

/// A chart of the opening view is drawn: start-up ends, unless a part of the view still waits
/// for its task or its first drawing, or an opening working is awaited.
pub fn announce_chart_drawn() {
    CHART_DRAWN.with(|drawn| drawn.set(true));
    if ANNOUNCED.with(Cell::get) || PARTS_AWAITED.with(Cell::get) > 0 {
        return;
    }
    if WORKING_AWAITED.with(Cell::get) {
        DRAWN_WHILE_AWAITED.with(|drawn| drawn.set(true));
        return;
    }
    announce_started();
}

/// The opening working is shown with its chart drawn, or will not be (no such value, or its code
/// could not be fetched, which it says): start-up may end.
pub fn working_settled() {
    let drawn =
        WORKING_AWAITED.with(|awaited| awaited.replace(false)) && DRAWN_WHILE_AWAITED.with(|d| d.replace(false));
    // A part still waited for ends start-up itself ([`part_done`]).
    if drawn && PARTS_AWAITED.with(Cell::get) == 0 {
        announce_started();
    }
}

/// The view is shown from here on, in the same frame as its charts (and the working the link
/// opens), and takes the place of the prerendered page, if there is one. Only the first call acts.
pub fn announce_started() {
    if ANNOUNCED.with(|announced| announced.replace(true)) {
        return;
    }
    if let Some(root) = document_element() {
        let _ = root.class_list().remove_1(STARTING_CLASS);
    }
    let prerendered = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(STATIC_ROOT_ID));
    if let Some(prerendered) = prerendered {
        prerendered.remove();
    }
    let Some(window) = web_sys::window() else { return };
    if let Ok(event) = web_sys::Event::new(READY_EVENT) {
        let _ = window.dispatch_event(&event);
    }
}

/// Replaces a crash's blank box with a short message in the reader's language and a "Reload"
/// button, and logs the details to the console. It marks `#widget-root[data-startup="crashed"]`
/// and sets `window.cjkTradeWidgetPanicked`, so that `loader.js` does not mistake the panic's
/// trap for a start-up trap worth a silent reload. The host page (outside the iframe) is untouched.
#[cfg(target_arch = "wasm32")]
pub fn install_panic_hook() {
    // Through yew, which otherwise replaces any hook with its own when the app is rendered.
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&wasm_bindgen::JsValue::from_str(&format!("cjk-trade-widget: {info}")));
        let Some(window) = web_sys::window() else { return };
        let _ = Reflect::set(&window, &"cjkTradeWidgetPanicked".into(), &wasm_bindgen::JsValue::TRUE);
        let Some(document) = window.document() else { return };
        let Some(root) = document.get_element_by_id("widget-root") else { return };
        let texts = crash_locale(&document).crash_texts();
        let _ = root.set_attribute("data-startup", "crashed");
        let (Ok(message), Ok(button)) = (document.create_element("p"), document.create_element("button")) else {
            return;
        };
        message.set_class_name("error crash");
        let _ = message.set_attribute("role", "alert");
        message.set_text_content(Some(texts.message));
        button.set_class_name("button");
        let _ = button.set_attribute("type", "button");
        let _ = button.set_attribute("data-action", "reload");
        button.set_text_content(Some(texts.reload));
        let reload = Closure::<dyn FnMut()>::new(|| {
            if let Some(window) = web_sys::window() {
                let _ = window.location().reload();
            }
        });
        let _ = button.add_event_listener_with_callback("click", reload.as_ref().unchecked_ref());
        // The page is about to stop; the listener must outlive this hook.
        reload.forget();
        let _ = message.append_child(&button);
        root.replace_children_with_node_1(&message);
    }));
}

/// The reader's language at the moment of a crash: the link's `lang=` (the app keeps the
/// address in step with the reader's choice), else the page's `lang`, else English.
#[cfg(target_arch = "wasm32")]
fn crash_locale(document: &web_sys::Document) -> crate::i18n::Locale {
    use crate::i18n::Locale;
    let query = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let from_link = form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
        .find(|(name, _)| name == "lang")
        .and_then(|(_, value)| Locale::parse(&value));
    let from_page = document.document_element().and_then(|e| e.get_attribute("lang"));
    from_link.or_else(|| from_page.as_deref().and_then(Locale::parse)).unwrap_or_default()
}

/// A test switch: `?debug=panic` panics on purpose, so that the end-to-end tests can check the
/// crash message. It changes nothing else and cannot harm a reader who types it.
pub fn panic_if_asked() {
    let query = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    if form_urlencoded::parse(query.trim_start_matches('?').as_bytes()).any(|(k, v)| k == "debug" && v == "panic") {
        panic!("debug=panic in the address: a deliberate panic to test the crash message");
    }
}
