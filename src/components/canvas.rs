//! Drawing on a canvas, shared by the charts and the map: size the canvas to its CSS box at the
//! device pixel ratio, measure text with the canvas itself, open a plotters drawing area, and
//! time the draw for `make bench`.

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::hooks::device_pixel_ratio;
use crate::charts::painter::canvas_font;
use crate::charts::{ChartError, EstimatedText, HitMap, TextMeasure};

/// Measures text with the 2D context of a canvas that is never shown: `measureText` needs no
/// DOM layout, unlike plotters' own text measurement on wasm.
struct CanvasText {
    context: CanvasRenderingContext2d,
}

impl TextMeasure for CanvasText {
    fn width_css(&self, text: &str, size_css: f64, bold: bool) -> f64 {
        self.context.set_font(&canvas_font(size_css, bold));
        match self.context.measure_text(text) {
            Ok(metrics) => metrics.width(),
            Err(_) => EstimatedText.width_css(text, size_css, bold),
        }
    }
}

thread_local! {
    static CANVAS_TEXT: Option<CanvasText> = super::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("canvas").ok())
        .and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok())
        .and_then(|c| c.get_context("2d").ok().flatten())
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
        .map(|context| CanvasText { context });
    static FIRST_DRAWN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with the best text measurer available.
pub fn with_text_measure<R>(f: impl FnOnce(&dyn TextMeasure) -> R) -> R {
    CANVAS_TEXT.with(|measure| match measure {
        Some(measure) => f(measure),
        None => f(&EstimatedText),
    })
}

/// Sizes `canvas` to `size_css` at the device pixel ratio (only resizing when the size changes,
/// as resizing clears it), then runs `draw` on a drawing area over it. A canvas of under 2 px
/// draws nothing and hits nothing.
///
/// Timing for `make bench`: the first canvas drawn sets the performance mark `cjk-first-chart`;
/// when the page defines `window.cjkTradeWidgetTimings` (an array), each draw appends
/// `[key, milliseconds]` to it.
pub fn draw_on_canvas(
    canvas: &HtmlCanvasElement,
    key: &str,
    size_css: (f64, f64),
    draw: impl FnOnce(&DrawingArea<CanvasBackend, Shift>, f64) -> Result<HitMap, ChartError>,
) -> Result<HitMap, String> {
    let performance = super::window().and_then(|w| w.performance());
    let start = performance.as_ref().map(|p| p.now());
    let ratio = device_pixel_ratio();
    let (width_px, height_px) = size_canvas(canvas, size_css);
    if width_px < 2 || height_px < 2 {
        return Ok(HitMap::default());
    }
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2D canvas context")?;
    let result = draw(&backend.into_drawing_area(), ratio).map_err(|e| e.to_string());
    if let (Some(performance), Some(start)) = (performance, start) {
        record_timing(&performance, key, performance.now() - start);
    }
    result
}

/// Sizes `canvas` to `size_css` at the device pixel ratio, only resizing when the size changes (as
/// resizing clears it); returns its size in device pixels.
pub fn size_canvas(canvas: &HtmlCanvasElement, (width_css, height_css): (f64, f64)) -> (u32, u32) {
    let ratio = device_pixel_ratio();
    let (width_px, height_px) = ((width_css * ratio).round() as u32, (height_css * ratio).round() as u32);
    if canvas.width() != width_px || canvas.height() != height_px {
        canvas.set_width(width_px);
        canvas.set_height(height_px);
    }
    let style = canvas.style();
    let _ = style.set_property("width", &format!("{width_css}px"));
    let _ = style.set_property("height", &format!("{height_css}px"));
    (width_px, height_px)
}

fn record_timing(performance: &web_sys::Performance, key: &str, elapsed_ms: f64) {
    if !FIRST_DRAWN.with(|f| f.replace(true)) {
        let _ = performance.mark("cjk-first-chart");
    }
    crate::embed::announce_chart_drawn();
    let Some(window) = super::window() else { return };
    let timings = js_sys::Reflect::get(&window, &"cjkTradeWidgetTimings".into()).ok();
    if let Some(timings) = timings.and_then(|t| t.dyn_into::<js_sys::Array>().ok()) {
        // Which canvas, how long its draw took, and when it ended (for `make bench`).
        timings.push(&js_sys::Array::of3(&key.into(), &elapsed_ms.into(), &performance.now().into()));
    }
}
