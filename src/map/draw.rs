//! PURE. Draws the parks map on any plotters backend: sea, land, coast/border/province lines,
//! park markers (shape and colour by partner) and labels placed so that they never overlap one
//! another or a marker. Returns a hit map of the markers.

use super::basemap::{Basemap, LineKind, Path};
use super::projection::ViewTransform;
use super::view::MapView;
use crate::charts::painter::{Align, Baseline, ChartError, Painter, Surface, TextMeasure, TextStyle};
use crate::charts::palette::{self, Rgb, Theme};
use crate::charts::{HitMap, HitRegion, HitTarget, Tooltip};
use crate::data::parks::ParkKind;

/// The basemap's colours in one theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BasemapColors {
    pub sea: Rgb,
    pub land: Rgb,
    pub coast: Rgb,
    pub border: Rgb,
    pub province: Rgb,
}

impl BasemapColors {
    /// Land lighter than sea in both themes, and lines from faint (provinces) to clear (coasts).
    pub fn for_theme(theme: Theme) -> BasemapColors {
        match theme {
            Theme::Light => BasemapColors {
                sea: Rgb(0xdc, 0xe7, 0xf0),
                land: Rgb(0xf6, 0xf3, 0xec),
                coast: Rgb(0x8f, 0xa7, 0xbd),
                border: Rgb(0x7d, 0x76, 0x6c),
                province: Rgb(0xcf, 0xc8, 0xbb),
            },
            Theme::Dark => BasemapColors {
                sea: Rgb(0x11, 0x1d, 0x28),
                land: Rgb(0x2b, 0x2b, 0x29),
                coast: Rgb(0x55, 0x72, 0x8c),
                border: Rgb(0x93, 0x8a, 0x7e),
                province: Rgb(0x4a, 0x46, 0x3f),
            },
        }
    }
}

/// One park on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub lon_deg: f64,
    pub lat_deg: f64,
    pub kind: ParkKind,
    pub label: String,
    pub selected: bool,
    pub tooltip: Tooltip,
}

/// The colour and symbol of each kind of park, shared by the map and its legend.
pub fn marker_style(kind: ParkKind) -> (Rgb, &'static str) {
    match kind {
        ParkKind::ChinaJapan => (palette::JAPAN, "●"),
        ParkKind::ChinaKorea => (palette::KOREA, "■"),
        ParkKind::KoreaHostedChina => (palette::CHINA, "◆"),
        ParkKind::ChinaKoreaCityPilot => (palette::KOREA, "□"),
    }
}

const MARKER_RADIUS_CSS: f64 = 6.5;
/// How far (CSS pixels) a finger may land outside a marker's hit square and still select it:
/// smaller than a chart's, for markers sit close together.
pub const MAP_TOUCH_SLOP_CSS_PX: f64 = 10.0;
const LABEL_FONT_CSS_PX: f64 = 12.0;

/// A rectangle in device pixels: (x0, y0, x1, y1).
pub type Rect = (f64, f64, f64, f64);

/// The corner the map's zoom buttons cover (top right, CSS pixels): labels keep out of it.
pub const CONTROLS_CSS: (f64, f64) = (56.0, 160.0);

fn overlaps(a: Rect, b: Rect) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

/// Places labels beside markers: tries eight positions around each marker, in priority order
/// (selected first), and skips a label that cannot be placed without overlapping.
/// Returns, per marker, the label's top-left corner in device pixels.
pub fn place_labels(
    markers_px: &[(f64, f64)],
    sizes_px: &[(f64, f64)],
    priority: &[usize],
    radius_px: f64,
    canvas_px: (f64, f64),
    obstacles: &[Rect],
) -> Vec<Option<(f64, f64)>> {
    let mut placed: Vec<Rect> =
        markers_px.iter().map(|&(x, y)| (x - radius_px, y - radius_px, x + radius_px, y + radius_px)).collect();
    placed.extend_from_slice(obstacles);
    let mut result = vec![None; markers_px.len()];
    let gap = radius_px + 3.0;
    for &i in priority {
        let (x, y) = markers_px[i];
        let (w, h) = sizes_px[i];
        let candidates = [
            (x + gap, y - h / 2.0),
            (x - gap - w, y - h / 2.0),
            (x - w / 2.0, y - gap - h),
            (x - w / 2.0, y + gap),
            (x + gap * 0.8, y - gap * 0.8 - h),
            (x + gap * 0.8, y + gap * 0.8),
            (x - gap * 0.8 - w, y - gap * 0.8 - h),
            (x - gap * 0.8 - w, y + gap * 0.8),
        ];
        for (left, top) in candidates {
            let rect = (left, top, left + w, top + h);
            let inside = rect.0 >= 0.0 && rect.1 >= 0.0 && rect.2 <= canvas_px.0 && rect.3 <= canvas_px.1;
            if inside && !placed.iter().any(|r| overlaps(*r, rect)) {
                placed.push(rect);
                result[i] = Some((left, top));
                break;
            }
        }
    }
    result
}

