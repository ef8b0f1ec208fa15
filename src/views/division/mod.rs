//! View 4, division of labour: TSC by HS section for China, Japan and Korea in the selected year
//! (grouped diverging bars), and aggregate intra-industry trade with the world over time.

pub mod texts;

/// This view's own texts, by the name the list of views uses to write and check translation files.
pub use self::texts::DivisionTexts as OwnTexts;

pub use super::no_controls as controls;

use self::texts::DivisionTexts;
use super::line_panel::{line_panel, LineInput, LinePanelSpec};
use super::{
    cell, clamp_year, count_takeaway, country_marker, fill_span, span, texts, DataTable, LegendEntry, Method, Panel,
    ViewModel,
};
use crate::charts::bars::DivergingBars;
use crate::charts::line::YDomain;
use crate::charts::palette::{country_color, Rgb};
use crate::charts::{ChartSpec, ValueFormat};
use crate::data::parts::DataPart;
use crate::data::{Classification, Dataset, Iso3, Source, Year, FOCUS_COUNTRIES, HS_SECTIONS};
use crate::i18n::fill;
use crate::i18n::TextGroup;
use crate::indices::iit::gl_aggregate;
use crate::indices::tsc::tsc;
use crate::state::{AppState, View, WhyIndex, WhyKey, WhySubject};
use crate::views::working::{self, Working};

pub const BARS: &str = "tsc-bars";
pub const LINES: &str = "gl-lines";
const CLASSIFICATION: Classification = Classification::HsSection;

/// This view in the registry (`views::REGISTRY`).
pub const UNIT: super::ViewUnit = super::ViewUnit {
    view: crate::state::View::Division,
    data_parts: |_| vec![DataPart::OecSections],
    on_select: super::selects_nothing,
};

pub fn build(ds: &Dataset, state: &AppState) -> ViewModel {
    let own = DivisionTexts::of(state.locale);
    let t = texts(state);
    let locale = state.locale;

    // 1. Years: OEC sections.
    let years = ds.years(Source::Oec, CLASSIFICATION);
    let year = clamp_year(state.year, &years);

    // 2. TSC per country and section in the year; aggregate GL per country and year.
    let tsc_by_country: Vec<Vec<Option<f64>>> = FOCUS_COUNTRIES
        .iter()
        .map(|&c| year.and_then(|y| tsc(ds, CLASSIFICATION, c, y)).unwrap_or_else(|| vec![None; HS_SECTIONS.len()]))
        .collect();
    let gl_by_country: Vec<Vec<Option<f64>>> = FOCUS_COUNTRIES
        .iter()
        .map(|&c| years.iter().map(|&y| gl_aggregate(ds, CLASSIFICATION, c, y)).collect())
        .collect();

    // 3. Panels.
    let groups: Vec<(String, Rgb)> =
        FOCUS_COUNTRIES.iter().map(|&c| (locale.country(c), country_color(c, 0))).collect();
    let bars = tsc_bars_panel(state, year, &groups, &tsc_by_country);
    let lines = gl_lines_panel(state, &years, &groups, gl_by_country);

    // 4. Takeaway: in how many sections each country is a net exporter.
    let counts: Vec<(Iso3, Option<usize>)> = FOCUS_COUNTRIES
        .iter()
        .enumerate()
        .map(|(n, &c)| {
            let values = &tsc_by_country[n];
            (c, values.iter().any(Option::is_some).then(|| values.iter().flatten().filter(|v| **v > 0.0).count()))
        })
        .collect();
    let takeaway = count_takeaway(locale, year, &counts, own.tsc_takeaway, own.tsc_count_first, own.tsc_count_next);

    ViewModel {
        view: View::Division,
        title: own.tsc_title.to_string(),
        takeaway,
        year,
        panels: vec![bars, lines],
        method: method(state, &years),
        source: format!("{} · {}", t.oec_source, t.computed_in_browser),
        years,
    }
}

