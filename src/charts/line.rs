//! Line chart over years or months: one line per series, gaps where the source has no value
//! (never bridged), a crosshair that snaps to the nearest point, and labels at the line ends.

use super::annotation::{draw_note, PxBox, AROUND};
use super::hit::{HitMap, HitRegion, HitTarget, PxRect, Tooltip, TooltipRow};
use super::painter::{Align, Baseline, ChartError, Painter, TextMeasure, TextStyle};
use super::palette::{self, Rgb};
use super::scale::{decimals_for_step, nice_domain, LinearScale};
use super::ValueFormat;
use crate::data::Year;

/// The point symbol of a series, so that lines differ by more than colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Square,
    Triangle,
    Diamond,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LineSeries {
    pub label: String,
    pub color: Rgb,
    pub dashed: bool,
    pub marker: Marker,
    /// One value per period from `first_year` to `last_year` (per year, or per month when the
    /// chart has twelve periods a year); `None` where there is no figure.
    pub values: Vec<Option<f64>>,
    pub emphasized: bool,
    /// The series part of the working key of its values (`tci:KOR>CHN`); the point's year is
    /// added to it. `None` when its values have no working.
    pub why: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum YDomain {
    /// From the data, widened to nice ticks; `include_zero` pins the axis at 0.
    Auto {
        include_zero: bool,
    },
    Fixed(f64, f64),
}

#[derive(Clone, Debug, PartialEq)]
pub struct LineChart {
    pub first_year: Year,
    pub last_year: Year,
    /// 1 for one point a year, 12 for one a month (January first).
    pub periods_per_year: u8,
    pub series: Vec<LineSeries>,
    pub y_domain: YDomain,
    /// Axis title, drawn above the axis ("TCI, 0-100").
    pub y_label: String,
    /// A labelled horizontal reference line, such as RCA = 1.
    pub reference: Option<(f64, String)>,
    pub value_format: ValueFormat,
    /// Shown instead of the chart when no series has any value.
    pub no_data_message: String,
    /// Shown in a tooltip for a series without a value in that year.
    pub missing_label: String,
    /// A journalist's note pinned to one point of one series (`state::editorial`).
    pub annotation: Option<Annotation>,
}

/// A short text pinned to a point, drawn with a leader line from the point to the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Annotation {
    /// The index in `LineChart::series`.
    pub series: usize,
    /// The point's index on the x axis.
    pub point: usize,
    pub text: String,
}

impl LineChart {
    pub fn year_count(&self) -> usize {
        usize::from(self.last_year.saturating_sub(self.first_year)) + 1
    }

    /// The number of points on the x axis: years, or months.
    pub fn point_count(&self) -> usize {
        self.year_count() * self.periods().0
    }

    /// Periods per year, at least one, and whether they are months.
    fn periods(&self) -> (usize, bool) {
        let periods = usize::from(self.periods_per_year.max(1));
        (periods, periods == MONTHS_PER_YEAR)
    }

    /// The point's place on the year axis: 2015 for the year 2015, 2015.25 for April 2015.
    fn point_year(&self, index: usize) -> f64 {
        let (periods, _) = self.periods();
        f64::from(self.first_year) + index as f64 / periods as f64
    }

    /// The label of a point: "2015", or "2015-04" on a monthly chart.
    pub fn point_label(&self, index: usize) -> String {
        let (periods, monthly) = self.periods();
        let year = usize::from(self.first_year) + index / periods;
        if monthly {
            format!("{year}-{:02}", index % periods + 1)
        } else {
            year.to_string()
        }
    }

    /// The working key of a value at point `index` (`tci:KOR>CHN:2018`): the series part of its
    /// line's key and the point's year. Only a yearly point with a value has one.
    pub fn point_why(&self, series_why: Option<&str>, value: Option<f64>, index: usize) -> Option<String> {
        match (series_why, value, self.periods_per_year) {
            (Some(series), Some(_), 1) => Some(format!("{series}:{}", self.point_label(index))),
            _ => None,
        }
    }

    pub fn has_values(&self) -> bool {
        self.series.iter().any(|s| s.values.iter().any(Option::is_some))
    }

