//! Consistency checks on the trade records. Problems are reported for a person to read; the
//! data are never "fixed" by guessing.
//!
//! 1. WITS: the 16 product groups sum to the all-products export total per reporter and year,
//!    within the rounding of the source (each value is rounded to US$10,000).
//! 2. OEC: all 21 HS sections are present per reporter, year and flow.

use std::collections::BTreeMap;

use super::schema::{Classification, Flow, Iso3, Source, TradeRecord, Year, HS_SECTIONS, WITS_GROUPS};

/// The largest gap allowed between the 16 WITS groups and the WITS total: 17 values each
/// rounded to half of US$10,000.
pub const WITS_SUM_TOLERANCE_USD: f64 = 17.0 * 5_000.0;

/// One finding of a check, in words a reader of SOURCES.md understands.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub source: Source,
    pub reporter: Iso3,
    pub year: Year,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} {}: {}", self.source.code(), self.reporter, self.year, self.message)
    }
}

/// Runs every check and returns the problems in a stable order.
pub fn check_records(records: &[TradeRecord]) -> Vec<Problem> {
    let mut problems = check_wits_group_sums(records);
    problems.extend(check_oec_sections_complete(records));
    problems.extend(check_atlas_mirrors(records));
    problems
}

/// Check 3: the Atlas gives one value per flow, so each flow between two of the three reads the
/// same from the exporter's file (its export) and the importer's (its import), and is in both.
pub fn check_atlas_mirrors(records: &[TradeRecord]) -> Vec<Problem> {
    // (exporter, importer, year, chapter) -> [as the exporter's export, as the importer's import]
    let mut flows: BTreeMap<(Iso3, Iso3, Year, usize), [Option<&str>; 2]> = BTreeMap::new();
    for r in records.iter().filter(|r| r.source == Source::Atlas && r.partner != Iso3::WORLD) {
        let (key, side) = match r.flow {
            Flow::Export => ((r.reporter, r.partner, r.year, r.product), 0),
            Flow::Import => ((r.partner, r.reporter, r.year, r.product), 1),
        };
        flows.entry(key).or_default()[side] = Some(r.value_usd.as_str());
    }
    let mut problems = Vec::new();
    for ((exporter, importer, year, chapter), [export, import]) in flows {
        let code = Classification::Hs2.product_code(chapter);
        let problem = |message: String| Problem { source: Source::Atlas, reporter: exporter, year, message };
        match (export, import) {
            (Some(e), Some(i)) if e == i => {}
            (Some(e), Some(i)) => problems.push(problem(format!(
                "chapter {code} to {importer}: exports US${e} but {importer} reports imports of US${i}"
            ))),
            (Some(_), None) => {
                problems.push(problem(format!("chapter {code} to {importer}: not in {importer}'s file")))
            }
            (None, _) => problems.push(problem(format!("chapter {code} from {importer}'s file: not in {exporter}'s"))),
        }
    }
    problems
}

/// Check 1: per WITS reporter and year, the 16 groups against the all-products export total.
pub fn check_wits_group_sums(records: &[TradeRecord]) -> Vec<Problem> {
    #[derive(Default)]
    struct Sums {
        groups_usd: f64,
        group_count: usize,
        total_usd: Option<f64>,
    }
    let mut by_reporter_year: BTreeMap<(Iso3, Year), Sums> = BTreeMap::new();
    for r in records.iter().filter(|r| r.source == Source::Wits && r.flow == Flow::Export && r.partner == Iso3::WORLD) {
        let sums = by_reporter_year.entry((r.reporter, r.year)).or_default();
        match r.classification {
            Classification::Wits16 => {
                sums.groups_usd += r.value_usd_f64();
                sums.group_count += 1;
            }
            Classification::Total => sums.total_usd = Some(r.value_usd_f64()),
            Classification::HsSection | Classification::Hs2 | Classification::Wiod35 => {}
        }
    }
    let mut problems = Vec::new();
    for ((reporter, year), sums) in by_reporter_year {
        let problem = |message: String| Problem { source: Source::Wits, reporter, year, message };
        match (sums.total_usd, sums.group_count) {
            (None, _) => problems
                .push(problem(format!("{} of 16 product groups but no all-products export total", sums.group_count))),
            (Some(_), 0) => {}
            (Some(_), n) if n < WITS_GROUPS.len() => {
                problems.push(problem(format!("only {n} of 16 product groups have an export value")))
            }
            (Some(total), _) => {
                let gap = sums.groups_usd - total;
                if gap.abs() > WITS_SUM_TOLERANCE_USD {
                    problems.push(problem(format!(
                        "the 16 groups sum to US${:.0} but the total is US${:.0} (gap US${:.0})",
                        sums.groups_usd, total, gap
                    )));
                }
            }
        }
    }
    problems
}

