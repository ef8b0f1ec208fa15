//! Component tests in headless Chromium (wasm-bindgen-test), one module per component, and the
//! helpers they share: a page lock, mounting the app on the committed data, waiting for a
//! condition, and synthetic pointer and key events.
//!
//! Run by `make test` as `cargo test --target wasm32-unknown-unknown --no-default-features --test browser`.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use cjk_trade_widget::components::App;
use cjk_trade_widget::data::canonical::parse_canonical;
use cjk_trade_widget::data::parts::{hashed_file_name, DataPart, Manifest};
use cjk_trade_widget::data::slice::encode_slice;
use cjk_trade_widget::views::default_data_parts;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, EventInit, HtmlCanvasElement, HtmlElement, HtmlInputElement, HtmlSelectElement, KeyboardEvent,
    KeyboardEventInit, PointerEvent, PointerEventInit,
};

wasm_bindgen_test_configure!(run_in_browser);

mod app;
mod chart_canvas;
mod controls;
mod embed;
mod parks_map;
mod working;

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

thread_local! {
    static PAGE_IN_USE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Held by a test while it uses the page. wasm-bindgen-test runs async tests concurrently in
/// one page, and these tests share its address bar, focus and mount point.
pub struct PageLock;

impl Drop for PageLock {
    fn drop(&mut self) {
        PAGE_IN_USE.with(|p| p.set(false));
    }
}

pub async fn lock_page() -> PageLock {
    for _ in 0..3000 {
        if !PAGE_IN_USE.with(|p| p.replace(true)) {
            return PageLock;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("another browser test held the page for a minute");
}

/// A fresh mount point and a clean address (the app writes its state into the URL).
pub fn fresh_root(query: &str) -> Element {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{query}")))
        .unwrap();
    if let Some(old) = document().get_element_by_id("test-root") {
        old.remove();
    }
    let root = document().create_element("div").unwrap();
    root.set_id("test-root");
    root.set_attribute("style", "width: 900px").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// A mounted app. Dropping it destroys the app and removes its mount point, so that no test
/// leaves an app alive that would keep writing to the shared address bar and `<html lang>`.
pub struct Mounted {
    root: Element,
    handle: Option<yew::AppHandle<App>>,
}

impl std::ops::Deref for Mounted {
    type Target = Element;
    fn deref(&self) -> &Element {
        &self.root
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            handle.destroy();
        }
        self.root.remove();
    }
}

/// The data parts the widget fetches, built from the committed files and handed over the way
/// the page loader does (`window.cjkTradeWidgetFetches`), so the app's loading path runs for
/// real without a server.
pub fn seed_data_parts() {
    thread_local! {
        static SEEDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if SEEDED.with(|s| s.replace(true)) {
        return;
    }
    let records = parse_canonical(include_str!("../../www/data/trade.csv")).expect("trade.csv parses");
    let mut manifest = Manifest::default();
    let mut files = Vec::new();
    for part in DataPart::ALL {
        let bytes = match part {
            DataPart::ArticleFigures => include_bytes!("../../www/data/article_figures.csv").to_vec(),
            DataPart::Parks => include_bytes!("../../www/data/parks.csv").to_vec(),
            DataPart::Basemap => include_bytes!("../../www/data/basemap.txt").to_vec(),
            DataPart::ValueChains => include_bytes!("../../www/data/value_chains.csv").to_vec(),
            DataPart::MonthlyTotals => include_bytes!("../../www/data/monthly_totals.csv").to_vec(),
            // Listed by name, so that a new part is a compile error here, not a failing test.
            trade @ (DataPart::OecSections | DataPart::WitsGroups | DataPart::WitsTotals | DataPart::AtlasChapters) => {
                let (source, classification) = trade.trade_slice().expect("a trade part has a slice");
                encode_slice(&records, source, classification).unwrap()
            }
        };
        let name = hashed_file_name(part, &bytes);
        manifest.files.push((part, name.clone()));
        files.push((name, bytes));
    }
    manifest.views = default_data_parts().into_iter().map(|(v, p)| (v.to_string(), p)).collect();
    files.push(("manifest.txt".to_string(), manifest.write().into_bytes()));
    let fetches = js_sys::Map::new();
    let base = document().base_uri().unwrap().unwrap();
    for (name, bytes) in files {
        let url = web_sys::Url::new_with_base(&format!("data/parts/{name}"), &base).unwrap().href();
        let buffer = js_sys::Uint8Array::from(bytes.as_slice()).buffer();
        fetches.set(&url.into(), &js_sys::Promise::resolve(&buffer));
    }
    js_sys::Reflect::set(&web_sys::window().unwrap(), &"cjkTradeWidgetFetches".into(), &fetches).unwrap();
}

pub async fn mount(query: &str) -> Mounted {
    seed_data_parts();
    let root = fresh_root(query);
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    let probe = root.clone();
    eventually("the view to render", move || probe.query_selector(".view[data-view]").ok().flatten().is_some()).await;
    Mounted { root, handle: Some(handle) }
}

/// Waits until `condition` holds, polling for up to 10 s: the tests run the unoptimised wasm,
/// and a busy machine must not fail a test that a fixed sleep would.
pub async fn eventually(what: &str, condition: impl Fn() -> bool) {
    for _ in 0..500 {
        if condition() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("timed out waiting for {what}");
}

pub fn query(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

pub fn text(root: &Element, selector: &str) -> String {
    query(root, selector).text_content().unwrap_or_default()
}

/// Whether a canvas has been drawn: opaque pixels that are not the white background. (A canvas
/// never drawn is transparent black, which must not count.)
pub fn has_drawing(canvas: &HtmlCanvasElement) -> bool {
    let context = canvas.get_context("2d").unwrap().unwrap().dyn_into::<web_sys::CanvasRenderingContext2d>().unwrap();
    if canvas.width() < 2 || canvas.height() < 2 {
        return false;
    }
    let data = context.get_image_data(0.0, 0.0, f64::from(canvas.width()), f64::from(canvas.height())).unwrap().data();
    data.chunks(4).any(|p| p[3] == 255 && (p[0] < 200 || p[1] < 200 || p[2] < 200))
}

pub fn pointer(kind: &str, canvas: &HtmlCanvasElement, x_fraction: f64, y_fraction: f64) {
    let rect = canvas.get_bounding_client_rect();
    let init = PointerEventInit::new();
    init.set_bubbles(true);
    init.set_client_x((rect.left() + rect.width() * x_fraction) as i32);
    init.set_client_y((rect.top() + rect.height() * y_fraction) as i32);
    init.set_pointer_type("mouse");
    let event = PointerEvent::new_with_event_init_dict(kind, &init).unwrap();
    canvas.dispatch_event(&event).unwrap();
}

pub fn key(target: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    target.dispatch_event(&KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()).unwrap();
}

/// The text of an element, or "" while it is not there.
pub fn text_now(root: &Element, selector: &str) -> String {
    root.query_selector(selector).ok().flatten().and_then(|e| e.text_content()).unwrap_or_default()
}

pub fn attribute_now(root: &Element, selector: &str, name: &str) -> Option<String> {
    root.query_selector(selector).ok().flatten().and_then(|e| e.get_attribute(name))
}

pub fn canvas(root: &Element, selector: &str) -> Option<HtmlCanvasElement> {
    root.query_selector(selector).ok().flatten().and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok())
}
