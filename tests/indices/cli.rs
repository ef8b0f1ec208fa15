//! The `indices` command: its CSV contract and its usage errors.

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
    assert_eq!(lines.next(), Some("index,classification,year,reporter,partner,product,value"));
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    // Every ordered pair of the 15 RCEP members. Brunei's and Laos's 2018 OEC exports lack
    // section 19 (see SOURCES.md); BACI lists only non-zero flows, so it counts as zero.
    assert_eq!(rows.len(), 15 * 14);
    assert!(rows.iter().any(|r| r[3] == "BRN") && rows.iter().any(|r| r[3] == "LAO"));
    for row in &rows {
        assert_eq!((row[0], row[1], row[2]), ("tci", "hs_section", "2018"));
        assert!(row[3].len() == 3 && row[4].len() == 3 && row[5] == "all");
        let decimals = row[6].split('.').nth(1).unwrap().len();
        assert!(decimals >= 4, "{row:?}");
    }
    assert!(out.contains("tci,hs_section,2018,CHN,JPN,all,61.2021"));
}

#[test]
fn defaults_and_overrides_of_the_classification() {
    let (_, rca, _) = run(&["--index", "rca", "--year", "2019"]);
    assert!(rca.contains("rca,wits16,2019,CHN,WLD,Mach and Elec,"));
    let (_, esi_hs, _) = run(&["--index", "esi", "--year", "2014", "--classification", "hs_section"]);
    assert!(esi_hs.contains("esi,hs_section,2014,CHN,JPN,all,"));
    let (_, tsc, _) = run(&["--index", "tsc", "--year", "2018"]);
    assert!(tsc.contains("tsc,hs_section,2018,KOR,WLD,16,"));
    let (_, tci_hs2, _) = run(&["--index", "tci", "--year", "2018", "--classification", "hs2"]);
    assert_eq!(tci_hs2.lines().count(), 1 + 6, "the three in every order");
    assert!(tci_hs2.contains("tci,hs2,2018,CHN,JPN,all,"));
}

#[test]
fn all_prints_every_index_in_every_classification() {
    let (code, out, _) = run(&["--index", "all", "--year", "2011"]);
    assert_eq!(code, 0);
    for prefix in [
        "tci,hs_section,",
        "tci,hs2,",
        "rca,wits16,",
        "rsca,wits16,",
        "esi,wits16,",
        "esi,hs_section,",
        "esi,hs2,",
        "tsc,hs_section,",
        "tsc,hs2,",
        "gl,hs_section,",
        "gl,hs2,",
        "gl_aggregate,hs_section,",
        "gl_aggregate,hs2,",
        "tii,total,",
        "export_share,hs2,",
        "intermediate_share,wiod35,",
    ] {
        assert!(out.lines().any(|l| l.starts_with(&format!("{prefix}2011,"))), "no {prefix}");
    }
}

/// Value of the one row starting with `prefix`.
fn value_of(out: &str, prefix: &str) -> f64 {
    let rows: Vec<&str> = out.lines().filter(|l| l.starts_with(prefix)).collect();
    assert_eq!(rows.len(), 1, "{prefix}: {rows:?}");
    rows[0].rsplit(',').next().unwrap().parse().unwrap()
}

#[test]
fn bilateral_measures_print_both_orders_and_agree() {
    let (_, gl, _) = run(&["--index", "gl_aggregate", "--year", "2018", "--classification", "hs2"]);
    let (cj, jc) =
        (value_of(&gl, "gl_aggregate,hs2,2018,CHN,JPN,all,"), value_of(&gl, "gl_aggregate,hs2,2018,JPN,CHN,all,"));
    assert_eq!(cj, jc);
    assert!((0.0..=1.0).contains(&cj));
    let (_, tsc, _) = run(&["--index", "tsc", "--year", "2018", "--classification", "hs2"]);
    let (kc, ck) = (value_of(&tsc, "tsc,hs2,2018,KOR,CHN,85,"), value_of(&tsc, "tsc,hs2,2018,CHN,KOR,85,"));
    assert_eq!(kc, -ck);
    let (_, esi, _) = run(&["--index", "esi", "--year", "2019"]);
    assert_eq!(value_of(&esi, "esi,wits16,2019,CHN,JPN,all,"), value_of(&esi, "esi,wits16,2019,JPN,CHN,all,"));
}

#[test]
fn shares_of_exports_and_of_intermediate_use() {
    let (_, shares, _) = run(&["--index", "export_share", "--year", "2020"]);
    let machinery =
        value_of(&shares, "export_share,hs2,2020,KOR,CHN,84,") + value_of(&shares, "export_share,hs2,2020,KOR,CHN,85,");
    assert!((machinery - 53.9).abs() < 0.05, "{machinery}");
    let to_world: f64 = shares
        .lines()
        .filter(|l| l.starts_with("export_share,hs2,2020,JPN,WLD,"))
        .map(|l| l.rsplit(',').next().unwrap().parse::<f64>().unwrap())
        .sum();
    assert!((to_world - 100.0).abs() < 1e-3);
    let (_, intermediate, _) = run(&["--index", "intermediate_share", "--year", "2011"]);
    assert!((value_of(&intermediate, "intermediate_share,wiod35,2011,KOR,CHN,goods,") - 83.927798).abs() < 1e-6);
    assert!(intermediate.lines().any(|l| l.starts_with("intermediate_share,wiod35,2011,KOR,CHN,c14,")));
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
