//! The engine against independent reference values computed by
//! `tests/reference/reference_indices.py` straight from the raw files.

use crate::support;

use cjk_trade_widget::data::{embedded, Classification, Iso3};
use cjk_trade_widget::indices::{bilateral, esi, iit, rca, tci, tii, tsc, value_chain};

const REFERENCE_CSV: &str = include_str!("../reference/reference_indices.csv");

fn iso3(code: &str) -> Iso3 {
    Iso3::parse(code).unwrap()
}

/// The engine's value for one reference row.
fn engine_value(
    index: &str,
    classification: &str,
    year: u16,
    reporter: &str,
    partner: &str,
    product: &str,
) -> Option<f64> {
    let ds = embedded().unwrap();
    let (r, p) = (iso3(reporter), iso3(partner));
    let c = Classification::parse(classification).unwrap();
    let pick = |values: Option<Vec<Option<f64>>>| values?[c.product_index(product)?];
    let bilateral = c == Classification::Hs2 && p != Iso3::WORLD;
    match index {
        "tci" => tci::tci(ds, c, r, p, year),
        "rca" => pick(rca::rca(ds, c, r, year)),
        "rsca" => pick(rca::rsca(ds, c, r, year)),
        "esi" => esi::esi(ds, c, r, p, year),
        "tsc" if bilateral => pick(bilateral::tsc_by_chapter(ds, r, p, year)),
        "tsc" => pick(tsc::tsc(ds, c, r, year)),
        "gl" if bilateral => pick(bilateral::gl_by_chapter(ds, r, p, year)),
        "gl" => pick(iit::gl(ds, c, r, year)),
        "gl_aggregate" if bilateral => bilateral::gl_aggregate(ds, r, p, year),
        "gl_aggregate" => iit::gl_aggregate(ds, c, r, year),
        "tii" => tii::tii(ds, r, p, year),
        "export_share" => pick(bilateral::export_shares_percent(ds, r, p, year)),
        "intermediate_share" => {
            let industry = (product != "goods").then(|| c.product_index(product)).map(|k| k.unwrap());
            value_chain::intermediate_share_percent(ds.value_chains(), r, p, year, industry)
        }
        other => panic!("unknown index {other} in the reference file"),
    }
}

#[test]
fn engine_matches_independent_reference_values() {
    let mut checked = 0;
    for line in REFERENCE_CSV.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        let expected: f64 = f[6].parse().unwrap();
        let actual = engine_value(f[0], f[1], f[2].parse().unwrap(), f[3], f[4], f[5])
            .unwrap_or_else(|| panic!("no engine value for {line}"));
        let tolerance = 1e-9 * expected.abs().max(1.0);
        assert!((actual - expected).abs() < tolerance, "{line}: engine gives {actual}");
        checked += 1;
    }
    assert!(checked > 680, "only {checked} reference rows");
}

#[test]
#[ignore = "needs ../shared/data and python3: `make test` runs it with --ignored (and CI fails without them)"]
fn reference_script_still_reproduces_the_committed_values() {
    let Some(raw) = support::require("../shared/data", support::shared_data_dir()) else { return };
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/reference/reference_indices.py");
    let output = std::process::Command::new("python3").arg(script).arg(&raw).output().ok();
    let Some(output) = support::require("python3", output) else { return };
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(String::from_utf8_lossy(&output.stdout), REFERENCE_CSV);
}