    /// A good canvas height for a width, in CSS pixels.
    pub fn preferred_height_css(&self, width_css: f64, _measure: &dyn TextMeasure) -> f64 {
        (width_css * 0.55).clamp(240.0, 400.0)
    }
}

const MONTHS_PER_YEAR: usize = 12;
const TICK_FONT_CSS_PX: f64 = 11.5;
const LABEL_FONT_CSS_PX: f64 = 12.0;

/// Draws the chart, `highlight` being the point under the reader's pointer or focus, and returns
/// its hit map. The phases: (1, 2) the frame, laid out from the values and the labels' widths;
/// (3) axes and grid; (4) the series; the reference line's label clear of them; (5) the labels at
/// the line ends; (6) the hit regions.
pub fn draw(p: &Painter, chart: &LineChart, highlight: Option<usize>) -> Result<HitMap, ChartError> {
    if !chart.has_values() {
        super::draw_no_data(p, &chart.no_data_message)?;
        return Ok(HitMap::default());
    }
    let frame = Frame::new(p, chart);
    p.clear(palette::WHITE)?;
    draw_axes(p, chart, &frame, highlight)?;
    let paths = draw_series(p, chart, &frame, highlight)?;
    draw_reference_label(p, chart, &frame, &paths)?;
    draw_annotation(p, chart, &frame, &paths)?;
    if frame.end_labels {
        draw_end_labels(p, &frame)?;
    }
    Ok(hit_regions(p, chart, &frame))
}

/// Where everything goes, in device pixels: the plot area, both scales, the y ticks with their
/// labels, and whether the line ends carry labels.
struct Frame<'a> {
    top: f64,
    bottom: f64,
    left: f64,
    right: f64,
    y_scale: LinearScale,
    x_scale: LinearScale,
    y_ticks: Vec<(f64, String)>,
    /// The series with at least one value.
    visible: Vec<&'a LineSeries>,
    end_labels: bool,
    max_label_css: f64,
    chart: &'a LineChart,
}

