//! The engine against independent reference values computed by
//! `tests/reference/reference_indices.py` straight from the raw files.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use cjk_trade_widget::data::{embedded, Classification, Iso3};
use cjk_trade_widget::indices::{esi, iit, rca, tci, tii, tsc};

const REFERENCE_CSV: &str = include_str!("reference/reference_indices.csv");

fn iso3(code: &str) -> Iso3 {
    Iso3::parse(code).unwrap()
}

/// The engine's value for one reference row.
fn engine_value(index: &str, year: u16, reporter: &str, partner: &str, product: &str) -> Option<f64> {
    let ds = embedded().unwrap();
    let (r, p) = (iso3(reporter), iso3(partner));
    let hs = Classification::HsSection;
    let wits = Classification::Wits16;
    let pick = |values: Option<Vec<Option<f64>>>, classification: Classification| {
        values?[classification.product_index(product)?]
    };
    match index {
        "tci" => tci::tci(ds, hs, r, p, year),
        "rca" => pick(rca::rca(ds, wits, r, year), wits),
        "rsca" => pick(rca::rsca(ds, wits, r, year), wits),
        "esi" => esi::esi(ds, wits, r, p, year),
        "esi_hs_section" => esi::esi(ds, hs, r, p, year),
        "tsc" => pick(tsc::tsc(ds, hs, r, year), hs),
        "gl" => pick(iit::gl(ds, hs, r, year), hs),
        "gl_aggregate" => iit::gl_aggregate(ds, hs, r, year),
        "tii" => tii::tii(ds, r, p, year),
        other => panic!("unknown index {other} in the reference file"),
    }
}

#[test]
fn engine_matches_independent_reference_values() {
    let mut checked = 0;
    for line in REFERENCE_CSV.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        let expected: f64 = f[5].parse().unwrap();
        let actual = engine_value(f[0], f[1].parse().unwrap(), f[2], f[3], f[4])
            .unwrap_or_else(|| panic!("no engine value for {line}"));
        let tolerance = 1e-9 * expected.abs().max(1.0);
        assert!((actual - expected).abs() < tolerance, "{line}: engine gives {actual}");
        checked += 1;
    }
    assert!(checked > 400, "only {checked} reference rows");
}

#[test]
fn reference_script_still_reproduces_the_committed_values() {
    let Some(raw) = support::shared_data_dir() else {
        eprintln!("skipped: ../shared/data is not beside this checkout");
        return;
    };
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/reference/reference_indices.py");
    let output = match std::process::Command::new("python3").arg(script).arg(&raw).output() {
        Ok(output) => output,
        Err(error) => {
            eprintln!("skipped: python3 is not available ({error})");
            return;
        }
    };
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(String::from_utf8_lossy(&output.stdout), REFERENCE_CSV);
}
