//! The download buttons under a chart: its picture as PNG (drawn again at twice the pixel ratio
//! with its title, takeaway, legend, source and credit) and its numbers as CSV. Everything is
//! made in the browser; nothing is uploaded.

use std::rc::Rc;

use plotters::prelude::{IntoDrawingArea, SVGBackend};
use plotters_canvas::CanvasBackend;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlAnchorElement, HtmlCanvasElement};
use yew::prelude::*;

use super::canvas::with_text_measure;
use super::chunks::{self, FigureFormat};
use super::data::absolute_url;
use super::hooks::{use_app_state, use_theme};
use crate::charts::figure::{draw_figure, figure_height_css, Figure};
use crate::charts::{TextMeasure, Theme};
use crate::i18n::fill;
use crate::views::{export, Panel};

/// Where the sources and their licences are described, relative to the widget.
pub(super) const SOURCES_PAGE: &str = "data/SOURCES.md";
/// The PNG's pixels per CSS pixel.
const PNG_PIXEL_RATIO: f64 = 2.0;
/// The width a figure is drawn at when the chart's own width is unknown (a hidden panel).
const FALLBACK_WIDTH_CSS: f64 = 720.0;

#[derive(Properties, PartialEq)]
pub struct DownloadsProps {
    pub panel: Rc<Panel>,
    pub takeaway: AttrValue,
    pub source: AttrValue,
}

#[component]
pub fn Downloads(props: &DownloadsProps) -> Html {
    let state = use_app_state();
    let t = state.locale.texts();
    let error = use_state(|| None::<String>);
    let panel = props.panel.clone();
    let theme = use_theme();

    let on_csv = {
        let (panel, source, error) = (panel.clone(), props.source.clone(), error.clone());
        Callback::from(move |_| {
            let csv = export::panel_csv(
                t,
                &panel,
                &source,
                &page_link(),
                &absolute_url(SOURCES_PAGE).unwrap_or_else(|_| SOURCES_PAGE.to_string()),
            );
            // A byte-order mark, so that spreadsheet programs read the Chinese, Japanese and Korean text as UTF-8.
            let href = data_url(&format!("\u{feff}{csv}"), "text/csv;charset=utf-8");
            let result = click_link(&export::file_name(panel.key, "csv"), &href);
            error.set(result.err().map(|e| fill(t.download_failed, &[("error", &e)])));
        })
    };
    // The picture downloads: the figure drawn in `theme` into a file of `format`, then saved.
    let figure_download = |format: FigureFormat, theme: Theme| {
        let (panel, source, takeaway, error) =
            (panel.clone(), props.source.clone(), props.takeaway.clone(), error.clone());
        Callback::from(move |_: MouseEvent| {
            let width_css = chart_width_css(panel.key).unwrap_or(FALLBACK_WIDTH_CSS);
            let picture = Picture {
                panel: panel.clone(),
                takeaway: takeaway.clone(),
                source: source.clone(),
                format,
                theme,
                width_css,
            };
            let error = error.clone();
            yew::platform::spawn_local(async move {
                let result = save_picture(picture, t).await;
                error.set(result.err().map(|e| fill(t.download_failed, &[("error", &e)])));
            });
        })
    };
    // The PNG as the reader sees it; the SVG is the download for print, and paper is white.
    let on_png = figure_download(FigureFormat::Png, theme);
    let on_svg = figure_download(FigureFormat::Svg, Theme::Light);
    let label = if panel.chart.is_some() { t.download_label } else { t.download_table_label };
    html! {
        <div class="chart-downloads" role="group" aria-label={label}>
            <span class="chart-downloads-label">{ label }</span>
            if panel.chart.is_some() {
                <button type="button" data-action="download-png" onclick={on_png}>{ t.download_png }</button>
                <button type="button" data-action="download-svg" onclick={on_svg}>{ t.download_svg }</button>
            }
            <button type="button" data-action="download-csv" onclick={on_csv}>{ t.download_csv }</button>
            if let Some(message) = &*error { <span class="error" role="alert">{ message }</span> }
        </div>
    }
}

/// A chart's picture to save: the panel with the view's takeaway and source, in a format, a theme,
/// and (for the PNG and SVG) the chart's width on the page.
pub struct Picture {
    pub panel: Rc<Panel>,
    pub takeaway: AttrValue,
    pub source: AttrValue,
    pub format: FigureFormat,
    pub theme: Theme,
    pub width_css: f64,
}

/// Draws the picture with its title, takeaway, legend, source line and the widget's name and
/// address, and saves it. The code that draws it is a chunk of its own (`chunks.rs`), fetched at
/// the first click.
pub async fn save_picture(picture: Picture, t: &'static crate::i18n::Texts) -> Result<(), String> {
    let render = chunks::figure_renderer(picture.format)
        .await
        .map_err(|_| "the code that draws the file could not be loaded".to_string())?;
    let source = format!("{}: {}", t.source_label, picture.source);
    let credit = match absolute_url("./") {
        Ok(address) => format!("{} · {address}", t.app_title),
        Err(_) => t.app_title.to_string(),
    };
    let figure = export::figure(&picture.panel, &picture.takeaway, &source, &credit).ok_or("no chart")?;
    let href = with_text_measure(|measure| render(&figure, picture.width_css, picture.theme, measure))?;
    let name = format!("{}{}", picture.panel.key, picture.format.name_suffix());
    click_link(&export::file_name(&name, picture.format.extension()), &href)
}

