//! View "Value chains" (WIOD 2013, 1995-2011): how much of the goods each of the three ships to
//! another are inputs for the importer's industries rather than goods for its final demand, over
//! time for the six directions and by industry for the chosen direction and year.

pub mod texts;

/// This view's own texts, by the name the list of views uses to write and check translation files.
pub use self::texts::ChainsTexts as OwnTexts;

pub use super::flow_controls as controls;

use self::texts::ChainsTexts;
use super::line_panel::{line_panel, LineInput, LinePanelSpec};
use super::{clamp_year, distinct_years, fill_span, pair_label, span, texts, DataTable, Method, Panel, ViewModel};
use super::{focus_pairs, series_id};
use crate::charts::bars::{BarChart, SimpleBar};
use crate::charts::line::YDomain;
use crate::charts::palette;
use crate::charts::ChartSpec;
use crate::data::parts::DataPart;
use crate::data::wiod::{WiodFlow, GOODS_INDUSTRY_COUNT};
use crate::data::{Dataset, Iso3, Year};
use crate::i18n::fill;
use crate::i18n::TextGroup;
use crate::indices::value_chain::intermediate_share_percent;
use crate::state::{AppState, View, WhyIndex, WhyKey, WhySubject};
use crate::views::working::{self, Working};

pub const LINES: &str = "chains-lines";
pub const INDUSTRIES: &str = "chains-industries";

/// US dollars in a million, WIOD's unit.
const USD_PER_MUSD: f64 = 1e6;

/// This view in the registry (`views::REGISTRY`).
pub const UNIT: super::ViewUnit = super::ViewUnit {
    view: crate::state::View::ValueChains,
    data_parts: |_| vec![DataPart::ValueChains],
    on_select: super::selects_nothing,
};

pub fn build(ds: &Dataset, state: &AppState) -> ViewModel {
    let own = ChainsTexts::of(state.locale);
    let t = texts(state);
    let flows = ds.value_chains();

    // 1. Years: the WIOD tables.
    let years = distinct_years(flows.iter().map(|f| f.year));
    let year = clamp_year(state.year, &years);

    // 2. The goods' intermediate share of every direction and year.
    let pairs = focus_pairs();
    let shares: Vec<Vec<Option<f64>>> = pairs
        .iter()
        .map(|&(e, i)| years.iter().map(|&y| intermediate_share_percent(flows, e, i, y, None)).collect())
        .collect();

    // 3. Panels.
    let lines = lines_panel(state, &years, &pairs, &shares);
    let industries = industries_panel(state, flows, year);

    // 4. Takeaway: the chosen direction, and the range over the six, in the year shown.
    let takeaway = year.and_then(|year| takeaway(state, &years, year, &pairs, &shares));

    ViewModel {
        view: View::ValueChains,
        title: own.chains_title.to_string(),
        takeaway: takeaway
            .unwrap_or_else(|| fill(t.no_data_for_year, &[("year", &year.map(|y| y.to_string()).unwrap_or_default())])),
        year,
        panels: vec![lines, industries],
        method: Method {
            in_words: own.chains_words.to_string(),
            formulas: vec![own.chains_formula.to_string()],
            symbols: vec![own.chains_symbols.to_string()],
            classification: own.chains_classification.to_string(),
            years: span(&years),
            caveats: vec![own.chains_caveat_estimated.to_string(), own.chains_caveat_prices.to_string()],
        },
        source: format!("{} · {}", own.wiod_source, t.computed_in_browser),
        years,
    }
}

/// The intermediate share of every direction over the years (`shares` by pair, then year), the
/// chosen direction emphasized.
fn lines_panel(state: &AppState, years: &[Year], pairs: &[(Iso3, Iso3)], shares: &[Vec<Option<f64>>]) -> Panel {
    let own = ChainsTexts::of(state.locale);
    let locale = state.locale;
    let lines = pairs
        .iter()
        .zip(shares)
        .map(|(&(e, i), values)| {
            let mut line = LineInput::pair(e, i, series_id(e, i), pair_label(locale, e, i), values.clone());
            line.emphasized = (e, i) == state.bilateral_flow;
            line.why = Some(WhyKey::series(WhyIndex::Intermediate, WhySubject::Pair(e, i)));
            line
        })
        .collect();
    line_panel(
        state,
        LinePanelSpec {
            key: LINES,
            title: fill_span(own.chains_lines_title, years),
            description: own.chains_lines_description.to_string(),
            years,
            periods_per_year: 1,
            lines,
            y_label: own.chains_axis,
            y_domain: YDomain::Fixed(0.0, 100.0),
            reference: None,
            decimals: 1,
            notes: Vec::new(),
        },
    )
}

/// The chosen direction's share in `year`, with the lowest and highest of the six.
fn takeaway(
    state: &AppState,
    years: &[Year],
    year: Year,
    pairs: &[(Iso3, Iso3)],
    shares: &[Vec<Option<f64>>],
) -> Option<String> {
    let own = ChainsTexts::of(state.locale);
    let locale = state.locale;
    let (exporter, importer) = state.bilateral_flow;
    let y = years.iter().position(|v| *v == year)?;
    let flow_index = pairs.iter().position(|p| *p == (exporter, importer))?;
    let ranked: Vec<(usize, f64)> = (0..pairs.len()).filter_map(|n| Some((n, shares[n][y]?))).collect();
    let low = ranked.iter().min_by(|a, b| a.1.total_cmp(&b.1))?;
    let high = ranked.iter().max_by(|a, b| a.1.total_cmp(&b.1))?;
    Some(fill(
        own.chains_takeaway,
        &[
            ("year", &year.to_string()),
            ("flow", &pair_label(locale, exporter, importer)),
            ("share", &locale.number(shares[flow_index][y]?, 1)),
            ("low", &locale.number(low.1, 1)),
            ("low_flow", &pair_label(locale, pairs[low.0].0, pairs[low.0].1)),
            ("high", &locale.number(high.1, 1)),
            ("high_flow", &pair_label(locale, pairs[high.0].0, pairs[high.0].1)),
        ],
    ))
}

