//! What the server renderer (`bin/prerender.rs`) puts where the app has a canvas: the chart or
//! map drawn as SVG by the same drawing code (`charts::draw`, `map::draw::draw` on plotters' SVG
//! backend), at a phone's width and at a column's, in the light and the dark theme.
//! The stylesheet shows the one that suits the page's width and theme and scales it to the box. The app replaces the whole page with itself
//! once its own canvases are drawn, so a reader sees the chart at first paint, and still sees it
//! where the wasm cannot run.

use std::cell::RefCell;
use std::collections::BTreeMap;

use plotters::prelude::{IntoDrawingArea, SVGBackend};
use yew::prelude::*;

use crate::charts::painter::EstimatedText;
use crate::charts::{ChartError, HitMap, Surface, Theme};
use crate::data::parts::content_hash;

/// A desktop article's column (CSS px).
pub const COLUMN_WIDTH_CSS: f64 = 720.0;
/// The content widths (CSS px) a chart's pictures are drawn at, by class: a 375 px phone's column
/// less the embed's padding, and a desktop article's column. The stylesheet switches at 560 px.
pub const DRAWN_WIDTHS_CSS: [(&str, f64); 2] = [("for-phone", 351.0), ("for-column", COLUMN_WIDTH_CSS)];

/// The content widths (CSS px) between which [`heights_attribute`] describes a chart's height: a
/// 240 px column to the widest view (the page is at most 1400 px wide).
const FITTED_WIDTHS_CSS: std::ops::RangeInclusive<u32> = 240..=1400;

/// The heights (CSS px) the app gives a chart at each width, for the still picture's box to take
/// before the app starts (`page-guard.js`; `data-heights`): "width:height" pairs, between which
/// the height is linear, rounded to a whole pixel as the app rounds it. `height_css_at` is the
/// app's height before rounding. The app sizes its canvas at its box's whole pixel width, so the
/// height is sampled at every whole width and only the pairs where its slope changes are kept (a
/// line chart has four to six), and those where the page's arithmetic would round otherwise than
/// the app's. A picture scaled to its box alone was right only at the widths it was drawn for: on
/// a 412 px phone the app's heatmap came 43 px shorter than its picture, and what was under it
/// moved up when the app took the page's place.
pub fn heights_attribute(height_css_at: impl Fn(f64) -> f64) -> String {
    let samples: Vec<(f64, f64)> = FITTED_WIDTHS_CSS.map(|w| (f64::from(w), height_css_at(f64::from(w)))).collect();
    let last = samples.len() - 1;
    let bends =
        |i: usize| i == 0 || i == last || (samples[i - 1].1 + samples[i + 1].1 - 2.0 * samples[i].1).abs() > 1e-9;
    let bent: Vec<usize> = (0..samples.len()).filter(|&i| bends(i)).collect();
    // Where the interpolation lands on the other side of a half pixel, the sample itself is kept.
    let rounds_apart = |i: usize| {
        let after = bent.partition_point(|&k| k < i).clamp(1, bent.len() - 1);
        let (a, b) = (samples[bent[after - 1]], samples[bent[after]]);
        interpolate(a, b, samples[i].0).round() != samples[i].1.round()
    };
    let kept: Vec<String> = (0..samples.len())
        .filter(|&i| bends(i) || rounds_apart(i))
        .map(|i| format!("{}:{}", samples[i].0, samples[i].1))
        .collect();
    kept.join(" ")
}

/// The height at `width` on the line through `a` and `b`, computed as `page-guard.js` computes it.
fn interpolate((w0, h0): (f64, f64), (w1, h1): (f64, f64), width: f64) -> f64 {
    h0 + (h1 - h0) * (width - w0) / (w1 - w0)
}

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
    Some(compact(&svg))
}

/// The SVG text without what the page need not parse: plotters writes every text's font family
/// (200 characters) and every shape's full opacity; the family is said once on the root, where
/// the texts inherit it, and full opacity is the default. A line chart's page is a fifth lighter.
fn compact(svg: &str) -> String {
    let without_opacity = svg.replace(" opacity=\"1\"", "");
    let family = without_opacity.split(" font-family=\"").nth(1).and_then(|rest| rest.split('"').next());
    match family {
        Some(family) => {
            let attribute = format!(" font-family=\"{family}\"");
            without_opacity.replace(&attribute, "").replacen("<svg ", &format!("<svg{attribute} "), 1)
        }
        None => without_opacity,
    }
}

