//! View 2, comparative advantage: the RCA heatmap (16 WITS groups x China, Japan, Korea and any
//! added RCEP members) for the selected year, and the selected group's RCA over time.

pub mod controls;
pub mod texts;

/// This view's own texts, by the name the list of views uses to write and check translation files.
pub use self::texts::AdvantageTexts as OwnTexts;

pub use self::controls::controls;

use self::texts::AdvantageTexts;
use super::line_panel::{line_panel, LineInput, LinePanelSpec};
use super::{
    clamp_year, count_takeaway, country_marker, country_name, span, texts, DataTable, Method, Panel, ViewModel,
};
use crate::charts::heatmap::{Cell, ColorScale, Heatmap};
use crate::charts::line::YDomain;
use crate::charts::palette::country_color;
use crate::charts::{ChartSpec, HitTarget, ValueFormat};
use crate::data::parts::DataPart;
use crate::data::{Classification, Dataset, Iso3, Source, WitsGroup, Year, FOCUS_COUNTRIES, RCEP_MEMBERS, WITS_GROUPS};
use crate::i18n::TextGroup;
use crate::i18n::{fill, Locale};
use crate::indices::rca::{rca, rsca_of};
use crate::state::{Action, AppState, View, WhyIndex, WhyKey, WhySubject};
use crate::views::working::{self, Working};

pub const HEATMAP: &str = "rca-heatmap";
pub const LINES: &str = "rca-lines";
const CLASSIFICATION: Classification = Classification::Wits16;

/// The colour of each country of the view: fixed for the three, in order for the others.
fn colors(countries: &[Iso3]) -> Vec<crate::charts::palette::Rgb> {
    let mut others = 0;
    countries
        .iter()
        .map(|&c| {
            if FOCUS_COUNTRIES.contains(&c) {
                country_color(c, 0)
            } else {
                others += 1;
                country_color(c, others - 1)
            }
        })
        .collect()
}

/// A country the reader can add to the view.
#[derive(Clone, Debug, PartialEq)]
pub struct AddableCountry {
    pub code: Iso3,
    pub name: String,
    /// Whether the data hold its WITS exports by group (Laos has no WITS file).
    pub has_data: bool,
}

/// RCEP members and the reader's own countries not yet shown, and whether there are data for them.
pub fn addable_countries(ds: &Dataset, state: &AppState) -> Vec<AddableCountry> {
    let with_data = ds.reporters(Source::Wits, CLASSIFICATION);
    let shown = state.rca_countries();
    let own = ds.user_countries().iter().map(|c| c.code);
    RCEP_MEMBERS
        .into_iter()
        .chain(own)
        .filter(|c| !shown.contains(c))
        .map(|code| AddableCountry {
            code,
            name: country_name(ds, state.locale, code),
            has_data: with_data.contains(&code),
        })
        .collect()
}

/// This view in the registry (`views::REGISTRY`).
pub const UNIT: super::ViewUnit = super::ViewUnit {
    view: crate::state::View::Advantage,
    data_parts: |_| vec![DataPart::WitsGroups],
    on_select,
};

pub fn build(ds: &Dataset, state: &AppState) -> ViewModel {
    let own = AdvantageTexts::of(state.locale);
    let t = texts(state);
    let locale = state.locale;

    // 1. Years: WITS groups.
    let years = ds.years(Source::Wits, CLASSIFICATION);
    let year = clamp_year(state.year, &years);
    let countries = state.rca_countries();
    let colors = colors(&countries);
    let product = state.rca_product.index();

    // 2. RCA of every product for every country and year.
    let by_country: Vec<Vec<Option<Vec<Option<f64>>>>> =
        countries.iter().map(|&c| years.iter().map(|&y| rca(ds, CLASSIFICATION, c, y)).collect()).collect();
    let year_index = year.and_then(|y| years.iter().position(|x| *x == y));
    let in_year = |n: usize| year_index.and_then(|i| by_country[n][i].clone());
    let product_series: Vec<Vec<Option<f64>>> = by_country
        .iter()
        .map(|per_year| per_year.iter().map(|v| v.as_ref().and_then(|v| v[product])).collect())
        .collect();

    // 3. Panels.
    let names: Vec<String> = countries.iter().map(|c| country_name(ds, locale, *c)).collect();
    let heatmap =
        heatmap_panel(state, year, &countries, &names, &(0..countries.len()).map(in_year).collect::<Vec<_>>());
    let lines = lines_panel(state, &years, &countries, &names, &colors, &product_series, product);

    // 4. Takeaway: how many groups each of the three has an advantage in, and the gradient.
    let counts: Vec<(Iso3, Option<usize>)> = FOCUS_COUNTRIES
        .iter()
        .enumerate()
        .map(|(n, &c)| (c, in_year(n).map(|values| values.iter().flatten().filter(|v| **v > 1.0).count())))
        .collect();
    let mut takeaway = count_takeaway(locale, year, &counts, own.rca_takeaway, own.rca_count_first, own.rca_count_next);
    if let Some(gradient) = gradient_sentence(locale, &years, &product_series, product) {
        takeaway.push(' ');
        takeaway.push_str(&gradient);
    }

    ViewModel {
        view: View::Advantage,
        title: own.rca_title.to_string(),
        takeaway,
        year,
        panels: vec![heatmap, lines],
        method: method(ds, locale, &years),
        source: format!("{} · {}", t.wits_source, t.computed_in_browser),
        years,
    }
}

