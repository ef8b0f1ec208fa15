//! Drawing on a canvas, shared by the charts and the map: size the canvas to its CSS box at the
//! device pixel ratio, measure text with the canvas itself, open a plotters drawing area, and
//! time the draw for `make bench`.

use plotters::coord::Shift;
use plotters::prelude::{
    DrawingArea, IntoDrawingArea, RGBAColor, RGBColor, ShapeStyle, TextStyle as PlottersTextStyle,
};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::hooks::device_pixel_ratio;
use crate::charts::painter::canvas_font;
use crate::charts::{ChartError, EstimatedText, HitMap, Surface, TextMeasure};

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
        .and_then(|c| canvas_context(&c))
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
    draw: impl FnOnce(&CanvasSurface, f64) -> Result<HitMap, ChartError>,
) -> Result<HitMap, String> {
    let performance = super::window().and_then(|w| w.performance());
    let start = performance.as_ref().map(|p| p.now());
    let ratio = device_pixel_ratio();
    let (width_px, height_px) = size_canvas(canvas, size_css);
    if width_px < 2 || height_px < 2 {
        return Ok(HitMap::default());
    }
    let context = canvas_context(canvas).ok_or("no 2D canvas context")?;
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2D canvas context")?;
    let surface = CanvasSurface { area: backend.into_drawing_area(), context, offset_px: (0, 0) };
    let result = draw(&surface, ratio).map_err(|e| e.to_string());
    if let (Some(performance), Some(start)) = (performance, start) {
        record_timing(&performance, key, performance.now() - start);
    }
    result
}

fn canvas_context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
}

/// A canvas's drawing area, which draws dashed lines with the canvas's own dashes and everything
/// else through plotters. Plotters draws each dash as a path of its own (a colour string and five
/// calls into the browser per dash): a line chart's three dashed lines were some 300 paths and
/// about a quarter of its first draw.
pub struct CanvasSurface {
    area: DrawingArea<CanvasBackend, Shift>,
    context: CanvasRenderingContext2d,
    /// Where this area's top left is on the canvas (device pixels).
    offset_px: (i32, i32),
}

impl Surface for CanvasSurface {
    fn size_px(&self) -> (u32, u32) {
        Surface::size_px(&self.area)
    }
    fn fill(&self, color: RGBColor) -> Result<(), ChartError> {
        Surface::fill(&self.area, color)
    }
    fn rect(&self, corners: [(i32, i32); 2], style: ShapeStyle) -> Result<(), ChartError> {
        Surface::rect(&self.area, corners, style)
    }
    fn path(&self, points: Vec<(i32, i32)>, style: ShapeStyle) -> Result<(), ChartError> {
        Surface::path(&self.area, points, style)
    }
    fn dashed_path(&self, points: Vec<(i32, i32)>, dash: i32, gap: i32, style: ShapeStyle) -> Result<(), ChartError> {
        let Some(((first_x, first_y), rest)) = points.split_first() else { return Ok(()) };
        let (dx, dy) = self.offset_px;
        let context = &self.context;
        let RGBAColor(red, green, blue, alpha) = style.color;
        context.set_stroke_style_str(&format!("rgba({red},{green},{blue},{alpha})"));
        context.set_line_width(f64::from(style.stroke_width));
        let dashes = js_sys::Array::of2(&f64::from(dash.max(1)).into(), &f64::from(gap.max(1)).into());
        let _ = context.set_line_dash(&dashes);
        context.begin_path();
        context.move_to(f64::from(first_x + dx), f64::from(first_y + dy));
        for (x, y) in rest {
            context.line_to(f64::from(x + dx), f64::from(y + dy));
        }
        context.stroke();
        let _ = context.set_line_dash(&js_sys::Array::new());
        Ok(())
    }
    fn circle(&self, centre: (i32, i32), radius: i32, style: ShapeStyle) -> Result<(), ChartError> {
        Surface::circle(&self.area, centre, radius, style)
    }
    fn polygon(&self, points: Vec<(i32, i32)>, style: ShapeStyle) -> Result<(), ChartError> {
        Surface::polygon(&self.area, points, style)
    }
    fn text(&self, text: &str, at: (i32, i32), style: PlottersTextStyle<'_>) -> Result<(), ChartError> {
        Surface::text(&self.area, text, at, style)
    }
    fn inner(&self, offset: (u32, u32), size: (u32, u32)) -> Box<dyn Surface + '_> {
        Box::new(CanvasSurface {
            area: self.area.clone().shrink(offset, size),
            context: self.context.clone(),
            offset_px: (self.offset_px.0 + offset.0 as i32, self.offset_px.1 + offset.1 as i32),
        })
    }
    fn present(&self) -> Result<(), ChartError> {
        Surface::present(&self.area)
    }
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
