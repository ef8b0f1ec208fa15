//! Bar charts: 100% stacked shares, grouped diverging bars (values in [-1, 1]) and simple
//! horizontal bars for quoted figures.

use super::annotation::{beside_rows, draw_pinned, is_pinned, PinnedNote, PxBox};
use super::hit::{HitMap, HitRegion, HitTarget, PxRect, Tooltip, TooltipRow};
use super::painter::{Align, Baseline, ChartError, Painter, TextMeasure, TextStyle};
use super::palette::{self, Rgb};
use super::scale::{nice_domain, LinearScale};
use super::ValueFormat;

const FONT_CSS_PX: f64 = 11.5;

fn region(
    rect: (f64, f64, f64, f64),
    anchor: (f64, f64),
    target: HitTarget,
    tooltip: Tooltip,
    selectable: bool,
) -> HitRegion {
    HitRegion {
        rect: PxRect {
            x0: rect.0.floor() as i32,
            y0: rect.1.floor() as i32,
            x1: rect.2.ceil() as i32,
            y1: rect.3.ceil() as i32,
        },
        anchor: (anchor.0.round() as i32, anchor.1.round() as i32),
        target,
        tooltip,
        selectable,
    }
}

fn widest(measure: &dyn TextMeasure, labels: impl Iterator<Item = impl AsRef<str>>, bold: bool) -> f64 {
    labels.map(|l| measure.width_css(l.as_ref(), FONT_CSS_PX, bold)).fold(0.0, f64::max)
}

// ---------------------------------------------------------------------------------------------
// 100% stacked shares.

#[derive(Clone, Debug, PartialEq)]
pub struct StackedBar {
    pub label: String,
    pub color: Rgb,
    /// One value per segment (US$), for the tooltip.
    pub values: Vec<Option<f64>>,
    /// Each segment's share of the bar (0–1), computed by the view; `None` when a segment is
    /// missing, for then the bar cannot be split into shares and shows `missing_note`.
    pub shares: Option<Vec<f64>>,
    pub missing_note: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StackedShares {
    pub bars: Vec<StackedBar>,
    pub segment_labels: Vec<String>,
    pub segment_colors: Vec<Rgb>,
    /// Each segment's id in links (a product group's code) for a journalist's highlight
    /// (`state::editorial`), which greys the other segments' colours.
    pub segment_ids: Vec<String>,
    /// Formats a segment's absolute value for the tooltip.
    pub value_format: ValueFormat,
    pub share_label: String,
    pub value_label: String,
    pub no_data_message: String,
}

impl StackedShares {
    /// Whether every bar has one value (and share, if any) per segment label, and there is a colour
    /// to draw with.
    pub fn is_well_formed(&self) -> bool {
        let segments = self.segment_labels.len();
        !self.segment_colors.is_empty()
            && self
                .bars
                .iter()
                .all(|b| b.values.len() == segments && b.shares.as_ref().is_none_or(|s| s.len() == segments))
    }

    pub fn preferred_height_css(&self, _width_css: f64, _measure: &dyn TextMeasure) -> f64 {
        30.0 + self.bars.len() as f64 * 54.0
    }
}

/// Draws one bar per country split into its shares, `highlight` being the segment under the
/// reader's pointer or focus (in drawing order), and returns a hit region per segment.
pub fn draw_stacked(p: &Painter, chart: &StackedShares, highlight: Option<usize>) -> Result<HitMap, ChartError> {
    if chart.bars.iter().all(|b| b.shares.is_none()) {
        super::draw_no_data(p, &chart.no_data_message)?;
        return Ok(HitMap::default());
    }
    let (width, height) = p.size_px();
    p.clear(palette::WHITE)?;
    let left = p.px(widest(p.measure, chart.bars.iter().map(|b| &b.label), true) + 14.0);
    // The last tick label ("100%") is centred on the right edge of the bars: leave it room.
    let right = width - p.px((p.measure.width_css("100%", FONT_CSS_PX, false) / 2.0 + 2.0).max(10.0));
    let scale = LinearScale::new((0.0, 100.0), (left, right));
    let axis_y = height - p.px(22.0);
    let band = (axis_y - p.px(6.0)) / chart.bars.len().max(1) as f64;
    let bar_height = (band * 0.62).min(p.px(34.0));

    for tick in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let x = scale.to_px(tick);
        p.line(&[(x, p.px(4.0)), (x, axis_y)], palette::GRID, 1.0)?;
        p.text(
            &chart.value_format.numbers.percent(tick, 0),
            (x, axis_y + p.px(5.0)),
            TextStyle::new(FONT_CSS_PX, palette::MUTED, Align::Center, Baseline::Top),
        )?;
    }
    let mut regions = Vec::new();
    for (b, bar) in chart.bars.iter().enumerate() {
        let centre = p.px(6.0) + band * (b as f64 + 0.5);
        let (top, bottom) = (centre - bar_height / 2.0, centre + bar_height / 2.0);
        p.text(
            &bar.label,
            (left - p.px(8.0), centre),
            TextStyle::new(FONT_CSS_PX + 0.5, palette::INK, Align::Right, Baseline::Middle).bold(),
        )?;
        match &bar.shares {
            Some(shares) => {
                let row = StackedRow { index: b, bar, shares, top, bottom, centre };
                draw_stacked_segments(p, chart, &scale, &row, highlight, &mut regions)?;
            }
            None => {
                p.fill_rect(left, top, right, bottom, palette::MISSING)?;
                p.text(
                    &bar.missing_note,
                    ((left + right) / 2.0, centre),
                    TextStyle::new(FONT_CSS_PX, palette::MUTED, Align::Center, Baseline::Middle),
                )?;
            }
        }
    }
    Ok(HitMap { regions })
}