/// Each country's TSC by HS section in the year, as diverging bars (`groups` are the countries'
/// labels and colours, `tsc_by_country` their values by section).
fn tsc_bars_panel(
    state: &AppState,
    year: Option<Year>,
    groups: &[(String, Rgb)],
    tsc_by_country: &[Vec<Option<f64>>],
) -> Panel {
    let own = DivisionTexts::of(state.locale);
    let (t, locale) = (texts(state), state.locale);
    let year_text = year.map(|y| y.to_string()).unwrap_or_default();
    let sections: Vec<String> = (0..HS_SECTIONS.len()).map(|k| locale.hs_section(k).to_string()).collect();
    let bars_title = fill(own.tsc_bars_title, &[("year", &year_text)]);
    let mut bars_table = DataTable {
        caption: bars_title.clone(),
        columns: std::iter::once(t.product_column.to_string()).chain(groups.iter().map(|g| g.0.clone())).collect(),
        rows: Vec::new(),
        cell_why: Vec::new(),
    };
    for (k, name) in sections.iter().enumerate() {
        let mut row = vec![name.clone()];
        row.extend(tsc_by_country.iter().map(|v| cell(locale, v[k], 3)));
        bars_table.rows.push(row);
    }
    // Each value's working key, by section and country, for the tooltip and the table.
    let why: Vec<Vec<Option<String>>> = (0..HS_SECTIONS.len())
        .map(|k| {
            FOCUS_COUNTRIES
                .iter()
                .zip(tsc_by_country)
                .map(|(&country, values)| {
                    let (year, _) = (year?, values[k]?);
                    Some(WhyKey { index: WhyIndex::Tsc, subject: WhySubject::CountryProduct(country, k), year }.to_string())
                })
                .collect()
        })
        .collect();
    bars_table.cell_why = super::working::table_keys(&why);
    Panel {
        key: BARS,
        title: bars_title,
        chart: Some(ChartSpec::DivergingBars(DivergingBars {
            categories: sections,
            groups: groups.to_vec(),
            values: (0..HS_SECTIONS.len()).map(|k| tsc_by_country.iter().map(|v| v[k]).collect()).collect(),
            domain: (-1.0, 1.0),
            negative_label: own.tsc_negative.to_string(),
            positive_label: own.tsc_positive.to_string(),
            value_format: ValueFormat::plain(locale.numbers(), 3),
            missing_label: t.no_data.to_string(),
            no_data_message: fill(t.no_data_for_year, &[("year", &year_text)]),
            why,
            category_ids: (0..HS_SECTIONS.len()).map(|k| Classification::HsSection.product_code(k)).collect(),
            faded: Vec::new(),
            pin: None,
        })),
        description: fill(own.tsc_bars_description, &[("year", &year_text)]),
        legend: groups.iter().map(|(label, color)| LegendEntry::fixed(label.clone(), *color)).collect(),
        cards: Vec::new(),
        table: bars_table,
        notes: Vec::new(),
        hint: None,
    }
}

/// Each country's aggregate Grubel–Lloyd index over the years, as lines.
fn gl_lines_panel(
    state: &AppState,
    years: &[Year],
    groups: &[(String, Rgb)],
    gl_by_country: Vec<Vec<Option<f64>>>,
) -> Panel {
    let own = DivisionTexts::of(state.locale);
    let t = texts(state);
    let lines = gl_by_country
        .into_iter()
        .enumerate()
        .map(|(n, values)| LineInput {
            id: FOCUS_COUNTRIES[n].as_str().to_string(),
            label: groups[n].0.clone(),
            legend_label: None,
            color: groups[n].1,
            dashed: false,
            marker: country_marker(n),
            values,
            emphasized: false,
            toggleable: true,
            why: Some(WhyKey::series(WhyIndex::Gl, WhySubject::Country(FOCUS_COUNTRIES[n]))),
        })
        .collect();
    line_panel(
        state,
        LinePanelSpec {
            key: LINES,
            title: fill_span(own.gl_lines_title, years),
            description: own.gl_lines_description.to_string(),
            years,
            periods_per_year: 1,
            lines,
            y_label: t.gl_axis,
            y_domain: YDomain::Fixed(0.0, 1.0),
            reference: None,
            decimals: 3,
            notes: vec![own.gl_note.to_string()],
        },
    )
}

/// The working of the state's open TSC (under the bars) or aggregate GL (under the lines).
/// A section's TSC opens its working under the bars, a country's aggregate GL under the lines.
pub fn working_panel(key: WhyKey, _state: &AppState) -> Option<&'static str> {
    match (key.index, key.subject) {
        (WhyIndex::Tsc, WhySubject::CountryProduct(..)) => Some(BARS),
        (WhyIndex::Gl, WhySubject::Country(_)) => Some(LINES),
        _ => None,
    }
}

pub fn working(ds: &Dataset, state: &AppState) -> Option<Working> {
    let t = texts(state);
    let source = format!("{} · {}", t.oec_source, t.computed_in_browser);
    let ctx = working::context(ds, state, working_panel, source)?;
    let key = ctx.key;
    match key.subject {
        WhySubject::CountryProduct(country, section) => {
            let flows = crate::indices::tsc::exports_and_imports(ds, CLASSIFICATION, country, Iso3::WORLD, key.year)
                .and_then(|all| all.get(section).copied().flatten());
            Some(working::tsc(&ctx, country, section, flows))
        }
        WhySubject::Country(country) => {
            let terms = crate::indices::iit::aggregate_working(ds, CLASSIFICATION, country, key.year);
            Some(working::gl(&ctx, CLASSIFICATION, terms))
        }
        WhySubject::Pair(..) | WhySubject::PairProduct(..) => None,
    }
}

fn method(state: &AppState, years: &[Year]) -> Method {
    let own = DivisionTexts::of(state.locale);
    let t = texts(state);
    Method {
        in_words: own.tsc_words.to_string(),
        formulas: vec![own.tsc_formula.to_string(), own.gl_symbols.to_string()],
        symbols: vec![own.tsc_symbols.to_string()],
        classification: t.oec_classification.to_string(),
        years: span(years),
        caveats: vec![own.gl_note.to_string(), t.oec_caveat_rounding.to_string(), own.oec_caveat_missing.to_string()],
    }
}
