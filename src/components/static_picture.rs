//! What the server renderer (`bin/prerender.rs`) puts where the app has a canvas: the chart or
//! map drawn as SVG by the same drawing code (`charts::draw`, `map::draw::draw` on plotters' SVG
//! backend), once at a phone's width and once at a column's. The stylesheet shows the one that
//! suits the page's width and scales it to the box. The app replaces the whole page with itself
//! once its own canvases are drawn, so a reader sees the chart at first paint, and still sees it
//! where the wasm cannot run.

use plotters::prelude::{IntoDrawingArea, SVGBackend};
use yew::prelude::*;

use crate::charts::painter::EstimatedText;
use crate::charts::{ChartError, HitMap, Surface, Theme};

/// The content widths (CSS px) the pictures are drawn at: a 375 px phone's column less the
/// embed's padding, and a desktop article's column. The stylesheet switches at 560 px.
pub const DRAWN_WIDTHS_CSS: [(&str, f64); 2] = [("for-phone", 351.0), ("for-column", 720.0)];

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

/// The theme the pictures are drawn in: the page's default. A dark page shows them until the app
/// draws its own canvas in the reader's theme.
pub const PICTURE_THEME: Theme = Theme::Light;

#[derive(Properties, PartialEq)]
pub struct StaticPictureProps {
    /// The SVG text for each of `DRAWN_WIDTHS_CSS`, by its class.
    pub pictures: Vec<(&'static str, AttrValue)>,
    /// What the picture shows, for screen readers (the canvas's label).
    pub label: AttrValue,
}

/// The pictures in a labelled box; only the one for the page's width is displayed.
#[component]
pub fn StaticPicture(props: &StaticPictureProps) -> Html {
    html! {
        <div class="static-picture" role="img" aria-label={props.label.clone()}>
            { for props.pictures.iter().map(|(class, svg)| html! {
                <div class={*class} aria-hidden="true">{ Html::from_html_unchecked(svg.clone()) }</div>
            }) }
        </div>
    }
}
