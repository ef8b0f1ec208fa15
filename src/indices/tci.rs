//! Trade complementarity index (Michaely; as used by WITS).
//!
//! TCI_ij = 100 * (1 - 1/2 * sum_k |m_jk - x_ik|)
//!
//! - `x_ik`: the share of product k in exporter i's exports to the world;
//! - `m_jk`: the share of product k in importer j's imports from the world.
//!
//! Since both share vectors sum to 1, `1 − ½ Σ_k |m_jk − x_ik| = Σ_k min(x_ik, m_jk)`: the index is
//! the overlap of the two mixes, and each product contributes `100 × min(x_ik, m_jk)` to it.
//! [`working`] gives those terms; the value is their sum.
//!
//! 0 means i exports nothing j imports; 100 means i's export mix matches j's import mix exactly.
//! The index is directional: TCI_ij (how well i's exports fit j's imports) differs from TCI_ji.
//! Data: OEC HS sections (2010-2018, the 15 RCEP members) and the Atlas's HS chapters (2010-2020,
//! China, Japan, Korea). A section OEC leaves out is zero trade (BACI lists only non-zero flows)
//! and counts as zero (see `Dataset::world_values_usd_absent_as_zero`). No value when a country
//! has no values at all, or a vector sums to zero.

use super::{share_overlap, shares, source_of, ShareWorking};
use crate::data::{Classification, Dataset, Flow, Iso3, Year};

/// TCI from the two share vectors (each summing to 1).
pub fn tci_from_shares(exporter_export_shares: &[f64], importer_import_shares: &[f64]) -> f64 {
    share_overlap(exporter_export_shares, importer_import_shares).value
}

/// The working of `exporter`'s TCI with `importer` in `year`: per product, the exporter's share
/// of its exports to the world (`first_share`) and the importer's share of its imports from the
/// world (`second_share`), and the value.
pub fn working(
    ds: &Dataset,
    classification: Classification,
    exporter: Iso3,
    importer: Iso3,
    year: Year,
) -> Option<ShareWorking> {
    let source = source_of(classification);
    let (exports, _) = ds.world_values_usd_absent_as_zero(source, classification, Flow::Export, exporter, year)?;
    let (imports, _) = ds.world_values_usd_absent_as_zero(source, classification, Flow::Import, importer, year)?;
    Some(share_overlap(&shares(&exports)?, &shares(&imports)?))
}

/// TCI of `exporter`'s exports with `importer`'s imports in `year`.
pub fn tci(ds: &Dataset, classification: Classification, exporter: Iso3, importer: Iso3, year: Year) -> Option<f64> {
    working(ds, classification, exporter, importer, year).map(|w| w.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hand_computed_cases() {
        // x = (0.5, 0.5, 0), m = (0.2, 0.3, 0.5): sum |m - x| = 0.3 + 0.2 + 0.5 = 1.0 -> 50.
        assert!((tci_from_shares(&[0.5, 0.5, 0.0], &[0.2, 0.3, 0.5]) - 50.0).abs() < 1e-12);
        assert_eq!(tci_from_shares(&[0.3, 0.7], &[0.3, 0.7]), 100.0);
        assert_eq!(tci_from_shares(&[1.0, 0.0], &[0.0, 1.0]), 0.0);
    }

    #[test]
    fn the_terms_hold_both_shares_the_gap_and_the_contribution() {
        let working = share_overlap(&[0.5, 0.5, 0.0], &[0.2, 0.3, 0.5]);
        let contributions: Vec<f64> = working.terms.iter().map(|t| t.contribution()).collect();
        assert_eq!(contributions, [20.0, 30.0, 0.0]);
        assert!((working.terms[2].gap() - 0.5).abs() < 1e-12);
        assert!((working.value - 50.0).abs() < 1e-12);
    }
}