/// China's RCA in the product at the first and last year both China and Japan have, and the gap.
fn gradient_sentence(
    locale: Locale,
    years: &[Year],
    product_series: &[Vec<Option<f64>>],
    product: usize,
) -> Option<String> {
    let (china, japan) = (&product_series[0], &product_series[1]);
    let both: Vec<usize> = (0..years.len()).filter(|&i| china[i].is_some() && japan[i].is_some()).collect();
    let (&first, &last) = (both.first()?, both.last()?);
    if first == last {
        return None;
    }
    let gap = |i: usize| Some(japan[i]? - china[i]?);
    Some(fill(
        AdvantageTexts::of(locale).rca_gradient,
        &[
            ("product", locale.wits_group(product)),
            ("first", &years[first].to_string()),
            ("last", &years[last].to_string()),
            ("china_first", &locale.number(china[first]?, 2)),
            ("china_last", &locale.number(china[last]?, 2)),
            ("gap_first", &locale.signed(gap(first)?, 2)),
            ("gap_last", &locale.signed(gap(last)?, 2)),
        ],
    ))
}

fn heatmap_panel(
    state: &AppState,
    year: Option<Year>,
    countries: &[Iso3],
    names: &[String],
    values: &[Option<Vec<Option<f64>>>],
) -> Panel {
    let own = AdvantageTexts::of(state.locale);
    let t = texts(state);
    let locale = state.locale;
    let year_text = year.map(|y| y.to_string()).unwrap_or_default();
    let products: Vec<String> = (0..WITS_GROUPS.len()).map(|k| locale.wits_group(k).to_string()).collect();
    let no_data = fill(t.no_data_for_year, &[("year", &year_text)]);
    let cells: Vec<Vec<Cell>> = (0..WITS_GROUPS.len())
        .map(|k| {
            values
                .iter()
                .map(|v| match v.as_ref().and_then(|v| v[k]) {
                    Some(rca) => Cell::Value { value: rca, secondary: rsca_of(rca) },
                    None => Cell::Missing(no_data.clone()),
                })
                .collect()
        })
        .collect();
    let mut table = DataTable {
        caption: fill(own.rca_heatmap_title, &[("year", &year_text)]),
        columns: std::iter::once(t.product_column.to_string()).chain(names.iter().cloned()).collect(),
        rows: Vec::new(),
        cell_why: Vec::new(),
    };
    let cell_why = cell_working_keys(&cells, countries, year);
    table.cell_why = super::working::table_keys(&cell_why);
    for (k, row) in cells.iter().enumerate() {
        let mut out = vec![products[k].clone()];
        out.extend(row.iter().map(|c| match c {
            Cell::Value { value: v, .. } => locale.number(*v, 3),
            _ => t.no_data.to_string(),
        }));
        table.rows.push(out);
    }
    let row_ids = WitsGroup::all().map(|g| g.index().to_string()).collect();
    let col_ids = countries.iter().map(|c| c.to_string()).collect();
    let heatmap = Heatmap {
        highlight: crate::views::editorial::heatmap_highlight(state, HEATMAP, row_ids, col_ids),
        row_labels: products.clone(),
        row_short_labels: products,
        col_labels: names.to_vec(),
        col_short_labels: countries.iter().map(|c| c.as_str().to_string()).collect(),
        row_emphasis: WitsGroup::all().map(|g| g == state.rca_product).collect(),
        col_emphasis: countries.iter().map(|c| FOCUS_COUNTRIES.contains(c)).collect(),
        cells,
        scale: ColorScale::DivergingAroundOne,
        value_format: ValueFormat::plain(locale.numbers(), 3),
        cell_decimals: 2,
        value_label: "RCA".to_string(),
        secondary_label: Some("RSCA".to_string()),
        title_joiner: " · ".to_string(),
        row_axis_title: own.rca_product_axis.to_string(),
        col_axis_title: own.rca_country_axis.to_string(),
        legend_low: own.rca_legend_low.to_string(),
        legend_high: own.rca_legend_high.to_string(),
        not_applicable_note: String::new(),
        selected: None,
        selectable: true,
        no_data_message: no_data,
        cell_why,
    };
    Panel {
        key: HEATMAP,
        title: fill(own.rca_heatmap_title, &[("year", &year_text)]),
        chart: Some(ChartSpec::Heatmap(heatmap)),
        description: fill(own.rca_heatmap_description, &[("year", &year_text)]),
        legend: Vec::new(),
        cards: Vec::new(),
        table,
        notes: Vec::new(),
        hint: Some(own.rca_select_hint.to_string()),
    }
}

