//! Component tests in headless Chromium (wasm-bindgen-test): the app mounts, tabs switch views,
//! the year slider updates the charts, canvases get drawn, hovering and the keyboard show
//! tooltips, and the language switch translates the page.
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

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

thread_local! {
    static PAGE_IN_USE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Held by a test while it uses the page. wasm-bindgen-test runs async tests concurrently in
/// one page, and these tests share its address bar, focus and mount point.
struct PageLock;

impl Drop for PageLock {
    fn drop(&mut self) {
        PAGE_IN_USE.with(|p| p.set(false));
    }
}

async fn lock_page() -> PageLock {
    for _ in 0..3000 {
        if !PAGE_IN_USE.with(|p| p.replace(true)) {
            return PageLock;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("another browser test held the page for a minute");
}

/// A fresh mount point and a clean address (the app writes its state into the URL).
fn fresh_root(query: &str) -> Element {
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
struct Mounted {
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
fn seed_data_parts() {
    thread_local! {
        static SEEDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }
    if SEEDED.with(|s| s.replace(true)) {
        return;
    }
    let records = parse_canonical(include_str!("../www/data/trade.csv")).expect("trade.csv parses");
    let mut manifest = Manifest::default();
    let mut files = Vec::new();
    for part in DataPart::ALL {
        let bytes = match part {
            DataPart::ArticleFigures => include_bytes!("../www/data/article_figures.csv").to_vec(),
            DataPart::Parks => include_bytes!("../www/data/parks.csv").to_vec(),
            DataPart::Basemap => include_bytes!("../www/data/basemap.txt").to_vec(),
            DataPart::ValueChains => include_bytes!("../www/data/value_chains.csv").to_vec(),
            DataPart::MonthlyTotals => include_bytes!("../www/data/monthly_totals.csv").to_vec(),
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

async fn mount(query: &str) -> Mounted {
    seed_data_parts();
    let root = fresh_root(query);
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    let probe = root.clone();
    eventually("the view to render", move || probe.query_selector(".view[data-view]").ok().flatten().is_some()).await;
    Mounted { root, handle: Some(handle) }
}

/// Waits until `condition` holds, polling for up to 10 s: the tests run the unoptimised wasm,
/// and a busy machine must not fail a test that a fixed sleep would.
async fn eventually(what: &str, condition: impl Fn() -> bool) {
    for _ in 0..500 {
        if condition() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("timed out waiting for {what}");
}

fn query(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    query(root, selector).text_content().unwrap_or_default()
}

/// Whether a canvas has been drawn: opaque pixels that are not the white background. (A canvas
/// never drawn is transparent black, which must not count.)
fn has_drawing(canvas: &HtmlCanvasElement) -> bool {
    let context = canvas.get_context("2d").unwrap().unwrap().dyn_into::<web_sys::CanvasRenderingContext2d>().unwrap();
    if canvas.width() < 2 || canvas.height() < 2 {
        return false;
    }
    let data = context.get_image_data(0.0, 0.0, f64::from(canvas.width()), f64::from(canvas.height())).unwrap().data();
    data.chunks(4).any(|p| p[3] == 255 && (p[0] < 200 || p[1] < 200 || p[2] < 200))
}

fn pointer(kind: &str, canvas: &HtmlCanvasElement, x_fraction: f64, y_fraction: f64) {
    let rect = canvas.get_bounding_client_rect();
    let init = PointerEventInit::new();
    init.set_bubbles(true);
    init.set_client_x((rect.left() + rect.width() * x_fraction) as i32);
    init.set_client_y((rect.top() + rect.height() * y_fraction) as i32);
    init.set_pointer_type("mouse");
    let event = PointerEvent::new_with_event_init_dict(kind, &init).unwrap();
    canvas.dispatch_event(&event).unwrap();
}

fn key(target: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    target.dispatch_event(&KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()).unwrap();
}

/// The text of an element, or "" while it is not there.
fn text_now(root: &Element, selector: &str) -> String {
    root.query_selector(selector).ok().flatten().and_then(|e| e.text_content()).unwrap_or_default()
}

fn attribute_now(root: &Element, selector: &str, name: &str) -> Option<String> {
    root.query_selector(selector).ok().flatten().and_then(|e| e.get_attribute(name))
}

fn canvas(root: &Element, selector: &str) -> Option<HtmlCanvasElement> {
    root.query_selector(selector).ok().flatten().and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok())
}

#[wasm_bindgen_test]
async fn app_mounts_with_tabs_and_a_drawn_chart() {
    let _page = lock_page().await;
    let root = mount("?lang=en").await;
    assert_eq!(
        root.query_selector_all("[role=tab]").unwrap().length() as usize,
        cjk_trade_widget::state::View::ALL.len()
    );
    assert_eq!(attribute_now(&root, ".view", "data-view").as_deref(), Some("tci"));
    eventually("the line chart to be drawn", || {
        canvas(&root, "[data-chart=tci-lines] canvas").is_some_and(|c| c.width() > 100 && has_drawing(&c))
    })
    .await;
    assert!(text(&root, ".source").contains("OEC"), "the view names its source");
}

#[wasm_bindgen_test]
async fn clicking_a_tab_switches_the_view_and_the_address() {
    let _page = lock_page().await;
    let root = mount("?lang=en").await;
    query(&root, "#tab-rca").dyn_into::<HtmlElement>().unwrap().click();
    eventually("the advantage view", || attribute_now(&root, ".view", "data-view").as_deref() == Some("rca")).await;
    eventually("the address to name the view", || {
        web_sys::window().unwrap().location().search().unwrap().contains("view=rca")
    })
    .await;
    eventually("the heatmap to be drawn", || {
        canvas(&root, "[data-chart=rca-heatmap] canvas").is_some_and(|c| has_drawing(&c))
    })
    .await;
}

#[wasm_bindgen_test]
async fn arrow_keys_move_between_tabs() {
    let _page = lock_page().await;
    let root = mount("?lang=en").await;
    key(&query(&root, "[role=tablist]"), "ArrowRight");
    eventually("the advantage view", || attribute_now(&root, ".view", "data-view").as_deref() == Some("rca")).await;
    assert_eq!(document().active_element().map(|e| e.id()).as_deref(), Some("tab-rca"));
}

#[wasm_bindgen_test]
async fn the_year_slider_updates_the_charts() {
    let _page = lock_page().await;
    let root = mount("?view=rca&lang=en").await;
    let before = text(&root, "[data-panel=rca-heatmap] h3");
    let slider = query(&root, "#year-input").dyn_into::<HtmlInputElement>().unwrap();
    slider.set_value("2000");
    let init = EventInit::new();
    init.set_bubbles(true);
    slider.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    eventually("the heatmap title to show 2000", || text_now(&root, "[data-panel=rca-heatmap] h3").contains("2000"))
        .await;
    assert_ne!(before, text(&root, "[data-panel=rca-heatmap] h3"));
    assert!(text(&root, "[data-testid=takeaway]").contains("2000"));
}

#[wasm_bindgen_test]
async fn hovering_a_line_chart_shows_the_years_values() {
    let _page = lock_page().await;
    let root = mount("?lang=en").await;
    eventually("the line chart", || canvas(&root, "[data-chart=tci-lines] canvas").is_some_and(|c| has_drawing(&c)))
        .await;
    let chart = canvas(&root, "[data-chart=tci-lines] canvas").unwrap();
    pointer("pointermove", &chart, 0.02, 0.5);
    eventually("the tooltip", || text_now(&root, "[data-testid=tooltip]").starts_with("2010")).await;
    assert!(text(&root, "[data-testid=tooltip]").contains("China → Japan"));
    pointer("pointerleave", &chart, 0.02, 0.5);
    eventually("the tooltip to go", || root.query_selector("[data-testid=tooltip]").unwrap().is_none()).await;
}

#[wasm_bindgen_test]
async fn the_keyboard_walks_through_chart_points() {
    let _page = lock_page().await;
    let root = mount("?lang=en").await;
    eventually("the line chart", || canvas(&root, "[data-chart=tci-lines] canvas").is_some_and(|c| has_drawing(&c)))
        .await;
    let chart = query(&root, "[data-chart=tci-lines] canvas").dyn_into::<HtmlElement>().unwrap();
    // Keys, not focus events: headless Chromium fires `focus`/`blur` with its window's system
    // focus, which a busy machine moves around.
    chart.focus().unwrap();
    key(&chart, "Home");
    eventually("the first year's tooltip", || text_now(&root, "[data-testid=tooltip]").starts_with("2010")).await;
    key(&chart, "End");
    eventually("the last year's tooltip", || text_now(&root, "[data-testid=tooltip]").starts_with("2018")).await;
    key(&chart, "ArrowLeft");
    eventually("the year before", || text_now(&root, "[data-testid=tooltip]").starts_with("2017")).await;
}

#[wasm_bindgen_test]
async fn choosing_a_language_translates_the_page() {
    let _page = lock_page().await;
    let root = mount("?lang=en").await;
    let select = query(&root, ".language select").dyn_into::<HtmlSelectElement>().unwrap();
    select.set_value("zh");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    eventually("the Chinese title", || text_now(&root, "h1") == "中日韩：互补还是竞争？").await;
    eventually("the page language", || {
        document().document_element().unwrap().get_attribute("lang").as_deref() == Some("zh-Hans")
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_broken_link_setting_is_reported_and_the_rest_applies() {
    let _page = lock_page().await;
    let root = mount("?view=nope&year=2012&lang=en").await;
    assert!(text(&root, ".notice").contains("view=nope"));
    assert_eq!(attribute_now(&root, ".view", "data-view").as_deref(), Some("tci"));
    assert!(text(&root, "[data-testid=takeaway]").contains("2012"));
}

#[wasm_bindgen_test]
async fn the_data_table_toggle_shows_the_numbers() {
    let _page = lock_page().await;
    let root = mount("?lang=en").await;
    let button = query(&root, "[data-panel=tci-lines] .table-toggle").dyn_into::<HtmlElement>().unwrap();
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("false"));
    button.click();
    eventually("the table", || text_now(&root, "[data-panel=tci-lines] table").contains("61.20")).await;
}

#[wasm_bindgen_test]
async fn the_parks_map_draws_and_its_buttons_zoom() {
    let _page = lock_page().await;
    let root = mount("?view=parks&lang=en").await;
    eventually("the map", || canvas(&root, "[data-chart=parks-map] canvas").is_some_and(|c| has_drawing(&c))).await;
    assert_eq!(root.query_selector_all(".park-item").unwrap().length(), 13);
    assert_eq!(attribute_now(&root, "[data-chart=parks-map]", "data-zoom").as_deref(), Some("1.000"));
    query(&root, "button[aria-label='Zoom in']").dyn_into::<HtmlElement>().unwrap().click();
    eventually("the zoom to change", || {
        attribute_now(&root, "[data-chart=parks-map]", "data-zoom").as_deref() == Some("1.600")
    })
    .await;
}

#[wasm_bindgen_test]
async fn choosing_a_park_in_the_list_opens_its_card() {
    let _page = lock_page().await;
    let root = mount("?view=parks&lang=en").await;
    query(&root, ".park-item[data-park=cn-kr-yantai]").dyn_into::<HtmlElement>().unwrap().click();
    eventually("the card", || text_now(&root, "[data-testid=park-card] h3").contains("Yantai")).await;
    eventually("the marker to be selected", || {
        attribute_now(&root, "[data-marker=cn-kr-yantai]", "aria-pressed").as_deref() == Some("true")
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_single_chart_embed_shows_that_chart_alone_with_a_link_to_the_full_widget() {
    let _page = lock_page().await;
    let root = mount("?view=rca&embed=1&panel=rca-lines&lang=en").await;
    assert_eq!(root.query_selector_all("[data-panel]").unwrap().length(), 1);
    assert_eq!(attribute_now(&root, ".view", "data-embed-panel").as_deref(), Some("rca-lines"));
    assert!(root.query_selector("[role=tab]").unwrap().is_none(), "no tab bar in an embed");
    assert!(root.query_selector("[data-testid=embed-dialog]").unwrap().is_none());
    eventually("the line chart", || canvas(&root, "[data-chart=rca-lines] canvas").is_some_and(|c| has_drawing(&c)))
        .await;
    let link = attribute_now(&root, "[data-testid=open-full-widget]", "href").unwrap();
    assert!(link.contains("view=rca") && !link.contains("embed") && !link.contains("panel"), "{link}");
    assert!(document().document_element().unwrap().class_list().contains("cjk-embed"));
}

#[wasm_bindgen_test]
async fn the_embed_dialog_offers_each_chart_and_both_snippets() {
    let _page = lock_page().await;
    let root = mount("?view=tci&lang=en").await;
    let choice = query(&root, "[data-testid=embed-choice]").dyn_into::<HtmlSelectElement>().unwrap();
    assert_eq!(choice.length(), 3, "the whole view and its two charts");
    choice.set_value("tci-heatmap");
    choice.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    eventually("the snippets to name the chart", || {
        let script = query(&root, "[data-testid=embed-snippet]").dyn_into::<web_sys::HtmlTextAreaElement>().unwrap();
        let iframe = query(&root, "[data-testid=embed-iframe]").dyn_into::<web_sys::HtmlTextAreaElement>().unwrap();
        script.value().contains("panel=tci-heatmap") && iframe.value().contains("embed=1&amp;panel=tci-heatmap")
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_heatmap_alone_leaves_out_the_hint_about_the_chart_above() {
    let _page = lock_page().await;
    {
        let root = mount("?view=tci&lang=en").await;
        eventually("the heatmap's hint in the full view", || {
            root.query_selector("[data-panel=tci-heatmap] .hint").ok().flatten().is_some()
        })
        .await;
    }
    let root = mount("?view=tci&embed=1&panel=tci-heatmap&lang=en").await;
    eventually("the heatmap", || canvas(&root, "[data-chart=tci-heatmap] canvas").is_some_and(|c| has_drawing(&c)))
        .await;
    assert!(root.query_selector("[data-panel=tci-heatmap] .hint").unwrap().is_none());
}
