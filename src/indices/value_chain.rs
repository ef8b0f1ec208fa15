//! Value chains among the three (WIOD 2013, 1995-2011): how much of what one country ships to
//! another is an input for the importer's industries rather than a good for its final demand.
//!
//! IS_ij      = 100 * sum_{k in goods} I_ij,k / sum_{k in goods} (I_ij,k + F_ij,k)   (c1-c16)
//! IS_ij,k    = 100 * I_ij,k / (I_ij,k + F_ij,k)                                       (one industry)
//!
//! `I_ij,k`: the output of i's industry k used as intermediate input by j's industries;
//! `F_ij,k`: the same output used by j's final demand. No value where the flow is zero.

use super::ratio;
use crate::data::wiod::{WiodFlow, GOODS_INDUSTRY_COUNT};
use crate::data::{Iso3, Year};

/// The working of an intermediate share: the flows counted (one per industry), and the sums of
/// intermediate use (the numerator) and of all use (the denominator), in US$ millions.
#[derive(Clone, Debug, PartialEq)]
pub struct IntermediateWorking {
    pub flows: Vec<WiodFlow>,
    pub intermediate_musd: u64,
    pub total_musd: u64,
}

impl IntermediateWorking {
    /// `100 × Σ I / Σ (I + F)`; `None` when nothing was shipped.
    pub fn share_percent(&self) -> Option<f64> {
        Some(100.0 * ratio(self.intermediate_musd as f64, self.total_musd as f64)?)
    }
}

/// The flows an intermediate share counts, and its two sums: `exporter`'s exports to `importer`
/// in `year`, of its goods (c1-c16) together when `industry` is `None`, else of that industry.
pub fn intermediate_working(
    flows: &[WiodFlow],
    exporter: Iso3,
    importer: Iso3,
    year: Year,
    industry: Option<usize>,
) -> IntermediateWorking {
    let counted: Vec<WiodFlow> = flows
        .iter()
        .filter(|f| {
            f.exporter == exporter
                && f.importer == importer
                && f.year == year
                && industry.map_or(f.industry < GOODS_INDUSTRY_COUNT, |k| f.industry == k)
        })
        .cloned()
        .collect();
    let (intermediate_musd, total_musd) = counted
        .iter()
        .fold((0u64, 0u64), |(i, t), f| (i + f.intermediate_musd, t + f.intermediate_musd + f.final_musd));
    IntermediateWorking { flows: counted, intermediate_musd, total_musd }
}

/// The intermediate share (%) of `exporter`'s exports to `importer` in `year`: of its goods
/// (c1-c16) together when `industry` is `None`, else of that industry's output.
pub fn intermediate_share_percent(
    flows: &[WiodFlow],
    exporter: Iso3,
    importer: Iso3,
    year: Year,
    industry: Option<usize>,
) -> Option<f64> {
    intermediate_working(flows, exporter, importer, year, industry).share_percent()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flow(industry: usize, intermediate_musd: u64, final_musd: u64) -> WiodFlow {
        WiodFlow { year: 2011, exporter: Iso3::KOR, importer: Iso3::CHN, industry, intermediate_musd, final_musd }
    }

    #[test]
    fn hand_computed_cases() {
        // Goods: (30 + 10) of (30+10 + 10+0) = 80%; the service industry c20 (index 19) is left out.
        let flows = [flow(0, 30, 10), flow(13, 10, 0), flow(19, 0, 100)];
        assert_eq!(intermediate_share_percent(&flows, Iso3::KOR, Iso3::CHN, 2011, None), Some(80.0));
        assert_eq!(intermediate_share_percent(&flows, Iso3::KOR, Iso3::CHN, 2011, Some(0)), Some(75.0));
        assert_eq!(intermediate_share_percent(&flows, Iso3::KOR, Iso3::CHN, 2011, Some(19)), Some(0.0));
        assert_eq!(intermediate_share_percent(&flows, Iso3::CHN, Iso3::KOR, 2011, None), None);
        assert_eq!(intermediate_share_percent(&[flow(0, 0, 0)], Iso3::KOR, Iso3::CHN, 2011, None), None);
    }

    /// The committed `value_chains.csv` against shares computed independently in Python from the
    /// raw WIOD file (intermediate over total, goods c1-c16, and industry c14).
    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn shares_on_the_real_data_match_an_independent_computation() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("www/data/value_chains.csv");
        let flows = crate::data::wiod::parse_value_chains(&std::fs::read_to_string(path).unwrap()).unwrap();
        let c14 = crate::data::wiod::industry_index("c14");
        for (exporter, importer, year, goods, electrical) in [
            (Iso3::KOR, Iso3::CHN, 2011, 83.92779793166929, 81.72724796464998),
            (Iso3::JPN, Iso3::CHN, 1995, 65.73469241260499, 64.86697094511855),
            (Iso3::CHN, Iso3::JPN, 2011, 41.60541672234844, 28.171303425384114),
        ] {
            let share = |industry| intermediate_share_percent(&flows, exporter, importer, year, industry).unwrap();
            assert!((share(None) - goods).abs() < 1e-9, "{exporter}->{importer} {year}");
            assert!((share(c14) - electrical).abs() < 1e-9, "{exporter}->{importer} {year} c14");
        }
    }
}
