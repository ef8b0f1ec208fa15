//! "Why this number?": a click pins a line chart's tooltip, whose button opens the value's
//! working under the chart; a link opens it too; its close button and Escape close it.

use wasm_bindgen_test::*;

use super::*;

#[wasm_bindgen_test]
async fn a_pinned_tooltips_button_opens_the_working_and_the_close_button_closes_it() {
    let _page = lock_page().await;
    let root = mount("?lang=en").await;
    eventually("the line chart", || canvas(&root, "[data-chart=tci-lines] canvas").is_some_and(|c| has_drawing(&c)))
        .await;
    let chart = canvas(&root, "[data-chart=tci-lines] canvas").unwrap();
    pointer("pointermove", &chart, 0.75, 0.5);
    pointer("pointerup", &chart, 0.75, 0.5);
    eventually("the pinned tooltip", || root.query_selector(".tooltip.is-pinned").ok().flatten().is_some()).await;
    // Pinned, it stays where it is while the pointer moves on.
    pointer("pointermove", &chart, 0.1, 0.5);
    let button = query(&root, ".tooltip.is-pinned [data-why^='tci:KOR>CHN:']");
    let key = button.get_attribute("data-why").unwrap();
    button.dyn_into::<HtmlElement>().unwrap().click();
    eventually("the working", || root.query_selector("[data-role=working]").ok().flatten().is_some()).await;
    let working = query(&root, "[data-role=working]");
    assert_eq!(working.get_attribute("data-why").as_deref(), Some(key.as_str()));
    assert_eq!(working.query_selector_all("tbody tr").unwrap().length(), 21, "every HS section");
    assert!(text(&root, "[data-role=working] h4").contains("South Korea → China"));
    let address = || web_sys::window().unwrap().location().search().unwrap_or_default();
    eventually("the working in the address", || address().contains("why=tci:KOR%3ECHN:")).await;
    query(&root, "[data-role=working] .working-close").dyn_into::<HtmlElement>().unwrap().click();
    eventually("the working to close", || root.query_selector("[data-role=working]").ok().flatten().is_none()).await;
}

#[wasm_bindgen_test]
async fn a_link_opens_the_working_and_escape_closes_it() {
    let _page = lock_page().await;
    let root = mount("?view=ties&lang=zh&why=tii:JPN%3ECHN:2015").await;
    eventually("the working", || root.query_selector("[data-role=working]").ok().flatten().is_some()).await;
    assert!(text(&root, "[data-role=working] h4").contains("贸易强度指数"));
    assert_eq!(query(&root, "[data-role=working]").query_selector_all("tbody tr").unwrap().length(), 7);
    key(&query(&root, "[data-role=working]"), "Escape");
    eventually("the working to close", || root.query_selector("[data-role=working]").ok().flatten().is_none()).await;
}