/// Converts a path to pixels, dropping points closer than half a pixel to the last kept one.
fn path_px(transform: &ViewTransform, path: &Path) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::with_capacity(path.points.len());
    for &(x, y) in &path.points {
        let p = transform.to_px(x, y);
        if out.last().is_none_or(|q| (q.0 - p.0).abs() + (q.1 - p.1).abs() >= 0.5) {
            out.push(p);
        }
    }
    out
}

fn visible(transform: &ViewTransform, path: &Path, width: f64, height: f64) -> bool {
    let (a, b) = (transform.to_px(path.min.0, path.max.1), transform.to_px(path.max.0, path.min.1));
    a.0 <= width && b.0 >= 0.0 && a.1 <= height && b.1 >= 0.0
}

/// Draws the basemap and the markers; `highlight` is the hovered or focused marker.
#[allow(clippy::too_many_arguments)] // The chart's `draw` arguments, plus the map's three inputs.
pub fn draw(
    area: &dyn Surface,
    basemap: &Basemap,
    markers: &[Marker],
    view: &MapView,
    pixel_ratio: f64,
    theme: Theme,
    highlight: Option<usize>,
    measure: &dyn TextMeasure,
) -> Result<HitMap, ChartError> {
    let p = Painter::new(area, pixel_ratio, theme, measure);
    let (width, height) = p.size_px();
    if width < 2.0 || height < 2.0 {
        return Ok(HitMap::default());
    }
    let transform = ViewTransform::new(width, height, view);
    draw_basemap(&p, basemap, &transform, theme)?;
    let positions: Vec<(f64, f64)> = markers.iter().map(|m| transform.lonlat_to_px(m.lon_deg, m.lat_deg)).collect();
    draw_markers(&p, markers, &positions, highlight)?;
    draw_labels(&p, markers, &positions, highlight)?;
    area.present()?;
    Ok(hit_regions(&p, markers, &positions))
}

/// Sea and land, then the lines: provinces under borders under coasts.
fn draw_basemap(p: &Painter, basemap: &Basemap, transform: &ViewTransform, theme: Theme) -> Result<(), ChartError> {
    let (width, height) = p.size_px();
    let colors = BasemapColors::for_theme(theme);
    p.clear(colors.sea)?;
    for ring in basemap.land.iter().filter(|r| visible(transform, r, width, height)) {
        let points = path_px(transform, ring);
        if points.len() >= 3 {
            p.polygon(&points, colors.land)?;
        }
    }
    for (kind, color, width_css) in [
        (LineKind::Province, colors.province, 1.0),
        (LineKind::Border, colors.border, 1.0),
        (LineKind::Coast, colors.coast, 1.0),
    ] {
        for (_, path) in basemap.lines.iter().filter(|(k, path)| *k == kind && visible(transform, path, width, height))
        {
            let points = path_px(transform, path);
            if points.len() >= 2 {
                p.outline(&points, color, width_css)?;
            }
        }
    }
    Ok(())
}

/// The markers at `positions` (device pixels), the highlighted and selected ones on top.
fn draw_markers(
    p: &Painter,
    markers: &[Marker],
    positions: &[(f64, f64)],
    highlight: Option<usize>,
) -> Result<(), ChartError> {
    let mut order: Vec<usize> = (0..markers.len()).collect();
    crate::order::sort_by_key(&mut order, |&i| (markers[i].selected, highlight == Some(i)));
    for &i in &order {
        let (x, y) = positions[i];
        let marker = &markers[i];
        let emphasis = marker.selected || highlight == Some(i);
        let radius = if emphasis { MARKER_RADIUS_CSS + 2.0 } else { MARKER_RADIUS_CSS };
        if marker.selected {
            p.circle(x, y, radius + 4.0, palette::WHITE, Some(palette::INK))?;
        }
        draw_marker(p, marker.kind, x, y, radius)?;
    }
    Ok(())
}