impl<'a> Frame<'a> {
    fn new(p: &Painter, chart: &'a LineChart) -> Frame<'a> {
        let (width, height) = p.size_px();
        // 1. Vertical layout and the y scale.
        let top = p.px(24.0);
        let bottom = height - p.px(24.0);
        let plot_height_css = (bottom - top) / p.pixel_ratio;
        let target_ticks = (plot_height_css / 55.0).clamp(3.0, 6.0) as usize;
        let values: Vec<f64> = chart.series.iter().flat_map(|s| s.values.iter().flatten().copied()).collect();
        let (y_domain, ticks) = y_axis(chart, &values, target_ticks);
        let y_scale = LinearScale::new(y_domain, (bottom, top));
        let tick_decimals = decimals_for_step(ticks.get(1).map_or(1.0, |t| t - ticks[0]));
        let y_ticks: Vec<(f64, String)> =
            ticks.iter().map(|t| (*t, chart.value_format.numbers.format(*t, tick_decimals))).collect();

        // 2. Horizontal layout: tick labels on the left, line-end labels on the right when wide enough.
        let left =
            p.px(8.0) + y_ticks.iter().map(|(_, l)| p.text_width(l, TICK_FONT_CSS_PX, false)).fold(0.0, f64::max);
        let visible: Vec<&LineSeries> = chart.series.iter().filter(|s| s.values.iter().any(Option::is_some)).collect();
        let end_labels = p.size_css().0 >= 420.0 && visible.len() <= 8;
        let max_label_css = p.size_css().0 * 0.3;
        let right = if end_labels {
            let widest = visible
                .iter()
                .map(|s| {
                    p.text_width(&p.fit(&s.label, LABEL_FONT_CSS_PX, max_label_css, true), LABEL_FONT_CSS_PX, true)
                })
                .fold(0.0, f64::max);
            width - widest - p.px(14.0)
        } else {
            width - p.px(12.0)
        };
        let point_count = chart.point_count();
        let year_span = if point_count == 1 {
            (f64::from(chart.first_year) - 0.5, f64::from(chart.last_year) + 0.5)
        } else {
            (chart.point_year(0), chart.point_year(point_count - 1))
        };
        let x_scale = LinearScale::new(year_span, (left + p.px(6.0), right - p.px(6.0)));
        Frame { top, bottom, left, right, y_scale, x_scale, y_ticks, visible, end_labels, max_label_css, chart }
    }

    /// The x of the chart's `index`th point.
    fn point_x(&self, index: usize) -> f64 {
        self.x_scale.to_px(self.chart.point_year(index))
    }
}

/// Axes, grid, the reference line and the highlighted point's rule (phase 3).
fn draw_axes(p: &Painter, chart: &LineChart, frame: &Frame, highlight: Option<usize>) -> Result<(), ChartError> {
    let Frame { top, bottom, left, right, .. } = *frame;
    p.text(
        &chart.y_label,
        (p.px(2.0), p.px(2.0)),
        TextStyle::new(LABEL_FONT_CSS_PX, palette::MUTED, Align::Left, Baseline::Top),
    )?;
    for (tick, label) in &frame.y_ticks {
        let y = frame.y_scale.to_px(*tick);
        p.line(&[(left, y), (right, y)], palette::GRID, 1.0)?;
        p.text(
            label,
            (left - p.px(6.0), y),
            TextStyle::new(TICK_FONT_CSS_PX, palette::MUTED, Align::Right, Baseline::Middle),
        )?;
    }
    p.line(&[(left, bottom), (right, bottom)], palette::AXIS, 1.0)?;
    let x_range = frame.x_scale.range_px;
    let step = year_tick_step(chart.year_count(), (x_range.1 - x_range.0) / p.pixel_ratio);
    for i in 0..chart.year_count() {
        let year = chart.first_year + i as Year;
        if year % step == 0 || (chart.year_count() <= 3) {
            let x = frame.x_scale.to_px(f64::from(year));
            p.line(&[(x, bottom), (x, bottom + p.px(4.0))], palette::AXIS, 1.0)?;
            p.text(
                &year.to_string(),
                (x, bottom + p.px(6.0)),
                TextStyle::new(TICK_FONT_CSS_PX, palette::MUTED, Align::Center, Baseline::Top),
            )?;
        }
    }
    if let Some((value, _)) = &chart.reference {
        let y = frame.y_scale.to_px(*value);
        p.dashed_line(&[(left, y), (right, y)], palette::INK, 1.0, 4.0)?;
    }
    if let Some(index) = highlight.filter(|i| *i < chart.point_count()) {
        let x = frame.point_x(index);
        p.line(&[(x, top), (x, bottom)], palette::AXIS, 1.0)?;
    }
    Ok(())
}

/// The series (phase 4), plain ones first so that emphasized lines sit on top. Returns each
/// series' runs of points in device pixels, which the labels keep clear of.
fn draw_series<'a>(
    p: &Painter,
    chart: &'a LineChart,
    frame: &Frame,
    highlight: Option<usize>,
) -> Result<Vec<(&'a LineSeries, Vec<PixelPath>)>, ChartError> {
    let mut order: Vec<&LineSeries> = chart.series.iter().collect();
    crate::order::sort_by_key(&mut order, |s| s.emphasized);
    let paths: Vec<(&LineSeries, Vec<PixelPath>)> = order
        .iter()
        .map(|series| {
            let runs = runs(&series.values);
            let to_px = |run: &Vec<(usize, f64)>| {
                run.iter().map(|&(i, v)| (frame.point_x(i), frame.y_scale.to_px(v))).collect()
            };
            (*series, runs.iter().map(to_px).collect())
        })
        .collect();
    let few_points = chart.point_count() <= 12;
    for (series, series_paths) in &paths {
        let width_css = if series.emphasized { 3.0 } else { 2.0 };
        for points in series_paths {
            if series.dashed {
                p.dashed_line(points, series.color, width_css, 5.0)?;
            } else {
                p.line(points, series.color, width_css)?;
            }
            for &(x, y) in points {
                if few_points || points.len() == 1 {
                    draw_marker(p, series.marker, x, y, 3.5, series.color)?;
                }
            }
        }
        if let Some(index) = highlight {
            if let Some(Some(v)) = series.values.get(index) {
                draw_marker(p, series.marker, frame.point_x(index), frame.y_scale.to_px(*v), 5.0, series.color)?;
            }
        }
    }
    Ok(paths)
}