/// The themes a chart's pictures are drawn in, by class: the stylesheet shows the page's
/// (`page-guard.js` sets it before the first paint).
pub const PICTURE_THEMES: [(&str, Theme); 2] = [("in-light", Theme::Light), ("in-dark", Theme::Dark)];
/// The theme of the map's one picture, shown in both themes: a second map would weigh another
/// 80 KB gzip.
pub const MAP_PICTURE_THEME: Theme = Theme::Light;

/// The folder of the pictures' files, beside the pages.
pub const PICTURES_FOLDER: &str = "pictures";

thread_local! {
    /// The pictures rendered as files since [`take_picture_files`] was last called, by file name.
    static PICTURE_FILES: RefCell<BTreeMap<String, String>> = const { RefCell::new(BTreeMap::new()) };
}

/// An image's `src`: a file of its own, named by its content (so that the pages that show the
/// same picture share it, and a host may cache it for good), which `bin/prerender.rs` writes.
/// As a `data:` address in the page, each heatmap's four pictures made `index.html` 650 KB,
/// whose parsing and layout were half of its blocking time at a phone's speed; as files, the
/// browser fetches only the one the width and theme show, when the reader nears it.
fn picture_file(svg: &str) -> String {
    let name = format!("{PICTURES_FOLDER}/{}.svg", content_hash(svg.as_bytes()));
    PICTURE_FILES.with(|files| {
        files.borrow_mut().entry(name.clone()).or_insert_with(|| svg.to_string());
    });
    name
}

/// The picture files of the pages rendered since the last call, by file name (relative to the
/// pages' folder), with their SVG texts.
pub fn take_picture_files() -> BTreeMap<String, String> {
    PICTURE_FILES.with(|files| std::mem::take(&mut *files.borrow_mut()))
}

/// The width and height an SVG text declares (plotters writes both), in CSS px.
fn declared_size(svg: &str) -> Option<(u32, u32)> {
    let number = |name: &str| -> Option<u32> {
        let start = svg.find(&format!("{name}=\""))? + name.len() + 2;
        svg[start..].split('"').next()?.parse().ok()
    };
    Some((number("width")?, number("height")?))
}

/// The SVG text with the picture's classes and hidden from screen readers (the box around the
/// pictures carries their label), drawn from the top left of a box of another shape (as the
/// app's chart is); `None` if the text does not start with plotters' `<svg `.
fn tagged(svg: &str, classes: &str) -> Option<String> {
    let rest = svg.strip_prefix("<svg ")?;
    let classes = classes.replace(['"', '<', '>', '&'], "");
    Some(format!("<svg class=\"{classes}\" aria-hidden=\"true\" focusable=\"false\" preserveAspectRatio=\"xMinYMin meet\" {rest}"))
}

#[derive(Properties, PartialEq)]
pub struct StaticPictureProps {
    /// The SVG text of each picture, by its classes (its width and theme).
    pub pictures: Vec<(AttrValue, AttrValue)>,
    /// What the picture shows, for screen readers (the canvas's label).
    pub label: AttrValue,
    /// Whether the pictures are inline SVG (the page's first chart) or images (the others).
    pub inline: bool,
    /// The app's height for the chart at each width ([`heights_attribute`]).
    pub heights: AttrValue,
    /// The share of the window's height the app's chart keeps to, with the least height it takes
    /// all the same ("0.68 300"; the map's), if any.
    #[prop_or_default]
    pub window_cap: Option<AttrValue>,
}

