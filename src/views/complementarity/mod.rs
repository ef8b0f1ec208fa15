//! View 1, complementarity: TCI over time for the six China/Japan/Korea pairs, and the RCEP
//! heatmap of TCI for the selected year. Selecting a heatmap cell adds that pair's line.

pub mod controls;
pub mod texts;

/// This view's own texts, by the name the list of views uses to write and check translation files.
pub use self::texts::ComplementarityTexts as OwnTexts;

pub use self::controls::controls;

use self::texts::ComplementarityTexts;
use super::line_panel::{line_panel, LineInput, LinePanelSpec};
use super::{
    clamp_year, fill_span, focus_pairs, pair_label, pair_style, series_id, span, texts, DataTable, Method, Panel,
    ViewModel,
};
use crate::charts::heatmap::{Cell, ColorScale, Heatmap};
use crate::charts::line::{Marker, YDomain};
use crate::charts::palette;
use crate::charts::{ChartSpec, HitTarget, ValueFormat};
use crate::data::parts::DataPart;
use crate::data::{Classification, Dataset, Flow, Iso3, Source, Year, FOCUS_COUNTRIES, RCEP_MEMBERS};
use crate::i18n::TextGroup;
use crate::i18n::{fill, Locale};
use crate::indices::tci::tci;
use crate::state::{Action, AppState, View, WhyIndex, WhyKey, WhySubject};
use crate::views::working::{self, OverlapSides, Working};

pub const LINES: &str = "tci-lines";
pub const HEATMAP: &str = "tci-heatmap";
const CLASSIFICATION: Classification = Classification::HsSection;

/// This view in the registry (`views::REGISTRY`).
pub const UNIT: super::ViewUnit = super::ViewUnit {
    view: crate::state::View::Complementarity,
    data_parts: |_| vec![DataPart::OecSections],
    on_select,
};

pub fn build(ds: &Dataset, state: &AppState) -> ViewModel {
    let own = ComplementarityTexts::of(state.locale);
    let t = texts(state);
    let locale = state.locale;

    // 1. Years: OEC sections only.
    let years = ds.years(Source::Oec, CLASSIFICATION);
    let year = clamp_year(state.year, &years);

    // 2. Values: the six pairs (plus a selected other pair) over time, and the year's matrix.
    let mut pairs = focus_pairs();
    if let Some(pair) = state.tci_pair.filter(|p| !pairs.contains(p)) {
        pairs.push(pair);
    }
    let by_pair: Vec<Vec<Option<f64>>> =
        pairs.iter().map(|&(e, i)| years.iter().map(|&y| tci(ds, CLASSIFICATION, e, i, y)).collect()).collect();

    // 3. Panels.
    let lines = lines_panel(state, &years, &pairs, &by_pair, oil_price_note(ds, locale));
    let heatmap = heatmap_panel(ds, state, year);

    // 4. Takeaway: the best and the weakest of the six pairs in the year shown.
    let year_index = year.and_then(|y| years.iter().position(|x| *x == y));
    let mut ranked: Vec<(f64, (Iso3, Iso3))> =
        focus_pairs().into_iter().enumerate().filter_map(|(n, pair)| Some((by_pair[n][year_index?]?, pair))).collect();
    crate::order::sort_by(&mut ranked, |a, b| b.0.total_cmp(&a.0));
    let takeaway = match (ranked.first(), ranked.last(), year) {
        (Some(best), Some(worst), Some(year)) => fill(
            own.tci_takeaway,
            &[
                ("year", &year.to_string()),
                ("best", &pair_label(locale, best.1 .0, best.1 .1)),
                ("best_value", &locale.number(best.0, 1)),
                ("worst", &pair_label(locale, worst.1 .0, worst.1 .1)),
                ("worst_value", &locale.number(worst.0, 1)),
            ],
        ),
        _ => fill(t.no_data_for_year, &[("year", &year.map(|y| y.to_string()).unwrap_or_default())]),
    };

    ViewModel {
        view: View::Complementarity,
        title: own.tci_title.to_string(),
        takeaway,
        year,
        panels: vec![lines, heatmap],
        method: method(locale, &years),
        source: format!("{} · {}", t.oec_source, t.computed_in_browser),
        years,
    }
}

/// The year oil prices fell, which moves every pair's TCI through the weight of mineral fuels in
/// the importers' baskets (the note's figures come from the data).
const OIL_PRICE_FALL_YEAR: Year = 2015;
/// HS section 5, mineral products (fuels among them).
const MINERAL_PRODUCTS_SECTION: usize = 4;

