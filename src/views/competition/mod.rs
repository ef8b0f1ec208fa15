//! View 3, competition: export similarity (ESI) over time for China-Japan, China-Korea and
//! Japan-Korea, and the 100% stacked export composition of the three for the selected year.

pub mod controls;
pub mod texts;

/// This view's own texts, by the name the list of views uses to write and check translation files.
pub use self::texts::CompetitionTexts as OwnTexts;

pub use self::controls::controls;

use self::texts::CompetitionTexts;
use super::line_panel::{line_panel, LineInput, LinePanelSpec};
use super::{
    cell, clamp_year, country_marker, country_name, duo_label, fill_span, span, texts, DataTable, Method, Panel,
    ViewModel, FOCUS_DUOS,
};
use crate::charts::bars::{StackedBar, StackedShares};
use crate::charts::line::YDomain;
use crate::charts::palette::{self, Rgb};
use crate::charts::{ChartSpec, ValueFormat};
use crate::data::parts::DataPart;
use crate::data::{Classification, Dataset, Flow, Iso3, SeriesKey, Year, FOCUS_COUNTRIES};
use crate::i18n::TextGroup;
use crate::i18n::{fill, join_list, Locale};
use crate::indices::esi::esi;
use crate::indices::source_of;
use crate::state::{AppState, View, WhyIndex, WhyKey, WhySubject};
use crate::views::working::{self, OverlapSides, Working};

pub const LINES: &str = "esi-lines";
pub const STACKED: &str = "esi-stacked";

/// The WITS group whose colour an HS section shares (the mapping in the OEC provenance note).
const SECTION_COLOR_GROUP: [usize; 21] = [0, 1, 1, 2, 4, 5, 6, 7, 8, 8, 9, 10, 11, 11, 12, 13, 14, 15, 15, 15, 15];

fn product_names(locale: Locale, classification: Classification) -> Vec<String> {
    (0..classification.product_count())
        .map(|k| match classification {
            Classification::HsSection => locale.hs_section(k).to_string(),
            _ => locale.wits_group(k).to_string(),
        })
        .collect()
}

fn product_colors(classification: Classification) -> Vec<Rgb> {
    match classification {
        Classification::HsSection => SECTION_COLOR_GROUP.iter().map(|g| palette::PRODUCT_COLORS[*g]).collect(),
        _ => palette::PRODUCT_COLORS.to_vec(),
    }
}

/// This view in the registry (`views::REGISTRY`).
pub const UNIT: super::ViewUnit = super::ViewUnit {
    view: crate::state::View::Competition,
    data_parts,
    on_select: super::selects_nothing,
};

/// The ESI reads the WITS groups, or the OEC's HS sections when the reader switches to them.
fn data_parts(state: &AppState) -> Vec<DataPart> {
    match state.esi_classification {
        Classification::HsSection => vec![DataPart::OecSections],
        _ => vec![DataPart::WitsGroups],
    }
}

pub fn build(ds: &Dataset, state: &AppState) -> ViewModel {
    let t = texts(state);
    let own = CompetitionTexts::of(state.locale);
    let classification = state.esi_classification;
    let source = source_of(classification);

    // 1. Years of the chosen classification.
    let years = ds.years(source, classification);
    let year = clamp_year(state.year, &years);

    // 2. ESI per pair and year: the three pairs, and the reader's own country with each of the
    // three when one is chosen (its WITS file has the 16 groups only).
    let by_pair: Vec<Vec<Option<f64>>> =
        FOCUS_DUOS.iter().map(|&(a, b)| years.iter().map(|&y| esi(ds, classification, a, b, y)).collect()).collect();
    let reader_country = own_country(ds, state);
    let own_pairs: Vec<(Iso3, Iso3, Vec<Option<f64>>)> = reader_country
        .iter()
        .flat_map(|&reader| FOCUS_COUNTRIES.map(|c| (reader, c)))
        .map(|(reader, c)| (reader, c, years.iter().map(|&y| esi(ds, classification, reader, c, y)).collect()))
        .collect();

    // 3. Panels.
    let lines = lines_panel(ds, state, &years, &by_pair, &own_pairs);
    let stacked = stacked_panel(ds, state, year, reader_country);

    // 4. Takeaway: each pair's first and last value.
    let takeaway = takeaway(state, &years, &by_pair);
    let (source_text, method) = method(state, &years);
    ViewModel {
        view: View::Competition,
        title: own.esi_title.to_string(),
        takeaway,
        year,
        panels: vec![lines, stacked],
        method,
        source: format!("{source_text} · {}", t.computed_in_browser),
        years,
    }
}