/// One stacked bar with its shares and where it goes (device pixels).
struct StackedRow<'a> {
    index: usize,
    bar: &'a StackedBar,
    shares: &'a [f64],
    top: f64,
    bottom: f64,
    centre: f64,
}

/// A bar's segments, labelled where they are wide enough, each with its hit region (added to
/// `regions`, whose length is the next segment's index in drawing order).
fn draw_stacked_segments(
    p: &Painter,
    chart: &StackedShares,
    scale: &LinearScale,
    row: &StackedRow,
    highlight: Option<usize>,
    regions: &mut Vec<HitRegion>,
) -> Result<(), ChartError> {
    let (top, bottom) = (row.top, row.bottom);
    let mut cumulative = 0.0;
    for (s, share) in row.shares.iter().enumerate() {
        let (x0, x1) = (scale.to_px(cumulative * 100.0), scale.to_px((cumulative + share) * 100.0));
        cumulative += share;
        if x1 - x0 < 0.5 {
            continue;
        }
        // Colours repeat when there are more segments than colours (the model has at least one).
        let fill = chart.segment_colors[s % chart.segment_colors.len().max(1)];
        p.fill_rect(x0, top, x1, bottom, fill)?;
        p.line(&[(x1, top), (x1, bottom)], palette::WHITE, 1.0)?;
        let label = &chart.segment_labels[s];
        let text = p.fit(label, FONT_CSS_PX - 1.0, (x1 - x0) / p.pixel_ratio - 6.0, false);
        if (x1 - x0) / p.pixel_ratio > 44.0 && text.chars().count() >= 5 {
            p.text_on_fill(&text, (x0 + x1) / 2.0, row.centre, FONT_CSS_PX - 1.0, fill)?;
        }
        if highlight == Some(regions.len()) {
            p.stroke_rect(x0, top - p.px(2.0), x1, bottom + p.px(2.0), palette::INK, 2.0)?;
        }
        let value = row.bar.values[s].unwrap_or(0.0);
        let tooltip = Tooltip {
            title: format!("{} · {}", row.bar.label, label),
            rows: vec![
                TooltipRow {
                    why: None,
                    swatch: Some(fill),
                    label: chart.share_label.clone(),
                    value: chart.value_format.numbers.percent(share * 100.0, 1),
                },
                TooltipRow {
                    why: None,
                    swatch: None,
                    label: chart.value_label.clone(),
                    value: chart.value_format.format(value),
                },
            ],
            note: None,
        };
        regions.push(region(
            (x0, top, x1.max(x0 + p.px(2.0)), bottom),
            ((x0 + x1) / 2.0, top),
            HitTarget { row: row.index, col: s },
            tooltip,
            true,
        ));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Grouped diverging bars.

#[derive(Clone, Debug, PartialEq)]
pub struct DivergingBars {
    pub categories: Vec<String>,
    /// The groups drawn within each category (countries), with their colours.
    pub groups: Vec<(String, Rgb)>,
    /// `values[category][group]`.
    pub values: Vec<Vec<Option<f64>>>,
    pub domain: (f64, f64),
    pub negative_label: String,
    pub positive_label: String,
    pub value_format: ValueFormat,
    pub missing_label: String,
    pub no_data_message: String,
    /// `why[category][group]`: the working key of a value (`state::WhyKey`); empty when the
    /// values have no working.
    pub why: Vec<Vec<Option<String>>>,
    /// Each category's id in links (an HS chapter's code `85`, a section's `s16`) for a
    /// journalist's highlight (`state::editorial`); empty when none can be highlighted.
    pub category_ids: Vec<String>,
    /// The categories drawn in grey, because a journalist highlighted others; empty for none.
    pub faded: Vec<bool>,
    /// A journalist's note on a category (`at.col`), at its first bar's end.
    pub pin: Option<PinnedNote>,
}

impl DivergingBars {
    /// Whether there is one row of values per category and one value per group in each.
    pub fn is_well_formed(&self) -> bool {
        self.values.len() == self.categories.len() && self.values.iter().all(|row| row.len() == self.groups.len())
    }

    pub fn preferred_height_css(&self, _width_css: f64, _measure: &dyn TextMeasure) -> f64 {
        // Each category gets a 7 px bar per group, and at least room for its label.
        let band_css = (6.0 + 7.0 * self.groups.len() as f64).max(20.0);
        44.0 + self.categories.len() as f64 * band_css
    }
}

pub fn draw_diverging(p: &Painter, chart: &DivergingBars, highlight: Option<usize>) -> Result<HitMap, ChartError> {
    if !chart.values.iter().flatten().any(Option::is_some) {
        super::draw_no_data(p, &chart.no_data_message)?;
        return Ok(HitMap::default());
    }
    let (width, height) = p.size_px();
    p.clear(palette::WHITE)?;
    let label_width = widest(p.measure, chart.categories.iter(), false).min(p.size_css().0 * 0.38) + 12.0;
    let left = p.px(label_width);
    let right = width - p.px(10.0);
    let top = p.px(40.0);
    let scale = LinearScale::new(chart.domain, (left, right));
    let band = (height - top - p.px(4.0)) / chart.categories.len().max(1) as f64;
    let bar_height = ((band - p.px(5.0)) / chart.groups.len().max(1) as f64).max(p.px(2.0));

    draw_diverging_axis(p, chart, &scale, top)?;
    let zero_x = scale.to_px(0.0_f64.clamp(chart.domain.0, chart.domain.1));

    let mut regions = Vec::with_capacity(chart.categories.len());
    let mut drawn = DrawnBars::default();
    for (c, category) in chart.categories.iter().enumerate() {
        let band_top = top + band * c as f64;
        if highlight == Some(c) {
            p.fill_rect(p.px(0.0), band_top, width, band_top + band, palette::MISSING)?;
        }
        let label = p.fit(category, FONT_CSS_PX, label_width - 10.0, false);
        p.text(
            &label,
            (left - p.px(8.0), band_top + band / 2.0),
            TextStyle::new(FONT_CSS_PX, palette::INK, Align::Right, Baseline::Middle),
        )?;
        drawn.obstacles.push((0.0, band_top, left - p.px(8.0), band_top + band));
        let band_bars = BandBars { category: c, top: band_top + p.px(2.5), bar_height, zero_x };
        let rows = draw_group_bars(p, chart, &scale, &band_bars, &mut drawn)?;
        let tooltip = Tooltip { title: category.clone(), rows, note: None };
        regions.push(region(
            (0.0, band_top, width, band_top + band),
            (zero_x, band_top),
            HitTarget { row: 0, col: c },
            tooltip,
            false,
        ));
    }
    p.line(&[(zero_x, top - p.px(4.0)), (zero_x, height - p.px(4.0))], palette::INK, 1.0)?;
    let places = beside_rows(band / p.pixel_ratio, chart.categories.len());
    draw_pinned(p, chart.pin.as_ref(), drawn.pinned_point, (0.0, top, width, height), &places, &drawn.obstacles)?;
    Ok(HitMap { regions })
}

/// The direction labels over the two halves and the value ticks.
fn draw_diverging_axis(p: &Painter, chart: &DivergingBars, scale: &LinearScale, top: f64) -> Result<(), ChartError> {
    let (left, right) = scale.range_px;
    let (_, height) = p.size_px();
    p.text(
        &chart.negative_label,
        (left, p.px(2.0)),
        TextStyle::new(FONT_CSS_PX, palette::MUTED, Align::Left, Baseline::Top),
    )?;
    p.text(
        &chart.positive_label,
        (right, p.px(2.0)),
        TextStyle::new(FONT_CSS_PX, palette::MUTED, Align::Right, Baseline::Top),
    )?;
    let (_, ticks) = nice_domain(chart.domain.0, chart.domain.1, 4);
    for tick in ticks.iter().filter(|t| **t >= chart.domain.0 && **t <= chart.domain.1) {
        let x = scale.to_px(*tick);
        p.line(&[(x, top - p.px(4.0)), (x, height - p.px(4.0))], palette::GRID, 1.0)?;
        p.text(
            &chart.value_format.numbers.format(*tick, 1),
            (x, top - p.px(6.0)),
            TextStyle::new(FONT_CSS_PX - 1.0, palette::MUTED, Align::Center, Baseline::Bottom),
        )?;
    }
    Ok(())
}

/// What a chart's bars cover (boxes a note must not hide) and where the note's item was drawn.
#[derive(Default)]
struct DrawnBars {
    obstacles: Vec<PxBox>,
    pinned_point: Option<(f64, f64)>,
}

/// Where one category's bars go: the first bar's top, each bar's height and the zero line's x.
struct BandBars {
    category: usize,
    top: f64,
    bar_height: f64,
    zero_x: f64,
}

/// One category's bars, a bar per group from the zero line (a "×" where the value is missing);
/// returns the tooltip's rows.
fn draw_group_bars(
    p: &Painter,
    chart: &DivergingBars,
    scale: &LinearScale,
    band: &BandBars,
    drawn: &mut DrawnBars,
) -> Result<Vec<TooltipRow>, ChartError> {
    let (zero_x, bar_height) = (band.zero_x, band.bar_height);
    let faded = chart.faded.get(band.category).copied().unwrap_or(false);
    let pinned = is_pinned(chart.pin.as_ref(), HitTarget { row: 0, col: band.category });
    let mut rows = Vec::with_capacity(chart.groups.len());
    for (g, (group, color)) in chart.groups.iter().enumerate() {
        let y0 = band.top + bar_height * g as f64;
        let value = chart.values[band.category][g];
        match value {
            Some(v) => {
                let x = scale.to_px(v.clamp(chart.domain.0, chart.domain.1));
                let bar = (zero_x.min(x), y0, zero_x.max(x).max(zero_x.min(x) + 1.0), y0 + bar_height - p.px(1.0));
                p.fill_rect(bar.0, bar.1, bar.2, bar.3, if faded { palette::DE_EMPHASIZED } else { *color })?;
                drawn.obstacles.push(bar);
                if pinned && drawn.pinned_point.is_none() {
                    drawn.pinned_point = Some((x, (bar.1 + bar.3) / 2.0));
                }
            }
            None => {
                p.text(
                    "×",
                    (zero_x + p.px(3.0), y0 + bar_height / 2.0),
                    TextStyle::new(FONT_CSS_PX - 2.0, palette::MUTED, Align::Left, Baseline::Middle),
                )?;
            }
        }
        rows.push(TooltipRow {
            why: chart.why.get(band.category).and_then(|keys| keys.get(g)).cloned().flatten(),
            swatch: Some(*color),
            label: group.clone(),
            value: value.map_or(chart.missing_label.clone(), |v| chart.value_format.format(v)),
        });
    }
    Ok(rows)
}

// ---------------------------------------------------------------------------------------------
// Simple horizontal bars.

#[derive(Clone, Debug, PartialEq)]
pub struct SimpleBar {
    pub label: String,
    pub value: f64,
    pub color: Rgb,
    /// The value as printed at the bar's end, with its qualifier ("≈ 70%", "over 50%").
    pub value_text: String,
    pub note: Option<String>,
    /// The working key of the bar's value (`state::WhyKey`), if it has a working.
    pub why: Option<String>,
    /// The bar's id in links (an HS chapter's code `85`, a WIOD industry's `c14`) for a
    /// journalist's highlight (`state::editorial`); empty when it cannot be highlighted.
    pub id: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BarChart {
    pub bars: Vec<SimpleBar>,
    pub unit_label: String,
    pub no_data_message: String,
    /// A journalist's note on a bar (`at.col`), at its end.
    pub pin: Option<PinnedNote>,
}

impl BarChart {
    pub fn preferred_height_css(&self, _width_css: f64, _measure: &dyn TextMeasure) -> f64 {
        30.0 + self.bars.len() as f64 * 34.0
    }
}

pub fn draw_bars(p: &Painter, chart: &BarChart, highlight: Option<usize>) -> Result<HitMap, ChartError> {
    if chart.bars.is_empty() {
        super::draw_no_data(p, &chart.no_data_message)?;
        return Ok(HitMap::default());
    }
    let (width, height) = p.size_px();
    p.clear(palette::WHITE)?;
    let label_width = widest(p.measure, chart.bars.iter().map(|b| &b.label), false).min(p.size_css().0 * 0.42) + 12.0;
    let value_width = widest(p.measure, chart.bars.iter().map(|b| &b.value_text), true) + 10.0;
    let low = chart.bars.iter().map(|b| b.value).fold(0.0, f64::min);
    let high = chart.bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let negative_room = if low < 0.0 { p.px(value_width) } else { 0.0 };
    let scale =
        LinearScale::new((low, high.max(low + 1e-9)), (p.px(label_width) + negative_room, width - p.px(value_width)));
    let zero_x = scale.to_px(0.0);
    let top = p.px(18.0);
    p.text(
        &chart.unit_label,
        (p.px(2.0), p.px(1.0)),
        TextStyle::new(FONT_CSS_PX, palette::MUTED, Align::Left, Baseline::Top),
    )?;
    let band = (height - top - p.px(4.0)) / chart.bars.len() as f64;
    let bar_height = (band * 0.64).min(p.px(24.0));
    let mut regions = Vec::with_capacity(chart.bars.len());
    let mut drawn = DrawnBars::default();
    for (i, bar) in chart.bars.iter().enumerate() {
        let centre = top + band * (i as f64 + 0.5);
        let x = scale.to_px(bar.value);
        let (x0, x1) = (zero_x.min(x), zero_x.max(x).max(zero_x.min(x) + 1.0));
        if highlight == Some(i) {
            p.fill_rect(0.0, centre - band / 2.0, width, centre + band / 2.0, palette::MISSING)?;
        }
        let label = p.fit(&bar.label, FONT_CSS_PX, label_width - 10.0, false);
        p.text(
            &label,
            (p.px(label_width - 8.0), centre),
            TextStyle::new(FONT_CSS_PX, palette::INK, Align::Right, Baseline::Middle),
        )?;
        p.fill_rect(x0, centre - bar_height / 2.0, x1, centre + bar_height / 2.0, bar.color)?;
        let (text_x, align) =
            if bar.value < 0.0 { (x0 - p.px(5.0), Align::Right) } else { (x1 + p.px(5.0), Align::Left) };
        p.text(
            &bar.value_text,
            (text_x, centre),
            TextStyle::new(FONT_CSS_PX, palette::INK, align, Baseline::Middle).bold(),
        )?;
        let text_width = p.text_width(&bar.value_text, FONT_CSS_PX, true);
        let text_x1 = if bar.value < 0.0 { text_x } else { text_x + text_width };
        let half = bar_height / 2.0;
        drawn.obstacles.extend([
            (0.0, centre - half, p.px(label_width), centre + half),
            (x0, centre - half, text_x1, centre + half),
        ]);
        if is_pinned(chart.pin.as_ref(), HitTarget { row: 0, col: i }) {
            drawn.pinned_point = Some((if bar.value < 0.0 { x0 } else { x1 }, centre));
        }
        let tooltip = Tooltip {
            title: bar.label.clone(),
            rows: vec![TooltipRow {
                why: bar.why.clone(),
                swatch: Some(bar.color),
                label: chart.unit_label.clone(),
                value: bar.value_text.clone(),
            }],
            note: bar.note.clone(),
        };
        regions.push(region(
            (0.0, centre - band / 2.0, width, centre + band / 2.0),
            (x1, centre - bar_height / 2.0),
            HitTarget { row: 0, col: i },
            tooltip,
            false,
        ));
    }
    p.line(&[(zero_x, top), (zero_x, height - p.px(4.0))], palette::AXIS, 1.0)?;
    let places = beside_rows(band / p.pixel_ratio, chart.bars.len());
    draw_pinned(p, chart.pin.as_ref(), drawn.pinned_point, (0.0, top, width, height), &places, &drawn.obstacles)?;
    Ok(HitMap { regions })
}
