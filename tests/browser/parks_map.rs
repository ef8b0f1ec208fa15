//! The parks map: it draws, its buttons zoom, and choosing a park in the list opens its card.

use wasm_bindgen_test::*;

use super::*;

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
