//! Properties every index must keep, on random vectors and on every real country-year.

use crate::support;

use cjk_trade_widget::data::{embedded, Classification, Flow, Iso3, Source, RCEP_MEMBERS};
use cjk_trade_widget::indices::report::index_rows;
use cjk_trade_widget::indices::{esi, iit, rca, shares, tci, tsc, IndexKind};
use support::Rng;

#[test]
fn tci_and_esi_stay_in_0_100_and_esi_is_symmetric_on_random_vectors() {
    let mut rng = Rng::new(42);
    for _ in 0..2_000 {
        let len = 2 + (rng.next_u64() % 20) as usize;
        let a = shares(&rng.trade_vector(len)).unwrap();
        let b = shares(&rng.trade_vector(len)).unwrap();
        let t = tci::tci_from_shares(&a, &b);
        let e = esi::esi_from_shares(&a, &b);
        assert!((-1e-9..=100.0 + 1e-9).contains(&t), "tci {t}");
        assert!((-1e-9..=100.0 + 1e-9).contains(&e), "esi {e}");
        assert!((e - esi::esi_from_shares(&b, &a)).abs() < 1e-9);
        // Identical mixes: complete complementarity and complete similarity.
        assert!((tci::tci_from_shares(&a, &a) - 100.0).abs() < 1e-9);
        assert!((esi::esi_from_shares(&a, &a) - 100.0).abs() < 1e-9);
    }
}

#[test]
fn rca_world_weighted_mean_is_one_on_random_vectors() {
    let mut rng = Rng::new(7);
    for _ in 0..2_000 {
        let len = 2 + (rng.next_u64() % 20) as usize;
        let country = rng.trade_vector(len);
        let world: Vec<f64> = country.iter().map(|c| c + rng.unit() * 1e6 + 1.0).collect();
        let rca = rca::rca_from_values(&country, &world).unwrap();
        let world_shares = shares(&world).unwrap();
        let mean: f64 = rca.iter().zip(&world_shares).map(|(r, w)| r.unwrap() * w).sum();
        assert!((mean - 1.0).abs() < 1e-9, "weighted mean {mean}");
    }
}

#[test]
fn real_rca_world_weighted_mean_is_one_for_every_country_year() {
    let ds = embedded().unwrap();
    let c = Classification::Wits16;
    let mut checked = 0;
    for year in ds.years(Source::Wits, c) {
        let Some(world) = ds.world_values_usd(Source::Wits, c, Flow::Export, Iso3::WORLD, year) else {
            continue;
        };
        let world_shares = shares(&world).unwrap();
        for country in RCEP_MEMBERS {
            let Some(values) = rca::rca(ds, c, country, year) else {
                continue;
            };
            let mean: f64 = values.iter().zip(&world_shares).map(|(r, w)| r.unwrap_or(0.0) * w).sum();
            // Where WITS leaves out groups, the listed ones divide by the stated total, which
            // their sum matches to the source's rounding (US$ 10,000 in billions).
            let tolerance = if rca::unlisted_products(ds, c, country, year).is_empty() { 1e-9 } else { 1e-5 };
            assert!((mean - 1.0).abs() < tolerance, "{country} {year}: {mean}");
            checked += 1;
        }
    }
    assert!(checked > 350, "{checked} country-years");
}

#[test]
fn real_values_stay_in_their_ranges() {
    let ds = embedded().unwrap();
    let range = |kind: IndexKind| -> (f64, f64) {
        match kind {
            IndexKind::Tci | IndexKind::Esi => (0.0, 100.0),
            IndexKind::Rsca | IndexKind::Tsc => (-1.0, 1.0),
            IndexKind::Gl | IndexKind::GlAggregate => (0.0, 1.0),
            IndexKind::Rca | IndexKind::Tii => (0.0, f64::INFINITY),
            IndexKind::ExportShare | IndexKind::IntermediateShare => (0.0, 100.0),
        }
    };
    for kind in IndexKind::ALL {
        for classification in kind.classifications() {
            let rows = index_rows(ds, kind, classification, None);
            assert!(!rows.is_empty(), "{kind:?} has no values in {classification:?}");
            let (low, high) = range(kind);
            for row in rows {
                assert!(row.value.is_finite() && row.value >= low - 1e-12 && row.value <= high + 1e-12, "{row:?}");
            }
        }
    }
}

#[test]
fn missing_years_and_incomplete_vectors_give_no_value() {
    let ds = embedded().unwrap();
    let hs = Classification::HsSection;
    let brn = Iso3::parse("BRN").unwrap();
    // OEC has no 2019; China's WITS data start in 1992; Laos has no WITS file.
    assert_eq!(tci::tci(ds, hs, Iso3::CHN, Iso3::JPN, 2019), None);
    let lao = Iso3::parse("LAO").unwrap();
    assert_eq!(esi::esi(ds, Classification::Wits16, lao, Iso3::JPN, 2010), None);
    // Brunei's 2010 OEC exports lack two sections: BACI lists only non-zero flows, so TCI counts
    // them as zero, and equals the TCI computed with explicit zeros.
    let (exports, absent) = ds.world_values_usd_absent_as_zero(Source::Oec, hs, Flow::Export, brn, 2010).unwrap();
    assert_eq!(absent, 2);
    let (imports, _) = ds.world_values_usd_absent_as_zero(Source::Oec, hs, Flow::Import, Iso3::JPN, 2010).unwrap();
    let expected = tci::tci_from_shares(&shares(&exports).unwrap(), &shares(&imports).unwrap());
    assert_eq!(tci::tci(ds, hs, brn, Iso3::JPN, 2010), Some(expected));
    assert!(ds.world_values_usd(Source::Oec, hs, Flow::Export, brn, 2010).is_none());
    assert_eq!(rca::rca(ds, Classification::Wits16, Iso3::CHN, 1990), None);
    assert_eq!(iit::gl_aggregate(ds, hs, brn, 2010), None);
    // Per-product TSC still exists for the sections Brunei reports.
    let brunei_tsc = tsc::tsc(ds, hs, brn, 2010).unwrap();
    assert_eq!(brunei_tsc[18], None);
    assert!(brunei_tsc[4].is_some());
}

/// Blank cells of the RCEP TCI heatmaps (every ordered pair, 2010-2018) and of ESI between the
/// RCEP members with WITS data: only what no source gives stays blank.
#[test]
fn only_countries_without_any_data_leave_cells_blank() {
    let ds = embedded().unwrap();
    let hs = Classification::HsSection;
    let mut tci_blank = 0;
    let mut tci_cells = 0;
    for year in ds.years(Source::Oec, hs) {
        for &i in &RCEP_MEMBERS {
            for &j in RCEP_MEMBERS.iter().filter(|&&j| j != i) {
                tci_cells += 1;
                tci_blank += usize::from(tci::tci(ds, hs, i, j, year).is_none());
            }
        }
    }
    assert_eq!((tci_blank, tci_cells), (0, 1890));
    let wits = Classification::Wits16;
    let mut esi_blank = Vec::new();
    for year in ds.years(Source::Wits, wits) {
        for &i in &RCEP_MEMBERS {
            for &j in RCEP_MEMBERS.iter().filter(|&&j| j > i) {
                let both_report =
                    [i, j].iter().all(|c| ds.total(Source::Wits, Flow::Export, *c, Iso3::WORLD, year).is_some());
                if both_report && esi::esi(ds, wits, i, j, year).is_none() {
                    esi_blank.push((year, i, j));
                }
            }
        }
    }
    assert_eq!(esi_blank, [], "ESI blank where both countries report a WITS total");
}