/// How each of the three pairs' ESI moved from its first to its last year (`by_pair` in
/// `FOCUS_DUOS` order, by year).
fn takeaway(state: &AppState, years: &[Year], by_pair: &[Vec<Option<f64>>]) -> String {
    let own = CompetitionTexts::of(state.locale);
    let (t, locale) = (texts(state), state.locale);
    let trends: Vec<String> = FOCUS_DUOS
        .iter()
        .zip(by_pair)
        .filter_map(|(&(a, b), values)| {
            let first = values.iter().position(Option::is_some)?;
            let last = values.iter().rposition(Option::is_some)?;
            (first != last).then(|| {
                fill(
                    own.esi_trend,
                    &[
                        ("pair", &duo_label(locale, a, b)),
                        ("from", &locale.number(values[first].unwrap_or_default(), 1)),
                        ("to", &locale.number(values[last].unwrap_or_default(), 1)),
                        ("first", &years[first].to_string()),
                        ("last", &years[last].to_string()),
                    ],
                )
            })
        })
        .collect();
    if trends.is_empty() {
        t.no_data.to_string()
    } else {
        fill(own.esi_takeaway, &[("trends", &join_list(t, &trends))])
    }
}

/// The method note for the chosen classification, with the name of its source.
fn method(state: &AppState, years: &[Year]) -> (&'static str, Method) {
    let own = CompetitionTexts::of(state.locale);
    let t = texts(state);
    let (classification_text, source_text, caveats) = match state.esi_classification {
        Classification::HsSection => (
            t.oec_classification,
            t.oec_source,
            vec![
                t.oec_caveat_rounding.to_string(),
                t.oec_caveat_absent_zero.to_string(),
                t.oec_caveat_baci.to_string(),
            ],
        ),
        _ => (
            t.wits_classification,
            t.wits_source,
            vec![t.wits_caveat_coverage.to_string(), own.wits_caveat_groups_zero.to_string()],
        ),
    };
    let method = Method {
        in_words: own.esi_words.to_string(),
        formulas: vec![own.esi_formula.to_string()],
        symbols: vec![own.esi_symbols.to_string()],
        classification: classification_text.to_string(),
        years: span(years),
        caveats,
    };
    (source_text, method)
}

/// The reader's own country chosen for comparison, when it is loaded and the view is on WITS groups.
fn own_country(ds: &Dataset, state: &AppState) -> Option<Iso3> {
    state
        .esi_own_country
        .filter(|c| ds.user_country(*c).is_some() && state.esi_classification == Classification::Wits16)
}

fn lines_panel(
    ds: &Dataset,
    state: &AppState,
    years: &[Year],
    by_pair: &[Vec<Option<f64>>],
    own_pairs: &[(Iso3, Iso3, Vec<Option<f64>>)],
) -> Panel {
    let own = CompetitionTexts::of(state.locale);
    let lines = FOCUS_DUOS
        .iter()
        .zip(by_pair)
        .map(|(&(a, b), values)| {
            let mut line = LineInput::pair(a, b, format!("{a}-{b}"), duo_label(state.locale, a, b), values.clone());
            line.why = Some(WhyKey::series(WhyIndex::Esi, WhySubject::Pair(a, b)));
            line
        })
        .chain(own_pairs.iter().enumerate().map(|(n, (reader, c, values))| {
            // The reader's country in grey, one dash and marker per partner.
            let label = format!("{}–{}", country_name(ds, state.locale, *reader), state.locale.country(*c));
            LineInput {
                why: Some(WhyKey::series(WhyIndex::Esi, WhySubject::Pair(*reader, *c))),
                id: format!("own-{c}"),
                label,
                legend_label: None,
                color: palette::OWN_DATA,
                dashed: n > 0,
                marker: country_marker(n),
                values: values.clone(),
                emphasized: false,
                toggleable: true,
            }
        }))
        .collect();
    line_panel(
        state,
        LinePanelSpec {
            key: LINES,
            title: fill_span(own.esi_lines_title, years),
            description: own.esi_lines_description.to_string(),
            years,
            periods_per_year: 1,
            lines,
            y_label: own.esi_axis,
            y_domain: YDomain::Auto { include_zero: false },
            reference: None,
            decimals: 2,
            notes: Vec::new(),
        },
    )
}

