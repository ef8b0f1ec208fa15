//! The working behind each index value (`tci::working`, `esi::working`, `rca::workings`,
//! `tii::working`, `iit::gl_aggregate_working`): over every country, pair, product and year the
//! data cover, the terms add up to the value the widget shows, and that value equals the index's
//! textbook form computed here independently.

use cjk_trade_widget::data::{embedded, Classification, Flow, Iso3, Source};
use cjk_trade_widget::indices::{esi, iit, rca, shares, tci, tii, IndexKind};

const TOLERANCE: f64 = 1e-9;

#[test]
fn tci_and_esi_terms_add_up_to_the_value_and_match_the_textbook_form() {
    let ds = embedded().unwrap();
    let mut checked = 0;
    for classification in IndexKind::Esi.classifications() {
        let source = cjk_trade_widget::indices::source_of(classification);
        let countries = ds.reporters(source, classification);
        for year in ds.years(source, classification) {
            for &a in &countries {
                for &b in countries.iter().filter(|b| **b != a) {
                    if IndexKind::Tci.supports(classification) {
                        if let Some(working) = tci::working(ds, classification, a, b, year) {
                            let sum: f64 = working.terms.iter().map(|t| t.contribution()).sum();
                            assert!((sum - working.value).abs() < TOLERANCE);
                            // Michaely's form: 100 × (1 − ½ Σ |m − x|).
                            let distance: f64 = working.terms.iter().map(|t| t.gap()).sum();
                            let michaely = 100.0 * (1.0 - distance / 2.0);
                            assert!((michaely - working.value).abs() < TOLERANCE, "TCI {a}>{b} {year}");
                            assert_eq!(tci::tci(ds, classification, a, b, year), Some(working.value));
                            checked += 1;
                        }
                    }
                    if let Some(working) = esi::working(ds, classification, a, b, year) {
                        let sum: f64 = working.terms.iter().map(|t| t.contribution()).sum();
                        assert!((sum - working.value).abs() < TOLERANCE);
                        assert_eq!(esi::esi(ds, classification, a, b, year), Some(working.value));
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 5_000, "{checked} values checked");
}

#[test]
fn the_top_contributor_to_korea_s_tci_with_china_in_2018_is_what_an_independent_sum_gives() {
    let ds = embedded().unwrap();
    let hs = Classification::HsSection;
    let (kor, chn) = (Iso3::parse("KOR").unwrap(), Iso3::CHN);
    let working = tci::working(ds, hs, kor, chn, 2018).unwrap();
    let top = working.terms.iter().max_by(|a, b| a.contribution().total_cmp(&b.contribution())).unwrap();
    // Independently: the shares from the raw world values, and the largest min(x, m).
    let (exports, _) = ds.world_values_usd_absent_as_zero(Source::Oec, hs, Flow::Export, kor, 2018).unwrap();
    let (imports, _) = ds.world_values_usd_absent_as_zero(Source::Oec, hs, Flow::Import, chn, 2018).unwrap();
    let (x, m) = (shares(&exports).unwrap(), shares(&imports).unwrap());
    let expected = (0..x.len()).max_by(|&i, &j| x[i].min(m[i]).total_cmp(&x[j].min(m[j]))).unwrap();
    assert_eq!(top.product, expected);
    assert_eq!(hs.product_code(expected), "16", "machinery and electrical equipment (section XVI)");
    assert!((top.first_share - x[expected]).abs() < 1e-15 && (top.second_share - m[expected]).abs() < 1e-15);
}

#[test]
fn rca_workings_hold_the_four_values_and_give_the_rca_shown() {
    let ds = embedded().unwrap();
    let groups = Classification::Wits16;
    let mut checked = 0;
    for country in ds.reporters(Source::Wits, groups) {
        for year in ds.years(Source::Wits, groups) {
            let Some(workings) = rca::workings(ds, groups, country, year) else { continue };
            let shown = rca::rca(ds, groups, country, year).unwrap();
            let unlisted = rca::unlisted_products(ds, groups, country, year);
            let listed: Vec<&rca::RcaWorking> = workings.iter().flatten().collect();
            assert_eq!(listed.len() + unlisted.len(), groups.product_count());
            // With every group listed, X_i is their sum; otherwise the country's stated total.
            let country_total = if unlisted.is_empty() {
                listed.iter().map(|w| w.country_product_usd).sum()
            } else {
                ds.total(Source::Wits, Flow::Export, country, Iso3::WORLD, year).unwrap().usd
            };
            let world_total: f64 = listed.iter().map(|w| w.world_product_usd).sum::<f64>()
                + unlisted
                    .iter()
                    .map(|k| ds.world_values_usd(Source::Wits, groups, Flow::Export, Iso3::WORLD, year).unwrap()[*k])
                    .sum::<f64>();
            for (k, (working, value)) in workings.iter().zip(&shown).enumerate() {
                let Some(working) = working else {
                    assert!(unlisted.contains(&k) && value.is_none(), "{country} {year} group {k}");
                    continue;
                };
                assert_eq!(working.rca(), *value);
                assert_eq!((working.country_total_usd, working.world_total_usd), (country_total, world_total));
                if let Some(value) = value {
                    // Balassa: (X_ik / X_i) / (X_wk / X_w).
                    let balassa =
                        (working.country_product_usd / country_total) / (working.world_product_usd / world_total);
                    assert!((balassa - value).abs() < TOLERANCE * value.max(1.0));
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 5_000, "{checked} values checked");
}

/// Brunei 1992–1994 and Cambodia 2006, 2007, 2009 and 2011: WITS leaves out some groups. The
/// listed groups have an RCA again (from the country's stated total); the unlisted stay blank.
#[test]
fn rca_of_listed_groups_is_shown_where_wits_leaves_out_others() {
    let ds = embedded().unwrap();
    let groups = Classification::Wits16;
    let cases =
        [("BRN", 1992), ("BRN", 1993), ("BRN", 1994), ("KHM", 2006), ("KHM", 2007), ("KHM", 2009), ("KHM", 2011)];
    let mut shown = 0;
    for (code, year) in cases {
        let country = Iso3::parse(code).unwrap();
        let unlisted = rca::unlisted_products(ds, groups, country, year);
        assert!(!unlisted.is_empty(), "{code} {year} leaves out groups");
        let values = rca::rca(ds, groups, country, year).expect("an RCA for the listed groups");
        for (k, value) in values.iter().enumerate() {
            assert_eq!(value.is_none(), unlisted.contains(&k), "{code} {year} group {k}");
        }
        shown += values.iter().flatten().count();
    }
    assert_eq!(shown, 112 - 24, "every listed group of the 112 has its value; the 24 unlisted stay blank");
}

#[test]
fn tii_and_aggregate_gl_workings_give_the_values_shown() {
    let ds = embedded().unwrap();
    let mut checked = 0;
    let countries = ds.reporters(Source::Wits, Classification::Total);
    for year in ds.years(Source::Wits, Classification::Total) {
        for &a in &countries {
            for &b in countries.iter().filter(|b| **b != a) {
                if let Some(working) = tii::working(ds, a, b, year) {
                    assert_eq!(working.value(), tii::tii(ds, a, b, year));
                    checked += 1;
                }
            }
        }
    }
    let hs = Classification::HsSection;
    for year in ds.years(Source::Oec, hs) {
        for country in ds.reporters(Source::Oec, hs) {
            let exports = ds.world_values_usd(Source::Oec, hs, Flow::Export, country, year);
            let imports = ds.world_values_usd(Source::Oec, hs, Flow::Import, country, year);
            let (Some(exports), Some(imports)) = (exports, imports) else { continue };
            let Some(working) = iit::gl_aggregate_working(&exports, &imports) else { continue };
            let sum: f64 = working.terms.iter().map(|t| t.contribution()).sum();
            assert!((sum - working.value).abs() < TOLERANCE);
            // 1 − Σ |X − M| / Σ (X + M).
            let imbalance: f64 = exports.iter().zip(&imports).map(|(x, m)| (x - m).abs()).sum();
            let trade: f64 = exports.iter().zip(&imports).map(|(x, m)| x + m).sum();
            assert!((1.0 - imbalance / trade - working.value).abs() < TOLERANCE, "GL {country} {year}");
            assert_eq!(iit::gl_aggregate(ds, hs, country, year), Some(working.value));
            checked += 1;
        }
    }
    assert!(checked > 500, "{checked} values checked");
}
