//! A journalist's note (`state::editorial`) drawn in a chart: a short text with a leader line to
//! the point it is pinned to (a line's year, a bar's end, a heatmap's cell). Its text goes to the
//! first of the chart's places (around the point for lines and cells, [`AROUND`]; beside the bar,
//! then the rows next to it, for bars, [`beside_rows`]) that lies inside the plot and covers
//! nothing the chart names (a series, a bar), the rule the line chart's reference label follows;
//! where every place covers something, to the one that covers least, on a card. The text is cut
//! with an ellipsis to the plot's width, so it stays inside the chart at phone width.

use super::hit::HitTarget;
use super::painter::{Align, Baseline, ChartError, Painter, TextStyle};
use super::palette;

const NOTE_FONT_CSS_PX: f64 = 12.0;

/// A box in canvas pixels: left, top, right, bottom.
pub type PxBox = (f64, f64, f64, f64);

/// A note pinned to the bar or cell whose hit region has `at` as its target (a bar chart's
/// `col` is its bar; a heatmap's `row` and `col` its cell).
#[derive(Clone, Debug, PartialEq)]
pub struct PinnedNote {
    pub at: HitTarget,
    pub text: String,
}

/// Places around a point, as the offset of the text's centre in CSS pixels: above, below, then
/// diagonally, at two distances.
pub const AROUND: [(f64, f64); 8] =
    [(0.0, -34.0), (0.0, 34.0), (-60.0, -34.0), (60.0, -34.0), (-60.0, 34.0), (60.0, 34.0), (0.0, -64.0), (0.0, 64.0)];

/// Far enough to the side that the text's box is pushed against the plot's edge.
const FAR_CSS_PX: f64 = 100_000.0;

/// Places for a bar's note: against the plot's right edge (then its left) on the bar's own row,
/// then on the rows below and above it, nearest first, `band_css` being a row's height.
pub fn beside_rows(band_css: f64, rows: usize) -> Vec<(f64, f64)> {
    let offsets = (0..=rows as i64).flat_map(|k| if k == 0 { vec![0] } else { vec![k, -k] });
    offsets.flat_map(|k| [(FAR_CSS_PX, k as f64 * band_css), (-FAR_CSS_PX, k as f64 * band_css)]).collect()
}

/// The area two boxes share, in square pixels (0 when they do not overlap).
pub fn overlap_area(a: PxBox, b: PxBox) -> f64 {
    let width = (a.2.min(b.2) - a.0.max(b.0)).max(0.0);
    let height = (a.3.min(b.3) - a.1.max(b.1)).max(0.0);
    width * height
}

/// Draws `text` near `point` inside `plot`, at the first of `places` whose box covers least of
/// what the chart drew (`covered`: 0 for a free box).
pub fn draw_note(
    p: &Painter,
    text: &str,
    (x, y): (f64, f64),
    plot: PxBox,
    places: &[(f64, f64)],
    covered: &dyn Fn(PxBox) -> f64,
) -> Result<(), ChartError> {
    let (left, top, right, bottom) = plot;
    let plot_width_css = (right - left) / p.pixel_ratio;
    let text = p.fit(text, NOTE_FONT_CSS_PX, (plot_width_css - 8.0).max(40.0), true);
    let (width, height, pad) = (p.text_width(&text, NOTE_FONT_CSS_PX, true), p.px(NOTE_FONT_CSS_PX), p.px(3.0));
    // The text's box for a place: its centre's offset from the point, in CSS pixels, kept in the plot.
    let text_box = |(dx, dy): (f64, f64)| {
        let x0 = (x + p.px(dx) - width / 2.0).clamp(left + pad, (right - width - pad).max(left + pad));
        let y0 = y + p.px(dy) - height / 2.0;
        (x0 - pad, y0 - pad, x0 + width + pad, y0 + height + pad)
    };
    let inside = |b: &PxBox| b.1 >= top && b.3 <= bottom;
    // `min_by` keeps the first of equal places, so a free place nearest the point wins.
    let ((x0, y0, x1, y1), covers) = places
        .iter()
        .map(|place| text_box(*place))
        .filter(inside)
        .map(|b| (b, covered(b)))
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .unwrap_or_else(|| (text_box(places.first().copied().unwrap_or(AROUND[0])), 1.0));
    // The leader line runs from the point to the edge of the text's box nearest it.
    let edge_y = if y1 < y {
        y1
    } else if y0 > y {
        y0
    } else {
        y
    };
    p.line(&[(x, y), (x.clamp(x0, x1), edge_y)], palette::INK, 1.0)?;
    p.circle(x, y, 4.0, palette::INK, Some(palette::WHITE))?;
    // Where the text must lie over the chart, it gets a card of the background, outlined.
    if covers > 0.0 {
        p.fill_rect(x0, y0, x1, y1, palette::WHITE)?;
        p.stroke_rect(x0, y0, x1, y1, palette::INK, 1.0)?;
    }
    p.text_with_halo(
        &text,
        ((x0 + x1) / 2.0, (y0 + y1) / 2.0),
        TextStyle::new(NOTE_FONT_CSS_PX, palette::INK, Align::Center, Baseline::Middle).bold(),
    )
}

/// Draws a pinned note at `point` (where the chart drew the item it is pinned to), placed so
/// that it overlaps none of `obstacles` (the chart's bars and their labels) where it can, and as
/// little of them as it can elsewhere.
pub fn draw_pinned(
    p: &Painter,
    pin: Option<&PinnedNote>,
    point: Option<(f64, f64)>,
    plot: PxBox,
    places: &[(f64, f64)],
    obstacles: &[PxBox],
) -> Result<(), ChartError> {
    let (Some(pin), Some(point)) = (pin, point) else { return Ok(()) };
    if pin.text.is_empty() {
        return Ok(());
    }
    draw_note(p, &pin.text, point, plot, places, &|b| obstacles.iter().map(|o| overlap_area(*o, b)).sum())
}

/// Whether a note is pinned to the item with this hit target.
pub fn is_pinned(pin: Option<&PinnedNote>, at: HitTarget) -> bool {
    pin.is_some_and(|pin| pin.at == at)
}
