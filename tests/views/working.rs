//! "Why this number?": the working a view opens for each value its charts show. Every key a
//! chart or table carries opens a working of that value; its terms (at full precision, as the
//! CSV has them) recompute the value; the top contributor of South Korea → China 2018 is the one
//! an independent calculation gives; a year the source does not cover says so and shows no value.

use cjk_trade_widget::charts::ChartSpec;
use cjk_trade_widget::data::{embedded, Classification, Flow, Iso3, Source, WitsGroup};
use cjk_trade_widget::i18n::Locale;
use cjk_trade_widget::indices::{esi, iit, rca, tci, tii, tsc};
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
                let key =
                    WhyKey { index: WhyIndex::Rca, subject: WhySubject::CountryProduct(country, group.index()), year };
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
    for view in [
        View::Complementarity,
        View::Advantage,
        View::Competition,
        View::Ties,
        View::Division,
        View::ValueChains,
        View::Between,
    ] {
        let state = AppState::default().apply(Action::ShowView(view));
        let model = views::build(ds, &state);
        let mut keys = Vec::new();
        for panel in &model.panels {
            keys.extend(panel.table.cell_why.iter().flatten().flatten().cloned());
        }
        assert!(!keys.is_empty(), "{view:?} offers workings");
        for key in keys {
            let parsed = WhyKey::parse(&key).unwrap_or_else(|| panic!("{key} is a key"));
            let opened = state.apply(Action::OpenWorking(parsed));
            let w = views::working(ds, &opened).expect("a working");
            assert!(!w.table.rows.is_empty(), "{key} has a value, so its working has terms");
            assert!(model.panels.iter().any(|p| p.key == w.panel), "{key} opens under a panel of its view");
            assert_eq!(views::working_panel(&opened), Some(w.panel), "{key} is placed where it is built");
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
                subject: WhySubject::CountryProduct(Iso3::KOR, WitsGroup::MACHINERY_AND_ELECTRICAL.index()),
                year: 2015,
            },
        ),
        (View::Ties, WhyKey::pair(WhyIndex::Tii, Iso3::JPN, Iso3::CHN, 2015)),
        (
            View::Division,
            WhyKey { index: WhyIndex::Tsc, subject: WhySubject::CountryProduct(Iso3::CHN, 15), year: 2015 },
        ),
        (View::Division, WhyKey { index: WhyIndex::Gl, subject: WhySubject::Country(Iso3::JPN), year: 2015 }),
        (View::ValueChains, WhyKey::pair(WhyIndex::Intermediate, Iso3::KOR, Iso3::CHN, 2011)),
        (View::Between, WhyKey::pair(WhyIndex::Machinery, Iso3::JPN, Iso3::CHN, 2019)),
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

#[test]
fn tsc_and_aggregate_gl_workings_recompute_the_values_of_the_division_view() {
    let ds = embedded().unwrap();
    let mut checked = 0;
    for country in cjk_trade_widget::data::FOCUS_COUNTRIES {
        for year in ds.years(Source::Oec, Classification::HsSection) {
            let values = tsc::tsc(ds, Classification::HsSection, country, year);
            for section in 0..Classification::HsSection.product_count() {
                let key = WhyKey { index: WhyIndex::Tsc, subject: WhySubject::CountryProduct(country, section), year };
                let w = working(View::Division, key);
                match values.as_ref().and_then(|v| v[section]) {
                    Some(value) => {
                        let figures = csv_column(&w, 1);
                        let (x, m) = (figures[0], figures[1]);
                        assert!(((x - m) / (x + m) - value).abs() < TOLERANCE, "{key}");
                        assert!((figures[4] - value).abs() < TOLERANCE, "{key}");
                        checked += 1;
                    }
                    None => assert!(w.table.rows.is_empty(), "{key}"),
                }
            }
            let key = WhyKey { index: WhyIndex::Gl, subject: WhySubject::Country(country), year };
            let w = working(View::Division, key);
            match iit::gl_aggregate(ds, Classification::HsSection, country, year) {
                Some(value) => {
                    let weighted = csv_column(&w, 5);
                    assert!((weighted.iter().sum::<f64>() - value).abs() < TOLERANCE, "{key}");
                    // Each term is weight × GL, and the weights add up to 1.
                    let weights = csv_column(&w, 3);
                    assert!((weights.iter().sum::<f64>() - 1.0).abs() < TOLERANCE, "{key}");
                    // Grubel–Lloyd's aggregate form, independently: 1 − Σ|X − M| / Σ(X + M).
                    let (x, m) = (csv_column(&w, 1), csv_column(&w, 2));
                    let gaps: f64 = x.iter().zip(&m).map(|(x, m)| (x - m).abs()).sum();
                    let trade: f64 = x.iter().zip(&m).map(|(x, m)| x + m).sum();
                    assert!((1.0 - gaps / trade - value).abs() < TOLERANCE, "{key}");
                    checked += 1;
                }
                None => assert!(w.table.rows.is_empty(), "{key}"),
            }
        }
    }
    assert!(checked > 300, "{checked}");
}