/// The pictures in a labelled box; only the one for the page's width and theme is displayed.
/// The page's first chart is inline SVG, painted in the same frame as the text around it: as an
/// image it was decoded a few frames later, often after the app's code had started to download,
/// and the page's largest contentful paint then waited for it. The other charts are images of
/// their own files ([`picture_file`]): inline, their hundreds of SVG texts (a heatmap's labels)
/// cost the layout a long task while the reader waits for the page to respond. The images load
/// lazily: the browser never fetches or decodes the three of each four that the page's width and
/// theme hide, nor the one it shows until the reader scrolls near it. Either keeps its box from
/// the first layout (the SVG's `viewBox`, the image's width and height), so nothing moves.
#[component]
pub fn StaticPicture(props: &StaticPictureProps) -> Html {
    html! {
        <div class="static-picture" role="img" aria-label={props.label.clone()} data-heights={props.heights.clone()}
            data-window-cap={props.window_cap.clone()}>
            { for props.pictures.iter().map(|(class, svg)| if props.inline {
                tagged(svg, class).map(|svg| Html::from_html_unchecked(AttrValue::from(svg))).unwrap_or_default()
            } else {
                let (width, height) = declared_size(svg).unwrap_or((720, 400));
                html! {
                    <img class={class.clone()} src={picture_file(svg)} alt="" width={width.to_string()} height={height.to_string()}
                        loading="lazy" decoding="async" />
                }
            }) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::{compact, heights_attribute, interpolate, tagged, FITTED_WIDTHS_CSS};

    /// The height the attribute gives at a whole width, read as `page-guard.js` reads it.
    fn height_at(attribute: &str, width: f64) -> f64 {
        let points: Vec<(f64, f64)> = attribute
            .split(' ')
            .map(|pair| {
                let (w, h) = pair.split_once(':').expect("a width:height pair");
                (w.parse().expect("a width"), h.parse().expect("a height"))
            })
            .collect();
        if width <= points[0].0 {
            return points[0].1.round();
        }
        let after = points.iter().position(|&(w, _)| w >= width).unwrap_or(points.len() - 1);
        interpolate(points[after - 1], points[after], width).round()
    }

    #[test]
    fn the_heights_attribute_gives_the_apps_whole_pixel_height_at_every_whole_width_in_few_pairs() {
        let line = |w: f64| (w * 0.55).clamp(240.0, 400.0);
        let compact_line = |w: f64| (w * 0.36).clamp(200.0, 300.0);
        let stepped = |w: f64| if w < 500.0 { 300.0 } else { 120.0 + (w * 0.3).min(250.0) };
        for (name, height) in
            [("line", &line as &dyn Fn(f64) -> f64), ("compact line", &compact_line), ("stepped", &stepped)]
        {
            let attribute = heights_attribute(height);
            for width in FITTED_WIDTHS_CSS.map(f64::from) {
                let (expected, got) = (height(width).round(), height_at(&attribute, width));
                assert_eq!(got, expected, "{name} at {width} px ({attribute})");
            }
            assert!(attribute.split(' ').count() <= 10, "{name}: {attribute}");
        }
        assert!(heights_attribute(line).starts_with("240:240 436:240 437:240.35"), "{}", heights_attribute(line));
    }

    #[test]
    fn a_picture_names_its_font_once_and_drops_full_opacity() {
        let svg = "<svg width=\"9\"><rect opacity=\"1\" fill-opacity=\"1\"/><text font-family=\"A, &quot;B C&quot;\" opacity=\"0.5\">x</text><text font-family=\"A, &quot;B C&quot;\">y</text><text font-family=\"Z\">z</text></svg>";
        assert_eq!(
            compact(svg),
            "<svg font-family=\"A, &quot;B C&quot;\" width=\"9\"><rect fill-opacity=\"1\"/><text opacity=\"0.5\">x</text><text>y</text><text font-family=\"Z\">z</text></svg>"
        );
        assert_eq!(compact("<svg width=\"9\"><rect opacity=\"1\"/></svg>"), "<svg width=\"9\"><rect/></svg>");
    }

    #[test]
    fn a_picture_gets_its_classes_and_is_hidden_from_screen_readers() {
        let svg = "<svg width=\"351\" height=\"240\" viewBox=\"0 0 351 240\"><text>A &amp; B</text></svg>";
        assert_eq!(
            tagged(svg, "for-phone in-light").as_deref(),
            Some("<svg class=\"for-phone in-light\" aria-hidden=\"true\" focusable=\"false\" preserveAspectRatio=\"xMinYMin meet\" width=\"351\" height=\"240\" viewBox=\"0 0 351 240\"><text>A &amp; B</text></svg>")
        );
        assert_eq!(tagged("<p>not a picture</p>", "for-phone"), None);
    }
}
