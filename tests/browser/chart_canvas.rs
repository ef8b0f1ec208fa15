//! A chart on its canvas: hover and keyboard tooltips, the data table toggle, and the hint of a
//! heatmap shown alone.

use wasm_bindgen_test::*;

use super::*;

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
async fn the_data_table_toggle_shows_the_numbers() {
    let _page = lock_page().await;
    let root = mount("?lang=en").await;
    let button = query(&root, "[data-panel=tci-lines] .table-toggle").dyn_into::<HtmlElement>().unwrap();
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some("false"));
    button.click();
    eventually("the table", || text_now(&root, "[data-panel=tci-lines] table").contains("61.20")).await;
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

/// A dashed line on a canvas is drawn by the canvas's own dashes, at the inner area's place on the
/// canvas: dashes and gaps alternate along it, and nothing is drawn above it or before its start.
#[wasm_bindgen_test]
fn a_dashed_line_on_an_inner_area_has_dashes_and_gaps_where_it_was_asked_for() {
    use cjk_trade_widget::charts::{HitMap, Surface};
    use cjk_trade_widget::components::canvas::draw_on_canvas;
    use plotters::style::{Color, RGBColor};

    let canvas: HtmlCanvasElement = document().create_element("canvas").unwrap().dyn_into().unwrap();
    document().body().unwrap().append_child(&canvas).unwrap();
    let drawn = draw_on_canvas(&canvas, "dash-test", (200.0, 40.0), |surface, _| {
        let inner = surface.inner((20, 10), (150, 20));
        inner.dashed_path(vec![(0, 5), (120, 5)], 10, 10, RGBColor(0, 0, 0).stroke_width(4))?;
        Ok(HitMap::default())
    });
    assert!(drawn.is_ok(), "{drawn:?}");
    let context: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let alpha = |x: i32, y: i32| context.get_image_data(f64::from(x), f64::from(y), 1.0, 1.0).unwrap().data()[3];
    // The line runs at y = 10 + 5 on the canvas, from x = 20 to 140: dashes at 20–30, 40–50, …
    let y = 15;
    assert!(alpha(25, y) > 200 && alpha(45, y) > 200, "dashes where the line is");
    assert!(alpha(35, y) < 50 && alpha(55, y) < 50, "gaps between the dashes");
    assert!(alpha(10, y) < 50 && alpha(150, y) < 50, "nothing before or after the line");
    assert!(alpha(25, 5) < 50, "nothing above it");
    canvas.remove();
}