/// The reference line's label goes to the first of four places (above or below the line, at its
/// left or right end) that no series crosses, and is drawn after the series with a halo so that
/// it stays readable where every place is crossed.
fn draw_reference_label(
    p: &Painter,
    chart: &LineChart,
    frame: &Frame,
    paths: &[(&LineSeries, Vec<PixelPath>)],
) -> Result<(), ChartError> {
    let Some((value, label)) = &chart.reference else { return Ok(()) };
    let Frame { top, bottom, left, right, .. } = *frame;
    let y = frame.y_scale.to_px(*value);
    let (gap, pad) = (p.px(4.0), p.px(2.0));
    let label_width = p.text_width(label, TICK_FONT_CSS_PX, false);
    let label_height = p.px(TICK_FONT_CSS_PX);
    let places = [
        (left + gap, Align::Left, Baseline::Bottom),
        (right - gap, Align::Right, Baseline::Bottom),
        (left + gap, Align::Left, Baseline::Top),
        (right - gap, Align::Right, Baseline::Top),
    ];
    let label_box = |&(x, align, baseline): &(f64, Align, Baseline)| {
        let x0 = if align == Align::Left { x } else { x - label_width };
        let y0 = if baseline == Baseline::Bottom { y - gap - label_height } else { y + gap };
        (x0 - pad, y0 - pad, x0 + label_width + pad, y0 + label_height + pad)
    };
    let (x, align, baseline) = places
        .iter()
        .filter(|place| {
            let (_, y0, _, y1) = label_box(place);
            y0 >= top && y1 <= bottom
        })
        .find(|place| !paths.iter().flat_map(|(_, runs)| runs).any(|path| path_crosses_box(path, label_box(place))))
        .copied()
        .unwrap_or(places[0]);
    let label_y = if baseline == Baseline::Bottom { y - gap } else { y + gap };
    p.text_with_halo(label, (x, label_y), TextStyle::new(TICK_FONT_CSS_PX, palette::INK, align, baseline))
}

/// The journalist's note (phase 4, after the reference label), placed where no series crosses
/// it (`annotation::draw_note`).
fn draw_annotation(
    p: &Painter,
    chart: &LineChart,
    frame: &Frame,
    paths: &[(&LineSeries, Vec<PixelPath>)],
) -> Result<(), ChartError> {
    let Some(annotation) = &chart.annotation else { return Ok(()) };
    let Some(Some(value)) = chart.series.get(annotation.series).and_then(|s| s.values.get(annotation.point)) else {
        return Ok(());
    };
    let point = (frame.point_x(annotation.point), frame.y_scale.to_px(*value));
    let crossed = |b: PxBox| {
        let crosses = paths.iter().flat_map(|(_, runs)| runs).any(|path| path_crosses_box(path, b));
        if crosses {
            1.0
        } else {
            0.0
        }
    };
    let plot = (frame.left, frame.top, frame.right, frame.bottom);
    draw_note(p, &annotation.text, point, plot, &AROUND, &crossed)
}

/// Labels at the line ends, pushed apart so that they never overlap (phase 5).
fn draw_end_labels(p: &Painter, frame: &Frame) -> Result<(), ChartError> {
    let line_height = p.px(LABEL_FONT_CSS_PX + 3.0);
    let mut labels: Vec<(f64, &LineSeries)> = frame
        .visible
        .iter()
        .filter_map(|s| {
            let last = s.values.iter().rev().find_map(|v| *v)?;
            Some((frame.y_scale.to_px(last), *s))
        })
        .collect();
    crate::order::sort_by(&mut labels, |a, b| a.0.total_cmp(&b.0));
    let positions = spread(&labels.iter().map(|l| l.0).collect::<Vec<_>>(), line_height, frame.top, frame.bottom);
    for ((_, series), y) in labels.iter().zip(positions) {
        let text = p.fit(&series.label, LABEL_FONT_CSS_PX, frame.max_label_css, true);
        p.text(
            &text,
            (frame.right + p.px(8.0), y),
            TextStyle::new(LABEL_FONT_CSS_PX, series.color.readable_on_white(), Align::Left, Baseline::Middle).bold(),
        )?;
    }
    Ok(())
}

