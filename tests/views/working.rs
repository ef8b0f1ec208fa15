//! "Why this number?": the working a view opens for each value its charts show. Every key a
//! chart or table carries opens a working of that value; its terms (at full precision, as the
//! CSV has them) recompute the value; the top contributor of South Korea → China 2018 is the one
//! an independent calculation gives; a year the source does not cover says so and shows no value.

use cjk_trade_widget::charts::ChartSpec;
use cjk_trade_widget::data::{embedded, Classification, Flow, Iso3, Source, WitsGroup};
use cjk_trade_widget::i18n::Locale;
use cjk_trade_widget::indices::{esi, rca, tci, tii};
use cjk_trade_widget::state::{Action, AppState, View, WhyIndex, WhyKey, WhySubject};
use cjk_trade_widget::views::{self, Working};

const TOLERANCE: f64 = 1e-9;

fn state_with(view: View, key: WhyKey, locale: Locale) -> AppState {
    AppState::default().apply(Action::ShowView(view)).apply(Action::SetLocale(locale)).apply(Action::OpenWorking(key))
}

fn working(view: View, key: WhyKey) -> Working {
    views::working(embedded().unwrap(), &state_with(view, key, Locale::En))
        .unwrap_or_else(|| panic!("{key} has a working in {view:?}"))
}

/// The CSV's column as numbers (row 0 is the header).
fn csv_column(working: &Working, column: usize) -> Vec<f64> {
    working.csv_rows[1..].iter().map(|row| row[column].parse::<f64>().expect("a full-precision number")).collect()
}

