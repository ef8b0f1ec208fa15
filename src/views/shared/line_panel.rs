//! The panel every "index over time" chart uses: lines with legend toggles (a hidden line
//! leaves the chart but stays in the legend and the table), and a period-by-line data table.

use super::{cell, pair_style, texts, DataTable, LegendEntry, Panel};
use crate::charts::line::{Annotation, LineChart, LineSeries, Marker, YDomain};
use crate::charts::palette::{self, Rgb};
use crate::charts::{ChartSpec, ValueFormat};
use crate::data::{Iso3, Year};
use crate::state::{series_key, AppState, Editorial, WhyKey, WhySubject};

/// One line before the reader's toggles apply.
pub struct LineInput {
    /// The series id within the panel (`CHN>JPN`), remembered when the reader hides the line.
    pub id: String,
    pub label: String,
    /// The legend's label, when it says more than the line's (the selected pair).
    pub legend_label: Option<String>,
    pub color: Rgb,
    pub dashed: bool,
    pub marker: Marker,
    /// One value per period of the panel (year, or month on a monthly panel).
    pub values: Vec<Option<f64>>,
    pub emphasized: bool,
    /// Whether the legend can hide the line.
    pub toggleable: bool,
    /// The series part of its values' working key (`tci:KOR>CHN`), when they have a working.
    pub why: Option<String>,
}

impl LineInput {
    /// The line of a China/Japan/Korea pair, in the pair's style (`pair_style`), that the
    /// reader can hide.
    pub fn pair(first: Iso3, second: Iso3, id: String, label: String, values: Vec<Option<f64>>) -> LineInput {
        let (color, dashed, marker) = pair_style(first, second);
        LineInput {
            why: None,
            id,
            label,
            legend_label: None,
            color,
            dashed,
            marker,
            values,
            emphasized: false,
            toggleable: true,
        }
    }
}

pub struct LinePanelSpec<'a> {
    pub key: &'static str,
    pub title: String,
    pub description: String,
    pub years: &'a [Year],
    /// 1 for annual values, 12 for monthly ones (twelve values for each of `years`).
    pub periods_per_year: u8,
    pub lines: Vec<LineInput>,
    pub y_label: &'a str,
    pub y_domain: YDomain,
    pub reference: Option<(f64, String)>,
    /// Decimals in tooltips and the table.
    pub decimals: usize,
    pub notes: Vec<String>,
}

pub fn line_panel(state: &AppState, mut spec: LinePanelSpec) -> Panel {
    let t = texts(state);
    apply_highlight(state, &mut spec);
    // Without years (the source has none) the chart has no values and says so.
    let mut chart = LineChart {
        first_year: spec.years.first().copied().unwrap_or_default(),
        last_year: spec.years.last().copied().unwrap_or_default(),
        periods_per_year: spec.periods_per_year,
        series: Vec::new(),
        y_domain: spec.y_domain,
        y_label: spec.y_label.to_string(),
        reference: spec.reference,
        value_format: ValueFormat::plain(state.locale.numbers(), spec.decimals),
        no_data_message: t.no_data.to_string(),
        missing_label: t.no_data.to_string(),
        annotation: None,
    };
    let period_column = if spec.periods_per_year > 1 { t.month_column } else { t.year_column };
    let mut table = DataTable {
        cell_why: Vec::new(),
        caption: spec.title.clone(),
        columns: std::iter::once(period_column.to_string()).chain(spec.lines.iter().map(|l| l.label.clone())).collect(),
        rows: Vec::new(),
    };
    let point_count = if spec.years.is_empty() { 0 } else { chart.point_count() };
    for point in 0..point_count {
        let mut row = vec![chart.point_label(point)];
        row.extend(
            spec.lines.iter().map(|l| cell(state.locale, l.values.get(point).copied().flatten(), spec.decimals)),
        );
        table.rows.push(row);
        if spec.periods_per_year == 1 && spec.lines.iter().any(|l| l.why.is_some()) {
            let keys = spec
                .lines
                .iter()
                .map(|l| chart.point_why(l.why.as_deref(), l.values.get(point).copied().flatten(), point));
            table.cell_why.push(std::iter::once(None).chain(keys).collect());
        }
    }
    let mut legend = Vec::new();
    for line in spec.lines {
        let hidden = line.toggleable && state.is_hidden(spec.key, &line.id);
        legend.push(LegendEntry {
            key: series_key(spec.key, &line.id),
            label: line.legend_label.unwrap_or_else(|| line.label.clone()),
            color: line.color,
            dashed: line.dashed,
            marker: Some(line.marker),
            hidden,
            toggleable: line.toggleable,
        });
        if !hidden {
            chart.series.push(LineSeries {
                why: line.why.clone(),
                label: line.label,
                color: line.color,
                dashed: line.dashed,
                marker: line.marker,
                values: line.values,
                emphasized: line.emphasized,
            });
        }
    }
    chart.annotation = annotation(&state.editorial, &chart);
    Panel {
        key: spec.key,
        title: spec.title,
        chart: Some(ChartSpec::Line(chart)),
        description: spec.description,
        legend,
        cards: Vec::new(),
        table,
        notes: spec.notes,
        hint: None,
    }
}