/// The note under the TCI lines on the oil-price fall: mineral products' share of Japan's imports
/// the year before and the year of the fall, when the data hold both.
fn oil_price_note(ds: &Dataset, locale: Locale) -> Option<String> {
    let share = |year| {
        let imports = ds.world_values_usd(Source::Oec, CLASSIFICATION, Flow::Import, Iso3::JPN, year)?;
        Some(100.0 * imports.get(MINERAL_PRODUCTS_SECTION)? / imports.iter().sum::<f64>())
    };
    let previous = OIL_PRICE_FALL_YEAR - 1;
    let (before, after) = (share(previous)?, share(OIL_PRICE_FALL_YEAR)?);
    Some(fill(
        ComplementarityTexts::of(locale).tci_oil_note,
        &[
            ("year", &OIL_PRICE_FALL_YEAR.to_string()),
            ("prev", &previous.to_string()),
            ("before", &locale.number(before, 1)),
            ("after", &locale.number(after, 1)),
        ],
    ))
}

fn lines_panel(
    state: &AppState,
    years: &[Year],
    pairs: &[(Iso3, Iso3)],
    by_pair: &[Vec<Option<f64>>],
    note: Option<String>,
) -> Panel {
    let own = ComplementarityTexts::of(state.locale);
    let t = texts(state);
    let locale = state.locale;
    let focus_pair_count = focus_pairs().len();
    let lines = pairs
        .iter()
        .zip(by_pair)
        .enumerate()
        .map(|(n, (&(e, i), values))| {
            // The six pairs can be hidden; a pair picked in the heatmap is removed with its chip.
            let is_focus = n < focus_pair_count;
            let (color, dashed, marker) =
                if is_focus { pair_style(e, i) } else { (palette::OTHERS[0], false, Marker::Diamond) };
            let label = pair_label(locale, e, i);
            LineInput {
                why: Some(WhyKey::series(WhyIndex::Tci, WhySubject::Pair(e, i))),
                id: series_id(e, i),
                legend_label: (!is_focus).then(|| format!("{label} ({})", own.tci_selected_pair)),
                label,
                color,
                dashed,
                marker,
                values: values.clone(),
                emphasized: state.tci_pair == Some((e, i)),
                toggleable: is_focus,
            }
        })
        .collect();
    line_panel(
        state,
        LinePanelSpec {
            key: LINES,
            title: fill_span(own.tci_lines_title, years),
            description: own.tci_lines_description.to_string(),
            years,
            periods_per_year: 1,
            lines,
            y_label: t.tci_axis,
            y_domain: YDomain::Auto { include_zero: false },
            reference: None,
            decimals: 2,
            notes: note.into_iter().collect(),
        },
    )
}

/// Why a pair has no TCI: the side whose product vector is incomplete.
fn missing_reason(ds: &Dataset, locale: Locale, exporter: Iso3, importer: Iso3, year: Year) -> String {
    let own = ComplementarityTexts::of(locale);
    let t = locale.texts();
    let complete = |flow, country| ds.world_values_usd(Source::Oec, CLASSIFICATION, flow, country, year).is_some();
    let (country, flow) = if !complete(Flow::Export, exporter) {
        (exporter, own.flow_exports)
    } else if !complete(Flow::Import, importer) {
        (importer, own.flow_imports)
    } else {
        return t.no_data.to_string();
    };
    fill(own.missing_sections, &[("country", &locale.country(country)), ("flow", flow), ("year", &year.to_string())])
}

fn heatmap_panel(ds: &Dataset, state: &AppState, year: Option<Year>) -> Panel {
    let own = ComplementarityTexts::of(state.locale);
    let (t, locale) = (texts(state), state.locale);
    let year_text = year.map(|y| y.to_string()).unwrap_or_default();
    let names: Vec<String> = RCEP_MEMBERS.iter().map(|c| locale.country(*c)).collect();
    let codes: Vec<String> = RCEP_MEMBERS.iter().map(|c| c.as_str().to_string()).collect();
    let emphasis: Vec<bool> = RCEP_MEMBERS.iter().map(|c| FOCUS_COUNTRIES.contains(c)).collect();
    let cells: Vec<Vec<Cell>> = RCEP_MEMBERS
        .iter()
        .map(|&e| {
            RCEP_MEMBERS
                .iter()
                .map(|&i| match year {
                    _ if e == i => Cell::NotApplicable,
                    None => Cell::Missing(t.no_data.to_string()),
                    Some(y) => match tci(ds, CLASSIFICATION, e, i, y) {
                        Some(v) => Cell::Value { value: v, secondary: None },
                        None => Cell::Missing(missing_reason(ds, locale, e, i, y)),
                    },
                })
                .collect()
        })
        .collect();
    let mut table = DataTable {
        caption: fill(own.tci_heatmap_title, &[("year", &year_text)]),
        columns: std::iter::once(format!("{} \\ {}", own.tci_exporter_axis, own.tci_importer_axis))
            .chain(codes.iter().cloned())
            .collect(),
        rows: Vec::new(),
        cell_why: Vec::new(),
    };
    let cell_why = cell_working_keys(&cells, year);
    table.cell_why = super::working::table_keys(&cell_why);
    for (r, row) in cells.iter().enumerate() {
        let mut out = vec![names[r].clone()];
        out.extend(row.iter().map(|c| match c {
            Cell::Value { value: v, .. } => locale.number(*v, 2),
            Cell::Missing(_) => t.no_data.to_string(),
            Cell::NotApplicable => "—".to_string(),
        }));
        table.rows.push(out);
    }
    let heatmap = Heatmap {
        highlight: crate::views::editorial::heatmap_highlight(state, HEATMAP, codes.clone(), codes.clone()),
        row_labels: names.clone(),
        row_short_labels: codes.clone(),
        col_labels: names,
        col_short_labels: codes,
        row_emphasis: emphasis.clone(),
        col_emphasis: emphasis,
        cells,
        // A fixed scale, so that colours mean the same in every year.
        scale: ColorScale::Sequential { min: 0.0, max: 100.0 },
        value_format: ValueFormat::plain(locale.numbers(), 2),
        cell_decimals: 0,
        value_label: "TCI".to_string(),
        secondary_label: None,
        title_joiner: format!(" {} ", t.pair_arrow),
        row_axis_title: own.tci_exporter_axis.to_string(),
        col_axis_title: own.tci_importer_axis.to_string(),
        legend_low: own.tci_legend_low.to_string(),
        legend_high: own.tci_legend_high.to_string(),
        not_applicable_note: own.same_country.to_string(),
        selected: selected_cell(state),
        selectable: true,
        no_data_message: fill(t.no_data_for_year, &[("year", &year_text)]),
        cell_why,
    };
    Panel {
        key: HEATMAP,
        title: fill(own.tci_heatmap_title, &[("year", &year_text)]),
        chart: Some(ChartSpec::Heatmap(heatmap)),
        description: fill(own.tci_heatmap_description, &[("year", &year_text)]),
        legend: Vec::new(),
        cards: Vec::new(),
        table,
        notes: Vec::new(),
        hint: Some(own.tci_select_hint.to_string()),
    }
}