#[test]
fn brunei_1992_shows_the_rca_of_its_listed_groups_and_the_method_names_the_unlisted() {
    let ds = embedded().unwrap();
    let brn = Iso3::parse("BRN").unwrap();
    let state = AppState::default()
        .apply(Action::ShowView(View::Advantage))
        .apply(Action::AddCountry(brn))
        .apply(Action::SetYear(1992));
    let model = views::build(ds, &state);
    let heatmap = model.panels.iter().find(|p| p.key == "rca-heatmap").unwrap();
    let Some(ChartSpec::Heatmap(map)) = &heatmap.chart else { panic!("a heatmap") };
    let column = map.col_short_labels.iter().position(|c| c == "BRN").unwrap();
    let unlisted = rca::unlisted_products(ds, Classification::Wits16, brn, 1992);
    let with_value: Vec<usize> = (0..16)
        .filter(|&k| matches!(map.cells[k][column], cjk_trade_widget::charts::heatmap::Cell::Value { .. }))
        .collect();
    assert_eq!(with_value.len() + unlisted.len(), 16);
    assert!(unlisted.iter().all(|k| !with_value.contains(k)));
    let caveat = model
        .method
        .caveats
        .iter()
        .find(|c| c.contains("Brunei 1992 ("))
        .expect("the method names the unlisted groups");
    assert!(caveat.contains(Locale::En.wits_group(unlisted[0])), "{caveat}");
    // A listed group's working divides by Brunei's stated total.
    let key = WhyKey { index: WhyIndex::Rca, subject: WhySubject::CountryProduct(brn, with_value[0]), year: 1992 };
    let w = views::working(ds, &state.apply(Action::OpenWorking(key))).unwrap();
    let stated = ds.total(Source::Wits, Flow::Export, brn, Iso3::WORLD, 1992).unwrap().usd;
    assert_eq!(csv_column(&w, 1)[1], stated);
}

#[test]
fn intermediate_and_machinery_share_workings_give_the_shares_the_lines_show() {
    let ds = embedded().unwrap();
    let mut checked = 0;
    for (e, i) in views::focus_pairs() {
        for year in 1995..=2011 {
            let w = working(View::ValueChains, WhyKey::pair(WhyIndex::Intermediate, e, i, year));
            match cjk_trade_widget::indices::value_chain::intermediate_share_percent(
                ds.value_chains(),
                e,
                i,
                year,
                None,
            ) {
                Some(value) => {
                    let (inputs, finals) = (csv_column(&w, 1), csv_column(&w, 2));
                    let (sum_inputs, sum_final): (f64, f64) = (inputs.iter().sum(), finals.iter().sum());
                    assert_eq!(inputs.len(), 16, "the 16 goods industries are counted");
                    assert!(
                        (100.0 * sum_inputs / (sum_inputs + sum_final) - value).abs() < TOLERANCE,
                        "{e}>{i} {year}"
                    );
                    checked += 1;
                }
                None => assert!(w.table.rows.is_empty()),
            }
        }
        for year in 2010..=2020 {
            let w = working(View::Between, WhyKey::pair(WhyIndex::Machinery, e, i, year));
            match cjk_trade_widget::indices::bilateral::machinery_share_percent(ds, e, i, year) {
                Some(value) => {
                    let figures: Vec<f64> = w.csv_rows[1..].iter().map(|row| row[1].parse().unwrap_or(0.0)).collect();
                    assert!(
                        (100.0 * (figures[0] + figures[1]) / figures[2] - value).abs() < TOLERANCE,
                        "{e}>{i} {year}"
                    );
                    assert!((figures[3] - value).abs() < TOLERANCE);
                    checked += 1;
                }
                None => assert!(w.table.rows.is_empty()),
            }
        }
    }
    assert!(checked > 100, "{checked}");
}

#[test]
fn a_park_cards_rca_and_tsc_open_the_working_of_the_same_value() {
    let ds = embedded().unwrap();
    let mut checked = 0;
    for park in ds.parks() {
        let state = AppState::default()
            .apply(Action::ShowView(View::Parks))
            .apply(Action::SelectPark(Some(park.id().to_string())));
        let Some(card) = views::parks::model(ds, &state).card else { continue };
        for row in &card.trade_rows {
            let values = [row.rca[0], row.rca[1], row.tsc[0], row.tsc[1]];
            for (value, key) in values.iter().zip(&row.why) {
                assert_eq!(value.is_some(), key.is_some(), "{}: a value has a working", park.id());
                let (Some(value), Some(key)) = (value, key) else { continue };
                let mut opened = state.clone();
                for action in views::parks::why_actions(*key) {
                    opened = opened.apply(action);
                }
                let w = views::working(ds, &opened).expect("the card's value has a working");
                let exact = w.csv_rows.last().unwrap()[1].parse::<f64>().unwrap();
                let shown = if key.index == WhyIndex::Rca { csv_column(&w, 1)[6] } else { exact };
                assert!((shown - value).abs() < TOLERANCE * value.abs().max(1.0), "{}: {key}", park.id());
                checked += 1;
            }
        }
    }
    assert!(checked > 20, "{checked}");
}