/// The stacked bars' table: each product's exports (US$ bn) and share of each country's total.
fn stacked_table(state: &AppState, year_text: &str, names: &[String], bars: &[StackedBar]) -> DataTable {
    let (locale, t, own) = (state.locale, texts(state), CompetitionTexts::of(state.locale));
    let mut table = DataTable {
        caption: fill(own.esi_stacked_title, &[("year", year_text)]),
        columns: std::iter::once(t.product_column.to_string())
            .chain(bars.iter().map(|b| format!("{} ({})", b.label, own.usd_bn)))
            .chain(bars.iter().map(|b| format!("{} (%)", b.label)))
            .collect(),
        rows: Vec::new(),
        cell_why: Vec::new(),
    };
    let totals: Vec<Option<f64>> = bars.iter().map(|b| b.values.iter().copied().sum::<Option<f64>>()).collect();
    for (k, name) in names.iter().enumerate() {
        let mut row = vec![name.clone()];
        row.extend(bars.iter().map(|b| cell(locale, b.values[k], locale.usd_decimals(2))));
        row.extend(bars.iter().zip(&totals).map(|(b, total)| match (b.values[k], total) {
            (Some(v), Some(total)) if *total > 0.0 => locale.number(100.0 * v / total, 2),
            _ => t.no_data.to_string(),
        }));
        table.rows.push(row);
    }
    table
}

fn stacked_panel(ds: &Dataset, state: &AppState, year: Option<Year>, reader_country: Option<Iso3>) -> Panel {
    let (locale, classification) = (state.locale, state.esi_classification);
    let (t, own) = (texts(state), CompetitionTexts::of(locale));
    let year_text = year.map(|y| y.to_string()).unwrap_or_default();
    let names = product_names(locale, classification);
    let colors = product_colors(classification);
    let values_of = |country: Iso3| -> Vec<Option<f64>> {
        let key = year.map(|year| SeriesKey {
            source: source_of(classification),
            classification,
            flow: Flow::Export,
            reporter: country,
            partner: Iso3::WORLD,
            year,
        });
        match key.and_then(|k| ds.product_values(&k)) {
            Some(values) => values.iter().map(|v| v.map(|v| v.usd / locale.usd_per_unit())).collect(),
            None => vec![None; classification.product_count()],
        }
    };
    let countries: Vec<Iso3> = FOCUS_COUNTRIES.iter().copied().chain(reader_country).collect();
    let bars: Vec<StackedBar> = countries
        .iter()
        .map(|&c| {
            let values = values_of(c);
            // A bar splits into shares only when every segment has a value.
            let complete: Option<Vec<f64>> = values.iter().copied().collect();
            StackedBar {
                label: country_name(ds, locale, c),
                color: if c.is_user_assigned() { palette::OWN_DATA } else { palette::country_color(c, 0) },
                shares: complete.and_then(|v| crate::indices::shares(&v)),
                values,
                missing_note: own.esi_incomplete.to_string(),
            }
        })
        .collect();
    let table = stacked_table(state, &year_text, &names, &bars);
    Panel {
        key: STACKED,
        title: fill(own.esi_stacked_title, &[("year", &year_text)]),
        chart: Some(ChartSpec::StackedShares(StackedShares {
            bars,
            segment_labels: names,
            segment_ids: (0..classification.product_count()).map(|k| classification.product_code(k)).collect(),
            segment_colors: colors,
            value_format: ValueFormat {
                numbers: locale.numbers(),
                decimals: locale.usd_decimals(1),
                prefix: t.usd_prefix.into(),
                suffix: t.usd_suffix.into(),
            },
            share_label: own.esi_share_label.to_string(),
            value_label: own.esi_exports_label.to_string(),
            no_data_message: fill(t.no_data_for_year, &[("year", &year_text)]),
        })),
        description: fill(own.esi_stacked_description, &[("year", &year_text)]),
        legend: Vec::new(),
        cards: Vec::new(),
        table,
        notes: Vec::new(),
        hint: None,
    }
}

/// Which panel a value's working opens under.
pub fn working_panel(key: WhyKey, _state: &AppState) -> Option<&'static str> {
    matches!((key.index, key.subject), (WhyIndex::Esi, WhySubject::Pair(..))).then_some(LINES)
}

/// The working of the state's open ESI value, under the lines.
pub fn working(ds: &Dataset, state: &AppState) -> Option<Working> {
    let t = texts(state);
    let classification = state.esi_classification;
    let (source_text, _) = method(state, &[]);
    let ctx = working::context(ds, state, working_panel, format!("{source_text} · {}", t.computed_in_browser))?;
    let WhySubject::Pair(a, b) = ctx.key.subject else { return None };
    let sides = OverlapSides { classification, first: (a, Flow::Export), second: (b, Flow::Export) };
    let terms = crate::indices::esi::working(ds, classification, a, b, ctx.key.year);
    Some(working::overlap(&ctx, &sides, terms))
}