/// The markers' labels where they fit (the selected and highlighted first), clear of the zoom
/// controls, each with a white halo that keeps it legible over lines.
fn draw_labels(
    p: &Painter,
    markers: &[Marker],
    positions: &[(f64, f64)],
    highlight: Option<usize>,
) -> Result<(), ChartError> {
    let (width, height) = p.size_px();
    let sizes: Vec<(f64, f64)> = markers
        .iter()
        .map(|m| (p.text_width(&m.label, LABEL_FONT_CSS_PX, true) + p.px(4.0), p.px(LABEL_FONT_CSS_PX + 4.0)))
        .collect();
    let mut priority: Vec<usize> = (0..markers.len()).collect();
    crate::order::sort_by_key(&mut priority, |&i| (!markers[i].selected, highlight != Some(i)));
    let controls = (width - p.px(CONTROLS_CSS.0), 0.0, width, p.px(CONTROLS_CSS.1));
    let spots = place_labels(positions, &sizes, &priority, p.px(MARKER_RADIUS_CSS + 2.0), (width, height), &[controls]);
    for (i, spot) in spots.iter().enumerate() {
        if let Some((left, top)) = spot {
            let (x, y) = (left + p.px(2.0), top + sizes[i].1 / 2.0);
            for (dx, dy) in [(-1.0, 0.0), (1.0, 0.0), (0.0, -1.0), (0.0, 1.0)] {
                p.text(
                    &markers[i].label,
                    (x + p.px(dx), y + p.px(dy)),
                    TextStyle::new(LABEL_FONT_CSS_PX, palette::WHITE, Align::Left, Baseline::Middle).bold(),
                )?;
            }
            p.text(
                &markers[i].label,
                (x, y),
                TextStyle::new(LABEL_FONT_CSS_PX, palette::INK, Align::Left, Baseline::Middle).bold(),
            )?;
        }
    }
    Ok(())
}

/// Hit regions: a generous square around each marker (finger-sized), in list order.
fn hit_regions(p: &Painter, markers: &[Marker], positions: &[(f64, f64)]) -> HitMap {
    let (width, height) = p.size_px();
    let reach = p.px(MARKER_RADIUS_CSS + 6.0);
    let regions = markers
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            let (x, y) = positions[*i];
            x >= -reach && y >= -reach && x <= width + reach && y <= height + reach
        })
        .map(|(i, marker)| {
            let (x, y) = positions[i];
            HitRegion {
                rect: crate::charts::hit::PxRect {
                    x0: (x - reach) as i32,
                    y0: (y - reach) as i32,
                    x1: (x + reach) as i32,
                    y1: (y + reach) as i32,
                },
                anchor: (x as i32, (y - p.px(MARKER_RADIUS_CSS)) as i32),
                target: HitTarget { row: i, col: 0 },
                tooltip: marker.tooltip.clone(),
                selectable: true,
            }
        })
        .collect();
    HitMap { regions }
}

fn draw_marker(p: &Painter, kind: ParkKind, x: f64, y: f64, radius_css: f64) -> Result<(), ChartError> {
    let (color, _) = marker_style(kind);
    let r = p.px(radius_css);
    let outline = p.px(1.5);
    match kind {
        ParkKind::ChinaJapan => p.circle(x, y, radius_css, color, Some(palette::WHITE)),
        ParkKind::ChinaKorea => {
            p.fill_rect(x - r - outline, y - r - outline, x + r + outline, y + r + outline, palette::WHITE)?;
            p.fill_rect(x - r, y - r, x + r, y + r, color)
        }
        ParkKind::KoreaHostedChina => {
            let d = r * 1.35;
            let o = d + outline * 1.4;
            p.polygon(&[(x, y - o), (x + o, y), (x, y + o), (x - o, y)], palette::WHITE)?;
            p.polygon(&[(x, y - d), (x + d, y), (x, y + d), (x - d, y)], color)
        }
        ParkKind::ChinaKoreaCityPilot => {
            // A hollow square: a whole city, not a park.
            p.fill_rect(x - r - outline, y - r - outline, x + r + outline, y + r + outline, palette::WHITE)?;
            p.stroke_rect(x - r, y - r, x + r, y + r, color, 2.0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_never_overlap_and_stay_inside() {
        // Five markers close together, as in the Shandong and Jiangsu cluster.
        let markers = [(100.0, 100.0), (110.0, 104.0), (104.0, 112.0), (300.0, 50.0), (5.0, 5.0)];
        let sizes = [(60.0, 16.0); 5];
        let buttons = (350.0, 0.0, 400.0, 120.0);
        let spots = place_labels(&markers, &sizes, &[0, 1, 2, 3, 4], 8.0, (400.0, 300.0), &[buttons]);
        let rects: Vec<Rect> =
            spots.iter().zip(&sizes).filter_map(|(s, (w, h))| s.map(|(x, y)| (x, y, x + w, y + h))).collect();
        for (i, a) in rects.iter().enumerate() {
            assert!(a.0 >= 0.0 && a.1 >= 0.0 && a.2 <= 400.0 && a.3 <= 300.0);
            assert!(!overlaps(*a, buttons), "a label under the zoom buttons");
            for b in &rects[i + 1..] {
                assert!(!overlaps(*a, *b), "{a:?} overlaps {b:?}");
            }
            for &(x, y) in &markers {
                assert!(!overlaps(*a, (x - 8.0, y - 8.0, x + 8.0, y + 8.0)), "label over a marker");
            }
        }
        assert!(spots[3].is_some(), "an isolated marker always gets its label");
    }
}