/// The figure as a PNG at twice the pixel ratio in `theme`, as a `data:` address.
pub fn png_data_url(
    figure: &Figure,
    width_css: f64,
    theme: Theme,
    measure: &dyn TextMeasure,
) -> Result<String, String> {
    let height_css = figure_height_css(figure, width_css, measure);
    let canvas = new_canvas(width_css, height_css)?;
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2D canvas")?;
    draw_figure(&backend.into_drawing_area(), figure, PNG_PIXEL_RATIO, theme, measure).map_err(|e| e.to_string())?;
    canvas.to_data_url_with_type("image/png").map_err(js_error)
}

/// A picture for a social post, 1200 × 675 pixels, drawn at 1.5 pixels per CSS pixel so that its
/// texts read at a post's size.
pub const SOCIAL_PNG: FixedPicture = FixedPicture { width_px: 1200, height_px: 675, pixel_ratio: 1.5 };
/// A portrait picture (a phone's feed or story), 1080 × 1350 pixels, at twice the pixel ratio.
pub const PORTRAIT_PNG: FixedPicture = FixedPicture { width_px: 1080, height_px: 1350, pixel_ratio: 2.0 };

/// A picture of a fixed size in pixels, whatever the chart's width on the page.
pub struct FixedPicture {
    pub width_px: u32,
    pub height_px: u32,
    pub pixel_ratio: f64,
}

/// The figure as a social post's PNG ([`SOCIAL_PNG`]); the page's width is not used.
pub fn png_social_data_url(figure: &Figure, _: f64, theme: Theme, measure: &dyn TextMeasure) -> Result<String, String> {
    fixed_png_data_url(figure, &SOCIAL_PNG, theme, measure)
}

/// The figure as a portrait PNG ([`PORTRAIT_PNG`]).
pub fn png_portrait_data_url(
    figure: &Figure,
    _: f64,
    theme: Theme,
    measure: &dyn TextMeasure,
) -> Result<String, String> {
    fixed_png_data_url(figure, &PORTRAIT_PNG, theme, measure)
}

fn fixed_png_data_url(
    figure: &Figure,
    picture: &FixedPicture,
    theme: Theme,
    measure: &dyn TextMeasure,
) -> Result<String, String> {
    let canvas = new_canvas_px(picture.width_px, picture.height_px)?;
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2D canvas")?;
    draw_figure(&backend.into_drawing_area(), figure, picture.pixel_ratio, theme, measure)
        .map_err(|e| e.to_string())?;
    canvas.to_data_url_with_type("image/png").map_err(js_error)
}

/// The figure as SVG in `theme`, as a `data:` address.
pub fn svg_data_url(
    figure: &Figure,
    width_css: f64,
    theme: Theme,
    measure: &dyn TextMeasure,
) -> Result<String, String> {
    let height_css = figure_height_css(figure, width_css, measure);
    let mut svg = String::new();
    {
        let size = (width_css.round() as u32, height_css.round() as u32);
        let area = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        draw_figure(&area, figure, 1.0, theme, measure).map_err(|e| e.to_string())?;
    }
    Ok(data_url(&svg, "image/svg+xml;charset=utf-8"))
}

/// The address of the page as the reader sees it (the state is in the query string).
pub(super) fn page_link() -> String {
    super::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

/// The chart's width on the page, in CSS pixels.
fn chart_width_css(panel_key: &str) -> Option<f64> {
    let document = super::window()?.document()?;
    let chart = document.query_selector(&format!("[data-chart=\"{panel_key}\"]")).ok()??;
    Some(f64::from(chart.client_width())).filter(|w| *w > 0.0)
}

fn new_canvas(width_css: f64, height_css: f64) -> Result<HtmlCanvasElement, String> {
    new_canvas_px((width_css * PNG_PIXEL_RATIO).round() as u32, (height_css * PNG_PIXEL_RATIO).round() as u32)
}

fn new_canvas_px(width_px: u32, height_px: u32) -> Result<HtmlCanvasElement, String> {
    let document = super::window().and_then(|w| w.document()).ok_or("no document")?;
    let canvas: HtmlCanvasElement =
        document.create_element("canvas").map_err(js_error)?.dyn_into().map_err(|_| "not a canvas".to_string())?;
    canvas.set_width(width_px);
    canvas.set_height(height_px);
    Ok(canvas)
}

/// Text as a `data:` address: unlike a blob address it needs no revoking, which Firefox would
/// otherwise race with the download.
pub(super) fn data_url(text: &str, mime_type: &str) -> String {
    let encoded: String = js_sys::encode_uri_component(text).into();
    format!("data:{mime_type},{encoded}")
}

/// Saves `href` as `file_name` through a temporary link.
pub(super) fn click_link(file_name: &str, href: &str) -> Result<(), String> {
    let document = super::window().and_then(|w| w.document()).ok_or("no document")?;
    let body = document.body().ok_or("no body")?;
    let link: HtmlAnchorElement =
        document.create_element("a").map_err(js_error)?.dyn_into().map_err(|_| "not a link".to_string())?;
    link.set_href(href);
    link.set_download(file_name);
    link.set_hidden(true);
    body.append_child(&link).map_err(js_error)?;
    link.click();
    link.remove();
    Ok(())
}

fn js_error(value: JsValue) -> String {
    value.as_string().unwrap_or_else(|| format!("{value:?}"))
}
