//! Embedding: a single-chart embed shows that chart alone with a link to the full widget, and
//! the embed dialog offers each chart and both snippets.

use wasm_bindgen_test::*;

use super::*;

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