/// Hit regions (phase 6): one column per point, reaching halfway to the neighbouring points.
fn hit_regions(p: &Painter, chart: &LineChart, frame: &Frame) -> HitMap {
    let (width, height) = p.size_px();
    let point_count = chart.point_count();
    let half =
        if point_count > 1 { (frame.point_x(1) - frame.point_x(0)) / 2.0 } else { (frame.right - frame.left) / 2.0 };
    let regions = (0..point_count)
        .map(|i| {
            let x = frame.point_x(i);
            let rows: Vec<TooltipRow> = chart
                .series
                .iter()
                .map(|s| {
                    let value = s.values.get(i).copied().flatten();
                    TooltipRow {
                        swatch: Some(s.color),
                        label: s.label.clone(),
                        value: value.map_or(chart.missing_label.clone(), |v| chart.value_format.format(v)),
                        why: chart.point_why(s.why.as_deref(), value, i),
                    }
                })
                .collect();
            let anchor_y = chart
                .series
                .iter()
                .filter_map(|s| s.values.get(i).copied().flatten())
                .map(|v| frame.y_scale.to_px(v))
                .fold(frame.bottom, f64::min);
            HitRegion {
                rect: PxRect {
                    x0: (x - half).floor().max(0.0) as i32,
                    y0: 0,
                    x1: (x + half).ceil().min(width) as i32,
                    y1: height as i32,
                },
                anchor: (x.round() as i32, anchor_y.round() as i32),
                target: HitTarget { row: 0, col: i },
                // The note names the unit, so every value in the tooltip reads with it.
                tooltip: Tooltip { title: chart.point_label(i), rows, note: Some(chart.y_label.clone()) },
                selectable: false,
            }
        })
        .collect();
    HitMap { regions }
}

/// The y domain and ticks for the data, the reference line and the chart's settings.
fn y_axis(chart: &LineChart, values: &[f64], target_ticks: usize) -> ((f64, f64), Vec<f64>) {
    if let YDomain::Fixed(low, high) = chart.y_domain {
        return nice_domain(low, high, target_ticks);
    }
    let include_zero = matches!(chart.y_domain, YDomain::Auto { include_zero: true });
    let mut low = values.iter().copied().fold(f64::INFINITY, f64::min);
    let mut high = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if let Some((reference, _)) = chart.reference {
        low = low.min(reference);
        high = high.max(reference);
    }
    if include_zero {
        low = low.min(0.0);
        high = high.max(0.0);
    }
    nice_domain(low, high, target_ticks)
}

/// A polyline's points in device pixels.
type PixelPath = Vec<(f64, f64)>;

/// Whether a polyline (or a single point) passes through the box `(x0, y0, x1, y1)`.
fn path_crosses_box(path: &[(f64, f64)], (x0, y0, x1, y1): (f64, f64, f64, f64)) -> bool {
    let inside = |&(x, y): &(f64, f64)| (x0..=x1).contains(&x) && (y0..=y1).contains(&y);
    if path.iter().any(inside) {
        return true;
    }
    path.windows(2).any(|segment| {
        let ((xa, ya), (xb, yb)) = (segment[0], segment[1]);
        let (from, to) = (xa.max(x0), xb.min(x1));
        if from > to || xb <= xa {
            return false;
        }
        // The segment's y over the part of its span that lies within the box's x range.
        let y_at = |x: f64| ya + (yb - ya) * (x - xa) / (xb - xa);
        let (ys, ye) = (y_at(from), y_at(to));
        ys.max(ye) >= y0 && ys.min(ye) <= y1
    })
}