/// One goods industry's flow in the chosen direction and year.
struct IndustryFlow {
    industry: usize,
    intermediate_musd: u64,
    final_musd: u64,
    share_percent: f64,
}

/// Each goods industry's flows and intermediate share in one direction and year, highest share
/// first; industries without trade are left out.
fn industry_rows(flows: &[WiodFlow], (exporter, importer): (Iso3, Iso3), year: Option<Year>) -> Vec<IndustryFlow> {
    let mut rows: Vec<IndustryFlow> = flows
        .iter()
        .filter(|f| Some(f.year) == year && (f.exporter, f.importer) == (exporter, importer))
        .filter(|f| f.industry < GOODS_INDUSTRY_COUNT)
        .filter_map(|f| {
            Some(IndustryFlow {
                industry: f.industry,
                intermediate_musd: f.intermediate_musd,
                final_musd: f.final_musd,
                share_percent: intermediate_share_percent(flows, exporter, importer, f.year, Some(f.industry))?,
            })
        })
        .collect();
    crate::order::sort_by(&mut rows, |a, b| {
        b.share_percent.total_cmp(&a.share_percent).then(a.industry.cmp(&b.industry))
    });
    rows
}

/// The intermediate share of each goods industry's exports in the chosen direction and year.
fn industries_panel(state: &AppState, flows: &[WiodFlow], year: Option<Year>) -> Panel {
    let own = ChainsTexts::of(state.locale);
    let t = texts(state);
    let locale = state.locale;
    let (exporter, importer) = state.bilateral_flow;
    let flow = pair_label(locale, exporter, importer);
    let year_text = year.map(|y| y.to_string()).unwrap_or_default();
    let rows = industry_rows(flows, (exporter, importer), year);
    let color = palette::focus_country_color(exporter).unwrap_or(palette::OTHERS[0]);
    let label = |industry: usize| super::industry_label(locale, industry);
    let why = |industry: usize| {
        let subject = WhySubject::PairProduct(exporter, importer, industry);
        year.map(|year| WhyKey { index: WhyIndex::Intermediate, subject, year }.to_string())
    };
    let usd = |musd: u64| locale.usd(musd as f64 * USD_PER_MUSD, 2);
    let in_unit = |musd: u64| locale.number(musd as f64 * USD_PER_MUSD / locale.usd_per_unit(), locale.usd_decimals(2));
    let bars = rows
        .iter()
        .map(|r| SimpleBar {
            label: label(r.industry),
            value: r.share_percent,
            color,
            value_text: locale.percent(r.share_percent, 1),
            note: Some(fill(
                own.chains_bar_note,
                &[("intermediate", &usd(r.intermediate_musd)), ("final", &usd(r.final_musd))],
            )),
            why: why(r.industry),
            id: crate::data::Classification::Wiod35.product_code(r.industry),
        })
        .collect();
    let title = fill(own.chains_industries_title, &[("flow", &flow), ("year", &year_text)]);
    Panel {
        key: INDUSTRIES,
        title: title.clone(),
        chart: Some(ChartSpec::Bars(BarChart {
            bars,
            unit_label: own.chains_axis.to_string(),
            no_data_message: fill(t.no_data_for_year, &[("year", &year_text)]),
            pin: None,
        })),
        description: fill(own.chains_industries_description, &[("flow", &flow), ("year", &year_text)]),
        legend: Vec::new(),
        cards: Vec::new(),
        table: DataTable {
            caption: title,
            columns: vec![
                own.industry_column.to_string(),
                own.chains_intermediate_column.to_string(),
                own.chains_final_column.to_string(),
                own.chains_axis.to_string(),
            ],
            rows: rows
                .iter()
                .map(|r| {
                    vec![
                        label(r.industry),
                        in_unit(r.intermediate_musd),
                        in_unit(r.final_musd),
                        locale.number(r.share_percent, 1),
                    ]
                })
                .collect(),
            // The share is the table's fourth column.
            cell_why: rows.iter().map(|r| vec![None, None, None, why(r.industry)]).collect(),
        },
        notes: vec![own.chains_caveat_estimated.to_string()],
        hint: None,
    }
}

/// Which panel a value's working opens under.
pub fn working_panel(key: WhyKey, _state: &AppState) -> Option<&'static str> {
    match (key.index, key.subject) {
        (WhyIndex::Intermediate, WhySubject::Pair(..)) => Some(LINES),
        (WhyIndex::Intermediate, WhySubject::PairProduct(..)) => Some(INDUSTRIES),
        _ => None,
    }
}

/// The working of the state's open intermediate share of goods, under the lines.
pub fn working(ds: &Dataset, state: &AppState) -> Option<Working> {
    let (t, own) = (texts(state), ChainsTexts::of(state.locale));
    let source = format!("{} · {}", own.wiod_source, t.computed_in_browser);
    let ctx = working::context(ds, state, working_panel, source)?;
    let (exporter, importer, industry) = match ctx.key.subject {
        WhySubject::Pair(exporter, importer) => (exporter, importer, None),
        WhySubject::PairProduct(exporter, importer, industry) => (exporter, importer, Some(industry)),
        _ => return None,
    };
    let terms =
        crate::indices::value_chain::intermediate_working(ds.value_chains(), exporter, importer, ctx.key.year, industry);
    Some(working::intermediate(&ctx, &terms))
}
