//! What the server renderer (`bin/prerender.rs`) puts where the app has a canvas: the chart or
//! map drawn as SVG by the same drawing code (`charts::draw`, `map::draw::draw` on plotters' SVG
//! backend), at a phone's width and at a column's, in the light and the dark theme, as images.
//! The stylesheet shows the one that suits the page's width and theme and scales it to the box. The app replaces the whole page with itself
//! once its own canvases are drawn, so a reader sees the chart at first paint, and still sees it
//! where the wasm cannot run.

use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use plotters::prelude::{IntoDrawingArea, SVGBackend};
use yew::prelude::*;

use crate::charts::painter::EstimatedText;
use crate::charts::{ChartError, HitMap, Surface, Theme};

/// A desktop article's column (CSS px).
pub const COLUMN_WIDTH_CSS: f64 = 720.0;
/// The content widths (CSS px) a chart's pictures are drawn at, by class: a 375 px phone's column
/// less the embed's padding, and a desktop article's column. The stylesheet switches at 560 px.
pub const DRAWN_WIDTHS_CSS: [(&str, f64); 2] = [("for-phone", 351.0), ("for-column", COLUMN_WIDTH_CSS)];

/// An SVG picture `width_css` wide and `height_css` tall, drawn by `draw` in the light theme with
/// estimated text widths (the server has no fonts to measure); `None` if drawing failed.
pub fn svg_of(
    (width_css, height_css): (f64, f64),
    draw: impl FnOnce(&dyn Surface, &EstimatedText) -> Result<HitMap, ChartError>,
) -> Option<String> {
    let mut svg = String::new();
    {
        let area = SVGBackend::with_string(&mut svg, (width_css.round() as u32, height_css.round() as u32))
            .into_drawing_area();
        draw(&area, &EstimatedText).ok()?;
    }
    Some(svg)
}

/// The themes a chart's pictures are drawn in, by class: the stylesheet shows the page's
/// (`page-guard.js` sets it before the first paint).
pub const PICTURE_THEMES: [(&str, Theme); 2] = [("in-light", Theme::Light), ("in-dark", Theme::Dark)];
/// The theme of the map's one picture, shown in both themes: a second map would weigh another
/// 80 KB gzip.
pub const MAP_PICTURE_THEME: Theme = Theme::Light;

/// What a `data:` address must escape of an SVG text: what is not plain printable ASCII is
/// escaped anyway; `"` would end the attribute, `#` start a fragment, `%` an escape.
const DATA_URL_ESCAPES: &AsciiSet = &CONTROLS.add(b'"').add(b'#').add(b'%').add(b'<').add(b'>');

/// The picture's `src`: the SVG in a `data:` address (a strict Content-Security-Policy allows
/// `img-src data:`).
pub fn data_url(svg: &str) -> String {
    format!("data:image/svg+xml;charset=utf-8,{}", utf8_percent_encode(svg, DATA_URL_ESCAPES))
}

/// The width and height an SVG text declares (plotters writes both), in CSS px.
fn declared_size(svg: &str) -> Option<(u32, u32)> {
    let number = |name: &str| -> Option<u32> {
        let start = svg.find(&format!("{name}=\""))? + name.len() + 2;
        svg[start..].split('"').next()?.parse().ok()
    };
    Some((number("width")?, number("height")?))
}

#[derive(Properties, PartialEq)]
pub struct StaticPictureProps {
    /// The SVG text of each picture, by its classes (its width and theme).
    pub pictures: Vec<(AttrValue, AttrValue)>,
    /// What the picture shows, for screen readers (the canvas's label).
    pub label: AttrValue,
}

/// The pictures in a labelled box; only the one for the page's width is displayed. Each is an
/// `<img>` with its width and height, so its box is reserved before it is decoded, and so that
/// it is the page's largest contentful paint: the app's canvas, which replaces it, is not one,
/// and the page's LCP stays at its first paint instead of moving to the app's start.
#[component]
pub fn StaticPicture(props: &StaticPictureProps) -> Html {
    html! {
        <div class="static-picture" role="img" aria-label={props.label.clone()}>
            { for props.pictures.iter().map(|(class, svg)| {
                let (width, height) = declared_size(svg).unwrap_or((720, 400));
                html! {
                    <img class={class.clone()} src={data_url(svg)} alt="" width={width.to_string()} height={height.to_string()} />
                }
            }) }
        </div>
    }
}
