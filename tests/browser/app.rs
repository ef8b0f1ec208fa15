//! The app as a whole: it mounts with its tabs and a drawn chart, tabs switch views (by click
//! and arrow keys) and the address, the language switch translates the page, and a broken link
//! setting is reported while the rest applies.

use wasm_bindgen_test::*;

use super::*;

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