/// Check 2: every OEC reporter, flow and year has all 21 sections.
pub fn check_oec_sections_complete(records: &[TradeRecord]) -> Vec<Problem> {
    let mut present: BTreeMap<(Iso3, Flow), BTreeMap<Year, Vec<bool>>> = BTreeMap::new();
    for r in records.iter().filter(|r| r.source == Source::Oec && r.classification == Classification::HsSection) {
        let sections = present.entry((r.reporter, r.flow)).or_default().entry(r.year);
        if let Some(seen) = sections.or_insert_with(|| vec![false; HS_SECTIONS.len()]).get_mut(r.product) {
            *seen = true;
        }
    }
    let all_years: Vec<Year> = {
        let mut years: Vec<Year> = present.values().flat_map(|by_year| by_year.keys().copied()).collect();
        crate::order::sort(&mut years);
        years.dedup();
        years
    };
    let mut problems = Vec::new();
    for ((reporter, flow), by_year) in &present {
        for &year in &all_years {
            let problem = |message: String| Problem { source: Source::Oec, reporter: *reporter, year, message };
            match by_year.get(&year) {
                None => problems.push(problem(format!("no {} values at all", flow.code()))),
                Some(flags) => {
                    let missing: Vec<String> = flags
                        .iter()
                        .enumerate()
                        .filter(|(_, &here)| !here)
                        .map(|(i, _)| format!("{} {}", i + 1, HS_SECTIONS[i].name))
                        .collect();
                    if !missing.is_empty() {
                        problems.push(problem(format!(
                            "{} of 21 sections in {}s; missing: {}",
                            21 - missing.len(),
                            flow.code(),
                            missing.join(", ")
                        )));
                    }
                }
            }
        }
    }
    crate::order::sort_by(&mut problems, |a, b| {
        (a.reporter, a.year, &a.message).cmp(&(b.reporter, b.year, &b.message))
    });
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::schema::Precision;

    fn atlas(reporter: Iso3, partner: Iso3, flow: Flow, value: &str) -> TradeRecord {
        TradeRecord {
            source: Source::Atlas,
            year: 2018,
            reporter,
            partner,
            classification: Classification::Hs2,
            product: 83,
            flow,
            value_usd: value.into(),
            precision: Precision::Full,
        }
    }

    #[test]
    fn atlas_mirrors_must_agree_and_be_in_both_files() {
        let agree = [atlas(Iso3::CHN, Iso3::JPN, Flow::Export, "10"), atlas(Iso3::JPN, Iso3::CHN, Flow::Import, "10")];
        assert!(check_atlas_mirrors(&agree).is_empty());
        let differ = [atlas(Iso3::CHN, Iso3::JPN, Flow::Export, "10"), atlas(Iso3::JPN, Iso3::CHN, Flow::Import, "11")];
        let problems = check_atlas_mirrors(&differ);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("US$10") && problems[0].message.contains("US$11"));
        assert_eq!(check_atlas_mirrors(&agree[..1]).len(), 1);
        assert_eq!(check_atlas_mirrors(&agree[1..]).len(), 1);
        // World rows have no mirror.
        assert!(check_atlas_mirrors(&[atlas(Iso3::CHN, Iso3::WORLD, Flow::Export, "5")]).is_empty());
    }

    fn wits(product: usize, classification: Classification, value: &str) -> TradeRecord {
        TradeRecord {
            source: Source::Wits,
            year: 2000,
            reporter: Iso3::JPN,
            partner: Iso3::WORLD,
            classification,
            product,
            flow: Flow::Export,
            value_usd: value.into(),
            precision: Precision::Usd10k,
        }
    }

    #[test]
    fn wits_sums_within_rounding_pass_and_gaps_fail() {
        let mut records: Vec<TradeRecord> = (0..16).map(|k| wits(k, Classification::Wits16, "1000000")).collect();
        records.push(wits(0, Classification::Total, "16050000"));
        assert!(check_wits_group_sums(&records).is_empty());
        records.pop();
        records.push(wits(0, Classification::Total, "17000000"));
        let problems = check_wits_group_sums(&records);
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("gap"), "{}", problems[0]);
        records.remove(3);
        assert!(check_wits_group_sums(&records)[0].message.contains("15 of 16"));
    }

    #[test]
    fn oec_missing_sections_are_named() {
        let mut records = Vec::new();
        for year in [2010, 2011] {
            for section in 0..21 {
                if year == 2011 && section == 18 {
                    continue;
                }
                records.push(TradeRecord {
                    source: Source::Oec,
                    year,
                    reporter: Iso3::KOR,
                    partner: Iso3::WORLD,
                    classification: Classification::HsSection,
                    product: section,
                    flow: Flow::Export,
                    value_usd: "5".into(),
                    precision: Precision::Full,
                });
            }
        }
        let problems = check_oec_sections_complete(&records);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].year, 2011);
        assert!(problems[0].message.contains("19 Weapons"), "{}", problems[0]);
    }
}