#[test]
fn every_tci_and_esi_working_adds_up_to_the_value_shown() {
    let ds = embedded().unwrap();
    let mut checked = 0;
    for (view, index, classification) in [
        (View::Complementarity, WhyIndex::Tci, Classification::HsSection),
        (View::Competition, WhyIndex::Esi, Classification::Wits16),
    ] {
        let source = cjk_trade_widget::indices::source_of(classification);
        for year in ds.years(source, classification) {
            for (a, b) in views::focus_pairs() {
                let value = match index {
                    WhyIndex::Tci => tci::tci(ds, classification, a, b, year),
                    _ => esi::esi(ds, classification, a, b, year),
                };
                let w = working(view, WhyKey::pair(index, a, b, year));
                let Some(value) = value else {
                    assert!(w.table.rows.is_empty() && w.summary.contains("does not cover"), "{}", w.key);
                    continue;
                };
                let contributions = csv_column(&w, 4);
                assert_eq!(contributions.len(), classification.product_count());
                assert!((contributions.iter().sum::<f64>() - value).abs() < TOLERANCE, "{}", w.key);
                // Largest first, and each is 100 × min of its two shares.
                assert!(contributions.windows(2).all(|p| p[0] >= p[1]), "{}", w.key);
                for (row, contribution) in w.csv_rows[1..].iter().zip(&contributions) {
                    let (x, m): (f64, f64) = (row[1].parse().unwrap(), row[2].parse().unwrap());
                    assert!((100.0 * x.min(m) - contribution).abs() < TOLERANCE);
                }
                assert!(w.title.contains(&cjk_trade_widget::i18n::Locale::En.number(value, 1)), "{}", w.title);
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "{checked}");
}

#[test]
fn the_top_contributor_of_korea_to_china_in_2018_is_machinery() {
    // Independently: Korea's export shares and China's import shares by HS section, from the
    // dataset's world rows, and the product whose min is largest.
    let ds = embedded().unwrap();
    let values = |flow, country| {
        ds.world_values_usd_absent_as_zero(Source::Oec, Classification::HsSection, flow, country, 2018).unwrap().0
    };
    let (exports, imports) = (values(Flow::Export, Iso3::KOR), values(Flow::Import, Iso3::CHN));
    let (export_total, import_total): (f64, f64) = (exports.iter().sum(), imports.iter().sum());
    let top = (0..exports.len())
        .max_by(|a, b| {
            let overlap = |k: usize| (exports[k] / export_total).min(imports[k] / import_total);
            overlap(*a).total_cmp(&overlap(*b))
        })
        .unwrap();
    assert_eq!(top, 15, "HS section XVI, machinery and electrical equipment");

    let w = working(View::Complementarity, WhyKey::pair(WhyIndex::Tci, Iso3::KOR, Iso3::CHN, 2018));
    assert_eq!(w.table.rows[0][0], Locale::En.hs_section(top));
    assert!(
        w.summary.starts_with(&format!("The products that fit most: {}:", Locale::En.hs_section(top))),
        "{}",
        w.summary
    );
    assert!(w.title.starts_with("Why 69.1?"), "{}", w.title);
    match &w.chart {
        Some(ChartSpec::Bars(bars)) => assert_eq!(bars.bars[0].label, Locale::En.hs_section(top)),
        other => panic!("a bar chart of contributions, not {other:?}"),
    }
}

#[test]
fn rca_and_tii_workings_show_the_four_figures_and_their_ratio() {
    let ds = embedded().unwrap();
    for country in cjk_trade_widget::data::FOCUS_COUNTRIES {
        for year in ds.years(Source::Wits, Classification::Wits16) {
            let all = rca::rca(ds, Classification::Wits16, country, year);
            for group in WitsGroup::all() {
                let key = WhyKey { index: WhyIndex::Rca, subject: WhySubject::CountryGroup(country, group), year };
                let w = working(View::Advantage, key);
                match all.as_ref().and_then(|values| values[group.index()]) {
                    Some(value) => {
                        let figures = csv_column(&w, 1);
                        let ratio = (figures[0] / figures[1]) / (figures[2] / figures[3]);
                        assert!((ratio - value).abs() < TOLERANCE * value.max(1.0), "{key}");
                        assert!((figures[6] - value).abs() < TOLERANCE * value.max(1.0), "{key}");
                        assert_eq!(w.table.rows.len(), 8);
                    }
                    None => assert!(w.table.rows.is_empty(), "{key}"),
                }
            }
        }
    }
    for (e, i) in views::focus_pairs() {
        for year in ds.years(Source::Wits, Classification::Total) {
            let w = working(View::Ties, WhyKey::pair(WhyIndex::Tii, e, i, year));
            match tii::tii(ds, e, i, year) {
                Some(value) => {
                    let figures = csv_column(&w, 1);
                    let ratio = (figures[0] / figures[1]) / (figures[2] / figures[3]);
                    assert!((ratio - value).abs() < TOLERANCE, "TII {e}>{i} {year}");
                    assert!((figures[6] - value).abs() < TOLERANCE);
                }
                None => assert!(w.table.rows.is_empty()),
            }
        }
    }
}

#[test]
fn every_key_a_chart_or_table_carries_opens_a_working_of_that_value() {
    let ds = embedded().unwrap();
    for view in [View::Complementarity, View::Advantage, View::Competition, View::Ties] {
        let state = AppState::default().apply(Action::ShowView(view));
        let model = views::build(ds, &state);
        let mut keys = Vec::new();
        for panel in &model.panels {
            keys.extend(panel.table.cell_why.iter().flatten().flatten().cloned());
        }
        assert!(!keys.is_empty(), "{view:?} offers workings");
        for key in keys {
            let parsed = WhyKey::parse(&key).unwrap_or_else(|| panic!("{key} is a key"));
            let w = views::working(ds, &state.apply(Action::OpenWorking(parsed))).expect("a working");
            assert!(!w.table.rows.is_empty(), "{key} has a value, so its working has terms");
            assert!(model.panels.iter().any(|p| p.key == w.panel), "{key} opens under a panel of its view");
        }
    }
}

#[test]
fn a_working_in_another_view_or_an_uncovered_year_shows_no_value() {
    let ds = embedded().unwrap();
    let key = WhyKey::pair(WhyIndex::Tci, Iso3::KOR, Iso3::CHN, 2018);
    assert_eq!(views::working(ds, &state_with(View::Advantage, key, Locale::En)), None);
    let early = WhyKey::pair(WhyIndex::Tci, Iso3::KOR, Iso3::CHN, 1990);
    let w = working(View::Complementarity, early);
    assert!(w.table.rows.is_empty() && w.csv_rows.is_empty());
    assert_eq!(w.title, "Trade complementarity (TCI), South Korea → China, 1990");
}

#[test]
fn workings_read_in_every_language_without_unfilled_placeholders() {
    let ds = embedded().unwrap();
    let keys = [
        (View::Complementarity, WhyKey::pair(WhyIndex::Tci, Iso3::CHN, Iso3::KOR, 2015)),
        (View::Competition, WhyKey::pair(WhyIndex::Esi, Iso3::CHN, Iso3::JPN, 2015)),
        (
            View::Advantage,
            WhyKey {
                index: WhyIndex::Rca,
                subject: WhySubject::CountryGroup(Iso3::KOR, WitsGroup::MACHINERY_AND_ELECTRICAL),
                year: 2015,
            },
        ),
        (View::Ties, WhyKey::pair(WhyIndex::Tii, Iso3::JPN, Iso3::CHN, 2015)),
    ];
    for locale in Locale::ALL {
        for (view, key) in keys {
            let w = views::working(ds, &state_with(view, key, locale)).unwrap();
            for text in
                [&w.title, &w.formula, &w.summary, &w.table.caption].into_iter().chain(w.table.rows.iter().flatten())
            {
                assert!(!text.contains('{') && !text.contains('}'), "{locale:?} {key}: {text}");
            }
        }
    }
}
