//! Component tests in headless Chromium (wasm-bindgen-test): the app mounts, tabs switch views,
//! the year slider updates the charts, canvases get drawn, hovering and the keyboard show
//! tooltips, and the language switch translates the page.
//!
//! Run by `make test` as `cargo test --target wasm32-unknown-unknown --no-default-features --test browser`.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use cjk_trade_widget::components::App;
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

async fn mount(query: &str) -> Element {
    let root = fresh_root(query);
    yew::Renderer::<App>::with_root(root.clone()).render();
    settle().await;
    root
}

/// Yew renders asynchronously and charts draw after a resize measurement: wait a little.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(150)).await;
}

fn query(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    query(root, selector).text_content().unwrap_or_default()
}

/// Whether a canvas has pixels that are not the white background.
fn has_drawing(canvas: &HtmlCanvasElement) -> bool {
    let context = canvas.get_context("2d").unwrap().unwrap().dyn_into::<web_sys::CanvasRenderingContext2d>().unwrap();
    if canvas.width() < 2 || canvas.height() < 2 {
        return false;
    }
    let data = context.get_image_data(0.0, 0.0, f64::from(canvas.width()), f64::from(canvas.height())).unwrap().data();
    data.chunks(4).any(|p| p[0] < 200 || p[1] < 200 || p[2] < 200)
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

#[wasm_bindgen_test]
async fn app_mounts_with_tabs_and_a_drawn_chart() {
    let root = mount("?lang=en").await;
    assert_eq!(root.query_selector_all("[role=tab]").unwrap().length(), 7);
    assert_eq!(query(&root, ".view").get_attribute("data-view").as_deref(), Some("tci"));
    let canvas = query(&root, "[data-chart=tci-lines] canvas").dyn_into::<HtmlCanvasElement>().unwrap();
    assert!(canvas.width() > 100, "the canvas was sized to its container");
    assert!(has_drawing(&canvas), "the line chart has pixels other than the background");
    assert!(text(&root, ".source").contains("OEC"), "the view names its source");
}

#[wasm_bindgen_test]
async fn clicking_a_tab_switches_the_view_and_the_address() {
    let root = mount("?lang=en").await;
    query(&root, "#tab-rca").dyn_into::<HtmlElement>().unwrap().click();
    settle().await;
    assert_eq!(query(&root, ".view").get_attribute("data-view").as_deref(), Some("rca"));
    assert!(web_sys::window().unwrap().location().search().unwrap().contains("view=rca"));
    let canvas = query(&root, "[data-chart=rca-heatmap] canvas").dyn_into::<HtmlCanvasElement>().unwrap();
    assert!(has_drawing(&canvas));
}

#[wasm_bindgen_test]
async fn arrow_keys_move_between_tabs() {
    let root = mount("?lang=en").await;
    key(&query(&root, "[role=tablist]"), "ArrowRight");
    settle().await;
    assert_eq!(query(&root, ".view").get_attribute("data-view").as_deref(), Some("rca"));
    assert_eq!(document().active_element().map(|e| e.id()).as_deref(), Some("tab-rca"));
}

#[wasm_bindgen_test]
async fn the_year_slider_updates_the_charts() {
    let root = mount("?view=rca").await;
    let before = text(&root, "[data-panel=rca-heatmap] h3");
    let slider = query(&root, "#year-input").dyn_into::<HtmlInputElement>().unwrap();
    slider.set_value("2000");
    let init = EventInit::new();
    init.set_bubbles(true);
    slider.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
    settle().await;
    let after = text(&root, "[data-panel=rca-heatmap] h3");
    assert_ne!(before, after);
    assert!(after.contains("2000"), "{after}");
    assert!(text(&root, "[data-testid=takeaway]").contains("2000"));
}

#[wasm_bindgen_test]
async fn hovering_a_line_chart_shows_the_years_values() {
    let root = mount("?lang=en").await;
    let canvas = query(&root, "[data-chart=tci-lines] canvas").dyn_into::<HtmlCanvasElement>().unwrap();
    pointer("pointermove", &canvas, 0.02, 0.5);
    settle().await;
    let tooltip = text(&root, "[data-testid=tooltip]");
    assert!(tooltip.starts_with("2010"), "{tooltip}");
    assert!(tooltip.contains("China → Japan"), "{tooltip}");
    pointer("pointerleave", &canvas, 0.02, 0.5);
    settle().await;
    assert!(root.query_selector("[data-testid=tooltip]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn the_keyboard_walks_through_chart_points() {
    let root = mount("?lang=en").await;
    let canvas = query(&root, "[data-chart=tci-lines] canvas").dyn_into::<HtmlElement>().unwrap();
    canvas.focus().unwrap();
    settle().await;
    assert!(text(&root, "[data-testid=tooltip]").starts_with("2010"));
    key(&canvas, "End");
    settle().await;
    assert!(text(&root, "[data-testid=tooltip]").starts_with("2018"));
    key(&canvas, "ArrowLeft");
    settle().await;
    assert!(text(&root, "[data-testid=tooltip]").starts_with("2017"));
}

#[wasm_bindgen_test]
async fn choosing_a_language_translates_the_page() {
    let root = mount("?lang=en").await;
    let select = query(&root, ".language select").dyn_into::<HtmlSelectElement>().unwrap();
    select.set_value("zh");
    select.dispatch_event(&web_sys::Event::new("change").unwrap()).unwrap();
    settle().await;
    assert_eq!(text(&root, "h1"), "中日韩：互补还是竞争？");
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("zh-Hans"));
}

#[wasm_bindgen_test]
async fn a_broken_link_setting_is_reported_and_the_rest_applies() {
    let root = mount("?view=nope&year=2012&lang=en").await;
    assert!(text(&root, ".notice").contains("view=nope"));
    assert_eq!(query(&root, ".view").get_attribute("data-view").as_deref(), Some("tci"));
    assert!(text(&root, "[data-testid=takeaway]").contains("2012"));
}

#[wasm_bindgen_test]
async fn the_data_table_toggle_shows_the_numbers() {
    let root = mount("?lang=en").await;
    let button = query(&root, "[data-panel=tci-lines] .table-toggle").dyn_into::<HtmlElement>().unwrap();
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("false"));
    button.click();
    settle().await;
    let table = text(&root, "[data-panel=tci-lines] table");
    assert!(table.contains("61.20"), "2018 China → Japan TCI in the table");
}