/// Maximal runs of consecutive points with values: `(point index, value)`.
fn runs(values: &[Option<f64>]) -> Vec<Vec<(usize, f64)>> {
    let mut runs = Vec::new();
    let mut current = Vec::new();
    for (i, v) in values.iter().enumerate() {
        match v {
            Some(v) => current.push((i, *v)),
            None if !current.is_empty() => runs.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

/// Year label spacing so that labels do not collide at this plot width.
fn year_tick_step(year_count: usize, plot_width_css: f64) -> Year {
    let per_year = plot_width_css / year_count.max(1) as f64;
    [1, 2, 5, 10, 20].into_iter().find(|step| per_year * f64::from(*step) >= 40.0).unwrap_or(20)
}

/// Moves sorted label positions apart to at least `gap`, keeping them within `[low, high]`.
pub fn spread(sorted: &[f64], gap: f64, low: f64, high: f64) -> Vec<f64> {
    let mut positions: Vec<f64> = sorted.to_vec();
    for i in 1..positions.len() {
        positions[i] = positions[i].max(positions[i - 1] + gap);
    }
    if let Some(last) = positions.last().copied() {
        let overflow = last - high;
        if overflow > 0.0 {
            for p in positions.iter_mut() {
                *p -= overflow;
            }
            for i in (0..positions.len().saturating_sub(1)).rev() {
                positions[i] = positions[i].min(positions[i + 1] - gap);
            }
        }
    }
    for p in positions.iter_mut() {
        *p = p.max(low);
    }
    positions
}

pub(super) fn draw_marker(
    p: &Painter,
    marker: Marker,
    x: f64,
    y: f64,
    radius_css: f64,
    color: Rgb,
) -> Result<(), ChartError> {
    let r = p.px(radius_css);
    match marker {
        Marker::Circle => p.circle(x, y, radius_css, color, Some(palette::WHITE)),
        Marker::Square => {
            let s = r * 0.9;
            p.fill_rect(x - s, y - s, x + s, y + s, color)?;
            p.stroke_rect(x - s, y - s, x + s, y + s, palette::WHITE, 1.0)
        }
        Marker::Triangle => {
            p.polygon(&[(x, y - r * 1.2), (x + r * 1.1, y + r * 0.8), (x - r * 1.1, y + r * 0.8)], color)
        }
        Marker::Diamond => p.polygon(&[(x, y - r * 1.25), (x + r, y), (x, y + r * 1.25), (x - r, y)], color),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_break_at_missing_years() {
        let values = [Some(1.0), None, Some(2.0), Some(3.0), None];
        assert_eq!(runs(&values), vec![vec![(0, 1.0)], vec![(2, 2.0), (3, 3.0)]]);
        assert!(runs(&[None, None]).is_empty());
    }

    #[test]
    fn a_path_crosses_a_box_when_a_point_or_a_segment_passes_through_it() {
        let label_box = (10.0, 10.0, 20.0, 20.0);
        assert!(path_crosses_box(&[(0.0, 0.0), (30.0, 30.0)], label_box), "a diagonal through the box");
        assert!(path_crosses_box(&[(15.0, 15.0)], label_box), "a single point inside");
        assert!(!path_crosses_box(&[(0.0, 25.0), (30.0, 25.0)], label_box), "a line below the box");
        assert!(!path_crosses_box(&[(0.0, 0.0), (8.0, 30.0)], label_box), "a segment left of the box");
        assert!(!path_crosses_box(&[(0.0, 0.0), (30.0, 8.0)], label_box), "a segment above the box");
        assert!(path_crosses_box(&[(0.0, 30.0), (12.0, 30.0), (30.0, 0.0)], label_box), "the second segment");
    }

    #[test]
    fn labels_are_spread_without_overlap_and_stay_inside() {
        let positions = spread(&[10.0, 11.0, 12.0, 98.0], 5.0, 0.0, 100.0);
        for pair in positions.windows(2) {
            assert!(pair[1] - pair[0] >= 5.0 - 1e-9);
        }
        let squeezed = spread(&[96.0, 97.0, 98.0], 5.0, 0.0, 100.0);
        assert!(squeezed.iter().all(|p| *p <= 100.0));
        assert!(squeezed[2] - squeezed[0] >= 10.0 - 1e-9);
    }

    #[test]
    fn year_ticks_thin_out_on_narrow_plots() {
        assert_eq!(year_tick_step(9, 600.0), 1);
        assert_eq!(year_tick_step(32, 280.0), 5);
    }
}
