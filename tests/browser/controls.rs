//! The view controls: the year slider redraws the charts.

use wasm_bindgen_test::*;

use super::*;

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