/// A journalist's highlight: its lines first in the legend and the table, in colour and drawn on
/// top; the others grey.
fn apply_highlight(state: &AppState, spec: &mut LinePanelSpec) {
    let highlighted = |id: &str| state.editorial.highlight.contains(&series_key(spec.key, id));
    if state.editorial.highlights_in(spec.key) {
        crate::order::sort_by_key(&mut spec.lines, |line| !highlighted(&line.id));
        for line in &mut spec.lines {
            line.emphasized = highlighted(&line.id);
            if !line.emphasized {
                line.color = palette::DE_EMPHASIZED;
            }
        }
    }
}

/// The journalist's note (`state::editorial`), pinned to its year on the first emphasized line
/// (a highlighted one, or the pair the reader picked), or else the first line shown, that has a
/// value then; `None` when no line has one, or the chart is not a line over years.
pub fn annotation(editorial: &Editorial, chart: &LineChart) -> Option<Annotation> {
    let note = editorial.note.as_ref().filter(|note| !note.text.is_empty() && chart.periods_per_year == 1)?;
    let point = usize::from(note.year?.checked_sub(chart.first_year)?);
    let has_value = |series: &LineSeries| series.values.get(point).copied().flatten().is_some();
    let series = chart
        .series
        .iter()
        .position(|s| has_value(s) && s.emphasized)
        .or_else(|| chart.series.iter().position(has_value))?;
    Some(Annotation { series, point, text: note.text.clone() })
}

/// A panel with one line per direction among the three (or any ordered pairs), over years.
pub struct PairLines<'a> {
    pub key: &'static str,
    pub title: String,
    pub description: &'a str,
    pub years: &'a [Year],
    pub pairs: &'a [(Iso3, Iso3)],
    pub values: Vec<Vec<Option<f64>>>,
    pub y_label: &'a str,
    pub decimals: usize,
    /// A labelled horizontal line (value, label).
    pub reference: Option<(f64, &'a str)>,
    pub notes: Vec<String>,
    /// The index whose working each value opens, when it has one.
    pub why: Option<crate::state::WhyIndex>,
}

pub fn pair_lines_panel(state: &AppState, spec: PairLines) -> Panel {
    let lines = spec
        .pairs
        .iter()
        .zip(spec.values)
        .map(|(&(e, i), values)| {
            let mut line = LineInput::pair(e, i, super::series_id(e, i), super::pair_label(state.locale, e, i), values);
            line.why = spec.why.map(|index| WhyKey::series(index, WhySubject::Pair(e, i)));
            line
        })
        .collect();
    line_panel(
        state,
        LinePanelSpec {
            key: spec.key,
            title: spec.title,
            description: spec.description.to_string(),
            years: spec.years,
            periods_per_year: 1,
            lines,
            y_label: spec.y_label,
            y_domain: YDomain::Auto { include_zero: true },
            reference: spec.reference.map(|(value, label)| (value, label.to_string())),
            decimals: spec.decimals,
            notes: spec.notes,
        },
    )
}
