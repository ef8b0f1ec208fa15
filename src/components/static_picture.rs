//! What the server renderer (`bin/prerender.rs`) puts where the app has a canvas: the chart or
//! map drawn as SVG by the same drawing code (`charts::draw`, `map::draw::draw` on plotters' SVG
//! backend), at a phone's width and at a column's, in the light and the dark theme, inline.
//! The stylesheet shows the one that suits the page's width and theme and scales it to the box. The app replaces the whole page with itself
//! once its own canvases are drawn, so a reader sees the chart at first paint, and still sees it
//! where the wasm cannot run.

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

/// The SVG text with the picture's classes and hidden from screen readers (the box around the
/// pictures carries their label); `None` if the text does not start with plotters' `<svg `.
fn tagged(svg: &str, classes: &str) -> Option<String> {
    let rest = svg.strip_prefix("<svg ")?;
    let classes = classes.replace(['"', '<', '>', '&'], "");
    Some(format!("<svg class=\"{classes}\" aria-hidden=\"true\" focusable=\"false\" {rest}"))
}

#[derive(Properties, PartialEq)]
pub struct StaticPictureProps {
    /// The SVG text of each picture, by its classes (its width and theme).
    pub pictures: Vec<(AttrValue, AttrValue)>,
    /// What the picture shows, for screen readers (the canvas's label).
    pub label: AttrValue,
}

/// The pictures in a labelled box; only the one for the page's width and theme is displayed.
/// Each is inline SVG, painted in the same frame as the text around it: an `<img>` of a `data:`
/// address was decoded later, often after the app's code had started to download, and the
/// page's largest contentful paint then waited for it. The SVG's `viewBox` gives its box the
/// drawn proportions before layout, so nothing moves. Plotters escapes the texts it writes.
#[component]
pub fn StaticPicture(props: &StaticPictureProps) -> Html {
    html! {
        <div class="static-picture" role="img" aria-label={props.label.clone()}>
            { for props.pictures.iter().filter_map(|(class, svg)| tagged(svg, class)).map(|svg| {
                Html::from_html_unchecked(AttrValue::from(svg))
            }) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::tagged;

    #[test]
    fn a_picture_gets_its_classes_and_is_hidden_from_screen_readers() {
        let svg = "<svg width=\"351\" height=\"240\" viewBox=\"0 0 351 240\"><text>A &amp; B</text></svg>";
        assert_eq!(
            tagged(svg, "for-phone in-light").as_deref(),
            Some("<svg class=\"for-phone in-light\" aria-hidden=\"true\" focusable=\"false\" width=\"351\" height=\"240\" viewBox=\"0 0 351 240\"><text>A &amp; B</text></svg>")
        );
        assert_eq!(tagged("<p>not a picture</p>", "for-phone"), None);
    }
}
