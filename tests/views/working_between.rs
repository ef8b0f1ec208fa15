//! "Why this number?" for the values of "Between the three" and the value chains' industries:
//! TCI on HS chapters, bilateral Grubel–Lloyd (over every chapter and in one), bilateral TSC by
//! chapter and one industry's intermediate share. Each working's figures, as its CSV has them
//! at full precision, recompute the value the chart shows.

use cjk_trade_widget::data::{embedded, Classification, Iso3, Source};
use cjk_trade_widget::i18n::Locale;
use cjk_trade_widget::indices::{bilateral, tci, value_chain};
use cjk_trade_widget::state::{Action, AppState, View, WhyIndex, WhyKey, WhySubject};
use cjk_trade_widget::views::{self, Working, FOCUS_DUOS};

const TOLERANCE: f64 = 1e-9;

fn working_in(view: View, key: WhyKey, locale: Locale) -> Working {
    let state = AppState::default()
        .apply(Action::ShowView(view))
        .apply(Action::SetLocale(locale))
        .apply(Action::OpenWorking(key));
    views::working(embedded().unwrap(), &state).unwrap_or_else(|| panic!("{key} has a working in {view:?}"))
}

fn working(view: View, key: WhyKey) -> Working {
    working_in(view, key, Locale::En)
}

/// The CSV's column as numbers (row 0 is the header); an empty cell is `None`.
fn csv_column(working: &Working, column: usize) -> Vec<Option<f64>> {
    working.csv_rows[1..].iter().map(|row| row[column].parse::<f64>().ok()).collect()
}

fn atlas_years() -> Vec<u16> {
    embedded().unwrap().years(Source::Atlas, Classification::Hs2)
}

#[test]
fn tci_on_chapters_adds_up_to_the_line_between_the_three_shows() {
    let ds = embedded().unwrap();
    let mut checked = 0;
    for year in atlas_years() {
        for (e, i) in views::focus_pairs() {
            let w = working(View::Between, WhyKey::pair(WhyIndex::TciChapters, e, i, year));
            let Some(value) = tci::tci(ds, Classification::Hs2, e, i, year) else {
                assert!(w.table.rows.is_empty(), "{}", w.key);
                continue;
            };
            let contributions: Vec<f64> = csv_column(&w, 4).into_iter().flatten().collect();
            assert_eq!(contributions.len(), Classification::Hs2.product_count());
            assert!((contributions.iter().sum::<f64>() - value).abs() < TOLERANCE, "{}", w.key);
            assert_eq!(w.panel, "between-tci");
            checked += 1;
        }
    }
    assert!(checked >= 6 * 10, "{checked}");
}

#[test]
fn bilateral_gl_over_every_chapter_is_the_sum_of_its_weighted_terms() {
    let ds = embedded().unwrap();
    let mut checked = 0;
    for year in atlas_years() {
        for (a, b) in FOCUS_DUOS {
            let key = WhyKey::pair(WhyIndex::BilateralGl, a, b, year);
            let w = working(View::Between, key);
            let Some(value) = bilateral::gl_aggregate(ds, a, b, year) else {
                assert!(w.table.rows.is_empty(), "{key}");
                continue;
            };
            let weighted: f64 = csv_column(&w, 5).into_iter().flatten().sum();
            assert!((weighted - value).abs() < TOLERANCE, "{key}");
            // Independently, Grubel–Lloyd's aggregate form from the terms' flows.
            let (x, m): (Vec<f64>, Vec<f64>) =
                csv_column(&w, 1).into_iter().zip(csv_column(&w, 2)).map(|(x, m)| (x.unwrap(), m.unwrap())).unzip();
            let gaps: f64 = x.iter().zip(&m).map(|(x, m)| (x - m).abs()).sum();
            let trade: f64 = x.iter().zip(&m).map(|(x, m)| x + m).sum();
            assert!((1.0 - gaps / trade - value).abs() < TOLERANCE, "{key}");
            // Every chapter the Atlas lists for the pair is a term, and only those.
            let listed = bilateral::flows(ds, a, b, year).unwrap().iter().flatten().count();
            assert_eq!(w.csv_rows.len() - 1, listed, "{key}");
            assert!(w.chart.is_some(), "{key}: a bar chart of the largest terms");
            checked += 1;
        }
    }
    assert!(checked >= 3 * 10, "{checked}");
}