/// The heatmap cell of the pair the reader picked.
fn selected_cell(state: &AppState) -> Option<(usize, usize)> {
    let (e, i) = state.tci_pair?;
    Some((RCEP_MEMBERS.iter().position(|c| *c == e)?, RCEP_MEMBERS.iter().position(|c| *c == i)?))
}

/// Each heatmap value's working key, for the cell's tooltip and its table cell.
fn cell_working_keys(cells: &[Vec<Cell>], year: Option<Year>) -> Vec<Vec<Option<String>>> {
    RCEP_MEMBERS
        .iter()
        .zip(cells)
        .map(|(&e, row)| {
            RCEP_MEMBERS
                .iter()
                .zip(row)
                .map(|(&i, cell)| match (cell, year) {
                    (Cell::Value { .. }, Some(y)) => Some(WhyKey::pair(WhyIndex::Tci, e, i, y).to_string()),
                    _ => None,
                })
                .collect()
        })
        .collect()
}

fn method(locale: Locale, years: &[Year]) -> Method {
    let own = ComplementarityTexts::of(locale);
    let t = locale.texts();
    Method {
        in_words: own.tci_words.to_string(),
        formulas: vec![own.tci_formula.to_string()],
        symbols: vec![own.tci_symbols.to_string()],
        classification: t.oec_classification.to_string(),
        years: span(years),
        caveats: vec![
            t.oec_caveat_rounding.to_string(),
            t.oec_caveat_absent_zero.to_string(),
            t.oec_caveat_baci.to_string(),
        ],
    }
}

/// A TCI value's working opens under the lines (a pair of the three) or the heatmap (another
/// pair).
pub fn working_panel(key: WhyKey, _state: &AppState) -> Option<&'static str> {
    match (key.index, key.subject) {
        (WhyIndex::Tci, WhySubject::Pair(exporter, importer)) => {
            Some(if focus_pairs().contains(&(exporter, importer)) { LINES } else { HEATMAP })
        }
        _ => None,
    }
}

/// The working of the state's open TCI value.
pub fn working(ds: &Dataset, state: &AppState) -> Option<Working> {
    let t = texts(state);
    let source = format!("{} · {}", t.oec_source, t.computed_in_browser);
    let ctx = working::context(ds, state, working_panel, source)?;
    let (key, WhySubject::Pair(exporter, importer)) = (ctx.key, ctx.key.subject) else { return None };
    let sides = OverlapSides {
        classification: CLASSIFICATION,
        first: (exporter, Flow::Export),
        second: (importer, Flow::Import),
    };
    let terms = crate::indices::tci::working(ds, CLASSIFICATION, exporter, importer, key.year);
    Some(working::overlap(&ctx, &sides, terms))
}

/// A heatmap cell selects its exporter-importer pair.
pub fn on_select(panel: &str, target: HitTarget) -> Option<Action> {
    if panel != HEATMAP {
        return None;
    }
    let exporter = *RCEP_MEMBERS.get(target.row)?;
    let importer = *RCEP_MEMBERS.get(target.col)?;
    (exporter != importer).then_some(Action::SelectPair(exporter, importer))
}
