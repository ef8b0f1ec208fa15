//! Bilateral totals from each side's own report (IMF DOTS, monthly, 2011-2020), and the gap
//! between the two reports of one flow.
//!
//! Annual total = the sum of the twelve months; no value unless all twelve are reported.
//! Mirror gap_ij = 100 * (M_ji - X_ij) / X_ij: how much more j reports importing from i than i
//! reports exporting to j. Imports are valued CIF (with freight and insurance) and by origin, so
//! goods routed through Hong Kong count as the origin's, while exports are FOB and by first
//! destination; a positive gap is the usual case.

use super::ratio;
use crate::data::dots::MonthlyTotal;
use crate::data::{Flow, Iso3, Year};

/// `reporter`'s report of its `flow` with `partner` over `year`, in US dollars.
pub fn annual_total_usd(totals: &[MonthlyTotal], reporter: Iso3, partner: Iso3, flow: Flow, year: Year) -> Option<f64> {
    let months: Vec<&MonthlyTotal> = totals
        .iter()
        .filter(|t| t.reporter == reporter && t.partner == partner && t.flow == flow && t.year == year)
        .collect();
    (months.len() == 12).then(|| months.iter().map(|t| t.value_usd as f64).sum())
}

/// The mirror gap (%) of `exporter`'s exports to `importer` in `year`.
pub fn mirror_gap_percent(totals: &[MonthlyTotal], exporter: Iso3, importer: Iso3, year: Year) -> Option<f64> {
    let exports = annual_total_usd(totals, exporter, importer, Flow::Export, year)?;
    let imports = annual_total_usd(totals, importer, exporter, Flow::Import, year)?;
    Some(100.0 * ratio(imports - exports, exports)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn months(reporter: Iso3, partner: Iso3, flow: Flow, value_usd: u64, count: u8) -> Vec<MonthlyTotal> {
        (1..=count).map(|month| MonthlyTotal { year: 2018, month, reporter, partner, flow, value_usd }).collect()
    }

    #[test]
    fn hand_computed_cases() {
        let mut totals = months(Iso3::CHN, Iso3::JPN, Flow::Export, 10, 12);
        totals.extend(months(Iso3::JPN, Iso3::CHN, Flow::Import, 12, 12));
        assert_eq!(annual_total_usd(&totals, Iso3::CHN, Iso3::JPN, Flow::Export, 2018), Some(120.0));
        // Japan reports 144 of imports for China's 120 of exports: +20%.
        assert_eq!(mirror_gap_percent(&totals, Iso3::CHN, Iso3::JPN, 2018), Some(20.0));
        assert_eq!(mirror_gap_percent(&totals, Iso3::JPN, Iso3::CHN, 2018), None);
        let eleven = months(Iso3::KOR, Iso3::JPN, Flow::Export, 10, 11);
        assert_eq!(annual_total_usd(&eleven, Iso3::KOR, Iso3::JPN, Flow::Export, 2018), None);
    }

    /// PROVENANCE.md: China reports exports to Japan of 147.6 bn in 2018; Japan reports imports
    /// from China of 173.5 bn.
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn the_2018_china_japan_reports_match_the_provenance_check() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("www/data/monthly_totals.csv");
        let totals = crate::data::dots::parse_monthly_totals(&std::fs::read_to_string(path).unwrap()).unwrap();
        assert_eq!(totals.len(), 1440);
        let bn = |reporter, partner, flow| annual_total_usd(&totals, reporter, partner, flow, 2018).unwrap() / 1e9;
        assert!((bn(Iso3::CHN, Iso3::JPN, Flow::Export) - 147.6).abs() < 0.05);
        assert!((bn(Iso3::JPN, Iso3::CHN, Flow::Import) - 173.5).abs() < 0.05);
        let gap = mirror_gap_percent(&totals, Iso3::CHN, Iso3::JPN, 2018).unwrap();
        assert!((gap - (173.5 / 147.6 - 1.0) * 100.0).abs() < 0.1, "{gap}");
    }
}