#[test]
fn a_chapters_gl_and_tsc_between_two_recompute_from_its_two_flows() {
    let ds = embedded().unwrap();
    let mut checked = 0;
    for year in atlas_years() {
        for (first, second) in views::focus_pairs() {
            let (gl, tsc) =
                (bilateral::gl_by_chapter(ds, first, second, year), bilateral::tsc_by_chapter(ds, first, second, year));
            for chapter in 0..Classification::Hs2.product_count() {
                for (index, values) in [(WhyIndex::BilateralGl, &gl), (WhyIndex::BilateralTsc, &tsc)] {
                    let key = WhyKey { index, subject: WhySubject::PairProduct(first, second, chapter), year };
                    let w = working(View::Between, key);
                    let Some(value) = values.as_ref().and_then(|v| v[chapter]) else {
                        assert!(w.table.rows.is_empty(), "{key}");
                        continue;
                    };
                    let figures: Vec<f64> = csv_column(&w, 1).into_iter().flatten().collect();
                    let (x, m) = (figures[0], figures[1]);
                    let recomputed =
                        if index == WhyIndex::BilateralGl { 1.0 - (x - m).abs() / (x + m) } else { (x - m) / (x + m) };
                    assert!((recomputed - value).abs() < TOLERANCE, "{key}");
                    assert!((figures[4] - value).abs() < TOLERANCE, "{key}");
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 1000, "{checked}");
}

#[test]
fn an_industrys_intermediate_share_is_its_inputs_over_all_it_shipped() {
    let ds = embedded().unwrap();
    let mut checked = 0;
    for (e, i) in views::focus_pairs() {
        for year in 1995..=2011 {
            for industry in 0..16 {
                let key =
                    WhyKey { index: WhyIndex::Intermediate, subject: WhySubject::PairProduct(e, i, industry), year };
                let w = working(View::ValueChains, key);
                let value = value_chain::intermediate_share_percent(ds.value_chains(), e, i, year, Some(industry));
                let Some(value) = value else {
                    assert!(w.table.rows.is_empty(), "{key}");
                    continue;
                };
                let (inputs, finals) = (csv_column(&w, 1), csv_column(&w, 2));
                assert_eq!(inputs.len(), 1, "{key}: one industry");
                let (input, final_use) = (inputs[0].unwrap(), finals[0].unwrap());
                assert!((100.0 * input / (input + final_use) - value).abs() < TOLERANCE, "{key}");
                assert_eq!(w.panel, "chains-industries");
                checked += 1;
            }
        }
    }
    assert!(checked > 1000, "{checked}");
}

#[test]
fn the_new_workings_read_in_every_language_without_unfilled_placeholders() {
    let keys = [
        (View::Between, WhyKey::pair(WhyIndex::TciChapters, Iso3::KOR, Iso3::CHN, 2018)),
        (View::Between, WhyKey::pair(WhyIndex::Tci, Iso3::KOR, Iso3::CHN, 2018)),
        (View::Between, WhyKey::pair(WhyIndex::BilateralGl, Iso3::CHN, Iso3::JPN, 2018)),
        (
            View::Between,
            WhyKey {
                index: WhyIndex::BilateralGl,
                subject: WhySubject::PairProduct(Iso3::CHN, Iso3::JPN, 84),
                year: 2018,
            },
        ),
        (
            View::Between,
            WhyKey {
                index: WhyIndex::BilateralTsc,
                subject: WhySubject::PairProduct(Iso3::JPN, Iso3::KOR, 84),
                year: 2018,
            },
        ),
        (
            View::ValueChains,
            WhyKey {
                index: WhyIndex::Intermediate,
                subject: WhySubject::PairProduct(Iso3::KOR, Iso3::CHN, 13),
                year: 2011,
            },
        ),
    ];
    for locale in Locale::ALL {
        for (view, key) in keys {
            let w = working_in(view, key, locale);
            assert!(!w.table.rows.is_empty(), "{locale:?} {key} has figures");
            for text in
                [&w.title, &w.formula, &w.summary, &w.table.caption].into_iter().chain(w.table.rows.iter().flatten())
            {
                assert!(!text.contains('{') && !text.contains('}'), "{locale:?} {key}: {text}");
            }
        }
    }
    // The chapter is named with its code in the title and the link.
    let electrical = cjk_trade_widget::data::hs2::chapter_index("85").unwrap();
    let key = WhyKey {
        index: WhyIndex::BilateralTsc,
        subject: WhySubject::PairProduct(Iso3::JPN, Iso3::KOR, electrical),
        year: 2018,
    };
    assert_eq!(key.to_string(), "btsc:JPN>KOR>85:2018");
    let title = working(View::Between, key).title;
    assert!(title.contains("Japan → South Korea, 85 "), "{title}");
}
