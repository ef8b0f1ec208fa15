//! View 5, trade ties: exports among the three over time (WITS top-5 partner rows, gaps kept)
//! and the trade intensity index.

pub mod texts;

/// This view's own texts, by the name the list of views uses to write and check translation files.
pub use self::texts::TiesTexts as OwnTexts;

pub use super::no_controls as controls;

use self::texts::TiesTexts;
use super::focus_pairs;
use super::line_panel::{pair_lines_panel, PairLines};
use super::{fill_span, pair_label, span, texts, Method, ViewModel};
use crate::data::parts::DataPart;
use crate::data::{Classification, Dataset, Flow, Iso3, Source, Year};
use crate::i18n::fill;
use crate::i18n::TextGroup;
use crate::indices::tii::tii;
use crate::state::{AppState, View, WhyIndex, WhyKey, WhySubject};
use crate::views::working::{self, Working};

pub const TOTALS: &str = "ties-totals";
pub const INTENSITY: &str = "ties-tii";

/// This view in the registry (`views::REGISTRY`).
pub const UNIT: super::ViewUnit = super::ViewUnit {
    view: crate::state::View::Ties,
    data_parts: |_| vec![DataPart::WitsTotals],
    on_select: super::selects_nothing,
};

pub fn build(ds: &Dataset, state: &AppState) -> ViewModel {
    let own = TiesTexts::of(state.locale);
    let t = texts(state);
    let locale = state.locale;

    // 1. Years: WITS totals. The charts cover every year, so the view has no year slider.
    let years = ds.years(Source::Wits, Classification::Total);
    let pairs = focus_pairs();

    // 2. Exports among the three (US$ billions) and trade intensity.
    let exports_bn: Vec<Vec<Option<f64>>> = pairs
        .iter()
        .map(|&(e, i)| {
            years
                .iter()
                .map(|&y| ds.total(Source::Wits, Flow::Export, e, i, y).map(|v| v.usd / locale.usd_per_unit()))
                .collect()
        })
        .collect();
    let intensity: Vec<Vec<Option<f64>>> =
        pairs.iter().map(|&(e, i)| years.iter().map(|&y| tii(ds, e, i, y)).collect()).collect();

    // 3. Panels.
    let totals = pair_lines_panel(
        state,
        PairLines {
            why: None,
            key: TOTALS,
            title: fill_span(own.ties_totals_title, &years),
            description: own.ties_totals_description,
            years: &years,
            pairs: &pairs,
            values: exports_bn.clone(),
            y_label: t.ties_totals_axis,
            decimals: locale.usd_decimals(1),
            reference: None,
            notes: vec![own.ties_gaps_note.to_string()],
        },
    );
    let tii_panel = pair_lines_panel(
        state,
        PairLines {
            why: Some(WhyIndex::Tii),
            key: INTENSITY,
            title: fill_span(own.ties_tii_title, &years),
            description: own.ties_tii_description,
            years: &years,
            pairs: &pairs,
            values: intensity.clone(),
            y_label: own.ties_tii_axis,
            decimals: 3,
            reference: Some((1.0, own.ties_tii_reference)),
            notes: vec![own.ties_gaps_note.to_string()],
        },
    );

    // 4. Takeaway: the latest year in which every flow and intensity has a value.
    let takeaway = takeaway(state, &years, &pairs, &exports_bn, &intensity);

    ViewModel {
        view: View::Ties,
        title: own.ties_title.to_string(),
        takeaway,
        years: Vec::new(),
        year: None,
        panels: vec![totals, tii_panel],
        method: method(state, &years),
        source: format!("{} · {}", t.wits_source, t.computed_in_browser),
    }
}

/// The largest flow and the most intense tie in the latest year in which every flow and intensity
/// has a value (`exports_bn` and `intensity` by pair, then year); "no data" without such a year.
fn takeaway(
    state: &AppState,
    years: &[Year],
    pairs: &[(Iso3, Iso3)],
    exports_bn: &[Vec<Option<f64>>],
    intensity: &[Vec<Option<f64>>],
) -> String {
    let own = TiesTexts::of(state.locale);
    let (t, locale) = (texts(state), state.locale);
    let complete = (0..years.len()).rev().find(|&y| exports_bn.iter().chain(intensity).all(|v| v[y].is_some()));
    complete
        .and_then(|y| {
            let largest = (0..pairs.len())
                .max_by(|&a, &b| exports_bn[a][y].unwrap_or(0.0).total_cmp(&exports_bn[b][y].unwrap_or(0.0)))?;
            let intense = (0..pairs.len())
                .max_by(|&a, &b| intensity[a][y].unwrap_or(0.0).total_cmp(&intensity[b][y].unwrap_or(0.0)))?;
            Some(fill(
                own.ties_takeaway,
                &[
                    ("year", &years[y].to_string()),
                    ("largest", &pair_label(locale, pairs[largest].0, pairs[largest].1)),
                    ("value", &locale.usd(exports_bn[largest][y]? * locale.usd_per_unit(), 1)),
                    ("intense", &pair_label(locale, pairs[intense].0, pairs[intense].1)),
                    ("tii", &locale.number(intensity[intense][y]?, 2)),
                ],
            ))
        })
        .unwrap_or_else(|| t.no_data.to_string())
}

fn method(state: &AppState, years: &[Year]) -> Method {
    let own = TiesTexts::of(state.locale);
    Method {
        in_words: own.ties_words.to_string(),
        formulas: vec![own.ties_formula.to_string()],
        symbols: vec![own.ties_symbols.to_string()],
        classification: own.wits_totals_classification.to_string(),
        years: span(years),
        caveats: vec![own.ties_gaps_note.to_string(), own.ties_caveat_reporter.to_string()],
    }
}

/// Which panel a value's working opens under.
pub fn working_panel(key: WhyKey, _state: &AppState) -> Option<&'static str> {
    matches!((key.index, key.subject), (WhyIndex::Tii, WhySubject::Pair(..))).then_some(INTENSITY)
}

/// The working of the state's open trade-intensity value, under its chart.
pub fn working(ds: &Dataset, state: &AppState) -> Option<Working> {
    let t = texts(state);
    let source = format!("{} · {}", t.wits_source, t.computed_in_browser);
    let ctx = working::context(ds, state, working_panel, source)?;
    let WhySubject::Pair(exporter, importer) = ctx.key.subject else { return None };
    let terms = crate::indices::tii::working(ds, exporter, importer, ctx.key.year);
    Some(working::tii(&ctx, exporter, importer, terms))
}
