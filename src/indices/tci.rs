//! Trade complementarity index (Michaely; as used by WITS).
//!
//! TCI_ij = 100 * (1 - 1/2 * sum_k |m_jk - x_ik|)
//!
//! - `x_ik`: the share of product k in exporter i's exports to the world;
//! - `m_jk`: the share of product k in importer j's imports from the world.
//!
//! 0 means i exports nothing j imports; 100 means i's export mix matches j's import mix exactly.
//! The index is directional: TCI_ij (how well i's exports fit j's imports) differs from TCI_ji.
//! Data: OEC HS sections (2010-2018, the 15 RCEP members) and the Atlas's HS chapters (2010-2020,
//! China, Japan, Korea). A section OEC leaves out is zero trade (BACI lists only non-zero flows)
//! and counts as zero (see `Dataset::world_values_usd_absent_as_zero`). No value when a country
//! has no values at all, or a vector sums to zero.

use super::{shares, source_of};
use crate::data::{Classification, Dataset, Flow, Iso3, Year};

/// TCI from the two share vectors (each summing to 1).
pub fn tci_from_shares(exporter_export_shares: &[f64], importer_import_shares: &[f64]) -> f64 {
    let distance: f64 = exporter_export_shares.iter().zip(importer_import_shares).map(|(x, m)| (m - x).abs()).sum();
    100.0 * (1.0 - distance / 2.0)
}

/// TCI of `exporter`'s exports with `importer`'s imports in `year`.
pub fn tci(ds: &Dataset, classification: Classification, exporter: Iso3, importer: Iso3, year: Year) -> Option<f64> {
    let source = source_of(classification);
    let (exports, _) = ds.world_values_usd_absent_as_zero(source, classification, Flow::Export, exporter, year)?;
    let (imports, _) = ds.world_values_usd_absent_as_zero(source, classification, Flow::Import, importer, year)?;
    Some(tci_from_shares(&shares(&exports)?, &shares(&imports)?))
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
}
