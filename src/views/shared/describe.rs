//! PURE. What a screen reader hears for a chart: the panel's description, then the span of the
//! data the chart draws (its years, and its lowest and highest values with where they are).

use super::Panel;
use crate::charts::heatmap::{Cell, HeatmapFocus};
use crate::charts::line::{LineChart, LineSeries};
use crate::charts::ChartSpec;
use crate::i18n::{fill, Locale, Texts};

/// One value the chart draws, with where it sits ("China–Japan, 1992") and how it is printed.
struct Point {
    value: f64,
    text: String,
    place: String,
}

/// The panel's description, followed by the data's span when the chart draws any value.
pub fn accessible_description(locale: Locale, panel: &Panel) -> String {
    let t = locale.texts();
    let mut parts = vec![panel.description.clone()];
    let Some(chart) = &panel.chart else {
        return panel.description.clone();
    };
    if let ChartSpec::Line(line) = chart {
        if let Some(note) = &line.annotation {
            let year = line.point_label(note.point);
            parts.push(fill(t.chart_note, &[("year", &year), ("text", &note.text)]));
        }
        let with_value = |i: &usize| line.series.iter().any(|s| s.values.get(*i).copied().flatten().is_some());
        let point_count = line.point_count();
        let first = (0..point_count).find(with_value);
        let last = (0..point_count).rev().find(with_value);
        if let (Some(first), Some(last)) = (first, last) {
            let (first, last) = (line.point_label(first), line.point_label(last));
            parts.push(fill(t.chart_span, &[("first", &first), ("last", &last)]));
        }
        parts.extend(line_summary(t, line));
    }
    if let Some((item, text)) = pinned_note(chart) {
        parts.push(fill(t.chart_item_note, &[("item", &item), ("text", text)]));
    }
    let points = points(chart);
    let lowest = points.iter().min_by(|a, b| a.value.total_cmp(&b.value));
    let highest = points.iter().max_by(|a, b| a.value.total_cmp(&b.value));
    if let (Some(low), Some(high)) = (lowest, highest) {
        parts.push(fill(
            t.chart_extremes,
            &[("min", &low.text), ("min_at", &low.place), ("max", &high.text), ("max_at", &high.place)],
        ));
    }
    parts.join(" ")
}

/// A line chart's latest year with its highest and lowest line, and how the leading line changed
/// over its span: the first emphasized line (a highlighted or picked one), else the latest
/// year's highest.
fn line_summary(t: &Texts, line: &LineChart) -> Vec<String> {
    let value = |series: &LineSeries, i: usize| series.values.get(i).copied().flatten().filter(|v| v.is_finite());
    let Some(latest) = (0..line.point_count()).rev().find(|i| line.series.iter().any(|s| value(s, *i).is_some()))
    else {
        return Vec::new();
    };
    let at_latest: Vec<(&LineSeries, f64)> = line.series.iter().filter_map(|s| Some((s, value(s, latest)?))).collect();
    let highest = at_latest.iter().max_by(|a, b| a.1.total_cmp(&b.1));
    let lowest = at_latest.iter().min_by(|a, b| a.1.total_cmp(&b.1));
    let mut said = Vec::new();
    if let (Some((high, max)), Some((low, min)), true) = (highest, lowest, at_latest.len() >= 2) {
        said.push(fill(
            t.chart_latest,
            &[
                ("year", &line.point_label(latest)),
                ("max_at", &high.label),
                ("max", &line.value_format.format(*max)),
                ("min_at", &low.label),
                ("min", &line.value_format.format(*min)),
            ],
        ));
    }
    let lead = line.series.iter().find(|s| s.emphasized).or(highest.map(|(s, _)| *s));
    if let Some(lead) = lead {
        let points: Vec<(usize, f64)> = (0..line.point_count()).filter_map(|i| Some((i, value(lead, i)?))).collect();
        if let (Some(&(first, from)), Some(&(last, to))) = (points.first(), points.last()) {
            if first != last {
                said.push(fill(
                    t.chart_trend,
                    &[
                        ("series", &lead.label),
                        ("from", &line.value_format.format(from)),
                        ("first", &line.point_label(first)),
                        ("to", &line.value_format.format(to)),
                        ("last", &line.point_label(last)),
                    ],
                ));
            }
        }
    }
    said
}

/// Every finite value a chart draws.
fn points(chart: &ChartSpec) -> Vec<Point> {
    let mut found = Vec::new();
    let mut push = |value: Option<f64>, text: &dyn Fn(f64) -> String, place: String| {
        if let Some(value) = value.filter(|v| v.is_finite()) {
            found.push(Point { value, text: text(value), place });
        }
    };
    match chart {
        ChartSpec::Line(line) => {
            for series in &line.series {
                for (i, value) in series.values.iter().enumerate() {
                    push(
                        *value,
                        &|v| line.value_format.format(v),
                        format!("{}, {}", series.label, line.point_label(i)),
                    );
                }
            }
        }
        ChartSpec::Heatmap(map) => {
            for (row, cells) in map.cells.iter().enumerate() {
                for (col, cell) in cells.iter().enumerate() {
                    let value = if let Cell::Value { value, .. } = cell { Some(*value) } else { None };
                    let (Some(row_label), Some(col_label)) = (map.row_labels.get(row), map.col_labels.get(col)) else {
                        continue;
                    };
                    push(value, &|v| map.value_format.format(v), format!("{row_label}, {col_label}"));
                }
            }
        }
        ChartSpec::StackedShares(stacked) => {
            for bar in &stacked.bars {
                for (value, segment) in bar.values.iter().zip(&stacked.segment_labels) {
                    push(*value, &|v| stacked.value_format.format(v), format!("{}, {segment}", bar.label));
                }
            }
        }
        ChartSpec::DivergingBars(bars) => {
            for (category, row) in bars.categories.iter().zip(&bars.values) {
                for (value, (group, _)) in row.iter().zip(&bars.groups) {
                    push(*value, &|v| bars.value_format.format(v), format!("{category}, {group}"));
                }
            }
        }
        ChartSpec::Bars(chart) => {
            for bar in &chart.bars {
                let text = bar.value_text.clone();
                push(Some(bar.value), &|_| text.clone(), bar.label.clone());
            }
        }
    }
    found
}

/// A note pinned to a bar, a category or a cell: what it is pinned to, and its text.
fn pinned_note(chart: &ChartSpec) -> Option<(String, &str)> {
    match chart {
        ChartSpec::Bars(bars) => {
            let pin = bars.pin.as_ref()?;
            Some((bars.bars.get(pin.at.col)?.label.clone(), &pin.text))
        }
        ChartSpec::DivergingBars(bars) => {
            let pin = bars.pin.as_ref()?;
            Some((bars.categories.get(pin.at.col)?.clone(), &pin.text))
        }
        ChartSpec::Heatmap(map) => {
            let Some(HeatmapFocus::Cell(r, c)) = map.highlight.focus else { return None };
            let item = format!("{}{}{}", map.row_labels.get(r)?, map.title_joiner, map.col_labels.get(c)?);
            Some((item, map.highlight.note.as_deref()?))
        }
        _ => None,
    }
}