fn lines_panel(
    state: &AppState,
    years: &[Year],
    countries: &[Iso3],
    names: &[String],
    colors: &[crate::charts::palette::Rgb],
    product_series: &[Vec<Option<f64>>],
    product: usize,
) -> Panel {
    let own = AdvantageTexts::of(state.locale);
    let locale = state.locale;
    let product_name = locale.wits_group(product);
    let lines = countries
        .iter()
        .enumerate()
        .map(|(n, &country)| LineInput {
            why: WitsGroup::new(product)
                .map(|group| WhyKey::series(WhyIndex::Rca, WhySubject::CountryProduct(country, group.index()))),
            id: country.as_str().to_string(),
            label: names[n].clone(),
            legend_label: None,
            color: colors[n],
            dashed: false,
            marker: country_marker(n),
            values: product_series[n].clone(),
            emphasized: FOCUS_COUNTRIES.contains(&country),
            toggleable: true,
        })
        .collect();
    line_panel(
        state,
        LinePanelSpec {
            key: LINES,
            title: fill(own.rca_lines_title, &[("product", product_name)]),
            description: fill(own.rca_lines_description, &[("product", product_name)]),
            years,
            periods_per_year: 1,
            lines,
            y_label: own.rca_axis,
            y_domain: YDomain::Auto { include_zero: true },
            reference: Some((1.0, own.rca_reference.to_string())),
            decimals: 3,
            notes: Vec::new(),
        },
    )
}

/// Each heatmap value's working key (rows are groups, columns countries), for the cell's
/// tooltip and its table cell.
fn cell_working_keys(cells: &[Vec<Cell>], countries: &[Iso3], year: Option<Year>) -> Vec<Vec<Option<String>>> {
    WitsGroup::all()
        .zip(cells)
        .map(|(group, row)| {
            countries
                .iter()
                .zip(row)
                .map(|(&country, cell)| match (cell, year) {
                    (Cell::Value { .. }, Some(year)) => {
                        let subject = WhySubject::CountryProduct(country, group.index());
                        Some(WhyKey { index: WhyIndex::Rca, subject, year }.to_string())
                    }
                    _ => None,
                })
                .collect()
        })
        .collect()
}

/// The countries and years whose WITS file leaves out some groups, with those groups:
/// "Brunei 1992 (Animal, Fuels)".
fn unlisted_groups(ds: &Dataset, locale: Locale, years: &[Year]) -> String {
    let mut cases = Vec::new();
    for country in RCEP_MEMBERS {
        for &year in years {
            let unlisted = crate::indices::rca::unlisted_products(ds, CLASSIFICATION, country, year);
            if !unlisted.is_empty() {
                let groups: Vec<&str> = unlisted.iter().map(|k| locale.wits_group(*k)).collect();
                cases.push(format!("{} {year} ({})", locale.country(country), groups.join(", ")));
            }
        }
    }
    cases.join("; ")
}

fn method(ds: &Dataset, locale: Locale, years: &[Year]) -> Method {
    let own = AdvantageTexts::of(locale);
    let t = locale.texts();
    Method {
        in_words: own.rca_words.to_string(),
        formulas: vec![own.rca_formula.to_string(), "RSCAᵢₖ = (RCAᵢₖ − 1) / (RCAᵢₖ + 1)".to_string()],
        symbols: vec![own.rca_symbols.to_string()],
        classification: t.wits_classification.to_string(),
        years: span(years),
        caveats: vec![
            own.rca_caveat_world.to_string(),
            t.wits_caveat_coverage.to_string(),
            fill(own.wits_caveat_groups, &[("cases", &unlisted_groups(ds, locale, years))]),
        ],
    }
}

/// An RCA value's working opens under the lines when they show its product group, else under
/// the heatmap.
pub fn working_panel(key: WhyKey, state: &AppState) -> Option<&'static str> {
    match (key.index, key.subject) {
        (WhyIndex::Rca, WhySubject::CountryProduct(_, group)) => {
            Some(if WitsGroup::new(group)? == state.rca_product { LINES } else { HEATMAP })
        }
        _ => None,
    }
}

/// The working of the state's open RCA value.
pub fn working(ds: &Dataset, state: &AppState) -> Option<Working> {
    let t = texts(state);
    let source = format!("{} · {}", t.wits_source, t.computed_in_browser);
    let ctx = working::context(ds, state, working_panel, source)?;
    let (key, WhySubject::CountryProduct(country, group)) = (ctx.key, ctx.key.subject) else { return None };
    let group = WitsGroup::new(group)?;
    let terms = crate::indices::rca::workings(ds, CLASSIFICATION, country, key.year)
        .and_then(|all| all.get(group.index()).copied().flatten());
    Some(working::rca(&ctx, country, group, terms))
}

/// A heatmap cell selects its product group for the line chart.
pub fn on_select(panel: &str, target: HitTarget) -> Option<Action> {
    if panel != HEATMAP {
        return None;
    }
    WitsGroup::new(target.row).map(Action::SelectProduct)
}
