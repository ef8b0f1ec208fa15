//! The `indices` command: its CSV contract and its usage errors.

#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn run(args: &[&str]) -> (i32, String, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_indices")).args(args).output().unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn prints_the_documented_header_and_iso3_codes() {
    let (code, out, _) = run(&["--index", "tci", "--year", "2018"]);
    assert_eq!(code, 0);
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("index,year,reporter,partner,product,value"));
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    // Every ordered pair of the 15 RCEP members, except Brunei and Laos as exporters: their 2018
    // OEC exports lack section 19 (see SOURCES.md), so they have no value.
    assert_eq!(rows.len(), 15 * 14 - 2 * 14);
    assert!(!rows.iter().any(|r| r[2] == "BRN" || r[2] == "LAO"));
    assert!(rows.iter().any(|r| r[3] == "BRN") && rows.iter().any(|r| r[3] == "LAO"));
    for row in &rows {
        assert_eq!(row[0], "tci");
        assert_eq!(row[1], "2018");
        assert!(row[2].len() == 3 && row[3].len() == 3 && row[4] == "all");
        let decimals = row[5].split('.').nth(1).unwrap().len();
        assert!(decimals >= 4, "{row:?}");
    }
    assert!(out.contains("tci,2018,CHN,JPN,all,61.2021"));
}

#[test]
fn defaults_and_overrides_of_the_classification() {
    let (_, rca, _) = run(&["--index", "rca", "--year", "2019"]);
    assert!(rca.contains("rca,2019,CHN,WLD,Mach and Elec,"));
    let (_, esi_hs, _) = run(&["--index", "esi", "--year", "2014", "--classification", "hs_section"]);
    assert!(esi_hs.contains("esi,2014,CHN,JPN,all,"));
    let (_, tsc, _) = run(&["--index", "tsc", "--year", "2018"]);
    assert!(tsc.contains("tsc,2018,KOR,WLD,16,"));
}

#[test]
fn all_prints_every_index() {
    let (code, out, _) = run(&["--index", "all", "--year", "2015"]);
    assert_eq!(code, 0);
    for index in ["tci", "rca", "rsca", "esi", "tsc", "gl", "gl_aggregate", "tii"] {
        assert!(out.lines().any(|l| l.starts_with(&format!("{index},2015,"))), "no {index}");
    }
}

#[test]
fn bad_arguments_exit_with_code_2_and_usage() {
    for args in [
        &["--index", "nope"][..],
        &["--index"],
        &[],
        &["--index", "tci", "--unknown"],
        &["--index", "tci", "--year", "twenty"],
        &["--index", "tci", "--classification", "wits16"],
        &["--index", "rca", "--classification", "total"],
    ] {
        let (code, out, err) = run(args);
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty(), "{args:?} printed {out}");
        assert!(err.contains("usage: indices"), "{args:?}: {err}");
    }
}
